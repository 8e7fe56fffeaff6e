/**
 * Merging teammates' exports: read several files, check every item, and build a preview — how many
 * will be added, how many skipped as duplicates, which rows are refused and why. Nothing is written
 * here; the page commits `plan.toAdd` through the background (./client), which writes all of it in
 * one transaction or none of it.
 */
import { foldName } from '../feedback/defaultTags';
import type { FeedbackItem } from '../feedback/schema';
import type { ImportTagDef } from '../feedback/service';
import type { Tag } from '../feedback/tags';
import { checkSize, decodeBytes, detectFormat } from './decode';
import { parseCsv } from './importCsv';
import { parseJson } from './importJson';
import { ImportFileError, type FileReport, type ImportPlan, type ParsedFile, type ProgressCallback } from './importTypes';
import { localZone, type Zone } from './weeks';

export interface ImportSource {
  name: string;
  size: number;
  /** The file's bytes; `onBytes` reports progress while reading. */
  read(onBytes?: (done: number) => void): Promise<Uint8Array>;
}

/** An `<input type=file>` File as a source, read in a stream so progress shows for big files. */
export function fileSource(file: File): ImportSource {
  return {
    name: file.name,
    size: file.size,
    async read(onBytes) {
      const stream = typeof file.stream === 'function' ? file.stream() : undefined;
      if (!stream) return new Uint8Array(await file.arrayBuffer());
      const reader = stream.getReader();
      const out = new Uint8Array(file.size);
      let done = 0;
      for (;;) {
        const chunk = await reader.read();
        if (chunk.done) break;
        const bytes = chunk.value as Uint8Array;
        if (done + bytes.length > out.length) throw new ImportFileError('file_changed');
        out.set(bytes, done);
        done += bytes.length;
        onBytes?.(done);
      }
      return out.subarray(0, done);
    },
  };
}

export function bytesSource(name: string, bytes: Uint8Array | string): ImportSource {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, read: async () => data };
}

export interface ImportContext {
  zone?: Zone;
  /** This machine's tags: to match labels and to know which tag ids need creating. */
  tags: readonly Tag[];
  /** Which of these ids are already stored here. */
  existing: (ids: string[]) => Promise<string[]>;
  /** The organisation's policy locks the tag list: items needing a tag that is not here are refused. */
  tagsLocked?: boolean;
  onProgress?: ProgressCallback;
}

export type FileOutcome = { ok: true; file: ParsedFile } | { ok: false; name: string; error: ImportFileError };

export async function parseImportFile(source: ImportSource, ctx: Omit<ImportContext, 'existing'>, index = 0, files = 1): Promise<ParsedFile> {
  const report = (phase: 'read' | 'parse' | 'check', done: number, total: number) =>
    ctx.onProgress?.({ file: source.name, fileIndex: index, files, phase, done, total });
  // The size is checked before a byte is read: a 50 MB file is refused at once, not after a hang.
  checkSize(source.size);
  let bytes: Uint8Array;
  try {
    bytes = await source.read((done) => report('read', done, source.size));
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('read_failed', { reason: error instanceof Error ? error.message : String(error) });
  }
  const text = decodeBytes(bytes);
  const format = detectFormat(text, source.name);
  if (format === 'json') return parseJson(text, { name: source.name, onProgress: (d, t) => report('check', d, t) });
  return parseCsv(text, { name: source.name, zone: ctx.zone ?? localZone, tags: ctx.tags, onProgress: (d, t) => report('parse', d, t) });
}

export async function readImportFiles(sources: readonly ImportSource[], ctx: Omit<ImportContext, 'existing'>): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]!;
    try {
      out.push({ ok: true, file: await parseImportFile(source, ctx, i, sources.length) });
    } catch (error) {
      const e = error instanceof ImportFileError ? error : new ImportFileError('read_failed', { reason: error instanceof Error ? error.message : String(error) });
      out.push({ ok: false, name: source.name, error: e });
    }
  }
  return out;
}

