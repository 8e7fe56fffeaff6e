import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dateTimeWriter,
  dayOf,
  fixedZone,
  ianaZone,
  instantOf,
  isoDate,
  isoWeek,
  localZone,
  mondayOf,
  mondayOfIsoWeek,
  parseIsoDate,
  spreadsheetDateTime,
  utcZone,
  weekLabel,
  weekOf,
} from './weeks';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY_MS;
const labelOf = (y: number, m: number, d: number) => weekLabel(mondayOf(day(y, m, d)));

/** A second, independent ISO-week algorithm (the Thursday rule via Date) to check against. */
function referenceWeek(dayNo: number): string {
  const date = new Date(dayNo * DAY_MS);
  const dow = (date.getUTCDay() + 6) % 7;
  const thursday = new Date(date.getTime() + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS;
  const week = 1 + Math.round((thursday.getTime() - 3 * DAY_MS - firstMonday) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

describe('ISO weeks', () => {
  it.each([
    [[2020, 12, 31], '2020-W53'],
    [[2021, 1, 1], '2020-W53'],
    [[2021, 1, 3], '2020-W53'],
    [[2021, 1, 4], '2021-W01'],
    [[2024, 12, 30], '2025-W01'],
    [[2025, 12, 28], '2025-W52'],
    [[2025, 12, 29], '2026-W01'],
    [[2026, 1, 1], '2026-W01'],
    [[2026, 12, 31], '2026-W53'],
    [[2027, 1, 3], '2026-W53'],
    [[2015, 12, 31], '2015-W53'],
    [[2008, 12, 29], '2009-W01'],
    [[2025, 11, 3], '2025-W45'],
    [[2025, 11, 9], '2025-W45'],
  ] as const)('%j is in %s', ([y, m, d], label) => {
    expect(labelOf(y, m, d)).toBe(label);
  });

  it('agrees with an independent algorithm on every day from 1999 to 2101', () => {
    for (let d = day(1999, 1, 1); d <= day(2101, 1, 1); d++) {
      if (weekLabel(mondayOf(d)) !== referenceWeek(d)) throw new Error(`differs on ${isoDate(d)}`);
    }
  });

  it('weeks start on Monday, and mondayOfIsoWeek inverts isoWeek', () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1990, 1, 1), max: day(2100, 1, 1) }), (d) => {
        const monday = mondayOf(d);
        expect(new Date(monday * DAY_MS).getUTCDay()).toBe(1);
        expect(d - monday).toBeGreaterThanOrEqual(0);
        expect(d - monday).toBeLessThan(7);
        const w = isoWeek(monday);
        expect(mondayOfIsoWeek(w.year, w.week)).toBe(monday);
      }),
    );
  });
});

describe('which zone a week is counted in', () => {
  // Sunday 2 Nov 2025, 22:30 UTC: already Monday in Moscow, still Sunday in London and Los Angeles.
  const lateSunday = Date.UTC(2025, 10, 2, 22, 30);

  it('the same instant falls in different weeks for viewers in different zones', () => {
    expect(weekLabel(weekOf(lateSunday, ianaZone('Europe/Moscow')))).toBe('2025-W45');
    expect(weekLabel(weekOf(lateSunday, ianaZone('Europe/London')))).toBe('2025-W44');
    expect(weekLabel(weekOf(lateSunday, ianaZone('America/Los_Angeles')))).toBe('2025-W44');
    expect(weekLabel(weekOf(lateSunday, fixedZone(180)))).toBe('2025-W45');
    expect(weekLabel(weekOf(lateSunday, utcZone))).toBe('2025-W44');
  });

  it('across a year boundary: Vladivostok is in 2026-W01 while UTC is still in 2025-W52', () => {
    const t = Date.UTC(2025, 11, 28, 22, 0); // Sun 28 Dec 22:00 UTC = Mon 29 Dec 08:00 in Vladivostok
    expect(weekLabel(weekOf(t, ianaZone('Asia/Vladivostok')))).toBe('2026-W01');
    expect(weekLabel(weekOf(t, utcZone))).toBe('2025-W52');
    expect(weekLabel(weekOf(Date.UTC(2026, 0, 4, 12), ianaZone('Pacific/Honolulu')))).toBe('2026-W01');
    expect(weekLabel(weekOf(Date.UTC(2021, 0, 4, 4, 30), ianaZone('America/New_York')))).toBe('2020-W53');
  });

  it('follows daylight saving: the offset of the instant, not of today', () => {
    const berlin = ianaZone('Europe/Berlin');
    expect(berlin.offsetMinutes(Date.UTC(2025, 0, 15))).toBe(60);
    expect(berlin.offsetMinutes(Date.UTC(2025, 6, 15))).toBe(120);
    // Sun 30 Mar 2025 22:30 UTC is 00:30 Monday in summer time (+2), 23:30 Sunday in winter time.
    expect(weekLabel(weekOf(Date.UTC(2025, 2, 30, 22, 30), berlin))).toBe('2025-W14');
    expect(weekLabel(weekOf(Date.UTC(2025, 2, 30, 22, 30), fixedZone(60)))).toBe('2025-W13');
    expect(ianaZone('Asia/Kathmandu').offsetMinutes(Date.UTC(2025, 0, 1))).toBe(345);
  });

  describe('the viewer zone follows the process TZ', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });
    it('Asia/Vladivostok vs America/Los_Angeles', () => {
      const t = Date.UTC(2025, 11, 28, 22, 0);
      process.env.TZ = 'Asia/Vladivostok';
      expect(localZone.offsetMinutes(t)).toBe(600);
      expect(weekLabel(weekOf(t, localZone))).toBe('2026-W01');
      process.env.TZ = 'America/Los_Angeles';
      expect(localZone.offsetMinutes(t)).toBe(-480);
      expect(weekLabel(weekOf(t, localZone))).toBe('2025-W52');
    });
  });
});

describe('dates', () => {
  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseIsoDate('2025-11-03')).toBe(day(2025, 11, 3));
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2024-02-29')).toBe(day(2024, 2, 29));
    expect(parseIsoDate('3.11.2025')).toBeUndefined();
    expect(isoDate(day(2025, 11, 3))).toBe('2025-11-03');
  });

  it('formats local date-times the way spreadsheets read them', () => {
    const t = Date.UTC(2025, 10, 3, 21, 5, 9, 450);
    expect(spreadsheetDateTime(t, ianaZone('Europe/Moscow'))).toBe('2025-11-04 00:05:09');
    expect(spreadsheetDateTime(t, ianaZone('America/New_York'))).toBe('2025-11-03 16:05:09');
  });

  it('the fast writer matches spreadsheetDateTime and toISOString', () => {
    const zones = [utcZone, ianaZone('Europe/Moscow'), ianaZone('America/St_Johns'), ianaZone('Europe/Berlin')];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }), fc.integer({ min: 0, max: 3 }), (ms, z) => {
        const zone = zones[z]!;
        const w = dateTimeWriter(zone);
        expect(w.local(ms)).toBe(spreadsheetDateTime(ms, zone));
        expect(w.utc(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('turns a wall-clock time back into the instant, across DST', () => {
    const berlin = ianaZone('Europe/Berlin');
    expect(instantOf(Date.UTC(2025, 6, 1, 12), berlin)).toBe(Date.UTC(2025, 6, 1, 10));
    expect(instantOf(Date.UTC(2025, 0, 1, 12), berlin)).toBe(Date.UTC(2025, 0, 1, 11));
    expect(dayOf(instantOf(Date.UTC(2025, 2, 30, 0, 30), berlin), berlin)).toBe(day(2025, 3, 30));
  });
});
