import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_TAGS } from '../feedback/defaultTags';
import type { FeedbackItem } from '../feedback/schema';
import { FeedbackService } from '../feedback/service';
import type { Tag } from '../feedback/tags';
import { sampleItems } from '../feedback/samples';
import { dbName, item, T0, uuid } from '../feedback/testing/fixtures';
import { checkSize, MAX_IMPORT_BYTES } from './decode';
import { exportCsv, exportJson } from './exportFile';
import { bytesSource, fileSource, planImport, previewImport, readImportFiles, type ImportSource } from './importFiles';
import type { ImportPlan, ImportProgress } from './importTypes';
import { fileErrorText, rejectionText } from './strings';
import { utcZone } from './weeks';

const TAGS: Tag[] = DEFAULT_TAGS.map((t) => ({ id: t.id, label: { ...t.label }, archived: false, builtin: true, createdAt: 0 }));
const noneExist = async () => [] as string[];

/** Quotes that break naive CSV and spreadsheets. */
const TRICKY: FeedbackItem[] = [
  item({ id: uuid(), quote: 'Semicolon; comma, "double quotes" and ""two""' }),
  item({ id: uuid(), quote: 'Line one\nline two\r\nline three\rline four', tags: ['bug', 'ux'] }),
  item({ id: uuid(), quote: 'Кнопка «Оплатить» не работает — ёлки-палки, 100 ₽ списали!', language: 'ru', customer: { name: 'Алёна Петрова' } }),
  item({ id: uuid(), quote: '=HYPERLINK("http://evil.example","click")', customer: {} }),
  item({ id: uuid(), quote: "'=already escaped once" }),
  item({ id: uuid(), quote: '-5 stars\n=SUM(A1:A9)', note: '+note with\nnewline; and, commas' }),
  item({ id: uuid(), quote: '@mention', agent: '=Агент' }),
  item({ id: uuid(), quote: '\tstarts with a tab', customer: { email: 'tab@mail.example' } }),
  item({ id: uuid(), quote: '  leading and trailing spaces  ', ticketId: ' 007 ' }),
  item({ id: uuid(), quote: 'emoji 🙂 and | pipes | and \u00a0nbsp', tags: ['praise'] }),
  item({ id: uuid(), quote: 'x'.repeat(10_000), createdAt: Date.UTC(2025, 11, 31, 23, 59, 59, 999) }),
];

const byId = (a: FeedbackItem, b: FeedbackItem) => (a.id < b.id ? -1 : 1);

