/**
 * Counts for the leads' view: per tag per ISO week, items and distinct customers. An item with two
 * tags counts once under each; the "all tags" totals count it (and its customer) once.
 */
import { customerKey, type FeedbackItem } from '../feedback/schema';
import { dayOf, localZone, mondayOf, weeksBetween, type Zone } from './weeks';

export interface ItemFilter {
  /** Epoch days on the viewer's calendar, both inclusive. */
  fromDay?: number;
  toDay?: number;
  /** Items with any of these tags. */
  tags?: readonly string[];
  helpdesks?: readonly string[];
  agents?: readonly string[];
}

export interface Cell {
  items: number;
  customers: number;
}

export const EMPTY_CELL: Readonly<Cell> = Object.freeze({ items: 0, customers: 0 });

export interface Aggregate {
  /** Every Monday (epoch day) from the first to the last week, ascending, gaps included. */
  weeks: number[];
  /** Tags with at least one item, most items first. */
  tagIds: string[];
  /** tag → Monday → cell; an absent week means zero. */
  cells: Map<string, Map<number, Cell>>;
  /** Per tag over the whole range; customers are distinct across weeks. */
  tagTotals: Map<string, Cell>;
  /** All tags together per week. */
  weekTotals: Map<number, Cell>;
  total: Cell;
}

export interface AggregateOptions {
  zone?: Zone;
  filter?: ItemFilter;
  /** Widen the week axis to include these days (e.g. today, so the current week shows even if empty). */
  includeDays?: readonly number[];
}

interface Acc {
  items: number;
  keys: Set<string>;
}

export function matcher(filter: ItemFilter | undefined): (item: FeedbackItem, day: number) => boolean {
  if (!filter) return () => true;
  const { fromDay, toDay } = filter;
  const tags = filter.tags?.length ? new Set(filter.tags) : undefined;
  const helpdesks = filter.helpdesks?.length ? new Set(filter.helpdesks) : undefined;
  const agents = filter.agents?.length ? new Set(filter.agents) : undefined;
  return (item, day) => {
    if (fromDay !== undefined && day < fromDay) return false;
    if (toDay !== undefined && day > toDay) return false;
    if (helpdesks && !helpdesks.has(item.helpdesk)) return false;
    if (agents && !agents.has(item.agent)) return false;
    if (tags) {
      let any = false;
      for (const t of item.tags) if (tags.has(t)) any = true;
      if (!any) return false;
    }
    return true;
  };
}

export function filterItems(items: readonly FeedbackItem[], filter: ItemFilter | undefined, zone: Zone = localZone): FeedbackItem[] {
  const ok = matcher(filter);
  return items.filter((item) => ok(item, dayOf(item.createdAt, zone)));
}

