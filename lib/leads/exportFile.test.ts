import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TAGS } from '../feedback/defaultTags';
import type { Tag } from '../feedback/tags';
import { item, T0, uuid } from '../feedback/testing/fixtures';
import { BOM, csvCell, CSV_COLUMNS, delimiterFor, exportCsv, exportFileName, exportJson, FORMULA_START, quotingRule } from './exportFile';
import { ianaZone, utcZone } from './weeks';

export const TAGS: Tag[] = DEFAULT_TAGS.map((t) => ({ id: t.id, label: { ...t.label }, archived: false, builtin: true, createdAt: 0 }));

function parseBack(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true }).data;
}

describe('CSV export', () => {
  it('starts with a BOM, uses ; for Russian and , for English, CRLF rows, and the fixed columns', () => {
    expect(delimiterFor('ru')).toBe(';');
    expect(delimiterFor('en')).toBe(',');
    const ru = exportCsv([item()], TAGS, { locale: 'ru', zone: utcZone });
    expect(ru.startsWith(`${BOM}id;created_at;created_at_utc;week;tag_ids;tags;quote;`)).toBe(true);
    expect(ru.split('\r\n')).toHaveLength(3);
    const en = exportCsv([item()], TAGS, { locale: 'en', zone: utcZone });
    expect(en.startsWith(`${BOM}${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    const override = exportCsv([item()], TAGS, { locale: 'ru', delimiter: ',', zone: utcZone });
    expect(override.startsWith(`${BOM}id,created_at,`)).toBe(true);
  });

  it('writes dates as YYYY-MM-DD HH:MM:SS in the viewer zone, plus the exact UTC instant and the ISO week', () => {
    const it1 = item({ createdAt: Date.UTC(2025, 11, 28, 22, 5, 7, 123) });
    const [, row] = parseBack(exportCsv([it1], TAGS, { locale: 'en', zone: ianaZone('Asia/Vladivostok') }), ',');
    expect(row!.slice(1, 4)).toEqual(['2025-12-29 08:05:07', '2025-12-28T22:05:07.123Z', '2026-W01']);
  });

  it('writes tag labels in the UI language next to the ids, and the customer key', () => {
    const [, row] = parseBack(exportCsv([item({ tags: ['bug', 'ux'] })], TAGS, { locale: 'ru', zone: utcZone }), ';');
    expect(row![4]).toBe('bug ux');
    expect(row![5]).toBe('Ошибка | Удобство и дизайн');
    expect(row![10]).toBe('u:zendesk:42');
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+7 999 123-45-67', "'+7 999 123-45-67"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB first', "'\tTAB first"],
    ['\rCR first', "'\rCR first"],
    ['=1+2\nsecond line', "'=1+2\nsecond line"],
    ["'=already quoted", "''=already quoted"],
    ['plain = not first', 'plain = not first'],
  ])('neutralises formula cell %j', (quote, cell) => {
    const csv = exportCsv([item({ quote })], TAGS, { locale: 'en', zone: utcZone });
    expect(parseBack(csv, ',')[1]![6]).toBe(cell);
  });

  it('also guards the other text columns (agent, note, customer, ticket id)', () => {
    const csv = exportCsv(
      [item({ agent: '=cmd|calc', note: '@x', ticketId: '-1', customer: { name: '+Anna', email: '=a@b.example', userId: '@7' } })],
      TAGS,
      { locale: 'en', zone: utcZone },
    );
    const row = parseBack(csv, ',')[1]!;
    for (const col of ['agent', 'note', 'ticket_id', 'customer_name', 'customer_email', 'customer_id'] as const) {
      expect(row[CSV_COLUMNS.indexOf(col)]!.startsWith("'"), col).toBe(true);
    }
  });

  it('writes exactly what Papa.unparse writes with the fixed formula rule', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'я', ' ', ';', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', "'", '\uFEFF', '|') });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.constantFrom(';' as const, ',' as const), (cells, d) => {
        const ours = cells.map((c) => csvCell(c, quotingRule(d))).join(d);
        const papa = Papa.unparse([cells], { delimiter: d, newline: '\r\n', escapeFormulae: FORMULA_START });
        expect(ours).toBe(papa);
      }),
      { numRuns: 2000 },
    );
  });

  it('Papa’s own escapeFormulae: true misses a multi-line formula; the rule used here does not', () => {
    expect(Papa.unparse([['=1+2\nfoo']], { escapeFormulae: true })).toBe('"=1+2\nfoo"');
    expect(Papa.unparse([['=1+2\nfoo']], { escapeFormulae: FORMULA_START })).toBe(`"'=1+2\nfoo"`);
  });
});

describe('JSON export', () => {
  it('is versioned, self-contained (with the tags it uses) and keeps every field', () => {
    const a = item({ id: uuid(), tags: ['bug'], note: 'n' });
    const b = item({ id: uuid(), tags: ['n-refunds'] });
    const tags: Tag[] = [...TAGS, { id: 'n-refunds', label: { en: 'Refunds', ru: 'Возвраты' }, archived: true, builtin: false, createdAt: 0 }];
    const doc = JSON.parse(exportJson([a, b], tags, { scope: 'all', now: T0 }));
    expect(doc).toMatchObject({ format: 'tact-feedback', schemaVersion: 2, exportedAt: new Date(T0).toISOString(), scope: 'all' });
    expect(doc.tags).toEqual([
      { id: 'bug', label: { en: 'Bug', ru: 'Ошибка' } },
      { id: 'n-refunds', label: { en: 'Refunds', ru: 'Возвраты' }, archived: true },
    ]);
    expect(doc.items[0]).toEqual({ ...a, createdAt: new Date(a.createdAt).toISOString() });
  });

  it('names files by scope and date', () => {
    expect(exportFileName('csv', 'all', Date.UTC(2025, 10, 3, 23), utcZone)).toBe('tact-feedback-2025-11-03.csv');
    expect(exportFileName('json', 'filtered', Date.UTC(2025, 10, 3, 23), ianaZone('Europe/Moscow'))).toBe('tact-feedback-filtered-2025-11-04.json');
  });
});
