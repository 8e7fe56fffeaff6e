/**
 * Runs the name check over the names corpus and writes `{"id","warning"}` lines for score.mjs.
 *
 *   npx tsx test/support/score-names.ts [--part dev|held|all] > OUT.jsonl
 *   node ../shared/corpus/score.mjs ../shared/corpus/names.jsonl OUT.jsonl --errors
 *
 * `dev` is the first two thirds of each language (ids 1–100), `held` the last third (101–150): the
 * held-out part estimates how the check does on drafts nobody tuned it on. Only `draft` and `record`
 * reach the checker. score.mjs needs a line for every corpus record, so records outside the part get
 * none and are reported as unanswered; use `corpusPart` in a script of your own to score a part alone.
 */
import { checkAddressee } from '../../lib/names';
import type { CustomerRecord } from '../../lib/check/types';
import { corpusAvailable, corpusPath, readJsonl, CORPUS_SKIP_MESSAGE } from './corpus';

export interface NamesRecord {
  id: string;
  lang: string;
  draft: string;
  record?: CustomerRecord;
  expect?: string;
}

export type Part = 'dev' | 'held' | 'all';

/** Records of one part: dev = ids 1–100 of each language, held = 101 on. */
export function corpusPart(records: NamesRecord[], part: Part): NamesRecord[] {
  if (part === 'all') return records;
  return records.filter((r) => {
    const n = Number(r.id.split('-').pop());
    return part === 'dev' ? n <= 100 : n > 100;
  });
}

export function runNames(records: NamesRecord[]): Array<{ id: string; warning: ReturnType<typeof checkAddressee> }> {
  return records.map((r) => ({ id: r.id, warning: checkAddressee(r.draft, r.record ?? null) }));
}

/** Precision and recall of mismatch warnings per language, as score.mjs counts them. */
export function scoreNames(records: NamesRecord[]): Record<string, { precision: number; recall: number; tp: number; fp: number; fn: number }> {
  const tally: Record<string, { tp: number; fp: number; fn: number }> = {};
  const out = new Map(runNames(records).map((o) => [o.id, o.warning]));
  for (const r of records) {
    const t = (tally[r.lang] ??= { tp: 0, fp: 0, fn: 0 });
    const warned = Boolean(out.get(r.id));
    const truth = r.expect === 'mismatch';
    if (truth && warned) t.tp++;
    else if (truth) t.fn++;
    else if (warned) t.fp++;
  }
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return Object.fromEntries(
    Object.entries(tally).map(([lang, t]) => [lang, { ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) }]),
  );
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'));
if (isMain) {
  if (!corpusAvailable) {
    console.error(CORPUS_SKIP_MESSAGE);
    process.exit(0);
  }
  const at = process.argv.indexOf('--part');
  const part = (at >= 0 ? process.argv[at + 1] : 'all') as Part;
  const records = corpusPart(readJsonl<NamesRecord>(corpusPath('names.jsonl')), part);
  for (const line of runNames(records)) process.stdout.write(`${JSON.stringify(line)}\n`);
  if (process.argv.includes('--summary')) console.error(JSON.stringify(scoreNames(records)));
}