export function aggregate(items: readonly FeedbackItem[], options: AggregateOptions = {}): Aggregate {
  const zone = options.zone ?? localZone;
  const ok = matcher(options.filter);
  const onlyTags = options.filter?.tags?.length ? new Set(options.filter.tags) : undefined;
  const perTag = new Map<string, Map<number, Acc>>();
  const perTagAll = new Map<string, Acc>();
  const perWeek = new Map<number, Acc>();
  const all: Acc = { items: 0, keys: new Set() };
  let first = Infinity;
  let last = -Infinity;

  for (const item of items) {
    const day = dayOf(item.createdAt, zone);
    if (!ok(item, day)) continue;
    const monday = mondayOf(day);
    if (monday < first) first = monday;
    if (monday > last) last = monday;
    const key = customerKey(item);
    all.items++;
    all.keys.add(key);
    let week = perWeek.get(monday);
    if (!week) perWeek.set(monday, (week = { items: 0, keys: new Set() }));
    week.items++;
    week.keys.add(key);
    for (const tag of item.tags) {
      // With a tag filter the other tags of a matching item are not what the lead asked about.
      if (onlyTags && !onlyTags.has(tag)) continue;
      let weeks = perTag.get(tag);
      if (!weeks) perTag.set(tag, (weeks = new Map()));
      let acc = weeks.get(monday);
      if (!acc) weeks.set(monday, (acc = { items: 0, keys: new Set() }));
      acc.items++;
      acc.keys.add(key);
      let tot = perTagAll.get(tag);
      if (!tot) perTagAll.set(tag, (tot = { items: 0, keys: new Set() }));
      tot.items++;
      tot.keys.add(key);
    }
  }

  const f = options.filter;
  if (f?.fromDay !== undefined) first = Math.min(first, mondayOf(f.fromDay));
  if (f?.toDay !== undefined) last = Math.max(last, mondayOf(f.toDay));
  for (const day of options.includeDays ?? []) {
    const m = mondayOf(day);
    if ((f?.fromDay === undefined || day >= f.fromDay) && (f?.toDay === undefined || day <= f.toDay)) {
      first = Math.min(first, m);
      last = Math.max(last, m);
    }
  }
  // A filter that starts after today would otherwise make an inverted range.
  const weeks = Number.isFinite(first) && Number.isFinite(last) && first <= last ? weeksBetween(first, last) : [];

  const cell = (a: Acc): Cell => ({ items: a.items, customers: a.keys.size });
  const cells = new Map<string, Map<number, Cell>>();
  for (const [tag, byWeek] of perTag) {
    const out = new Map<number, Cell>();
    for (const [monday, acc] of byWeek) out.set(monday, cell(acc));
    cells.set(tag, out);
  }
  const tagTotals = new Map<string, Cell>();
  for (const [tag, acc] of perTagAll) tagTotals.set(tag, cell(acc));
  const weekTotals = new Map<number, Cell>();
  for (const [monday, acc] of perWeek) weekTotals.set(monday, cell(acc));
  const tagIds = [...tagTotals.keys()].sort((a, b) => tagTotals.get(b)!.items - tagTotals.get(a)!.items || a.localeCompare(b));
  return { weeks, tagIds, cells, tagTotals, weekTotals, total: cell(all) };
}

export function cellOf(agg: Aggregate, tag: string | null, monday: number): Cell {
  if (tag === null) return agg.weekTotals.get(monday) ?? EMPTY_CELL;
  return agg.cells.get(tag)?.get(monday) ?? EMPTY_CELL;
}

export interface Change {
  delta: number;
  /** Relative change; null when the previous week had none (growth from zero has no percentage). */
  ratio: number | null;
}

export function change(current: number, previous: number): Change {
  return { delta: current - previous, ratio: previous === 0 ? null : (current - previous) / previous };
}

/** Week-over-week change of a tag's distinct customers (or items) for the week starting `monday`. */
export function weekOverWeek(agg: Aggregate, tag: string | null, monday: number, measure: keyof Cell = 'customers'): Change {
  return change(cellOf(agg, tag, monday)[measure], cellOf(agg, tag, monday - 7)[measure]);
}

export interface TrendPoint extends Cell {
  monday: number;
}

/** One point per week of the axis, zeros included, for the chart. */
export function trend(agg: Aggregate, tag: string | null): TrendPoint[] {
  return agg.weeks.map((monday) => ({ monday, ...cellOf(agg, tag, monday) }));
}

/**
 * The items behind a table cell (tag `null` = all tags), newest first: what the lead reads when a
 * count surprises them, each with its ticket link.
 */
export function itemsInCell(
  items: readonly FeedbackItem[],
  tag: string | null,
  monday: number,
  options: { zone?: Zone; filter?: ItemFilter } = {},
): FeedbackItem[] {
  const zone = options.zone ?? localZone;
  const ok = matcher(options.filter);
  const out: FeedbackItem[] = [];
  for (const item of items) {
    if (tag !== null && !item.tags.includes(tag)) continue;
    const day = dayOf(item.createdAt, zone);
    if (mondayOf(day) !== monday || !ok(item, day)) continue;
    out.push(item);
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

/** The distinct values a filter can offer (helpdesks, agents), sorted for a select. */
export function facets(items: readonly FeedbackItem[]): { helpdesks: string[]; agents: string[]; tags: string[] } {
  const helpdesks = new Set<string>();
  const agents = new Set<string>();
  const tags = new Set<string>();
  for (const item of items) {
    helpdesks.add(item.helpdesk);
    if (item.agent) agents.add(item.agent);
    for (const t of item.tags) tags.add(t);
  }
  const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { helpdesks: sort(helpdesks), agents: sort(agents), tags: sort(tags) };
}
