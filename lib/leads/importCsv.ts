/**
 * Reads a Tact CSV export back into items. The header decides everything up front — delimiter,
 * columns present, unknown or missing ones — so a file that is not ours fails as a whole with one
 * clear reason; after that each row stands or falls on its own, with its spreadsheet row number.
 */
import Papa from 'papaparse';
import { foldName, tagIdForName } from '../feedback/defaultTags';
import { checkItem, guessLanguage, ITEM_SCHEMA_VERSION, type FeedbackItem, type ItemIssue } from '../feedback/schema';
import type { ImportTagDef } from '../feedback/service';
import type { Tag } from '../feedback/tags';
import { CSV_COLUMNS, type CsvColumn } from './exportFile';
import { ImportFileError, type ParsedFile, type Rejection } from './importTypes';
import { instantOf, type Zone } from './weeks';

export const MAX_IMPORT_ROWS = 200_000;
const CHUNK_BYTES = 1 << 20;

const REQUIRED: readonly (CsvColumn | CsvColumn[])[] = [
  'id',
  'quote',
  'helpdesk',
  'ticket_id',
  'ticket_url',
  ['tag_ids', 'tags'],
  ['created_at_utc', 'created_at'],
];

const FIELD_TO_COLUMN: Record<string, CsvColumn> = {
  id: 'id',
  tags: 'tag_ids',
  quote: 'quote',
  'customer.name': 'customer_name',
  'customer.email': 'customer_email',
  'customer.userId': 'customer_id',
  helpdesk: 'helpdesk',
  ticketId: 'ticket_id',
  ticketUrl: 'ticket_url',
  language: 'language',
  agent: 'agent',
  note: 'note',
  schemaVersion: 'schema_version',
};

export interface ParseContext {
  name: string;
  zone: Zone;
  /** Local tags, to match tag labels when a file has names but no ids. */
  tags: readonly Tag[];
  onProgress?: (done: number, total: number) => void;
}

const DELIMITER_NAMES: Record<string, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' };

function headerCells(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
}

