/**
 * Adding or editing a custom site: the URL pattern (checked as a match pattern, with a fix offered
 * for the usual slips), the adapter that reads it, optional selectors. Submitting asks the browser
 * for the host first thing — the prompt needs the admin's gesture — and saves the site meanwhile;
 * the background registers Tact's script once access is given.
 */
import { useState } from 'preact/hooks';
import { definitionById } from '../../adapters/registry';
import { pick } from '../../i18n';
import type { CustomSite } from '../../settings/model';
import { normalizePattern } from '../../sites/patterns';
import { cleanOverrides } from '../../sites/selectors';
import { useOptions } from '../context';
import { Field } from '../ui/controls';
import { askForAccess, originsToAsk } from './access';
import { listedAdapters } from './BuiltInSites';
import { baseSelectorsOf, checkDraft, hasProblems, PRIMARY_KEYS, siteIdFor, type DraftProblems, type SiteDraft } from './model';
import { SelectorFields } from './SelectorFields';
import { t } from './strings';

export interface SiteFormProps {
  /** The site being edited; none to add one. */
  site?: CustomSite;
  onDone: () => void;
  /** After the browser answered: refresh where the sites stand. */
  onAnswered: () => Promise<unknown>;
}

export function SiteForm({ site, onDone, onAnswered }: SiteFormProps) {
  const { state, locale, save, announce } = useOptions();
  const tr = t.in(locale);
  const [draft, setDraft] = useState<SiteDraft>(() => ({ pattern: site?.pattern ?? '', adapter: site?.adapter ?? 'generic', selectors: { ...site?.selectors } }));
  const [problems, setProblems] = useState<DraftProblems>({ selectors: {} });
  const others = state.effective.customSites.filter((s) => s.id !== site?.id);
  const adapters = listedAdapters();
  // A site saved with an adapter this build does not list (a pack from a newer Tact) keeps it.
  const unknownAdapter = draft.adapter !== 'generic' && !adapters.some((d) => d.id === draft.adapter) ? draft.adapter : null;

  const submit = (e: Event) => {
    e.preventDefault();
    const pattern = normalizeIfBare(draft.pattern);
    const found = checkDraft({ ...draft, pattern }, others.map((s) => s.pattern));
    setProblems(found);
    if (hasProblems(found)) {
      announce(found.pattern ? pick(found.pattern, locale) : found.taken ? tr('patternTaken') : tr('selectorsRefused', { count: Object.keys(found.selectors).length }), 'error');
      return;
    }
    const next: CustomSite = {
      id: site?.id ?? siteIdFor(pattern, state.effective.customSites.map((s) => s.id)),
      pattern,
      adapter: draft.adapter,
      selectors: cleanOverrides(draft.selectors),
      enabled: site?.enabled ?? true,
    };
    // Before anything else in this handler: the browser shows its prompt only during the click.
    const origins = next.enabled ? originsToAsk(pattern) : [];
    const answer = askForAccess(origins);
    void (async () => {
      const saved = await save(
        (d) => {
          const at = d.customSites.findIndex((s) => s.id === next.id);
          if (at >= 0) d.customSites[at] = next;
          else d.customSites.push(next);
        },
        { announce: site ? tr('siteSaved', { pattern }) : tr('siteAdded', { pattern }) },
      );
      if (!saved) return;
      onDone();
      const granted = await answer;
      await onAnswered();
      if (!origins.length) return;
      announce(granted ? tr('granted', { pattern }) : tr('denied', { pattern }), granted ? 'ok' : 'error');
    })();
  };

  const base = baseSelectorsOf(draft.adapter, state.effective);
  return (
    <form class="op-panel op-editor" data-testid="site-form" onSubmit={submit} noValidate>
      <h4>{site ? tr('formEdit', { pattern: site.pattern }) : tr('formAdd')}</h4>
      <Field label={tr('pattern')} hint={tr('patternHint')} error={problems.pattern ? pick(problems.pattern, locale) : problems.taken ? tr('patternTaken') : undefined} locale={locale}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            class="op-input op-mono"
            inputMode="url"
            spellcheck={false}
            autoComplete="off"
            placeholder="https://help.acme.com/*"
            value={draft.pattern}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            data-testid="site-pattern"
            onInput={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              setDraft((d) => ({ ...d, pattern: value }));
              if (problems.pattern || problems.taken) setProblems((p) => ({ selectors: p.selectors }));
            }}
          />
        )}
      </Field>
      {problems.suggestion && (
        <p class="op-inline">
          <button
            type="button"
            class="op-button is-small"
            data-testid="site-suggestion"
            onClick={() => {
              setDraft((d) => ({ ...d, pattern: problems.suggestion! }));
              setProblems((p) => ({ selectors: p.selectors }));
            }}
          >
            {tr('useSuggestion', { pattern: problems.suggestion })}
          </button>
        </p>
      )}
      <Field label={tr('adapter')} hint={tr('adapterHint')} locale={locale}>
        {({ id, describedBy }) => (
          <select
            id={id}
            class="op-select"
            value={draft.adapter}
            aria-describedby={describedBy}
            data-testid="site-adapter"
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              setDraft((d) => ({ ...d, adapter: value }));
            }}
          >
            <option value="generic">{tr('adapterGeneric')}</option>
            {adapters.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
            {unknownAdapter && <option value={unknownAdapter}>{definitionById(unknownAdapter)?.name ?? unknownAdapter}</option>}
          </select>
        )}
      </Field>
      <fieldset class="op-fieldset">
        <legend>{tr('selectorsOptional')}</legend>
        <p class="op-hint">{tr('selectorsOptionalHint')}</p>
        <SelectorFields
          values={draft.selectors}
          defaults={base}
          errors={problems.selectors}
          primary={PRIMARY_KEYS}
          locale={locale}
          testPrefix="site-sel"
          onInput={(key, value) => {
            setDraft((d) => ({ ...d, selectors: { ...d.selectors, [key]: value } }));
            if (problems.selectors[key]) setProblems((p) => ({ ...p, selectors: { ...p.selectors, [key]: undefined } }));
          }}
        />
      </fieldset>
      {!site && <p class="op-hint">{tr('askNote')}</p>}
      <div class="op-actions">
        <button type="submit" class="op-button is-primary" data-testid="site-submit">
          {site ? tr('submitEdit') : tr('submitAdd')}
        </button>
        <button type="button" class="op-button is-quiet" data-testid="site-cancel" onClick={onDone}>
          {tr('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Fills in what is obviously meant (a bare host, an origin without a path); anything else is checked as typed. */
function normalizeIfBare(input: string): string {
  const text = input.trim();
  return /^(?:[a-z*]+:\/\/)?[^/\s]+$/i.test(text) && !/:\d+$/.test(text) ? normalizePattern(text) : text;
}