describe('export → import round trip', () => {
  it.each([';', ','] as const)('CSV with %j loses nothing', async (delimiter) => {
    const csv = exportCsv(TRICKY, TAGS, { locale: delimiter === ';' ? 'ru' : 'en', delimiter, zone: utcZone });
    const plan = await previewImport([bytesSource('team.csv', csv)], { tags: TAGS, existing: noneExist, zone: utcZone });
    expect(plan.rejected).toEqual([]);
    expect(plan.files[0]).toMatchObject({ format: 'csv', rows: TRICKY.length, valid: TRICKY.length });
    // ticketId is trimmed by the schema on the way in; everything else comes back byte for byte.
    expect([...plan.toAdd].sort(byId)).toEqual([...TRICKY].map((i) => ({ ...i, ticketId: i.ticketId.trim() })).sort(byId));
  });

  it('CSV read with a zone other than the one it was written in still restores the exact instants', async () => {
    const csv = exportCsv(TRICKY, TAGS, { locale: 'en', zone: utcZone });
    const plan = await previewImport([bytesSource('a.csv', csv)], { tags: TAGS, existing: noneExist });
    expect(plan.toAdd.map((i) => i.createdAt).sort()).toEqual(TRICKY.map((i) => i.createdAt).sort());
  });

  it('JSON loses nothing', async () => {
    const json = exportJson(TRICKY, TAGS, { scope: 'all', now: T0 });
    const plan = await previewImport([bytesSource('team.json', json)], { tags: TAGS, existing: noneExist });
    expect(plan.rejected).toEqual([]);
    expect([...plan.toAdd].sort(byId)).toEqual([...TRICKY].sort(byId));
  });

  it('through the background store and out again: same items', async () => {
    const s = new FeedbackService({ area: browser.storage.local, dbName: dbName() });
    const csv = exportCsv(TRICKY, TAGS, { locale: 'ru', zone: utcZone });
    const plan = await previewImport([bytesSource('a.csv', csv)], { tags: await s.tags.all(), existing: (ids) => s.existingIds(ids), zone: utcZone });
    s.stageImport('x', plan.toAdd, plan.tags);
    expect(await s.commitImport('x')).toMatchObject({ added: TRICKY.length, skipped: 0 });
    const stored = (await s.query()).items;
    const again = exportCsv([...stored].sort(byId), await s.tags.all(), { locale: 'ru', zone: utcZone });
    expect(again).toBe(exportCsv([...plan.toAdd].sort(byId), TAGS, { locale: 'ru', zone: utcZone }));
    await s.close();
  });

  it('reads an Excel "Unicode text"-style UTF-16 file with a BOM, LE and BE', async () => {
    const csv = exportCsv(TRICKY.slice(0, 3), TAGS, { locale: 'en', zone: utcZone }).slice(1);
    const le = new Uint8Array(2 + csv.length * 2);
    const be = new Uint8Array(2 + csv.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < csv.length; i++) {
      const c = csv.charCodeAt(i);
      le.set([c & 0xff, c >> 8], 2 + i * 2);
      be.set([c >> 8, c & 0xff], 2 + i * 2);
    }
    for (const bytes of [le, be]) {
      const plan = await previewImport([bytesSource('utf16.csv', bytes)], { tags: TAGS, existing: noneExist });
      expect(plan.toAdd).toHaveLength(3);
    }
  });
});

