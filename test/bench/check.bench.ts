/**
 * Speed of the check, as ratios measured in one process (see harness.ts):
 * - check-2k: the full check of a 2,000-character draft against one Intl.Segmenter sentence pass
 *   over the same text (the least any sentence-level check must do).
 * - keystroke-20k-vs-2k: re-check after one typed character in a 20,000-character draft against the
 *   same in a 2,000-character draft; a keystroke must not cost more in a longer draft.
 * - paste-200k-vs-20k: the full check of a 200,000-character paste against a 20,000-character one;
 *   linear time means a ratio near 10.
 * Drafts are synthetic (test/support/drafts.ts), in English and Russian.
 */
import { checkDraft, createChecker } from '../../lib/check';
import { EN_PARAGRAPHS, RU_PARAGRAPHS, syntheticDraft } from '../support/drafts';
import type { Bench } from './harness';

// Built once: the baseline is the pass itself, not the segmenter's construction.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function segmenterPass(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) n += s.segment.length;
  return n;
}

/**
 * Types one character at a time into the middle of a paragraph of `draft`, re-checking after each
 * keystroke: with `edit` (what the editor knows: the caret and the character) or, `fullText`, by
 * handing over the whole new draft as an editor that only reads its value would.
 */
function typist(draft: string, paragraph: string, fullText = false): () => unknown {
  const checker = createChecker();
  checker.check(draft);
  // The same paragraph in both drafts (the occurrence nearest the middle), typed into mid-sentence,
  // so both sides redo the same local work and only the draft around it differs.
  let p = draft.indexOf(paragraph);
  for (let q = p; q >= 0 && q < draft.length >> 1; q = draft.indexOf(paragraph, q + 1)) p = q;
  const at = draft.indexOf(' ', p + (paragraph.length >> 1)) + 1;
  const keys = 'so we can help ';
  let typed = '';
  return () => {
    const key = keys[typed.length % keys.length]!;
    typed += key;
    if (fullText) return checker.check(draft.slice(0, at) + typed + draft.slice(at));
    return checker.edit(at + typed.length - 1, at + typed.length - 1, key);
  };
}

/**
 * Both sides are run a few hundred times before timing: the check is JavaScript that V8 optimizes
 * only after many calls, while the baseline is native code from the first call. The extension
 * checks the same draft many times as the agent types, so the optimized speed is the one that
 * counts.
 */
function warm(...fns: Array<() => unknown>): void {
  for (let i = 0; i < 300; i++) for (const f of fns) f();
}

function fullCheck(lang: 'en' | 'ru', size: number): Bench {
  return {
    name: lang === 'en' ? `check-${size / 1000}k` : `check-${size / 1000}k-ru`,
    baselineLabel: `one Intl.Segmenter sentence pass over the same ${size}-character draft`,
    maxRatio: 5,
    iterations: 200,
    setup() {
      const draft = syntheticDraft(lang, size).slice(0, size);
      const run = () => checkDraft(draft);
      const baseline = () => segmenterPass(draft);
      warm(run, baseline);
      return { run, baseline };
    },
  };
}

function keystroke(lang: 'en' | 'ru', fullText = false): Bench {
  const suffix = `${lang === 'ru' ? '-ru' : ''}${fullText ? '-fulltext' : ''}`;
  return {
    name: `keystroke-20k-vs-2k${suffix}`,
    baselineLabel: `the same keystroke re-check in a 2,000-character draft${fullText ? ' (whole draft handed over each time)' : ''}`,
    maxRatio: fullText ? 2.5 : 1.5,
    iterations: 200,
    setup() {
      const paragraph = (lang === 'en' ? EN_PARAGRAPHS : RU_PARAGRAPHS)[4]!;
      const run = typist(syntheticDraft(lang, 20_000), paragraph, fullText);
      const baseline = typist(syntheticDraft(lang, 2_000), paragraph, fullText);
      warm(run, baseline);
      return { run, baseline };
    },
  };
}

export const benches: Bench[] = [
  fullCheck('en', 2000),
  fullCheck('ru', 2000),
  keystroke('en'),
  keystroke('ru'),
  keystroke('en', true),
  {
    name: 'paste-200k-vs-20k',
    baselineLabel: 'the full check of a 20,000-character paste (linear time: ratio about 10)',
    maxRatio: 13,
    iterations: 8,
    setup() {
      const big = syntheticDraft('en', 100_000) + '\n\n' + syntheticDraft('ru', 100_000);
      const small = syntheticDraft('en', 10_000) + '\n\n' + syntheticDraft('ru', 10_000);
      return { run: () => checkDraft(big), baseline: () => checkDraft(small) };
    },
  },
];