/** Picks the delimiter under which the header names the most Tact columns. */
export function detectDelimiter(headerLine: string): { delimiter: string; known: number } {
  let best = { delimiter: ',', known: 0 };
  for (const delimiter of [';', ',', '\t', '|']) {
    const known = headerCells(headerLine, delimiter).filter((c) => (CSV_COLUMNS as readonly string[]).includes(c)).length;
    if (known > best.known) best = { delimiter, known };
  }
  return best;
}

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/** Undoes the export's formula guard: exactly one apostrophe comes off. */
function unguard(cell: string): { value: string; formula: boolean } {
  if (ESCAPED_FORMULA.test(cell)) return { value: cell.slice(1), formula: false };
  return { value: cell, formula: FORMULA_TRIGGER.test(cell) };
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/;
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
// Russian Excel re-saves dates as 03.11.2025 14:05.
const LOCAL_RU = /^(\d{2})\.(\d{2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function realDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return new Date(Date.UTC(y, mo - 1, d)).getUTCDate() === d;
}

/** A strict ISO 8601 instant. Date.parse alone would roll 30 February over into March. */
export function parseInstant(text: string): number | undefined {
  const m = ISO_INSTANT.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  if (!realDateTime(y, mo, d, h, mi, s) || Number(m[7] ?? 0) > 14 || Number(m[8] ?? 0) > 59) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

export function parseLocalDateTime(text: string, zone: Zone): number | undefined {
  let y: number, mo: number, d: number, h: number, mi: number, s: number;
  let m = LOCAL_ISO.exec(text);
  if (m) [y, mo, d, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)];
  else if ((m = LOCAL_RU.exec(text))) [d, mo, y, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  else return undefined;
  if (!realDateTime(y, mo, d, h, mi, s)) return undefined;
  return instantOf(Date.UTC(y, mo - 1, d, h, mi, s), zone);
}

interface Columns {
  index: Map<CsvColumn, number>;
  count: number;
}

function readHeader(line: string, delimiter: string): Columns {
  const cells = headerCells(line, delimiter);
  const index = new Map<CsvColumn, number>();
  const duplicates: string[] = [];
  const unknown: string[] = [];
  cells.forEach((cell, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(cell)) unknown.push(cell || `#${i + 1}`);
    else if (index.has(cell as CsvColumn)) duplicates.push(cell);
    else index.set(cell as CsvColumn, i);
  });
  if (duplicates.length) throw new ImportFileError('csv_duplicate_columns', { columns: duplicates.join(', ') });
  if (unknown.length) throw new ImportFileError('csv_unknown_columns', { columns: unknown.slice(0, 5).join(', ') });
  const missing = REQUIRED.filter((r) => (Array.isArray(r) ? !r.some((c) => index.has(c)) : !index.has(r))).map((r) =>
    Array.isArray(r) ? r[0]! : r,
  );
  if (missing.length) throw new ImportFileError('csv_missing_columns', { columns: missing.join(', ') });
  return { index, count: cells.length };
}

export async function parseCsv(input: string, ctx: ParseContext): Promise<ParsedFile> {
  let text = input;
  let headerRow = 1;
  let forced: string | undefined;
  // Excel honours a first line `sep=;`; accept it, and count it as a spreadsheet row.
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    forced = sep[1];
    text = text.slice(sep[0].length);
    headerRow = 2;
  }
  const headerEnd = text.search(/\r?\n|$/);
  const headerLine = text.slice(0, headerEnd);
  // Rows end the way the header does; Papa's own guess can be misled by newlines inside quotes.
  const newline = text.startsWith('\r\n', headerEnd) ? '\r\n' : '\n';
  const detected = detectDelimiter(headerLine);
  const delimiter = forced ?? detected.delimiter;
  if (detected.known >= 2 && (detected.delimiter === '\t' || detected.delimiter === '|')) {
    throw new ImportFileError('csv_delimiter', { delimiter: DELIMITER_NAMES[detected.delimiter]! });
  }
  if (detected.known < 2 && !forced) {
    throw new ImportFileError('csv_missing_columns', { columns: 'id, quote, tag_ids, created_at_utc', found: headerLine.slice(0, 60) });
  }
  const columns = readHeader(headerLine, delimiter);
  const body = text.slice(headerLine.length).replace(/^\r?\n/, '');

  const out: ParsedFile = { name: ctx.name, format: 'csv', rows: 0, items: [], tags: [], rejected: [], repeats: 0 };
  const tagDefs = new Map<string, ImportTagDef>();
  const seen = new Map<string, { row: number; json: string }>();
  let row = headerRow;
  let versionChecked = false;
  const total = body.length;

  const take = (cells: string[], rowNo: number) => {
    out.rows++;
    if (out.rows > MAX_IMPORT_ROWS) throw new ImportFileError('too_many_rows', { max: MAX_IMPORT_ROWS });
    const reject = (issue: ItemIssue, id?: string, extra: Partial<Rejection> = {}) =>
      out.rejected.push({ file: ctx.name, row: rowNo, kind: 'row', ...issue, ...(id ? { id } : {}), ...extra });
    if (cells.length !== columns.count) {
      reject({ field: '', code: 'cell_count', limit: columns.count, key: String(cells.length) });
      return;
    }
    const get = (col: CsvColumn): string | undefined => {
      const i = columns.index.get(col);
      return i === undefined ? undefined : cells[i];
    };
    const idCell = get('id')?.trim() ?? '';
    const id = /^[0-9a-f-]{36}$/i.test(idCell) ? idCell : undefined;

    // Formula guard first: a raw "=…" cell was not written by Tact (its exports escape them) and is
    // refused rather than guessed at.
    const values = new Map<CsvColumn, string>();
    for (const [col, i] of columns.index) {
      const { value, formula } = unguard(cells[i] ?? '');
      if (formula) {
        reject({ field: col, code: 'formula', key: value.slice(0, 1).replace('\t', 'TAB').replace('\r', 'CR') }, id);
        return;
      }
      values.set(col, value);
    }
    const val = (col: CsvColumn) => values.get(col) ?? '';

    const version = val('schema_version').trim();
    if (!versionChecked && version && /^\d+$/.test(version) && Number(version) > ITEM_SCHEMA_VERSION) {
      throw new ImportFileError('newer_schema', { found: Number(version), max: ITEM_SCHEMA_VERSION });
    }
    versionChecked = true;
    if (version && version !== String(ITEM_SCHEMA_VERSION)) {
      reject({ field: 'schema_version', code: 'bad_schema_version', key: version.slice(0, 10) }, id);
      return;
    }

    let createdAt: number | undefined;
    let dateColumn: CsvColumn = 'created_at_utc';
    if (val('created_at_utc').trim()) createdAt = parseInstant(val('created_at_utc').trim());
    else {
      dateColumn = 'created_at';
      createdAt = parseLocalDateTime(val('created_at').trim(), ctx.zone);
    }
    if (createdAt === undefined) {
      reject({ field: dateColumn, code: val(dateColumn).trim() ? 'bad_date' : 'required' }, id);
      return;
    }

    const tagIds = tagsOf(val('tag_ids'), val('tags'), ctx.tags, tagDefs);
    const customer: Record<string, string> = {};
    if (val('customer_name').trim()) customer.name = val('customer_name').trim();
    if (val('customer_email').trim()) customer.email = val('customer_email').trim();
    if (val('customer_id').trim()) customer.userId = val('customer_id').trim();
    const quote = val('quote');
    const candidate: Record<string, unknown> = {
      schemaVersion: ITEM_SCHEMA_VERSION,
      id: idCell,
      tags: tagIds,
      quote,
      customer,
      helpdesk: val('helpdesk').trim(),
      ticketId: val('ticket_id').trim(),
      ticketUrl: val('ticket_url').trim(),
      language: val('language').trim() || guessLanguage(quote),
      createdAt,
      agent: val('agent').trim(),
    };
    if (val('note')) candidate.note = val('note');
    const checked = checkItem(candidate);
    if (!checked.ok) {
      for (const issue of checked.issues) reject({ ...issue, field: FIELD_TO_COLUMN[issue.field] ?? issue.field }, id);
      return;
    }
    addUnique(out, seen, checked.value, rowNo, ctx.name);
  };

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      reject(error);
    };
    if (!body.trim()) {
      resolve();
      return;
    }
    Papa.parse<string[]>(body, {
      delimiter,
      newline,
      header: false,
      skipEmptyLines: false,
      chunkSize: CHUNK_BYTES,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        try {
          const unclosed = results.errors.find((e: Papa.ParseError) => e.code === 'MissingQuotes');
          if (unclosed) throw new ImportFileError('csv_unclosed_quote', { row: row + 1 + (unclosed.row ?? 0) });
          for (const cells of results.data) {
            row++;
            if (cells.length === 1 && cells[0] === '') continue;
            take(cells, row);
          }
          ctx.onProgress?.(Math.min(total, results.meta.cursor), total);
        } catch (error) {
          // Before abort(): Papa calls `complete` from inside abort, which must not resolve first.
          fail(error);
          parser.abort();
          return;
        }
        // Yield between chunks so the page can paint the progress bar.
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => {
        if (!failed) resolve();
      },
      error: (error: Error) => fail(new ImportFileError('read_failed', { reason: error.message })),
    });
  });

  if (out.rows === 0) throw new ImportFileError('no_rows');
  out.tags = [...tagDefs.values()];
  return out;
}

