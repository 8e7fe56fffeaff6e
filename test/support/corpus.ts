/**
 * The labelled corpus lives in ../shared/corpus beside the repo on the team's machines and in CI; a
 * user's clone has none. Tests and benchmarks that need it skip with this message instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDraft } from '../../lib/check';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = resolve(root, '../shared/corpus');
export const corpusAvailable = existsSync(resolve(CORPUS_DIR, 'score.mjs'));
export const CORPUS_SKIP_MESSAGE = `../shared/corpus not found at ${CORPUS_DIR}: corpus scoring skipped (only the team's machines and CI have it)`;

export function corpusPath(name: string): string {
  return resolve(CORPUS_DIR, name);
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** A labelled framing draft: the sentences of `draft`, in order, each labelled. */
export interface LabelledDraft {
  id: string;
  draft: string;
  sentences: Array<{ text: string; label: 'ok' | 'wont' | 'mixed' }>;
}

/**
 * Scores the framing check the way ../shared/corpus/score.mjs does: a finding marks every labelled
 * sentence its range overlaps; `mixed` sentences are left out; precision = marked `wont` / all
 * marked, recall = marked `wont` / all `wont`.
 */
export function scoreFraming(records: readonly LabelledDraft[]): { precision: number; recall: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const r of records) {
    // The checker is given only the draft, as score.mjs --strip gives it.
    const findings = checkDraft(r.draft).findings;
    let at = 0;
    for (const s of r.sentences) {
      const start = r.draft.indexOf(s.text, at);
      const end = start + s.text.length;
      at = end;
      if (s.label === 'mixed') continue;
      const marked = findings.some((f) => f.start < end && f.end > start);
      if (s.label === 'wont' && marked) tp++;
      else if (s.label === 'wont') fn++;
      else if (marked) fp++;
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn };
}
