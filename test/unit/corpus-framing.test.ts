/**
 * The quality bar on the labelled corpus (../shared/corpus), per language, scored the way score.mjs
 * scores it (`scoreFraming`).
 */
import { describe, expect, it } from 'vitest';
import { CORPUS_SKIP_MESSAGE, corpusAvailable, corpusPath, readJsonl, scoreFraming, type LabelledDraft } from '../support/corpus';

// Without ../shared (a user's clone) the block is skipped under the message saying why.
describe.skipIf(!corpusAvailable)(corpusAvailable ? 'framing on the labelled corpus' : CORPUS_SKIP_MESSAGE, () => {
  it.each(['en', 'ru'])('%s: precision ≥ 0.92 and recall ≥ 0.88', (lang) => {
    const s = scoreFraming(readJsonl<LabelledDraft>(corpusPath(`framing.${lang}.jsonl`)));
    expect(s.precision, JSON.stringify(s)).toBeGreaterThanOrEqual(0.92);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.88);
  });
});