describe('merging several teammates’ files', () => {
  it('counts an item once however many files carry it, and skips what is already here', async () => {
    const [a, b, c, d] = [1, 2, 3, 4].map(() => item({ id: uuid() }));
    const kate = exportJson([a!, b!], TAGS, { scope: 'all', now: T0 });
    const max = exportCsv([b!, c!], TAGS, { locale: 'ru', zone: utcZone });
    const oleg = exportCsv([c!, d!], TAGS, { locale: 'en', zone: utcZone });
    const plan = await previewImport([bytesSource('kate.json', kate), bytesSource('max.csv', max), bytesSource('oleg.csv', oleg)], {
      tags: TAGS,
      existing: async (ids) => ids.filter((id) => id === d!.id),
    });
    expect(plan.toAdd.map((i) => i.id).sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect(plan.duplicates).toBe(3);
    expect(plan.rejected).toEqual([]);
  });

  it('reads a teammate’s tag with the same label as a local tag, creates truly new ones', async () => {
    const theirs: Tag[] = [
      ...TAGS,
      { id: 't-theirs01', label: { en: 'Refunds', ru: 'Возвраты' }, archived: false, builtin: false, createdAt: 0 },
      { id: 't-theirs02', label: { en: 'Courier', ru: 'Курьер' }, archived: false, builtin: false, createdAt: 0 },
    ];
    const mine: Tag[] = [...TAGS, { id: 't-mine0001', label: { en: 'refunds', ru: 'Возвраты' }, archived: false, builtin: false, createdAt: 0 }];
    const json = exportJson([item({ id: uuid(), tags: ['t-theirs01'] }), item({ id: uuid(), tags: ['t-theirs02', 'bug'] })], theirs, { scope: 'all' });
    const plan = await previewImport([bytesSource('t.json', json)], { tags: mine, existing: noneExist });
    expect(plan.toAdd.map((i) => i.tags)).toEqual([['t-mine0001'], ['t-theirs02', 'bug']]);
    expect(plan.tags).toEqual([{ id: 't-theirs02', label: { en: 'Courier', ru: 'Курьер' } }]);
  });

  it('under the policy’s tag lock, refuses rows that need a new tag and keeps the rest, with a reason in both languages', async () => {
    const theirs: Tag[] = [
      ...TAGS,
      { id: 't-theirs01', label: { en: 'Refunds', ru: 'Возвраты' }, archived: false, builtin: false, createdAt: 0 },
      { id: 't-theirs02', label: { en: 'Courier', ru: 'Курьер' }, archived: false, builtin: false, createdAt: 0 },
    ];
    const mine: Tag[] = [...TAGS, { id: 't-mine0001', label: { en: 'refunds', ru: 'Возвраты' }, archived: false, builtin: false, createdAt: 0 }];
    const json = exportJson([item({ id: uuid(), tags: ['t-theirs01'] }), item({ id: uuid(), tags: ['t-theirs02', 'bug'] }), item({ id: uuid(), tags: ['bug'] })], theirs, { scope: 'all' });
    const plan = await previewImport([bytesSource('t.json', json)], { tags: mine, existing: noneExist, tagsLocked: true });
    expect(plan.toAdd.map((i) => i.tags)).toEqual([['t-mine0001'], ['bug']]);
    expect(plan.tags).toEqual([]);
    expect(plan.rejected).toMatchObject([{ file: 't.json', row: 2, field: 'tags', code: 'tag_locked', key: 't-theirs02' }]);
    expect(plan.files[0]).toMatchObject({ valid: 2, rejected: 1 });
    expect(rejectionText(plan.rejected[0]!, 'en')).toBe('t.json, item 2, field tags: tag “t-theirs02” is new here, and your organisation manages the tag list');
    expect(rejectionText(plan.rejected[0]!, 'ru')).toContain('тега «t-theirs02» здесь нет, а списком тегов управляет ваша организация');
  });

  it('reads a first-release (schema v1) JSON export through the same migration as the database', async () => {
    const v1 = {
      format: 'tact-feedback',
      schemaVersion: 1,
      items: [
        {
          id: '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
          tags: ['Баг', 'Возвраты'],
          quote: 'Не пришёл возврат',
          customerEmail: 'a@mail.example',
          helpdesk: 'usedesk',
          ticketId: '9',
          ticketUrl: 'https://secure.usedesk.ru/tickets/9',
          createdAt: '2025-11-03T10:00:00Z',
        },
      ],
    };
    const plan = await previewImport([bytesSource('old.json', JSON.stringify(v1))], { tags: TAGS, existing: noneExist });
    expect(plan.rejected).toEqual([]);
    expect(plan.toAdd[0]).toMatchObject({ schemaVersion: 2, tags: ['bug', expect.stringMatching(/^n-/)], customer: { email: 'a@mail.example' }, language: 'ru' });
    expect(plan.tags[0]?.label).toEqual({ en: 'Возвраты', ru: 'Возвраты' });
  });

  it('reports progress while reading and checking a big file, and finishes', async () => {
    const many = Array.from({ length: 12_000 }, (_, i) => item({ id: uuid(), quote: `quote ${i}\nwith a second line; and a ; semicolon` }));
    const csv = exportCsv(many, TAGS, { locale: 'ru', zone: utcZone });
    const json = exportJson(many, TAGS, { scope: 'all' });
    const seen: ImportProgress[] = [];
    const plan = await previewImport([bytesSource('big.csv', csv), bytesSource('big.json', json)], {
      tags: TAGS,
      existing: noneExist,
      onProgress: (p) => seen.push(p),
    });
    expect(plan.toAdd).toHaveLength(12_000);
    expect(plan.duplicates).toBe(12_000);
    const csvParse = seen.filter((p) => p.file === 'big.csv' && p.phase === 'parse');
    expect(csvParse.length).toBeGreaterThan(1);
    expect(csvParse.at(-1)).toMatchObject({ done: csvParse.at(-1)!.total, fileIndex: 0, files: 2 });
    expect(seen.filter((p) => p.file === 'big.json' && p.phase === 'check').length).toBeGreaterThan(1);
  });
});

// ---------------------------------------------------------------- hostile files

const GOOD = item({ id: '7a7a7a7a-0000-4000-8000-000000000001', quote: 'A good row' });
const EXISTING = item({ id: '7a7a7a7a-0000-4000-8000-0000000000ee', quote: 'Already stored, must not change' });
const csvOf = (items: FeedbackItem[], delimiter: ';' | ',' = ',') => exportCsv(items, TAGS, { locale: 'en', delimiter, zone: utcZone });
const csvHeader = csvOf([]).replace(/^\uFEFF/, '').replace(/\r\n$/, '');
const goodRow = csvOf([GOOD]).split('\r\n')[1]!;
const jsonOf = (patch: Record<string, unknown> = {}, items: unknown[] = [{ ...GOOD, createdAt: new Date(GOOD.createdAt).toISOString() }]) =>
  JSON.stringify({ format: 'tact-feedback', schemaVersion: 2, exportedAt: new Date(T0).toISOString(), scope: 'all', tags: [], items, ...patch });
const goodJsonItem = () => ({ ...GOOD, createdAt: new Date(GOOD.createdAt).toISOString() }) as Record<string, unknown>;
const replaceCell = (row: string, column: string, value: string) => {
  const cells = row.split(',');
  cells[csvHeader.split(',').indexOf(column)] = value;
  return cells.join(',');
};
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1Bytes = (codes: number[]) => new Uint8Array(codes);

type Expect = { file: string; params?: Record<string, unknown> } | { rows: { code: string; field?: string; row?: number }[] };

const HOSTILE: [string, ImportSource, Expect][] = [
  ['empty file', bytesSource('empty.csv', ''), { file: 'empty' }],
  ['only whitespace', bytesSource('blank.csv', ' \r\n\t\n'), { file: 'empty' }],
  ['only a UTF-8 BOM', bytesSource('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf])), { file: 'empty' }],
  ['300 MB', { name: 'huge.csv', size: 300 * 1024 * 1024, read: async () => new Uint8Array(300) }, { file: 'too_large', params: { size: '300', max: '256' } }],
  ['binary garbage', bytesSource('garbage.csv', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), { file: 'binary' }],
  ['a PNG renamed to .csv', bytesSource('image.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])), { file: 'binary' }],
  ['control characters in text', bytesSource('ctrl.csv', `${csvHeader}\r\n${'\u0001\u0002\u0003'.repeat(50)}`), { file: 'binary' }],
  ['Windows-1251 instead of UTF-8', bytesSource('cp1251.csv', new Uint8Array([...utf8('id,quote\r\n1,'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])), { file: 'not_utf8', params: { offset: 12 } }],
  ['UTF-16 LE without a BOM', bytesSource('nobom16.csv', latin1Bytes([...'id,quote\r\n'].flatMap((c) => [c.charCodeAt(0), 0]))), { file: 'utf16_no_bom' }],
  ['UTF-32 LE with a BOM', bytesSource('utf32.csv', new Uint8Array([0xff, 0xfe, 0, 0, 0x69, 0, 0, 0])), { file: 'utf32' }],
  ['UTF-16 LE tab-separated (Excel "Unicode text")', bytesSource('unicode.txt', latin1Bytes([0xff, 0xfe, ...csvHeader.replace(/,/g, '\t').split('').flatMap((c) => [c.charCodeAt(0), 0])])), { file: 'csv_delimiter', params: { delimiter: 'tab' } }],
  ['UTF-16 BE with a BOM, cut off', bytesSource('cut16.json', latin1Bytes([0xfe, 0xff, ...jsonOf().slice(0, 90).split('').flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])])), { file: 'truncated_json' }],
  ['UTF-8 BOM before JSON from another app', bytesSource('bom.json', `\uFEFF{"format": "other", "items": []}`), { file: 'not_tact', params: { found: 'other' } }],
  ['truncated JSON', bytesSource('cut.json', jsonOf().slice(0, 120)), { file: 'truncated_json' }],
  ['JSON with a syntax error on line 3', bytesSource('broken.json', '{\n "format": "tact-feedback",\n "schemaVersion": 2 "items": []\n}'), { file: 'bad_json', params: { line: 3, column: 21 } }],
  ['JSON list at the top', bytesSource('list.json', '[{"id": 1}]'), { file: 'not_tact', params: { found: 'list' } }],
  ['JSON null', bytesSource('null.json', 'null'), { file: 'not_tact' }],
  ['JSON from another app', bytesSource('other.json', '{"format": "zendesk-export", "tickets": []}'), { file: 'not_tact', params: { found: 'zendesk-export' } }],
  ['JSON from a newer Tact', bytesSource('v3.json', jsonOf({ schemaVersion: 3 })), { file: 'newer_schema', params: { found: 3, max: 2 } }],
  ['JSON schema version as a string', bytesSource('v2s.json', jsonOf({ schemaVersion: '2' })), { file: 'bad_schema_version', params: { found: '"2"' } }],
  ['JSON items not a list', bytesSource('items.json', jsonOf({ items: { 0: {} } })), { file: 'bad_structure', params: { field: 'items' } }],
  ['JSON empty items', bytesSource('none.json', jsonOf({ items: [] })), { file: 'no_rows' }],
  ['JSON malformed tag list', bytesSource('tags.json', jsonOf({ tags: [{ id: 'Bad Id', label: 'x' }] })), { file: 'bad_structure', params: { field: 'tags[0]' } }],
  ['JSON __proto__ at the top', bytesSource('proto.json', `{"__proto__": {"polluted": true}, "format": "tact-feedback", "schemaVersion": 2, "items": []}`), { file: 'forbidden_key', params: { key: '__proto__' } }],
  ['JSON more than 200,000 items', bytesSource('many.json', jsonOf({ items: new Array(200_001).fill(0) })), { file: 'too_many_rows', params: { max: 200_000 } }],
  ['JSON __proto__ inside an item', bytesSource('item-proto.json', jsonOf({}, [JSON.parse(`{"__proto__": {"polluted": true}, "id": "x"}`)])), { rows: [{ code: 'forbidden_key', row: 1 }] }],
  ['JSON constructor.prototype inside the customer', bytesSource('ctor.json', jsonOf({}, [{ ...goodJsonItem(), customer: JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') }])), { rows: [{ code: 'forbidden_key' }] }],
  ['JSON wrong types', bytesSource('types.json', jsonOf({}, [{ ...goodJsonItem(), quote: 42, tags: 'bug', customer: { name: ['x'] } }])), { rows: [{ code: 'bad_type', field: 'tags' }, { code: 'bad_type', field: 'quote' }, { code: 'bad_type', field: 'customer.name' }] }],
  ['JSON invalid dates', bytesSource('dates.json', jsonOf({}, [{ ...goodJsonItem(), createdAt: '2025-13-45T99:00:00Z' }, { ...goodJsonItem(), id: uuid(), createdAt: 'yesterday' }, { ...goodJsonItem(), id: uuid(), createdAt: 1_700_000_000_000 }])), { rows: [{ code: 'bad_date', field: 'createdAt', row: 1 }, { code: 'bad_date', row: 2 }, { code: 'bad_type', row: 3 }] }],
  ['JSON duplicate ids with different content', bytesSource('dups.json', jsonOf({}, [goodJsonItem(), { ...goodJsonItem(), quote: 'changed' }])), { rows: [{ code: 'duplicate_id', field: 'id', row: 2 }] }],
  ['JSON huge quote', bytesSource('long.json', jsonOf({}, [{ ...goodJsonItem(), quote: 'ы'.repeat(100_000) }])), { rows: [{ code: 'too_long', field: 'quote' }] }],
  ['JSON unknown field', bytesSource('extra.json', jsonOf({}, [{ ...goodJsonItem(), sentiment: 'angry' }])), { rows: [{ code: 'unknown_key', field: 'sentiment' }] }],
  ['JSON javascript: ticket link', bytesSource('xss.json', jsonOf({}, [{ ...goodJsonItem(), ticketUrl: 'javascript:alert(document.cookie)' }])), { rows: [{ code: 'bad_url', field: 'ticketUrl' }] }],
  ['JSON tag defined nowhere', bytesSource('orphan.json', jsonOf({}, [{ ...goodJsonItem(), tags: ['n-nowhere'] }])), { rows: [{ code: 'unknown_tag', field: 'tags' }] }],
  ['CSV header only', bytesSource('header.csv', `${csvHeader}\r\n`), { file: 'no_rows' }],
  ['CSV missing columns', bytesSource('missing.csv', 'id,created_at_utc,tag_ids,helpdesk\r\nx,y,z,w\r\n'), { file: 'csv_missing_columns', params: { columns: 'quote, ticket_id, ticket_url' } }],
  ['CSV extra columns', bytesSource('extra.csv', `${csvHeader},sentiment\r\n${goodRow},angry\r\n`), { file: 'csv_unknown_columns', params: { columns: 'sentiment' } }],
  ['CSV __proto__ column', bytesSource('proto.csv', `${csvHeader},__proto__\r\n${goodRow},x\r\n`), { file: 'csv_unknown_columns', params: { columns: '__proto__' } }],
  ['CSV duplicate column', bytesSource('dupcol.csv', `${csvHeader},quote\r\n${goodRow},x\r\n`), { file: 'csv_duplicate_columns', params: { columns: 'quote' } }],
  ['CSV separated by tabs', bytesSource('tabs.csv', `${csvHeader.replace(/,/g, '\t')}\r\n`), { file: 'csv_delimiter', params: { delimiter: 'tab' } }],
  ['CSV separated by pipes', bytesSource('pipes.csv', `${csvHeader.replace(/,/g, '|')}\r\n`), { file: 'csv_delimiter', params: { delimiter: 'pipe' } }],
  ['not a CSV at all', bytesSource('letter.csv', 'Hello team,\nhere are the numbers you asked for.\n'), { file: 'csv_missing_columns' }],
  ['CSV from a newer Tact', bytesSource('v3.csv', `${csvHeader}\r\n${goodRow.replace(/,2$/, ',3')}\r\n`), { file: 'newer_schema', params: { found: 3 } }],
  ['CSV cut inside a quoted cell', bytesSource('cut.csv', `${csvHeader}\r\n${goodRow}\r\n${goodRow.replace('A good row', '"A quote that never en')}`), { file: 'csv_unclosed_quote', params: { row: 3 } }],
  ['CSV header with commas, rows with semicolons', bytesSource('mixed.csv', `${csvHeader}\r\n${goodRow.replace(/,/g, ';')}\r\n`), { rows: [{ code: 'cell_count', row: 2 }] }],
  ['CSV cut in the middle of a row', bytesSource('short.csv', `${csvHeader}\r\n${goodRow.split(',').slice(0, 7).join(',')}\r\n`), { rows: [{ code: 'cell_count', row: 2 }] }],
  ['CSV formula payloads', bytesSource('formula.csv', [csvHeader, ...['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '"\tcmd"', '"=1+2\nmore"'].map((q, i) => replaceCell(goodRow.replace(GOOD.id, uuid()), 'quote', q).replace(/^[^,]+/, `7a7a7a7a-0000-4000-8000-00000000010${i}`))].join('\r\n')), { rows: [0, 1, 2, 3, 4, 5].map((i) => ({ code: 'formula', field: 'quote', row: i + 2 })) }],
  ['CSV formula in the agent column', bytesSource('agent.csv', `${csvHeader}\r\n${replaceCell(goodRow, 'agent', '=cmd|" /C calc"!A0')}\r\n`), { rows: [{ code: 'formula', field: 'agent' }] }],
  ['CSV invalid dates', bytesSource('dates.csv', [csvHeader, replaceCell(goodRow, 'created_at_utc', '2025-02-30T10:00:00Z'), replaceCell(replaceCell(goodRow.replace(GOOD.id, uuid()), 'created_at_utc', ''), 'created_at', '31/12/2025'), replaceCell(goodRow.replace(GOOD.id, uuid()), 'created_at_utc', 'tomorrow')].join('\r\n')), { rows: [{ code: 'bad_date', field: 'created_at_utc', row: 2 }, { code: 'bad_date', field: 'created_at', row: 3 }, { code: 'bad_date', field: 'created_at_utc', row: 4 }] }],
  ['CSV bad schema version', bytesSource('ver.csv', `${csvHeader}\r\n${goodRow.replace(/,2$/, ',two')}\r\n`), { rows: [{ code: 'bad_schema_version', field: 'schema_version' }] }],
  ['CSV huge quote', bytesSource('long.csv', `${csvHeader}\r\n${replaceCell(goodRow, 'quote', 'я'.repeat(20_000))}\r\n`), { rows: [{ code: 'too_long', field: 'quote' }] }],
  ['CSV wrong types: not a UUID, not an e-mail, not a link', bytesSource('types.csv', `${csvHeader}\r\n${replaceCell(replaceCell(replaceCell(goodRow, 'id', 'row-1'), 'customer_email', 'nobody'), 'ticket_url', 'ftp://x')}\r\n`), { rows: [{ code: 'bad_uuid', field: 'id' }, { code: 'bad_email', field: 'customer_email' }, { code: 'bad_url', field: 'ticket_url' }] }],
  ['CSV duplicate ids', bytesSource('dups.csv', `${csvHeader}\r\n${goodRow}\r\n${replaceCell(goodRow, 'quote', 'edited')}\r\n`), { rows: [{ code: 'duplicate_id', field: 'id', row: 3 }] }],
];

describe('hostile and corrupt files: each has a specific error and changes nothing', () => {
  let service: FeedbackService;
  let before: FeedbackItem[];
  beforeEach(async () => {
    service = new FeedbackService({ area: browser.storage.local, dbName: dbName() });
    service.stageImport('seed', [EXISTING]);
    await service.commitImport('seed');
    before = (await service.query()).items;
  });
  afterEach(async () => {
    await service.close();
  });

  async function importThrough(source: ImportSource): Promise<ImportPlan> {
    const tags = await service.tags.all();
    const plan = await planImport(await readImportFiles([source], { tags, zone: utcZone }), { tags, existing: (ids) => service.existingIds(ids) });
    if (plan.toAdd.length) {
      service.stageImport('h', plan.toAdd, plan.tags);
      await service.commitImport('h');
    }
    return plan;
  }

  it('there are at least 30 of them', () => {
    expect(HOSTILE.filter(([, , e]) => 'file' in e || e.rows.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)('%s', async (_name, source, expected) => {
    const plan = await importThrough(source);
    const after = (await service.query()).items;
    // What existed is exactly as it was.
    expect(after.filter((i) => before.some((b) => b.id === i.id))).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    if ('file' in expected) {
      const report = plan.files[0]!;
      expect(report.error?.code).toBe(expected.file);
      if (expected.params) expect(report.error?.params).toMatchObject(expected.params);
      expect(after).toEqual(before);
      // Every code has a sentence in both languages that is not just the code.
      for (const locale of ['en', 'ru'] as const) {
        const text = fileErrorText(report.error!, locale);
        expect(text).not.toBe(report.error!.code);
        expect(text).not.toMatch(/\{\w+\}/);
      }
      return;
    }
    expect(plan.rejected.map((r) => ({ code: r.code, ...(r.field !== undefined ? { field: r.field } : {}), row: r.row }))).toEqual(
      expected.rows.map((r) => expect.objectContaining(r)),
    );
    // Rejected rows never reach the store.
    const rejectedIds = plan.rejected.map((r) => r.id).filter(Boolean);
    for (const id of rejectedIds) if (id !== GOOD.id) expect(after.some((i) => i.id === id)).toBe(false);
    expect(after.length).toBe(before.length + plan.toAdd.length);
    for (const r of plan.rejected) {
      for (const locale of ['en', 'ru'] as const) {
        const text = rejectionText(r, locale);
        expect(text).toMatch(new RegExp(`${source.name}, (row|item|строка|запись) ${r.row}`));
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('an import that contains an item already here with edited content skips it and leaves it alone', async () => {
    const edited = { ...EXISTING, quote: 'tampered', tags: ['praise'] };
    const plan = await importThrough(bytesSource('tamper.csv', csvOf([edited])));
    expect(plan).toMatchObject({ toAdd: [], duplicates: 1, rejected: [] });
    expect((await service.query()).items).toEqual(before);
  });

  it("Tact's own 100,000-item exports, JSON and CSV, are within the size cap", () => {
    const many = sampleItems({ count: 100_000, weeks: 52, now: T0, seed: 7, customers: 20_000 });
    const tags = DEFAULT_TAGS.map((t) => ({ id: t.id, label: { ...t.label }, archived: false, builtin: true, createdAt: 0 }));
    for (const text of [exportJson(many, tags, { scope: 'all', now: T0 }), exportCsv(many, tags, { locale: 'ru', zone: utcZone })]) {
      const size = new TextEncoder().encode(text).length;
      expect(size).toBeGreaterThan(10 * 1024 * 1024);
      expect(() => checkSize(size)).not.toThrow();
    }
  });

  it('the size cap answers before reading a byte', async () => {
    let read = false;
    const plan = await importThrough({ name: 'big.json', size: MAX_IMPORT_BYTES + 1, read: async () => ((read = true), new Uint8Array()) });
    expect(plan.files[0]?.error?.code).toBe('too_large');
    expect(read).toBe(false);
  });
});

describe('the words a lead reads', () => {
  it('a file that grows while it is read gets its own sentence in both languages', async () => {
    const growing = {
      name: 'live.csv',
      size: 3,
      stream: () => new ReadableStream<Uint8Array>({ start: (c) => (c.enqueue(new Uint8Array(5)), c.close()) }),
    } as unknown as File;
    const [outcome] = await readImportFiles([fileSource(growing)], { tags: TAGS });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'file_changed' } });
    if (!outcome || outcome.ok) return;
    expect(fileErrorText(outcome.error, 'en')).toBe('The file changed while it was being read. Wait until it is saved, then choose it again.');
    expect(fileErrorText(outcome.error, 'ru')).toBe('Файл изменился, пока его читали. Дождитесь, пока он сохранится, и выберите его снова.');
  });

  it('file errors in both languages', () => {
    expect(fileErrorText({ code: 'too_large', params: { size: '50', max: '40' } }, 'en')).toBe(
      'The file is 50 MB; Tact imports files of up to 40 MB. Export a shorter period or split the file.',
    );
    expect(fileErrorText({ code: 'csv_delimiter', params: { delimiter: 'tab' } }, 'ru')).toBe(
      'В этом CSV значения разделены символом «табуляция», а Tact читает точку с запятой или запятую.',
    );
    expect(fileErrorText({ code: 'bad_json', params: { line: 3, column: 20 } }, 'ru')).toBe('JSON испорчен: строка 3, позиция 20.');
  });

  it('row rejections with row, column and reason', () => {
    const r = { file: 'a.csv', row: 7, kind: 'row' as const, field: 'quote', code: 'too_long', limit: 10_000 };
    expect(rejectionText(r, 'en')).toBe('a.csv, row 7, column quote: longer than 10,000 characters');
    expect(rejectionText(r, 'ru')).toBe('a.csv, строка 7, столбец quote: длиннее 10\u00a0000 символов');
    expect(rejectionText({ file: 'b.json', row: 2, kind: 'item', field: 'id', code: 'duplicate_id', firstRow: 1 }, 'en')).toBe(
      'b.json, item 2, field id: the same id as row 1, with different content',
    );
    expect(rejectionText({ file: 'c.csv', row: 4, kind: 'row', field: 'quote', code: 'formula', key: '=' }, 'ru')).toBe(
      'c.csv, строка 4, столбец quote: начинается с «=» — таблица выполнит это как формулу',
    );
  });
});
