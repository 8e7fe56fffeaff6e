/**
 * Tags: add, rename, archive and restore, merge, delete an unused one — all through the feedback
 * API (the background owns the tags and the items), with each tag's item count. The organisation's
 * tags (policy) show as managed and keep their names; a lock on `tags` makes the list read-only.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { errorText } from '../../feedback/strings';
import { TAG_LABEL_MAX, type Tag } from '../../feedback/tags';
import type { Locale, Localized } from '../../i18n';
import { isLocked } from '../../settings/merge';
import { useOptions } from '../context';
import { ManagedBadge } from '../ui/Managed';
import { Field, SectionFrame } from '../ui/controls';
import { t } from './strings';

const labelOf = (tag: Tag, locale: Locale) => tag.label[locale] || tag.label.en;

function LabelInputs(p: { value: Localized; onChange: (v: Localized) => void; locale: Locale; testId: string; disabled?: boolean }) {
  const tr = t.in(p.locale);
  return (
    <div class="op-grid-2">
      {(['en', 'ru'] as const).map((lang) => (
        <Field key={lang} label={lang === 'en' ? tr('labelEn') : tr('labelRu')} locale={p.locale}>
          {({ id, describedBy }) => (
            <input
              id={id}
              type="text"
              class="op-input"
              lang={lang}
              maxLength={TAG_LABEL_MAX}
              value={p.value[lang]}
              disabled={p.disabled}
              aria-describedby={describedBy}
              data-testid={`${p.testId}-${lang}`}
              onInput={(e) => p.onChange({ ...p.value, [lang]: (e.currentTarget as HTMLInputElement).value })}
            />
          )}
        </Field>
      ))}
    </div>
  );
}

type RowMode = { id: string; kind: 'rename'; label: Localized } | { id: string; kind: 'merge'; into: string } | null;

export function TagsSection() {
  const { state, locale, announce, confirm, tags: client } = useOptions();
  const tr = t.in(locale);
  const [tags, setTags] = useState<Tag[] | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [loadError, setLoadError] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [draft, setDraft] = useState<Localized>({ en: '', ru: '' });
  const [addError, setAddError] = useState('');
  const [mode, setMode] = useState<RowMode>(null);
  const [busy, setBusy] = useState(false);
  const locked = isLocked(state.managed, 'tags');

  const reload = useCallback(async () => {
    try {
      const [list, n] = await Promise.all([client.list(), client.counts()]);
      setTags(list);
      setCounts(n);
      setLoadError('');
    } catch (error) {
      setLoadError(tr('loadFailed', { reason: errorText(error, locale) }));
    }
  }, [client, locale]);

  useEffect(() => {
    void reload();
    return client.watch(() => void reload());
  }, [client, reload]);

  /** Runs one change through the API; says what happened, or why not, in the status line. */
  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      announce(await action());
      setMode(null);
      await reload();
      return true;
    } catch (error) {
      announce(errorText(error, locale), 'error');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async (e: Event) => {
    e.preventDefault();
    if (!draft.en.trim() && !draft.ru.trim()) return setAddError(errorText(new Error('[feedback:tag_label] empty'), locale));
    setAddError('');
    const ok = await run(async () => {
      const tag = await client.add(draft);
      return tr('added', { label: labelOf(tag, locale) });
    });
    if (ok) setDraft({ en: '', ru: '' });
  };

  const byId = new Map((tags ?? []).map((tag) => [tag.id, tag]));
  const shown = (tags ?? []).filter((tag) => showArchived || !tag.archived);
  const activeTargets = (except: string) => (tags ?? []).filter((tag) => !tag.archived && tag.id !== except);

  return (
    <SectionFrame id="tags" title={tr('title')} intro={tr('intro')}>
      {locked && (
        <p class="op-notice is-warn" data-testid="tags-locked">
          {tr('locked')}
        </p>
      )}
      {!locked && (
        <form class="op-panel" onSubmit={add} aria-labelledby="op-tag-add-title" data-testid="tag-add">
          <h3 id="op-tag-add-title">{tr('add')}</h3>
          <LabelInputs value={draft} onChange={setDraft} locale={locale} testId="tag-new" />
          <p class="op-hint">{tr('labelHint')}</p>
          {addError && (
            <p class="op-error" role="alert">
              {addError}
            </p>
          )}
          <div class="op-actions">
            <button type="submit" class="op-button is-primary" disabled={busy} data-testid="tag-add-button">
              {tr('addButton')}
            </button>
          </div>
        </form>
      )}

      <div class="op-panel">
        {loadError && (
          <div class="op-error" role="alert">
            <p>{loadError}</p>
            <button type="button" class="op-button" onClick={() => void reload()}>
              {tr('retry')}
            </button>
          </div>
        )}
        {!tags && !loadError && <p class="op-muted">{tr('loading')}</p>}
        {tags && (
          <>
            <label class="op-check">
              <input type="checkbox" checked={showArchived} data-testid="tags-show-archived" onChange={(e) => setShowArchived((e.currentTarget as HTMLInputElement).checked)} />
              {tr('showArchived')}
            </label>
            {shown.length === 0 ? (
              <p class="op-muted">{tr('none')}</p>
            ) : (
              <div class="op-table-wrap">
                <table class="op-table" data-testid="tags-table">
                  <thead>
                    <tr>
                      <th scope="col">{tr('colTag')}</th>
                      <th scope="col" class="op-num">
                        {tr('colItems')}
                      </th>
                      <th scope="col">{tr('colStatus')}</th>
                      <th scope="col">
                        <span class="op-visually-hidden">{tr('colActions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((tag) => {
                      const label = labelOf(tag, locale);
                      const other = locale === 'ru' ? tag.label.en : tag.label.ru;
                      const n = counts[tag.id] ?? 0;
                      const managed = state.managed.tagIds.has(tag.id);
                      const editable = !locked && !managed && !tag.mergedInto;
                      const rowMode = mode?.id === tag.id ? mode : null;
                      return (
                        <tr key={tag.id} class={tag.archived ? 'is-off' : ''} data-testid={`tag-row-${tag.id}`}>
                          <td>
                            {rowMode?.kind === 'rename' ? (
                              <form
                                aria-label={tr('renameTag', { label })}
                                onSubmit={(e) => {
                                  e.preventDefault();
                                  void run(async () => {
                                    const renamed = await client.rename(tag.id, rowMode.label);
                                    return tr('renamed', { label: labelOf(renamed, locale) });
                                  });
                                }}
                              >
                                <LabelInputs value={rowMode.label} onChange={(l) => setMode({ ...rowMode, label: l })} locale={locale} testId="tag-rename" />
                                <div class="op-actions">
                                  <button type="submit" class="op-button is-primary is-small" disabled={busy} data-testid="tag-rename-save">
                                    {tr('save')}
                                  </button>
                                  <button type="button" class="op-button is-small" onClick={() => setMode(null)}>
                                    {tr('cancel')}
                                  </button>
                                </div>
                              </form>
                            ) : (
                              <>
                                <strong lang={locale}>{label}</strong>
                                {other && other !== label && (
                                  <span class="op-muted" lang={locale === 'ru' ? 'en' : 'ru'}>
                                    {' '}
                                    · {other}
                                  </span>
                                )}
                                {managed && (
                                  <>
                                    {' '}
                                    <ManagedBadge locale={locale} />
                                  </>
                                )}
                              </>
                            )}
                          </td>
                          <td class="op-num" data-testid="tag-count">
                            {tr('items', { count: n })}
                          </td>
                          <td>
                            {tag.mergedInto ? tr('mergedInto', { label: byId.get(tag.mergedInto) ? labelOf(byId.get(tag.mergedInto)!, locale) : tag.mergedInto }) : tag.archived ? tr('archived') : tr('active')}
                            {tag.builtin && (
                              <>
                                {' '}
                                <span class="op-badge">{tr('builtin')}</span>
                              </>
                            )}
                          </td>
                          <td>
                            {rowMode?.kind === 'merge' ? (
                              <form
                                class="op-inline"
                                onSubmit={(e) => {
                                  e.preventDefault();
                                  const into = byId.get(rowMode.into);
                                  if (!into) return;
                                  const names = { from: label, into: labelOf(into, locale), count: n };
                                  if (!confirm(tr('mergeConfirm', names))) return;
                                  void run(async () => {
                                    const r = await client.merge(tag.id, into.id);
                                    return tr('merged', { ...names, count: r.retagged });
                                  });
                                }}
                              >
                                <label class="op-visually-hidden" for={`op-merge-${tag.id}`}>
                                  {tr('mergeInto', { label })}
                                </label>
                                <select id={`op-merge-${tag.id}`} class="op-select" value={rowMode.into} data-testid="tag-merge-into" onChange={(e) => setMode({ ...rowMode, into: (e.currentTarget as HTMLSelectElement).value })}>
                                  {activeTargets(tag.id).map((target) => (
                                    <option key={target.id} value={target.id}>
                                      {labelOf(target, locale)}
                                    </option>
                                  ))}
                                </select>
                                <button type="submit" class="op-button is-primary is-small" disabled={busy} data-testid="tag-merge-confirm">
                                  {tr('mergeButton')}
                                </button>
                                <button type="button" class="op-button is-small" onClick={() => setMode(null)}>
                                  {tr('cancel')}
                                </button>
                              </form>
                            ) : (
                              editable && (
                                <div class="op-row-actions">
                                  <button type="button" class="op-button is-small" aria-label={tr('renameTag', { label })} data-testid="tag-rename" onClick={() => setMode({ id: tag.id, kind: 'rename', label: { ...tag.label } })}>
                                    {tr('rename')}
                                  </button>
                                  {tag.archived ? (
                                    <button type="button" class="op-button is-small" aria-label={tr('restoreTag', { label })} data-testid="tag-restore" disabled={busy}
                                      onClick={() => void run(async () => (await client.archive(tag.id, false), tr('restoredDone', { label })))}>
                                      {tr('restore')}
                                    </button>
                                  ) : (
                                    <>
                                      <button type="button" class="op-button is-small" aria-label={tr('archiveTag', { label })} data-testid="tag-archive" disabled={busy}
                                        onClick={() => void run(async () => (await client.archive(tag.id, true), tr('archivedDone', { label })))}>
                                        {tr('archive')}
                                      </button>
                                      {activeTargets(tag.id).length > 0 && (
                                        <button type="button" class="op-button is-small" aria-label={tr('mergeTag', { label })} data-testid="tag-merge" onClick={() => setMode({ id: tag.id, kind: 'merge', into: activeTargets(tag.id)[0]!.id })}>
                                          {tr('merge')}
                                        </button>
                                      )}
                                    </>
                                  )}
                                  {n === 0 && (
                                    <button type="button" class="op-button is-small is-danger" aria-label={tr('deleteTag', { label })} data-testid="tag-delete" disabled={busy}
                                      onClick={() => {
                                        if (confirm(tr('deleteConfirm', { label }))) void run(async () => (await client.remove(tag.id), tr('deleted', { label })));
                                      }}>
                                      {tr('delete')}
                                    </button>
                                  )}
                                </div>
                              )
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </div>
    </SectionFrame>
  );
}
