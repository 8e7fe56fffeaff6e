/**
 * Tags × ISO weeks. Each cell shows distinct customers (large) over items (small), shaded by
 * customers; a click opens the quotes behind it. The last column compares the latest week with the
 * one before.
 */
import type { Locale } from '../../i18n';
import { tagLabel, type Tag } from '../../feedback/tags';
import { cellOf, weekOverWeek, type Aggregate, trend } from '../aggregate';
import { changeText, formatCount, formatPercent, formatWeekDate } from '../sentence';
import { t, tn } from '../strings';
import { comparedWeek, intensity, maxCustomers, tagColor } from '../view';
import { isoWeek, weekLabel } from '../weeks';
import { TrendChart } from './TrendChart';

export interface CellRef {
  tag: string | null;
  monday: number;
}

export interface WeekTableProps {
  agg: Aggregate;
  tags: readonly Tag[];
  locale: Locale;
  referenceYear: number;
  /** Epoch day of today in the viewer's zone: decides which week is complete. */
  today: number;
  selected: CellRef | null;
  onSelect: (cell: CellRef) => void;
}

export const ALL_ROW = '__all';

export function ChangeBadge({ delta, ratio, locale }: { delta: number; ratio: number | null; locale: Locale }) {
  // Neutral colours: more "praise" is good news, more "bug" is not; the arrow only says which way.
  const arrow = delta > 0 ? '▲' : delta < 0 ? '▼' : '';
  const short = delta === 0 ? '0' : `${arrow} ${formatCount(Math.abs(delta), locale)}`;
  return (
    <span class={delta === 0 ? 'fb-change' : 'fb-change is-moved'} title={changeText(delta, ratio, locale)}>
      {short}
      {ratio !== null && delta !== 0 && <small> {`${delta > 0 ? '+' : '−'}${formatPercent(ratio, locale)}`}</small>}
    </span>
  );
}

export function WeekTable({ agg, tags, locale, referenceYear, today, selected, onSelect }: WeekTableProps) {
  const tr = t.in(locale);
  const max = maxCustomers(agg);
  const latest = comparedWeek(agg.weeks, today);
  const rows: (string | null)[] = [...agg.tagIds, null];
  return (
    <div class="fb-table-wrap">
      <table class="fb-table" data-testid="week-table">
        <caption>{tr('tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="fb-tag-col">
              {tr('tagColumn')}
            </th>
            {agg.weeks.map((monday) => (
              <th scope="col" key={monday} data-testid={`week-${weekLabel(monday)}`} title={weekLabel(monday)}>
                <span class="fb-week-date">{formatWeekDate(monday, locale, referenceYear)}</span>
                <span class="fb-week-no">{tr('weekHeader', { week: isoWeek(monday).week })}</span>
              </th>
            ))}
            <th scope="col">{tr('totalColumn')}</th>
            <th scope="col" data-testid="change-header">
              <span class="fb-week-date">{tr('changeColumn')}</span>
              {latest !== undefined && (
                <span class="fb-week-no">
                  {tr('changeWeeks', { date: formatWeekDate(latest, locale, referenceYear), prev: formatWeekDate(latest - 7, locale, referenceYear) })}
                </span>
              )}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((tag) => {
            const key = tag ?? ALL_ROW;
            const label = tag === null ? tr('allTagsRow') : tagLabel(tags, tag, locale);
            const total = tag === null ? agg.total : (agg.tagTotals.get(tag) ?? { items: 0, customers: 0 });
            const wow = latest === undefined ? undefined : weekOverWeek(agg, tag, latest);
            return (
              <tr key={key} class={tag === null ? 'fb-total-row' : undefined} data-testid={`row-${key}`}>
                <th scope="row" class="fb-tag-col">
                  {tag !== null && <span class="fb-dot" style={{ background: tagColor(tags, tag) }} aria-hidden="true" />}
                  <span class="fb-tag-name">{label}</span>
                  {tag !== null && (
                    <TrendChart points={trend(agg, tag)} color={tagColor(tags, tag)} locale={locale} referenceYear={referenceYear} width={84} height={24} />
                  )}
                </th>
                {agg.weeks.map((monday) => {
                  const cell = cellOf(agg, tag, monday);
                  const isSelected = selected !== null && selected.tag === tag && selected.monday === monday;
                  const title = tr('cellTitle', {
                    tag: label,
                    date: formatWeekDate(monday, locale, referenceYear),
                    customers: tn('customersShort', cell.customers, locale),
                    items: tn('itemsShort', cell.items, locale),
                  });
                  const shade = tag === null ? 0 : intensity(cell.customers, max);
                  return (
                    <td key={monday} class="fb-cell-td">
                      {cell.items === 0 ? (
                        <span class="fb-cell is-empty" title={title} data-testid={`cell-${key}-${weekLabel(monday)}`}>
                          ·
                        </span>
                      ) : (
                        <button
                          type="button"
                          class={isSelected ? 'fb-cell is-selected' : 'fb-cell'}
                          style={shade ? { background: `rgba(59, 110, 168, ${(shade * 0.32).toFixed(3)})` } : undefined}
                          title={title}
                          aria-label={title}
                          aria-pressed={isSelected}
                          data-testid={`cell-${key}-${weekLabel(monday)}`}
                          onClick={() => onSelect({ tag, monday })}
                        >
                          <span class="fb-cell-customers">{formatCount(cell.customers, locale)}</span>
                          <span class="fb-cell-items">{formatCount(cell.items, locale)}</span>
                        </button>
                      )}
                    </td>
                  );
                })}
                <td class="fb-total">
                  <span class="fb-cell-customers">{formatCount(total.customers, locale)}</span>
                  <span class="fb-cell-items">{formatCount(total.items, locale)}</span>
                </td>
                <td class="fb-wow" data-testid={`wow-${key}`}>
                  {wow && <ChangeBadge delta={wow.delta} ratio={wow.ratio} locale={locale} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
