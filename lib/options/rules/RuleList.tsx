/**
 * Every rule, grouped by the language of the replies it reads: on/off switch, id and message,
 * pattern, where it comes from (built-in, yours, the organisation's), how its examples fare
 * (custom rules), and what can be done with it.
 */
import { useMemo } from 'preact/hooks';
import { compiledPack } from '../../framing';
import { runExamples, toFramingRule, type EffectivePacks } from '../../framing/custom';
import { pick, type Locale } from '../../i18n';
import { ManagedBadge } from '../ui/Managed';
import type { RuleRow } from './model';
import { t } from './strings';

interface Props {
  rows: RuleRow[];
  packs: EffectivePacks;
  locale: Locale;
  /** The user may add and edit custom rules (not locked by the policy). */
  canEdit: boolean;
  onToggle: (row: RuleRow, on: boolean) => void;
  onOpen: (row: RuleRow, mode: 'edit' | 'view' | 'copy') => void;
}

function examplesOf(row: RuleRow, packs: EffectivePacks): { pass: number; total: number } | null {
  if (!row.custom || row.broken || !row.enabled) return null;
  const pack = packs.packs[row.lang];
  if (!pack.rules.some((r) => r.id === row.id)) return null;
  const r = runExamples(toFramingRule(row.custom), compiledPack(pack));
  const all = [...r.match, ...r.noMatch];
  return { pass: all.filter((x) => x.passes).length, total: all.length };
}

export function RuleList(p: Props) {
  const tr = t.in(p.locale);
  const examples = useMemo(() => new Map(p.rows.filter((r) => r.custom).map((r) => [r.id, examplesOf(r, p.packs)])), [p.rows, p.packs]);
  return (
    <>
      {(['ru', 'en'] as const).map((lang) => {
        const rows = p.rows.filter((r) => r.lang === lang);
        const langName = lang === 'ru' ? tr('langRu') : tr('langEn');
        return (
          <details class="op-panel" open key={lang} data-testid={`rules-${lang}`}>
            <summary>
              <h3 style={{ display: 'inline' }}>{tr('groupTitle', { lang: langName, count: rows.length })}</h3>
            </summary>
            {rows.length === 0 ? (
              <p class="op-muted">{tr('groupEmpty')}</p>
            ) : (
              <div class="op-table-wrap">
                <table class="op-table">
                  <thead>
                    <tr>
                      <th scope="col">{tr('colOn')}</th>
                      <th scope="col">{tr('colRule')}</th>
                      <th scope="col">{tr('colPattern')}</th>
                      <th scope="col">{tr('colSource')}</th>
                      <th scope="col">{tr('colExamples')}</th>
                      <th scope="col">
                        <span class="op-visually-hidden">{tr('colActions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => {
                      const ex = examples.get(row.id);
                      return (
                        <tr key={row.id} class={row.enabled ? '' : 'is-off'} data-testid={`rule-row-${row.id}`}>
                          <td>
                            <input
                              type="checkbox"
                              role="switch"
                              class="op-switch"
                              checked={row.enabled}
                              disabled={row.toggleManaged !== null}
                              aria-label={tr('switchLabel', { id: row.id })}
                              title={row.toggleManaged === 'policy' ? tr('offByPolicy') : undefined}
                              data-testid={`rule-toggle-${row.id}`}
                              onChange={(e) => p.onToggle(row, (e.currentTarget as HTMLInputElement).checked)}
                            />
                          </td>
                          <td class="op-rule-cell">
                            <div class="op-rule-id">{row.id}</div>
                            <div>{pick(row.message, p.locale) || tr(`kind_${row.kind}` as never)}</div>
                            {row.broken && (
                              <span class="op-badge is-bad" title={tr('brokenTitle', { reason: pick(row.broken[0]!.message, p.locale) })} data-testid="rule-broken">
                                {tr('broken')}
                              </span>
                            )}
                          </td>
                          <td>
                            {/* the whole pattern is in the editor ("View"); here its start, on one line per clause */}
                            <div class="op-rule-pattern" title={row.pattern.replace(/\s+/g, ' ')}>
                              {row.pattern.replace(/\s+/g, ' ')}
                            </div>
                          </td>
                          <td>
                            {row.source === 'managed' ? (
                              <ManagedBadge locale={p.locale} />
                            ) : (
                              <span class="op-badge">{row.source === 'builtin' ? tr('sourceBuiltin') : tr('sourceCustom')}</span>
                            )}
                            {row.toggleManaged && row.source !== 'managed' && <ManagedBadge locale={p.locale} />}
                          </td>
                          <td class="op-num">
                            {ex && (
                              <span class={`op-badge ${ex.pass === ex.total ? 'is-good' : 'is-bad'}`} data-testid="rule-examples">
                                {tr('examplesPassing', { count: ex.pass, total: ex.total })}
                              </span>
                            )}
                          </td>
                          <td>
                            <div class="op-row-actions">
                              {row.source === 'custom' && p.canEdit ? (
                                <button type="button" class="op-button is-small" data-testid={`rule-edit-${row.id}`} aria-label={`${tr('edit')} ${row.id}`} onClick={() => p.onOpen(row, 'edit')}>
                                  {tr('edit')}
                                </button>
                              ) : (
                                <button type="button" class="op-button is-small" data-testid={`rule-view-${row.id}`} aria-label={`${tr('view')} ${row.id}`} onClick={() => p.onOpen(row, 'view')}>
                                  {tr('view')}
                                </button>
                              )}
                              {p.canEdit && (
                                <button type="button" class="op-button is-small is-quiet" aria-label={`${tr('duplicate')}: ${row.id}`} onClick={() => p.onOpen(row, 'copy')}>
                                  {tr('duplicate')}
                                </button>
                              )}
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        );
      })}
    </>
  );
}
