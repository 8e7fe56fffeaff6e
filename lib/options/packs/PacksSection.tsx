/**
 * Rule packs: export the user's rules, tags and site settings as one JSON file; import one with a
 * preview of what changes (nothing is written before "Import"), and undo the last import. A file
 * that is not a valid pack is refused with the reason and changes nothing.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BUILTIN_RULE_IDS } from '../../framing/custom';
import { errorText } from '../../feedback/strings';
import type { Tag } from '../../feedback/tags';
import { pick, type Locale } from '../../i18n';
import { useOptions } from '../context';
import { SectionFrame } from '../ui/controls';
import { applyImport, buildPack, planImport, readUndo, undoImport, type Diff, type ImportPlan, type UndoSnapshot } from './plan';
import { parsePack, PACK_MAX_BYTES } from './schema';
import { t } from './strings';

type Import = { step: 'idle' } | { step: 'reading'; name: string } | { step: 'refused'; reason: string } | { step: 'preview'; plan: ImportPlan; tags: Tag[]; file: string };

/** Short lists of changes are shown at once; long ones open on demand. */
const OPEN_UP_TO = 8;

const area = () => browser.storage.local as unknown as Parameters<typeof readUndo>[0];

function DiffLine({ label, diff, locale }: { label: string; diff: Diff; locale: Locale }) {
  const tr = t.in(locale);
  const parts: Array<[string, string[], string]> = [
    ['is-add', diff.added, tr('added', { count: diff.added.length })],
    ['is-change', diff.changed, tr('changed', { count: diff.changed.length })],
    ['is-remove', diff.removed, tr('removed', { count: diff.removed.length })],
  ];
  const any = parts.some(([, ids]) => ids.length);
  return (
    <li>
      <strong>{label}:</strong> {!any && <span class="op-muted">{tr('noChange')}</span>}
      {parts
        .filter(([, ids]) => ids.length)
        .map(([cls, ids, text]) => (
          <details key={cls} open={ids.length <= OPEN_UP_TO}>
            <summary class={cls}>{text}</summary>
            <ul>
              {ids.map((id) => (
                <li key={id}>
                  <code>{id}</code>
                </li>
              ))}
            </ul>
          </details>
        ))}
    </li>
  );
}

function Preview({ plan, locale, tags }: { plan: ImportPlan; locale: Locale; tags: Tag[] }) {
  const tr = t.in(locale);
  const labelOf = (id: string) => {
    const def = plan.pack.tags?.find((d) => d.id === id);
    const tag = tags.find((x) => x.id === id);
    return (def && (def.label[locale] || def.label.en)) || (tag && (tag.label[locale] || tag.label.en)) || id;
  };
  const tagPart = (cls: string, ids: string[] | undefined, text: string) =>
    ids && ids.length > 0 ? (
      <details open={ids.length <= OPEN_UP_TO}>
        <summary class={cls}>{text}</summary>
        <ul>
          {ids.map((id) => (
            <li key={id}>{labelOf(id)}</li>
          ))}
        </ul>
      </details>
    ) : null;
  const tg = plan.tags;
  return (
    <ul class="op-diff" data-testid="pack-preview-list">
      {plan.rules && <DiffLine label={tr('rules')} diff={plan.rules} locale={locale} />}
      {plan.disabled && (
        <li data-testid="preview-disabled">
          <strong>{tr('disabled')}:</strong>{' '}
          {plan.disabled.off.length + plan.disabled.on.length === 0 && <span class="op-muted">{tr('noChange')}</span>}
          {tagPart('is-remove', plan.disabled.off, tr('switchedOff', { count: plan.disabled.off.length }))}
          {tagPart('is-add', plan.disabled.on, tr('switchedOn', { count: plan.disabled.on.length }))}
          {plan.disabled.unknown.length > 0 && <p class="op-muted op-small">{tr('unknownIds', { count: plan.disabled.unknown.length })}</p>}
        </li>
      )}
      {tg && (
        <li data-testid="preview-tags">
          <strong>{tr('tags')}:</strong>{' '}
          {tg.added.length + tg.renamed.length + tg.archived.length + tg.restored.length === 0 && <span class="op-muted">{tr('noChange')}</span>}
          {tagPart('is-add', tg.added, tr('tagsAdded', { count: tg.added.length }))}
          {tagPart('is-change', tg.renamed, tr('tagsRenamed', { count: tg.renamed.length }))}
          {tagPart('is-remove', tg.archived, tr('tagsArchived', { count: tg.archived.length }))}
          {tagPart('is-add', tg.restored, tr('tagsRestored', { count: tg.restored.length }))}
        </li>
      )}
      {plan.adapters && <DiffLine label={tr('adapters')} diff={plan.adapters} locale={locale} />}
      {plan.sites && <DiffLine label={tr('sites')} diff={plan.sites} locale={locale} />}
    </ul>
  );
}

