/**
 * The quality bar on the labelled corpus (../shared/corpus), scored the way score.mjs scores it: a
 * finding marks every labelled sentence its range overlaps; `mixed` sentences are left out;
 * precision = marked `wont` / all marked, recall = marked `wont` / all `wont`, per language.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/check';
import { CORPUS_SKIP_MESSAGE, corpusAvailable, corpusPath, readJsonl } from '../support/corpus';

interface Labelled {
  id: string;
  lang: string;
  draft: string;
  sentences: Array<{ text: string; label: 'ok' | 'wont' | 'mixed' }>;
}

function score(records: Labelled[]): { precision: number; recall: number; tp: number; fp: number; fn: number } {
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

// Without ../shared (a user's clone) the block is skipped under the message saying why.
describe.skipIf(!corpusAvailable)(corpusAvailable ? 'framing on the labelled corpus' : CORPUS_SKIP_MESSAGE, () => {
  it.each(['en', 'ru'])('%s: precision ≥ 0.92 and recall ≥ 0.88', (lang) => {
    const s = score(readJsonl<Labelled>(corpusPath(`framing.${lang}.jsonl`)));
    expect(s.precision, JSON.stringify(s)).toBeGreaterThanOrEqual(0.92);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.88);
  });
});
