import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN_PARAGRAPHS, RU_PARAGRAPHS, syntheticDraft } from '../../test/support/drafts';
import { checkDraft, createChecker } from '.';

describe('checkDraft', () => {
  it('reports the draft language and framing findings, and leaves the name warning to the name check', () => {
    const draft = 'Здравствуйте, Анна!\n\nВернуть деньги мы не сможем: прошло больше 14 дней.\n\nС уважением,\nМария';
    const result = checkDraft(draft, { record: { name: 'Анна' } });
    expect(result.lang).toBe('ru');
    expect(result.warning).toBeNull();
    expect(result.findings.map((f) => draft.slice(f.start, f.end))).toEqual(['Вернуть деньги мы не сможем: прошло больше 14 дней.']);
  });

  it('flags nothing in a draft in another language', () => {
    expect(checkDraft('Nous ne pouvons pas rembourser la commande, désolé.')).toMatchObject({ lang: 'other', findings: [] });
  });
});

// Edits an agent might make: typing, deleting, pasting, new paragraphs, quotes, sign-offs.
const pieces = ['a', ' ', '.', ', ', '\n', '\n\n', 'не ', 'нельзя', "can't ", 'We cannot refund it. ', 'Вам придётся подождать. ', '> ', 'Best,\n', 'On Mon, Ann wrote:\n', '«', '»', '😀', 'ё'];
const editArb = fc.record({ at: fc.nat(), cut: fc.nat({ max: 8 }), insert: fc.constantFrom(...pieces) });

describe('createChecker', () => {
  it('gives what checkDraft gives after every edit, through edit() and through check()', () => {
    const start = `${EN_PARAGRAPHS.slice(0, 4).join('\n\n')}\n\n${RU_PARAGRAPHS.slice(0, 4).join('\n\n')}`;
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 25 }), fc.boolean(), (edits, viaEdit) => {
        const checker = createChecker();
        let draft = start;
        checker.check(draft);
        for (const { at, cut, insert } of edits) {
          const from = at % (draft.length + 1);
          const to = Math.min(draft.length, from + cut);
          draft = draft.slice(0, from) + insert + draft.slice(to);
          const result = viaEdit ? checker.edit(from, to, insert) : checker.check(draft);
          expect(checker.text).toBe(draft);
          expect(result).toEqual(checkDraft(draft));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays exact when edit() and whole-text check() alternate, as an editor switching input paths would', () => {
    const start = `${RU_PARAGRAPHS.slice(0, 3).join('\n\n')}\n\n${EN_PARAGRAPHS.slice(0, 5).join('\n\n')}`;
    fc.assert(
      fc.property(fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 30 }), (edits) => {
        const checker = createChecker();
        let draft = start;
        checker.check(draft);
        for (const [{ at, cut, insert }, viaEdit] of edits) {
          const from = at % (draft.length + 1);
          const to = Math.min(draft.length, from + cut);
          draft = draft.slice(0, from) + insert + draft.slice(to);
          expect(viaEdit ? checker.edit(from, to, insert) : checker.check(draft)).toEqual(checkDraft(draft));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a keystroke handed over as the whole draft is exact and re-checks one paragraph, findings after it moved along', () => {
    let draft = syntheticDraft('en', 20_000);
    const checker = createChecker();
    checker.check(draft);
    for (const paragraph of EN_PARAGRAPHS.slice(1, 6)) {
      const at = draft.indexOf(paragraph) + 7;
      draft = `${draft.slice(0, at)}x${draft.slice(at)}`;
      expect(checker.check(draft)).toEqual(checkDraft(draft));
      expect(checker.stats.blocksAnalyzed).toBe(1);
    }
    expect(checkDraft(draft).findings.length).toBeGreaterThan(5);
  });

  it('re-judges a sentence whose words a quotation mark in the next sentence has just closed', () => {
    const checker = createChecker();
    const before = `${EN_PARAGRAPHS[0]}\n\nВ« придётся подождать. ${RU_PARAGRAPHS[0]}`;
    checker.check(before);
    const after = `${EN_PARAGRAPHS[0]}\n\nВ« придётся подождать. »${RU_PARAGRAPHS[0]}`;
    expect(checker.check(after)).toEqual(checkDraft(after));
    expect(checker.edit(0, 0, 'Oh, ')).toEqual(checkDraft(`Oh, ${after}`));
  });

  it('re-checks only the paragraph and sentence a keystroke touched', () => {
    for (const size of [2_000, 20_000]) {
      const draft = syntheticDraft('en', size);
      const checker = createChecker();
      checker.check(draft);
      const at = draft.indexOf(EN_PARAGRAPHS[4]!) + 10;
      checker.edit(at, at, 'x');
      expect(checker.stats).toEqual({ blocksAnalyzed: 1, sentencesJudged: 1 });
      const fresh = createChecker();
      fresh.check(draft);
      expect(fresh.stats.blocksAnalyzed).toBeGreaterThan(5);
    }
  });

  it('reuses paragraphs it has seen when the whole text is handed over', () => {
    const draft = syntheticDraft('ru', 5_000);
    const checker = createChecker();
    checker.check(draft);
    const at = draft.indexOf(RU_PARAGRAPHS[2]!) + 5;
    checker.check(draft.slice(0, at) + 'ж' + draft.slice(at));
    expect(checker.stats.blocksAnalyzed).toBe(1);
  });
});
