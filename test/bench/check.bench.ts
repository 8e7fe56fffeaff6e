/**
 * Speed of the check, as ratios measured in one process (see harness.ts):
 * - check-2k: the full check of a 2,000-character draft — framing and the greeting name check
 *   against a customer on record, as the extension runs it — against one Intl.Segmenter sentence
 *   pass over the same text (the least any sentence-level check must do).
 * - keystroke-20k-vs-2k-fulltext: re-check after one typed character in a 20,000-character draft
 *   against the same in a 2,000-character draft, the way the extension does it: the whole new draft
 *   is handed to the editor's checker and the name check runs too (lib/check/service.ts, checkWith);
 *   a keystroke must not cost more in a longer draft. Without `-fulltext`: through `edit()`, the
 *   path an editor that reports its edits could take (framing only).
 * - paste-200k-vs-10x20k: the full check of a 200,000-character paste against ten checks of
 *   20,000-character pastes; linear time means a ratio near 1.
 * Drafts are synthetic (test/support/drafts.ts), in English and Russian.
 */
import { checkDraft, checkWith, createChecker, type CustomerRecord } from '../../lib/check';
import { EN_PARAGRAPHS, RU_PARAGRAPHS, syntheticDraft } from '../support/drafts';
import type { Bench } from './harness';

/**
 * The customer on record for the drafts (which greet "Anna" / "Анна"): someone else, so the name
 * check goes all the way to its warning and replacement, its costliest path.
 */
const RECORD: Record<'en' | 'ru', CustomerRecord> = {
  en: { name: 'Olga Petrova', email: 'olga.petrova@example.com' },
  ru: { name: 'Петрова Ольга Игоревна', email: 'olga.petrova@example.com' },
};

// Built once: the baseline is the pass itself, not the segmenter's construction.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function segmenterPass(text: string): number {
  let n = 0;
  for (const s of segmenter.segment(text)) n += s.segment.length;
  return n;
}

/**
 * Types into `draft` one character at a time, re-checking after each keystroke: with `edit` (what
 * the editor knows: the caret and the character) or, with `fullText`, by handing over the whole new
 * draft as an editor that only reads its value would. The caret visits the given paragraphs in
 * turn (the occurrence nearest the middle of the draft), 60 characters each, so every keystroke
 * re-checks a paragraph of ordinary length and both drafts redo the same local work.
 */
function typist(draft: string, paragraphs: readonly string[], fullText = false, record: CustomerRecord | null = null): () => unknown {
  // The keystrokes are worked out before timing, so only the checker's work is timed. After 60
  // characters the typed text is deleted in one edit (1 call in 61), which restores the paragraph
  // before the caret moves on: both drafts keep the same paragraphs at the same lengths.
  const keystrokes: Array<[number, number, string]> = [];
  let text = draft;
  const keys = 'so we can help you today ';
  for (let round = 0; keystrokes.length < KEYSTROKES; round++) {
    const paragraph = paragraphs[round % paragraphs.length]!;
    let p = text.indexOf(paragraph);
    for (let q = p; q >= 0 && q < text.length >> 1; q = text.indexOf(paragraph, q + 1)) p = q;
    if (p < 0) throw new Error('paragraph not in draft');
    const start = text.indexOf(' ', p + (paragraph.length >> 1)) + 1;
    for (let i = 0; i < 60; i++) keystrokes.push([start + i, start + i, keys[i % keys.length]!]);
    keystrokes.push([start, start + 60, '']);
  }
  const checker = createChecker();
  checker.check(draft);
  let current = draft;
  let k = 0;
  return () => {
    if (k >= keystrokes.length) throw new Error('bench ran out of keystrokes; raise KEYSTROKES');
    const [from, to, key] = keystrokes[k++]!;
    if (!fullText) return checker.edit(from, to, key);
    // The content script reads the editor's value and sends it whole; the worker checks that.
    current = current.slice(0, from) + key + current.slice(to);
    return checkWith(checker, current, record);
  };
}

// Enough for the warm-up and the timed runs of both harness phases.
const KEYSTROKES = 2000;

/**
 * Both sides are run a few hundred times before timing: the check is JavaScript that V8 optimizes
 * only after many calls, while the baseline is native code from the first call. The extension
 * checks the same draft many times as the agent types, so the optimized speed is the one that
 * counts.
 */
function warm(times: number, ...fns: Array<() => unknown>): void {
  for (let i = 0; i < times; i++) for (const f of fns) f();
}

function fullCheck(lang: 'en' | 'ru', size: number): Bench {
  return {
    name: lang === 'en' ? `check-${size / 1000}k` : `check-${size / 1000}k-ru`,
    baselineLabel: `one Intl.Segmenter sentence pass over the same ${size}-character draft`,
    maxRatio: 5,
    iterations: 200,
    setup() {
      const draft = syntheticDraft(lang, size).slice(0, size);
      const record = RECORD[lang];
      const run = () => checkDraft(draft, { record });
      const baseline = () => segmenterPass(draft);
      warm(300, run, baseline);
      return { run, baseline };
    },
  };
}

function keystroke(lang: 'en' | 'ru', fullText = false): Bench {
  const suffix = `${lang === 'ru' ? '-ru' : ''}${fullText ? '-fulltext' : ''}`;
  return {
    name: `keystroke-20k-vs-2k${suffix}`,
    baselineLabel: `the same keystroke re-check in a 2,000-character draft${fullText ? ' (whole draft handed over and name-checked, as the extension does)' : ''}`,
    // The full-text variant is the extension's own path, so it keeps the budget too.
    maxRatio: 1.5,
    // A keystroke takes tens of microseconds; many samples keep the median steady on a busy machine.
    iterations: 500,
    setup() {
      // Paragraphs present in both drafts (the 2,000-character one holds the first dozen).
      const paragraphs = (lang === 'en' ? EN_PARAGRAPHS : RU_PARAGRAPHS).slice(1, 10);
      const record = fullText ? RECORD[lang] : null;
      const run = typist(syntheticDraft(lang, 20_000), paragraphs, fullText, record);
      const baseline = typist(syntheticDraft(lang, 2_000), paragraphs, fullText, record);
      warm(300, run, baseline);
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
    name: 'paste-200k-vs-10x20k',
    baselineLabel: 'ten full checks of 20,000-character pastes (linear time: ratio about 1)',
    // Both sides do the same amount of text, so they are equally exposed to a busy machine.
    maxRatio: 1.5,
    iterations: 21,
    setup() {
      const big = syntheticDraft('en', 100_000) + '\n\n' + syntheticDraft('ru', 100_000);
      const smalls = Array.from({ length: 10 }, (_, i) => syntheticDraft('en', 10_000, i) + '\n\n' + syntheticDraft('ru', 10_000, i));
      const run = () => checkDraft(big);
      const baseline = () => smalls.map((d) => checkDraft(d));
      warm(3, run, baseline);
      return { run, baseline };
    },
  },
];