/** Ids from `tag_ids`; when that is empty, from the labels in `tags` (a sheet typed by hand). */
function tagsOf(idCell: string, labelCell: string, local: readonly Tag[], defs: Map<string, ImportTagDef>): string[] {
  const ids = idCell.split(/\s+/).filter(Boolean);
  const labels = labelCell ? labelCell.split(' | ').map((l) => l.trim()) : [];
  if (ids.length > 0) {
    ids.forEach((id, i) => {
      const label = labels.length === ids.length ? labels[i] : undefined;
      if (label && !defs.has(id) && !local.some((t) => t.id === id)) defs.set(id, { id, label: { en: label, ru: label } });
    });
    return ids;
  }
  const out: string[] = [];
  for (const label of labels.filter(Boolean)) {
    const folded = foldName(label);
    const known = local.find((t) => !t.mergedInto && (foldName(t.label.en) === folded || foldName(t.label.ru) === folded));
    const id = known?.id ?? tagIdForName(label);
    if (!known && !defs.has(id) && !local.some((t) => t.id === id)) defs.set(id, { id, label: { en: label, ru: label } });
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Within one file an id may appear once. An exact repeat is harmless and counted once; the same id
 * with different content means the file was edited or corrupted, so the later row is refused.
 */
export function addUnique(
  out: ParsedFile,
  seen: Map<string, { row: number; json: string }>,
  item: FeedbackItem,
  row: number,
  file: string,
): void {
  const json = JSON.stringify(item);
  const first = seen.get(item.id);
  if (!first) {
    seen.set(item.id, { row, json });
    out.items.push({ item, row });
    return;
  }
  if (first.json === json) out.repeats++;
  else {
    out.rejected.push({
      file,
      row,
      kind: out.format === 'csv' ? 'row' : 'item',
      field: 'id',
      code: 'duplicate_id',
      id: item.id,
      firstRow: first.row,
    });
  }
}
