/**
 * Reads a Tact JSON export (schema v2, or v1 from the first release) back into items. The envelope
 * is checked first and any fault in it refuses the file; items are then checked one by one, in
 * chunks, yielding between them so a big file shows progress instead of freezing the page.
 */
import { checkItem, forbiddenKeyIn, ITEM_SCHEMA_VERSION, TAG_ID_RE } from '../feedback/schema';
import { migrateItemV1 } from '../feedback/migrate';
import type { ImportTagDef } from '../feedback/service';
import { EXPORT_FORMAT } from './exportFile';
import { addUnique, MAX_IMPORT_ROWS, parseInstant } from './importCsv';
import { ImportFileError, type ParsedFile } from './importTypes';

const CHUNK_ITEMS = 2_000;

export interface JsonContext {
  name: string;
  onProgress?: (done: number, total: number) => void;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: position - lastBreak };
}

/**
 * Where JSON.parse stopped, from its engine-specific message (V8 gives a position, Firefox a line
 * and column): `truncated` when the text ends too early, otherwise the line and column (0 when the
 * engine does not say). The message itself is English and not shown.
 */
export function jsonErrorPlace(text: string, error: unknown): { truncated: true } | { truncated: false; line: number; column: number } {
  const message = error instanceof Error ? error.message : String(error);
  const end = text.trimEnd().length;
  const pos = /position (\d+)/.exec(message);
  const at = pos ? Number(pos[1]) : undefined;
  // V8 says "Unexpected end of JSON input" / "Unterminated string", Firefox "unexpected end of data".
  if (/end of (JSON input|data)/i.test(message) || (at !== undefined && at >= end - 1) || /Unterminated string/i.test(message)) return { truncated: true };
  const ff = /line (\d+) column (\d+)/.exec(message);
  const where = at !== undefined ? lineAndColumn(text, at) : ff ? { line: Number(ff[1]), column: Number(ff[2]) } : { line: 0, column: 0 };
  return { truncated: false, ...where };
}

/** JSON.parse, with its engine-specific message turned into "cut off" or "broken at line L". */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const place = jsonErrorPlace(text, error);
    if (place.truncated) throw new ImportFileError('truncated_json');
    throw new ImportFileError('bad_json', { line: place.line, column: place.column });
  }
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function readTagDefs(raw: unknown): { defs: ImportTagDef[]; merged: Map<string, string> } {
  const defs: ImportTagDef[] = [];
  const merged = new Map<string, string>();
  if (raw === undefined) return { defs, merged };
  if (!Array.isArray(raw)) throw new ImportFileError('bad_structure', { field: 'tags' });
  raw.forEach((t: unknown, i) => {
    const tag = t as { id?: unknown; label?: { en?: unknown; ru?: unknown }; mergedInto?: unknown } | null;
    const ok =
      tag &&
      typeof tag === 'object' &&
      !forbiddenKeyIn(tag) &&
      typeof tag.id === 'string' &&
      TAG_ID_RE.test(tag.id) &&
      tag.label &&
      typeof tag.label === 'object' &&
      typeof tag.label.en === 'string' &&
      typeof tag.label.ru === 'string' &&
      (tag.mergedInto === undefined || (typeof tag.mergedInto === 'string' && TAG_ID_RE.test(tag.mergedInto)));
    if (!ok) throw new ImportFileError('bad_structure', { field: `tags[${i}]` });
    if (typeof tag.mergedInto === 'string') merged.set(tag.id as string, tag.mergedInto);
    defs.push({ id: tag.id as string, label: { en: tag.label!.en as string, ru: tag.label!.ru as string } });
  });
  return { defs, merged };
}