/**
 * Builds the preview. Items are deduplicated by id across the batch and against what is stored:
 * the first copy of an id wins and every other copy is "skipped as duplicate", so an item imported
 * twice (or present in two teammates' files) counts once. A tag the files define under an unknown id
 * but with the same label as a tag here is read as the local tag, so "Refunds" made on two machines
 * becomes one tag.
 */
export async function planImport(outcomes: readonly FileOutcome[], ctx: Pick<ImportContext, 'tags' | 'existing' | 'tagsLocked'>): Promise<ImportPlan> {
  const files: FileReport[] = [];
  const rejected: ImportPlan['rejected'] = [];
  const byId = new Map<string, FeedbackItem>();
  const defs = new Map<string, ImportTagDef>();
  let duplicates = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) {
      files.push({ name: outcome.name, rows: 0, valid: 0, rejected: 0, error: { code: outcome.error.code, params: outcome.error.params } });
      continue;
    }
    const f = outcome.file;
    files.push({ name: f.name, format: f.format, rows: f.rows, valid: f.items.length, rejected: f.rejected.length });
    rejected.push(...f.rejected);
    duplicates += f.repeats;
    for (const def of f.tags) if (!defs.has(def.id)) defs.set(def.id, def);
    for (const { item } of f.items) {
      if (byId.has(item.id)) duplicates++;
      else byId.set(item.id, item);
    }
  }

  const existing = new Set(byId.size ? await ctx.existing([...byId.keys()]) : []);
  const local = new Map(ctx.tags.map((t) => [t.id, t]));
  const remap = new Map<string, string>();
  for (const def of defs.values()) {
    if (local.has(def.id)) continue;
    const en = foldName(def.label.en);
    const ru = foldName(def.label.ru);
    const same = ctx.tags.find((t) => !t.mergedInto && [foldName(t.label.en), foldName(t.label.ru)].some((l) => l === en || l === ru));
    if (same) remap.set(def.id, same.id);
  }

  const toAdd: FeedbackItem[] = [];
  const needed = new Set<string>();
  for (const item of byId.values()) {
    if (existing.has(item.id)) {
      duplicates++;
      continue;
    }
    const tags = remap.size ? [...new Set(item.tags.map((t) => remap.get(t) ?? t))] : item.tags;
    for (const t of tags) if (!local.has(t)) needed.add(t);
    toAdd.push(tags === item.tags ? item : { ...item, tags });
  }

  // An item whose tag is known neither here nor in its file cannot be shown under any tag: refuse it.
  // Under the policy's tag lock a tag only the file defines cannot be created either (the
  // background would refuse the whole import), so its items are refused here, row by row.
  const refused = [...needed].filter((t) => !defs.has(t) || ctx.tagsLocked);
  if (refused.length) {
    const rowOf = new Map<string, { file: string; row: number; kind: 'row' | 'item' }>();
    for (const o of outcomes) if (o.ok) for (const p of o.file.items) if (!rowOf.has(p.item.id)) rowOf.set(p.item.id, { file: o.file.name, row: p.row, kind: o.file.format === 'csv' ? 'row' : 'item' });
    for (let i = toAdd.length - 1; i >= 0; i--) {
      const item = toAdd[i]!;
      const missing = item.tags.find((t) => refused.includes(t));
      if (!missing) continue;
      toAdd.splice(i, 1);
      const at = rowOf.get(item.id)!;
      rejected.push({ ...at, field: 'tags', code: defs.has(missing) ? 'tag_locked' : 'unknown_tag', key: missing, id: item.id });
      const report = files.find((f) => f.name === at.file);
      if (report) {
        report.valid--;
        report.rejected++;
      }
    }
  }
  const usedDefs = ctx.tagsLocked ? [] : [...needed].filter((t) => defs.has(t)).map((t) => defs.get(t)!);
  rejected.sort((a, b) => (a.file === b.file ? a.row - b.row : 0));
  return { files, toAdd, tags: usedDefs, duplicates, rejected };
}

export async function previewImport(sources: readonly ImportSource[], ctx: ImportContext): Promise<ImportPlan> {
  return planImport(await readImportFiles(sources, ctx), ctx);
}
