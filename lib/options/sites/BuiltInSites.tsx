/**
 * The helpdesks Tact knows: each on or off, the attachment check per helpdesk, the admin's own
 * selectors over the built-in ones (refused while one does not parse), and the open-tab check.
 */
import { useState } from 'preact/hooks';
import type { AdapterDefinition, SelectorKey } from '../../adapters/contract';
import { BUILT_IN } from '../../adapters/registry';
import { cleanOverrides, selectorProblems } from '../../sites/selectors';
import { useOptions } from '../context';
import { ManagedBadge } from '../ui/Managed';
import { Switch } from '../ui/controls';
import type { SitesManaged } from './managed';
import { SelectorFields, type SelectorValues } from './SelectorFields';
import { t } from './strings';
import { TabCheck } from './TabCheck';

/** The adapters an admin can switch and tune: every built-in but the generic reader (that is for custom sites) and, outside the demo build, the demo. */
export function listedAdapters(demoBuild: boolean = __TACT_DEMO__): AdapterDefinition[] {
  return BUILT_IN.filter((d) => d.id !== 'generic' && (demoBuild || d.id !== 'demo'));
}

export function BuiltInSites({ managed }: { managed: SitesManaged }) {
  const { locale } = useOptions();
  const tr = t.in(locale);
  return (
    <div class="op-panel" data-testid="builtin-sites">
      <h3>{tr('builtInTitle')}</h3>
      <p class="op-hint">{tr('builtInIntro')}</p>
      <ul class="op-site-list">
        {listedAdapters().map((def) => (
          <BuiltInRow key={def.id} def={def} managed={managed} />
        ))}
      </ul>
    </div>
  );
}

function BuiltInRow({ def, managed }: { def: AdapterDefinition; managed: SitesManaged }) {
  const { state, locale, save, announce } = useOptions();
  const tr = t.in(locale);
  const conf = state.effective.adapters[def.id];
  const own = conf?.selectors ?? {};
  const locked = managed.adapter(def.id);
  const [editing, setEditing] = useState(false);
  const [checking, setChecking] = useState(false);
  const [draft, setDraft] = useState<SelectorValues>({});
  const [errors, setErrors] = useState<SelectorValues>({});
  const ownCount = Object.values(own).filter((v) => typeof v === 'string' && v.trim()).length;

  const open = () => {
    setDraft({ ...own });
    setErrors({});
    setEditing(true);
  };
  const onInput = (key: SelectorKey, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = selectorProblems(draft);
    setErrors(problems);
    const count = Object.keys(problems).length;
    if (count) return announce(tr('selectorsRefused', { count }), 'error');
    const selectors = cleanOverrides(draft);
    const ok = await save(
      (d) => {
        d.adapters[def.id] = { enabled: d.adapters[def.id]?.enabled ?? true, selectors };
      },
      { announce: tr('selectorsSaved', { name: def.name }) },
    );
    if (ok) setEditing(false);
  };
  const reset = async () => {
    const ok = await save(
      (d) => {
        const enabled = d.adapters[def.id]?.enabled ?? true;
        // Nothing of the admin's left: keep the stored settings minimal.
        if (enabled) delete d.adapters[def.id];
        else d.adapters[def.id] = { enabled, selectors: {} };
      },
      { announce: tr('selectorsReset', { name: def.name }) },
    );
    if (ok) setEditing(false);
  };
  const setEnabled = (on: boolean) =>
    void save((d) => {
      d.adapters[def.id] = { enabled: on, selectors: d.adapters[def.id]?.selectors ?? {} };
    });
  const attachmentsOn = !state.effective.attachments.disabledSites.includes(def.id);

  return (
    <li class="op-site" data-testid={`adapter-${def.id}`}>
      <div class="op-site-head">
        <strong>{def.name}</strong>
        {locked && <ManagedBadge locale={locale} />}
        {ownCount > 0 && <span class="op-badge" data-testid={`adapter-own-${def.id}`}>{tr('overridden', { count: ownCount })}</span>}
      </div>
      <p class="op-hint">
        {def.hosts.length ? (
          <>
            {tr('hostsLabel')}: {def.hosts.map((h, i) => <code key={h}>{i ? ', ' : ''}{h}</code>)}
          </>
        ) : def.id === 'demo' ? (
          tr('demoHosts')
        ) : (
          tr('selfHosted')
        )}
      </p>
      <div class="op-site-switches">
        <Switch locale={locale} label={<Named text={tr('runsHere')} name={def.name} />} checked={conf?.enabled ?? true} managed={locked} testId={`adapter-enabled-${def.id}`} onChange={setEnabled} />
        <Switch
          locale={locale}
          label={<Named text={tr('attachmentsHere')} name={def.name} />}
          checked={attachmentsOn}
          managed={managed.attachments(def.id)}
          testId={`adapter-attachments-${def.id}`}
          onChange={(on) => void save((d) => void (d.attachments.disabledSites = toggled(d.attachments.disabledSites, def.id, !on)))}
        />
      </div>
      <div class="op-actions">
        {!locked && !editing && (
          <button type="button" class="op-button is-small" data-testid={`adapter-selectors-${def.id}`} onClick={open}>
            <Named text={tr('editSelectors')} name={def.name} />
          </button>
        )}
        <button type="button" class="op-button is-small" aria-expanded={checking} data-testid={`adapter-check-${def.id}`} onClick={() => setChecking((c) => !c)}>
          <Named text={checking ? tr('hideCheck') : tr('checkTab')} name={def.name} />
        </button>
      </div>
      {editing && (
        <form class="op-panel op-editor" data-testid={`adapter-editor-${def.id}`} onSubmit={(e) => void submit(e)} noValidate>
          <h4>{tr('selectorsFor', { name: def.name })}</h4>
          <p class="op-hint">{tr('selectorsIntro')}</p>
          <SelectorFields values={draft} defaults={def.selectors} errors={errors} onInput={onInput} locale={locale} testPrefix="adapter-sel" />
          <div class="op-actions">
            <button type="submit" class="op-button is-primary" data-testid="selectors-save">
              {tr('saveSelectors')}
            </button>
            <button type="button" class="op-button" data-testid="selectors-reset" disabled={ownCount === 0} onClick={() => void reset()}>
              {tr('resetSelectors')}
            </button>
            <button type="button" class="op-button is-quiet" data-testid="selectors-cancel" onClick={() => setEditing(false)}>
              {tr('cancel')}
            </button>
          </div>
        </form>
      )}
      {checking && (
        <TabCheck
          target={{ kind: 'builtin', def }}
          request={{ adapterId: def.id, selectors: editing ? cleanOverrides(draft) : own }}
          hasAccess
          locale={locale}
          testId={`check-${def.id}`}
        />
      )}
    </li>
  );
}

/** A control's visible text, with whose it is for screen readers (every row has the same buttons). */
export function Named({ text, name }: { text: string; name: string }) {
  return (
    <>
      {text}
      <span class="op-visually-hidden"> — {name}</span>
    </>
  );
}

export function toggled(list: string[], id: string, present: boolean): string[] {
  const set = new Set(list);
  if (present) set.add(id);
  else set.delete(id);
  return [...set];
}