export function PacksSection() {
  const { state, locale, store, tags: tagsClient, announce, download } = useOptions();
  const tr = t.in(locale);
  const [imp, setImp] = useState<Import>({ step: 'idle' });
  const [undo, setUndo] = useState<UndoSnapshot | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void readUndo(area()).then(setUndo, () => setUndo(null));
  }, []);

  const exportPack = async () => {
    try {
      const tags = await tagsClient.list();
      const { pack, leftOut } = buildPack(state.user, tags);
      const date = new Date().toISOString().slice(0, 10);
      download({ name: `tact-pack-${date}.json`, mime: 'application/json', text: `${JSON.stringify(pack, null, 2)}\n` });
      const counts = {
        rules: tr('nRules', { count: pack.rules?.custom?.length ?? 0 }),
        tags: tr('nTags', { count: pack.tags?.length ?? 0 }),
        sites: tr('nSites', { count: pack.sites?.custom?.length ?? 0 }),
      };
      announce(`${tr('exported', counts)}${leftOut.length ? ` ${tr('exportedLeftOut', { count: leftOut.length })}` : ''}`);
    } catch (error) {
      announce(errorText(error, locale), 'error');
    }
  };

  const read = async (file: File) => {
    setImp({ step: 'reading', name: file.name });
    // the size is checked before the file is read into memory
    const text = file.size > PACK_MAX_BYTES ? '' : await file.text();
    const parsed = parsePack(text, file.size);
    if (!parsed.ok) return setImp({ step: 'refused', reason: pick(parsed.reason, locale) });
    try {
      const tags = await tagsClient.list();
      setImp({ step: 'preview', plan: planImport(parsed.pack, state, tags, BUILTIN_RULE_IDS), tags, file: file.name });
    } catch (error) {
      setImp({ step: 'refused', reason: errorText(error, locale) });
    }
  };

  const name = (plan: ImportPlan, file: string) => plan.pack.name || file;

  const confirmImport = async (p: Extract<Import, { step: 'preview' }>) => {
    setBusy(true);
    try {
      setUndo(await applyImport(p.plan, p.tags, { store, tags: tagsClient, area: area() }, name(p.plan, p.file)));
      setImp({ step: 'idle' });
      announce(tr('imported', { name: name(p.plan, p.file) }));
    } catch (error) {
      announce(tr('importFailed', { reason: errorText(error, locale) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const undoLast = async () => {
    if (!undo) return;
    setBusy(true);
    try {
      await undoImport(undo, { store, tags: tagsClient, area: area() });
      setUndo(null);
      announce(tr('undone'));
    } catch (error) {
      announce(tr('undoFailed', { reason: errorText(error, locale) }), 'error');
    } finally {
      setBusy(false);
    }
  };

  const when = useMemo(() => (undo ? new Date(undo.at).toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : ''), [undo, locale]);

  return (
    <SectionFrame id="packs" title={tr('title')} intro={tr('intro')}>
      {undo && (
        <div class="op-panel" data-testid="pack-undo">
          <h3>{tr('undoTitle')}</h3>
          <p>{tr('undoText', { name: undo.name ?? '', when })}</p>
          <button type="button" class="op-button" disabled={busy} data-testid="pack-undo-button" onClick={() => void undoLast()}>
            {tr('undoButton')}
          </button>
        </div>
      )}

      <div class="op-panel">
        <h3>{tr('exportTitle')}</h3>
        <p class="op-hint">{tr('exportHint')}</p>
        <div class="op-actions">
          <button type="button" class="op-button" data-testid="pack-export" onClick={() => void exportPack()}>
            {tr('exportButton')}
          </button>
        </div>
      </div>

      <div class="op-panel">
        <h3>{tr('importTitle')}</h3>
        <p class="op-hint">{tr('importHint')}</p>
        {imp.step !== 'preview' && (
          <label class="op-button op-file">
            {tr('chooseFile')}
            <input
              type="file"
              accept=".json,application/json"
              data-testid="pack-import-input"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                input.value = '';
                if (file) void read(file);
              }}
            />
          </label>
        )}
        {imp.step === 'reading' && (
          <p class="op-muted" role="status">
            {tr('reading', { name: imp.name })}
          </p>
        )}
        {imp.step === 'refused' && (
          <p class="op-error" role="alert" data-testid="pack-refused">
            {tr('refused', { reason: imp.reason })}
          </p>
        )}
      </div>

      {imp.step === 'preview' && (
        <section class="op-panel op-preview" aria-labelledby="op-pack-preview-title" data-testid="pack-preview">
          <h3 id="op-pack-preview-title" tabIndex={-1}>
            {tr('previewTitle', { name: name(imp.plan, imp.file) })}
          </h3>
          {imp.plan.empty && <p data-testid="pack-nothing">{tr('nothingChanges')}</p>}
          {!imp.plan.empty && <Preview plan={imp.plan} locale={locale} tags={imp.tags} />}
          {imp.plan.blocked.length > 0 && <p class="op-notice is-warn">{tr('blocked', { parts: imp.plan.blocked.join(', ') })}</p>}
          {imp.plan.skipped.length > 0 && <p class="op-notice is-warn">{tr('skipped', { ids: imp.plan.skipped.join(', ') })}</p>}
          {imp.plan.conflicts.length > 0 && (
            <div class="op-error" role="alert" data-testid="pack-conflicts">
              <p>{tr('conflict')}</p>
              <ul>
                {imp.plan.conflicts.map((c, i) => (
                  <li key={i}>{pick(c, locale)}</li>
                ))}
              </ul>
            </div>
          )}
          <div class="op-actions">
            <button type="button" class="op-button is-primary" disabled={busy || imp.plan.empty || imp.plan.conflicts.length > 0} data-testid="pack-import-confirm" onClick={() => void confirmImport(imp)}>
              {tr('importButton')}
            </button>
            <button type="button" class="op-button" data-testid="pack-import-cancel" onClick={() => setImp({ step: 'idle' })}>
              {tr('cancel')}
            </button>
          </div>
        </section>
      )}
    </SectionFrame>
  );
}
