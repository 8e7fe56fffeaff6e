/**
 * The page's state turned into what it shows: the filter a period selector means, the headline
 * sentences, the table's shading. Pure, so the numbers on screen are tested without a DOM.
 */
import type { Locale } from '../i18n';
import type { FeedbackItem } from '../feedback/schema';
import { tagLabel, type Tag } from '../feedback/tags';
import { cellOf, itemsInCell, type Aggregate, type ItemFilter } from './aggregate';
import { feedbackSentence } from './sentence';
import { mondayOf, parseIsoDate, ymd, type Zone } from './weeks';

export const PERIODS = ['4', '8', '12', '26', '52', 'all', 'custom'] as const;
export type Period = (typeof PERIODS)[number];

export interface FilterState {
  period: Period;
  /** `YYYY-MM-DD`, used with period `custom`. */
  from: string;
  to: string;
  tag: string;
  helpdesk: string;
  agent: string;
}

export const DEFAULT_FILTER: FilterState = { period: '8', from: '', to: '', tag: '', helpdesk: '', agent: '' };

/** A period of N weeks is the current week and the N−1 before it, so the axis shows N columns. */
export function toItemFilter(state: FilterState, today: number): ItemFilter {
  const filter: ItemFilter = {};
  if (state.period === 'custom') {
    const from = parseIsoDate(state.from);
    const to = parseIsoDate(state.to);
    if (from !== undefined) filter.fromDay = from;
    if (to !== undefined) filter.toDay = to;
    if (from !== undefined && to !== undefined && from > to) [filter.fromDay, filter.toDay] = [to, from];
  } else if (state.period !== 'all') {
    filter.fromDay = mondayOf(today) - 7 * (Number(state.period) - 1);
    filter.toDay = today;
  }
  if (state.tag) filter.tags = [state.tag];
  if (state.helpdesk) filter.helpdesks = [state.helpdesk];
  if (state.agent) filter.agents = [state.agent];
  return filter;
}

export function isFiltered(state: FilterState): boolean {
  return state.period !== DEFAULT_FILTER.period || !!state.tag || !!state.helpdesk || !!state.agent;
}

/** The most recent week on the axis that has any feedback: the one the headline talks about. */
export function latestWeekWithData(agg: Aggregate): number | undefined {
  for (let i = agg.weeks.length - 1; i >= 0; i--) {
    const monday = agg.weeks[i]!;
    if ((agg.weekTotals.get(monday)?.items ?? 0) > 0) return monday;
  }
  return undefined;
}

export interface Headline {
  tag: string;
  monday: number;
  text: string;
}

/** Up to `max` sentences for the latest week, tags with the most distinct customers first. */
export function headlines(
  items: readonly FeedbackItem[],
  agg: Aggregate,
  tags: readonly Tag[],
  options: { locale: Locale; zone: Zone; filter: ItemFilter; today: number; max?: number },
): Headline[] {
  const monday = latestWeekWithData(agg);
  if (monday === undefined) return [];
  const ranked = agg.tagIds
    .map((tag) => ({ tag, cell: cellOf(agg, tag, monday) }))
    .filter((r) => r.cell.items > 0)
    .sort((a, b) => b.cell.customers - a.cell.customers || b.cell.items - a.cell.items)
    .slice(0, options.max ?? 3);
  return ranked.map(({ tag, cell }) => {
    const newest = itemsInCell(items, tag, monday, { zone: options.zone, filter: options.filter })[0];
    return {
      tag,
      monday,
      text: feedbackSentence(
        {
          customers: cell.customers,
          items: cell.items,
          monday,
          tagLabel: tagLabel(tags, tag, options.locale),
          quote: newest?.quote,
          referenceYear: ymd(options.today).year,
        },
        options.locale,
      ),
    };
  });
}

/** 0..1 for the cell shading: the share of the busiest cell in the table. */
export function intensity(value: number, max: number): number {
  return max <= 0 || value <= 0 ? 0 : Math.max(0.08, Math.min(1, value / max));
}

export function maxCustomers(agg: Aggregate): number {
  let max = 0;
  for (const weeks of agg.cells.values()) for (const c of weeks.values()) if (c.customers > max) max = c.customers;
  return max;
}

/** Calm colours, one per tag, stable for a tag as long as the tag list does not change order. */
export const PALETTE = ['#3b6ea8', '#c2553f', '#4f8a5b', '#8a5fa8', '#b8862b', '#2f8f9d', '#a84f7a', '#6b7a3a', '#5a6b8c', '#9a6a4a', '#4a7f7f', '#7a5a9a'];

export function tagColor(tags: readonly Tag[], id: string): string {
  const i = tags.findIndex((t) => t.id === id);
  if (i >= 0) return PALETTE[i % PALETTE.length]!;
  let h = 0;
  for (let k = 0; k < id.length; k++) h = (h * 31 + id.charCodeAt(k)) >>> 0;
  return PALETTE[h % PALETTE.length]!;
}

/**
 * The week the change column talks about: the last one on the axis if it is over, else the one
 * before it — a week that started on Monday would otherwise always look like a drop.
 */
export function comparedWeek(weeks: readonly number[], today: number): number | undefined {
  const last = weeks.at(-1);
  if (last === undefined) return undefined;
  if (last + 6 < today || weeks.length < 2) return last;
  return weeks.at(-2);
}
