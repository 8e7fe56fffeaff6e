/**
 * Exports for leads and for teammates to merge.
 *
 * CSV is for spreadsheets: UTF-8 with a BOM (without it Excel reads UTF-8 as the system code page and
 * Cyrillic turns to mojibake), `;` for a Russian UI (Russian Excel's list separator, since `,` is
 * its decimal mark) and `,` for English, dates as `YYYY-MM-DD HH:MM:SS` in the viewer's zone (read as
 * dates by Excel in either locale and by Sheets), CRLF rows. It also carries everything an import
 * needs to rebuild the item exactly: the UTC instant, tag ids, the schema version.
 *
 * JSON is the lossless, versioned format (`format: "tact-feedback"`, `schemaVersion`).
 */
import type { Locale } from '../i18n';
import { customerKey, ITEM_SCHEMA_VERSION, type FeedbackItem } from '../feedback/schema';
import { tagLabel, type Tag } from '../feedback/tags';
import { dateTimeWriter, localZone, spreadsheetDateTime, weekLabel, weekOf, type Zone } from './weeks';

export const CSV_COLUMNS = [
  'id',
  'created_at',
  'created_at_utc',
  'week',
  'tag_ids',
  'tags',
  'quote',
  'customer_name',
  'customer_email',
  'customer_id',
  'customer_key',
  'helpdesk',
  'ticket_id',
  'ticket_url',
  'language',
  'agent',
  'note',
  'schema_version',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns computed from the others: written for people, ignored by the import (except as fallbacks). */
export const DERIVED_COLUMNS: ReadonlySet<CsvColumn> = new Set(['created_at', 'week', 'tags', 'customer_key']);

export type Delimiter = ';' | ',';

export function delimiterFor(locale: Locale): Delimiter {
  return locale === 'ru' ? ';' : ',';
}

/**
 * Cells a spreadsheet would run as a formula start with = + - @, TAB or CR (OWASP CSV injection);
 * they get an apostrophe in front. Papa's own `escapeFormulae: true` tests `/^[=+\-@\t\r].*$/`, which
 * misses a multi-line cell such as "=1+2\nfoo" because `.` stops at the newline; anchoring only the
 * start fixes that. Leading apostrophes are counted in, so a quote that really starts with "'=" gets
 * a second one and the import, which strips exactly one, gives back the original text.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

export interface CsvOptions {
  locale: Locale;
  /** Overrides the locale's delimiter. */
  delimiter?: Delimiter;
  zone?: Zone;
}

export const BOM = '\uFEFF';

const QUOTE_RE = /"/g;

/**
 * One CSV cell, exactly as `Papa.unparse(…, { escapeFormulae: FORMULA_START })` writes it (a test
 * compares the two on generated data): formula cells get an apostrophe and quotes; cells holding the
 * delimiter, a quote, CR, LF or a BOM, or starting or ending with a space, are quoted with `""` for `"`.
 * Written out here because Papa's general-purpose serializer made a 100k-item export 5× slower than
 * JSON.stringify, against a budget of 3×; Papa still parses every import.
 */
export function csvCell(value: string, needsQuotes: RegExp): string {
  if (FORMULA_START.test(value)) return `"'${value.replace(QUOTE_RE, '""')}"`;
  return needsQuotes.test(value) ? `"${value.replace(QUOTE_RE, '""')}"` : value;
}

export function quotingRule(delimiter: Delimiter): RegExp {
  return delimiter === ';' ? /[\r\n"\uFEFF;]|^ | $/ : /[\r\n"\uFEFF,]|^ | $/;
}

