import { describe, expect, it } from 'vitest';
import { item, uuid } from '../feedback/testing/fixtures';
import { aggregate, cellOf, change, facets, filterItems, itemsInCell, trend, weekOverWeek } from './aggregate';
import { DAY_MS, fixedZone, ianaZone, mondayOf, utcZone, weekLabel } from './weeks';

const at = (y: number, m: number, d: number, h = 12) => Date.UTC(y, m - 1, d, h);
const monday = (y: number, m: number, d: number) => mondayOf(Date.UTC(y, m - 1, d) / DAY_MS);

// Weeks of 27 Oct, 3 Nov and 10 Nov 2025 (counted in UTC unless a test says otherwise).
const ITEMS = [
  item({ id: uuid(), tags: ['bug'], createdAt: at(2025, 10, 28), customer: { userId: '1' } }),
  item({ id: uuid(), tags: ['bug'], createdAt: at(2025, 11, 3), customer: { userId: '1' } }),
  item({ id: uuid(), tags: ['bug'], createdAt: at(2025, 11, 4), customer: { userId: '1' }, quote: 'again, same customer' }),
  item({ id: uuid(), tags: ['bug', 'ux'], createdAt: at(2025, 11, 5), customer: { email: 'B@mail.example' }, helpdesk: 'intercom', agent: 'Max' }),
  item({ id: uuid(), tags: ['bug'], createdAt: at(2025, 11, 9, 23), customer: { email: 'b@mail.example' }, quote: 'latest' }),
  item({ id: uuid(), tags: ['pricing'], createdAt: at(2025, 11, 12), customer: { name: 'Олег' } }),
];

describe('aggregate', () => {
  const agg = aggregate(ITEMS, { zone: utcZone });

  it('counts items and distinct customers per tag per week', () => {
    expect(agg.weeks.map(weekLabel)).toEqual(['2025-W44', '2025-W45', '2025-W46']);
    expect(cellOf(agg, 'bug', monday(2025, 11, 3))).toEqual({ items: 4, customers: 2 });
    expect(cellOf(agg, 'bug', monday(2025, 10, 27))).toEqual({ items: 1, customers: 1 });
    expect(cellOf(agg, 'ux', monday(2025, 11, 3))).toEqual({ items: 1, customers: 1 });
    expect(cellOf(agg, 'pricing', monday(2025, 11, 3))).toEqual({ items: 0, customers: 0 });
    expect(agg.tagIds).toEqual(['bug', 'pricing', 'ux']);
  });

  it('counts a customer once across weeks in the tag total, and an item once across tags', () => {
    expect(agg.tagTotals.get('bug')).toEqual({ items: 5, customers: 2 });
    expect(agg.weekTotals.get(monday(2025, 11, 3))).toEqual({ items: 4, customers: 2 });
    expect(agg.total).toEqual({ items: 6, customers: 3 });
  });

  it('depends on the zone: Sunday 23:00 UTC is Monday in Moscow', () => {
    const moscow = aggregate(ITEMS, { zone: ianaZone('Europe/Moscow') });
    expect(cellOf(moscow, 'bug', monday(2025, 11, 3))).toEqual({ items: 3, customers: 2 });
    expect(cellOf(moscow, 'bug', monday(2025, 11, 10))).toEqual({ items: 1, customers: 1 });
  });

  it('filters by date range, tag, helpdesk and agent', () => {
    const range = aggregate(ITEMS, { zone: utcZone, filter: { fromDay: Date.UTC(2025, 10, 4) / DAY_MS, toDay: Date.UTC(2025, 10, 9) / DAY_MS } });
    expect(range.total.items).toBe(3);
    expect(range.weeks.map(weekLabel)).toEqual(['2025-W45']);
    const ux = aggregate(ITEMS, { zone: utcZone, filter: { tags: ['ux'] } });
    expect(ux.tagIds).toEqual(['ux']);
    expect(ux.total).toEqual({ items: 1, customers: 1 });
    expect(aggregate(ITEMS, { zone: utcZone, filter: { helpdesks: ['intercom'] } }).total.items).toBe(1);
    expect(aggregate(ITEMS, { zone: utcZone, filter: { agents: ['Kate'] } }).total.items).toBe(5);
    expect(filterItems(ITEMS, { agents: ['Max'] }, utcZone)).toHaveLength(1);
  });

  it('fills empty weeks on the axis and can include today', () => {
    const gap = aggregate([ITEMS[0]!, ITEMS[5]!], { zone: utcZone, includeDays: [Date.UTC(2025, 10, 20) / DAY_MS] });
    expect(gap.weeks.map(weekLabel)).toEqual(['2025-W44', '2025-W45', '2025-W46', '2025-W47']);
    expect(trend(gap, 'bug').map((p) => p.items)).toEqual([1, 0, 0, 0]);
    expect(aggregate([], { zone: utcZone }).weeks).toEqual([]);
  });

  it('computes week-over-week change', () => {
    expect(weekOverWeek(agg, 'bug', monday(2025, 11, 3), 'items')).toEqual({ delta: 3, ratio: 3 });
    expect(weekOverWeek(agg, 'bug', monday(2025, 11, 3))).toEqual({ delta: 1, ratio: 1 });
    expect(weekOverWeek(agg, 'pricing', monday(2025, 11, 10))).toEqual({ delta: 1, ratio: null });
    expect(change(2, 4)).toEqual({ delta: -2, ratio: -0.5 });
  });

  it('lists the items behind a cell, newest first', () => {
    const cell = itemsInCell(ITEMS, 'bug', monday(2025, 11, 3), { zone: utcZone });
    expect(cell.map((i) => i.quote)).toEqual(['latest', 'The button is purple, not blue', 'again, same customer', 'The button is purple, not blue']);
    expect(itemsInCell(ITEMS, null, monday(2025, 11, 10), { zone: utcZone })).toHaveLength(1);
    expect(itemsInCell(ITEMS, 'bug', monday(2025, 11, 3), { zone: utcZone, filter: { helpdesks: ['intercom'] } })).toHaveLength(1);
    expect(itemsInCell(ITEMS, 'bug', monday(2025, 11, 3), { zone: fixedZone(180) })).toHaveLength(3);
  });

  it('offers helpdesks, agents and tags for the filters', () => {
    expect(facets(ITEMS)).toEqual({ helpdesks: ['intercom', 'zendesk'], agents: ['Kate', 'Max'], tags: ['bug', 'pricing', 'ux'] });
  });
});