export async function parseJson(text: string, ctx: JsonContext): Promise<ParsedFile> {
  const doc = parseJsonText(text);
  if (Array.isArray(doc)) throw new ImportFileError('not_tact', { found: 'list' });
  if (!doc || typeof doc !== 'object') throw new ImportFileError('not_tact', { found: doc === null ? 'null' : typeof doc });
  const forbidden = forbiddenKeyIn(doc, 3);
  if (forbidden) throw new ImportFileError('forbidden_key', { key: forbidden });
  const d = doc as Record<string, unknown>;
  if (d.format !== EXPORT_FORMAT) throw new ImportFileError('not_tact', { found: typeof d.format === 'string' ? d.format.slice(0, 40) : 'no "format"' });
  const version = d.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ITEM_SCHEMA_VERSION) {
    throw new ImportFileError('newer_schema', { found: version, max: ITEM_SCHEMA_VERSION });
  }
  if (version !== 1 && version !== 2) throw new ImportFileError('bad_schema_version', { found: JSON.stringify(version ?? null).slice(0, 20) });
  if (!Array.isArray(d.items)) throw new ImportFileError('bad_structure', { field: 'items' });
  const items = d.items as unknown[];
  if (items.length === 0) throw new ImportFileError('no_rows');
  if (items.length > MAX_IMPORT_ROWS) throw new ImportFileError('too_many_rows', { max: MAX_IMPORT_ROWS });
  const { defs, merged } = readTagDefs(d.tags);
  const tagDefs = new Map(defs.map((t) => [t.id, t]));

  const out: ParsedFile = { name: ctx.name, format: 'json', rows: items.length, items: [], tags: [], rejected: [], repeats: 0 };
  const seen = new Map<string, { row: number; json: string }>();
  for (let start = 0; start < items.length; start += CHUNK_ITEMS) {
    const end = Math.min(items.length, start + CHUNK_ITEMS);
    for (let i = start; i < end; i++) {
      const row = i + 1;
      const raw = items[i];
      const rawId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? ((raw as { id: string }).id as string) : undefined;
      const reject = (field: string, code: string, extra: { key?: string; limit?: number } = {}) =>
        out.rejected.push({ file: ctx.name, row, kind: 'item', field, code, ...extra, ...(rawId ? { id: rawId.slice(0, 40) } : {}) });
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        reject('', 'bad_type');
        continue;
      }
      const key = forbiddenKeyIn(raw);
      if (key) {
        reject('', 'forbidden_key', { key });
        continue;
      }
      if (version === 1) {
        const migrated = migrateItemV1(raw);
        if (!migrated.ok) {
          for (const issue of migrated.issues) out.rejected.push({ file: ctx.name, row, kind: 'item', ...issue, ...(rawId ? { id: rawId } : {}) });
          continue;
        }
        for (const t of migrated.newTags) if (!tagDefs.has(t.id)) tagDefs.set(t.id, { id: t.id, label: { en: t.name, ru: t.name } });
        addUnique(out, seen, migrated.item, row, ctx.name);
        continue;
      }
      const r = raw as Record<string, unknown>;
      let createdAt: unknown = r.createdAt;
      if (typeof r.createdAt === 'string') {
        createdAt = parseInstant(r.createdAt);
        if (createdAt === undefined) {
          reject('createdAt', 'bad_date');
          continue;
        }
      } else if (r.createdAt !== undefined) {
        reject('createdAt', 'bad_type');
        continue;
      }
      // A tag the exporter had merged away is read as the tag it was merged into.
      const tags = Array.isArray(r.tags) ? [...new Set(r.tags.map((t: unknown) => (typeof t === 'string' ? merged.get(t) ?? t : t)))] : r.tags;
      const checked = checkItem({ ...r, tags, createdAt });
      if (!checked.ok) {
        for (const issue of checked.issues) out.rejected.push({ file: ctx.name, row, kind: 'item', ...issue, ...(rawId ? { id: rawId.slice(0, 40) } : {}) });
        continue;
      }
      addUnique(out, seen, checked.value, row, ctx.name);
    }
    ctx.onProgress?.(end, items.length);
    if (end < items.length) await yieldToPage();
  }
  out.tags = [...tagDefs.values()];
  return out;
}