export function exportCsv(items: readonly FeedbackItem[], tags: readonly Tag[], options: CsvOptions): string {
  const zone = options.zone ?? localZone;
  const delimiter = options.delimiter ?? delimiterFor(options.locale);
  const q = quotingRule(delimiter);
  const d = delimiter;
  const dates = dateTimeWriter(zone);
  const labels = new Map<string, string>();
  const label = (id: string) => {
    let l = labels.get(id);
    if (l === undefined) labels.set(id, (l = csvCell(tagLabel(tags, id, options.locale), q)));
    return l;
  };
  const weeks = new Map<number, string>();
  const lines: string[] = new Array(items.length + 1);
  lines[0] = CSV_COLUMNS.join(d);
  const row: string[] = new Array(CSV_COLUMNS.length).fill('');
  const version = String(ITEM_SCHEMA_VERSION);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const monday = weekOf(item.createdAt, zone);
    let week = weeks.get(monday);
    if (week === undefined) weeks.set(monday, (week = weekLabel(monday)));
    const c = item.customer;
    const tagLabels = item.tags.length === 1 ? label(item.tags[0]!) : csvCell(item.tags.map((t) => tagLabel(tags, t, options.locale)).join(' | '), q);
    // id, dates, week, tag ids, helpdesk, language and the version cannot hold anything that needs
    // quoting or a formula guard (their schema forbids it), so they are written as they are.
    // One reused array joined per row is what V8 does fastest here; chains of `+` leave ropes that
    // cost more in GC than the formatting itself.
    row[0] = item.id;
    row[1] = dates.local(item.createdAt);
    row[2] = dates.utc(item.createdAt);
    row[3] = week;
    row[4] = item.tags.length === 1 ? item.tags[0]! : item.tags.join(' ');
    row[5] = tagLabels;
    row[6] = csvCell(item.quote, q);
    row[7] = c.name ? csvCell(c.name, q) : '';
    row[8] = c.email ? csvCell(c.email, q) : '';
    row[9] = c.userId ? csvCell(c.userId, q) : '';
    row[10] = csvCell(customerKey(item), q);
    row[11] = item.helpdesk;
    row[12] = csvCell(item.ticketId, q);
    row[13] = csvCell(item.ticketUrl, q);
    row[14] = item.language;
    row[15] = csvCell(item.agent, q);
    row[16] = item.note ? csvCell(item.note, q) : '';
    row[17] = version;
    lines[i + 1] = row.join(d);
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export const EXPORT_FORMAT = 'tact-feedback';

export interface ExportedTag {
  id: string;
  label: { en: string; ru: string };
  archived?: boolean;
  mergedInto?: string;
}

export type ExportedItem = Omit<FeedbackItem, 'createdAt'> & { createdAt: string };

export interface FeedbackExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: typeof ITEM_SCHEMA_VERSION;
  exportedAt: string;
  /** Everything, or the view as filtered when exported. */
  scope: 'all' | 'filtered';
  tags: ExportedTag[];
  items: ExportedItem[];
}

/** The tags `items` refer to (and the ones those were merged into), so the file stands on its own. */
export function tagsFor(items: readonly FeedbackItem[], tags: readonly Tag[]): ExportedTag[] {
  const wanted = new Set<string>();
  for (const item of items) for (const t of item.tags) wanted.add(t);
  for (const tag of tags) if (wanted.has(tag.id) && tag.mergedInto) wanted.add(tag.mergedInto);
  return tags
    .filter((t) => wanted.has(t.id))
    .map((t) => ({
      id: t.id,
      label: { en: t.label.en, ru: t.label.ru },
      ...(t.archived ? { archived: true } : {}),
      ...(t.mergedInto ? { mergedInto: t.mergedInto } : {}),
    }));
}

export function exportJson(items: readonly FeedbackItem[], tags: readonly Tag[], options: { scope: 'all' | 'filtered'; now?: number }): string {
  const doc: FeedbackExport = {
    format: EXPORT_FORMAT,
    schemaVersion: ITEM_SCHEMA_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    scope: options.scope,
    tags: tagsFor(items, tags),
    items: items.map((item) => ({ ...item, createdAt: new Date(item.createdAt).toISOString() })),
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}

export function exportFileName(kind: 'csv' | 'json', scope: 'all' | 'filtered', now: number, zone: Zone = localZone): string {
  const day = spreadsheetDateTime(now, zone).slice(0, 10);
  return `tact-feedback-${scope === 'filtered' ? 'filtered-' : ''}${day}.${kind}`;
}
