/**
 * Whatever lands in the editor — nothing, a 200,000-character paste, mixed scripts, emoji, right-to-
 * left text, HTML, unpaired surrogates — the check must not throw, must report findings inside the
 * draft on sentence boundaries, and must do work in proportion to the length.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDraft, createChecker } from '../../lib/check';
import { judgeSentence } from '../../lib/framing/engine';
import { BUILTIN_PACKS, compiledPack } from '../../lib/framing';
import { analyzeDraft } from '../../lib/text';
import { syntheticDraft } from '../support/drafts';

const fragments = [
  'We cannot refund it. ', 'Мы не можем вернуть деньги. ', 'Вам придётся подождать', "can't", 'не ', 'only within 14 days',
  '<p>Hello</p>', '<script>alert(1)</script>', '&nbsp;', 'שלום עולם', 'مرحبا بكم', '東京都', '😀', '👍🏽', '🇷🇺', '\u200f', '\u202e',
  '\uD800', '\uDC00', '\u0301', '\u0000', '\t', '\r\n', '\n\n', '> ', 'Best,\n', '-- \n', '«', '»', '"', '’', '...', '?!', 'e.g.', 'т.е.', ' ',
];
const draftArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((parts) => parts.join('')),
);

describe('bad input', () => {
  it('never throws, and findings lie inside the draft on sentence boundaries', () => {
    fc.assert(
      fc.property(draftArb, (draft) => {
        const result = checkDraft(draft);
        const sentences = new Set(analyzeDraft(draft).sentences.map((s) => `${s.start}:${s.end}`));
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(draft.length);
          expect(f.start).toBeLessThan(f.end);
          expect(sentences.has(`${f.start}:${f.end}`)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles empty drafts and the incremental checker on them', () => {
    expect(checkDraft('')).toEqual({ lang: 'und', findings: [], warning: null });
    const checker = createChecker();
    expect(checker.check('').findings).toEqual([]);
    expect(checker.edit(0, 0, 'We cannot refund it.').findings).toHaveLength(1);
    expect(checker.edit(0, 20, '').findings).toEqual([]);
  });

  it('checks a 200,000-character paste, including one with no line breaks or sentence ends', () => {
    const paste = syntheticDraft('en', 100_000) + '\n\n' + syntheticDraft('ru', 100_000);
    expect(paste.length).toBeGreaterThanOrEqual(200_000);
    expect(checkDraft(paste).findings.length).toBeGreaterThan(100);
    const wall = 'не можем вернуть '.repeat(12_000);
    expect(() => checkDraft(wall)).not.toThrow();
    expect(() => checkDraft('x'.repeat(200_000))).not.toThrow();
  });

  it('does work in proportion to the length (matching steps and sentences, counted)', () => {
    const work = (draft: string) => {
      const stats = { steps: 0 };
      const a = analyzeDraft(draft);
      for (const s of a.sentences) if (s.lang === 'ru' || s.lang === 'en') judgeSentence(compiledPack(BUILTIN_PACKS[s.lang]), s.words, stats);
      return { steps: stats.steps, sentences: a.sentences.length, words: a.sentences.reduce((n, s) => n + s.words.length, 0) };
    };
    const small = work(syntheticDraft('en', 10_000) + '\n\n' + syntheticDraft('ru', 10_000));
    const large = work(syntheticDraft('en', 100_000) + '\n\n' + syntheticDraft('ru', 100_000));
    // Ten times the text: about ten times the words, sentences and matching steps, not a hundred.
    for (const key of ['steps', 'sentences', 'words'] as const) {
      const ratio = large[key] / small[key];
      expect(ratio, key).toBeGreaterThan(8);
      expect(ratio, key).toBeLessThan(12);
    }
  });
});
