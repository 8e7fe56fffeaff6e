/**
 * Admins' patterns cannot hang the agent's tab. patterns.test.ts shows classic backtracking shapes
 * compile and stay within the matcher's bound; this adds the other half and the rest of the path a
 * custom rule takes: shapes over the limits are refused at compile time with a message that says
 * what and points where, more shapes stay bounded on 10,000-character drafts of several kinds, and
 * a pack full of pathological custom rules stays linear in the draft through the whole check.
 * Bounds are counted steps, never wall-clock time.
 */
import { describe, expect, it } from 'vitest';
import { compiledPack, judgeSentence } from '../framing';
import { effectivePacks } from '../framing/custom';
import { customRule } from '../framing/testing';
import { DEFAULT_SETTINGS } from '../settings/model';
import { analyzeDraft } from '../text/analyze';
import { compilePattern, LIMITS } from '.';

const words = (n: number, word = (i: number) => `w${i}`) => Array.from({ length: n }, (_, i) => word(i));

/** [pattern, what the English message says, the span it points at]. */
const REFUSED: Array<[string, RegExp, [number, number]]> = [
  ['a ..21 b', /“\.\.21” spans 21 words; at most 20/, [2, 6]],
  ['a ~21 b', /“~21” spans 21 words/, [2, 5]],
  ['refund ..100000 days', /spans 100000 words/, [7, 15]],
  ['a ~99999999999999999999999999 b', /spans 99999999999999999999999999 words/, [2, 29]],
  ['a ..20 b ..9999 c', /“\.\.9999”/, [9, 15]],
  [`${'('.repeat(LIMITS.depth + 1)}a${')'.repeat(LIMITS.depth + 1)}`, /nested deeper than 16/, [LIMITS.depth, LIMITS.depth + 1]],
  [`${'('.repeat(1000)}a${')'.repeat(999)}`, /1999 characters long|nested deeper than 16/, [LIMITS.depth, LIMITS.depth + 1]],
  ['('.repeat(5000), /5000 characters long; the limit is 2000/, [2000, 5000]],
  [words(600).join(' | '), /characters long; the limit is 2000/, [2000, words(600).join(' | ').length]],
  ['a '.repeat(1001), /2002 characters long/, [2000, 2002]],
  [`${'x'.repeat(2001)}`, /2001 characters long/, [2000, 2001]],
  ['a ~20 b ~20 c ~20 d ~20 e ~20 f ~20 g', /too complex to check quickly/, [0, 37]],
  ['a ~ b ~ c ~ d ~ e ~ f ~ g ~ h ~ i ~ j ~ k ~ l', /too complex/, [0, 45]],
  ['(* ~20 *) ~20 (* ~20 *) ~20 (* ~20 *) ~20 (* ~20 *) ~20 *', /too complex/, [0, 57]],
  ['@neg ~20 @neg ~20 @neg ~20 @neg ~20 @neg ~20 @neg ~20 @neg', /too complex/, [0, 58]],
  [words(150).join(' ..20 '), /too complex/, [0, words(150).join(' ..20 ').length]],
  // the error points at the part of the chain where it became too deep to expand
  [words(200).join(' ~ '), /too complex/, [0, 832]],
  ['(a?)+', /can match without any word/, [0, 5]],
  ['((a?)+)+', /can match without any word/, [0, 8]],
  ['(a? b?)+', /can match without any word/, [0, 8]],
  ['(^ a?)+ $', /can match without any word/, [0, 9]],
  ['^ $', /can match without any word/, [0, 3]],
];

describe('patterns over the limits are refused when compiled, saying what and where', () => {
  it('has twenty-odd of them', () => expect(REFUSED.length).toBeGreaterThanOrEqual(20));

  it.each(REFUSED.map(([p, why, span]) => [p.length > 60 ? `${p.slice(0, 57)}…` : p, p, why, span] as const))('%s', (_name, source, why, span) => {
    const r = compilePattern(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.en).toMatch(why);
    expect(r.error.message.ru).toMatch(/[а-я]/);
    expect([r.error.start, r.error.end]).toEqual(span);
  });

  it('says the count in Russian with the right plural', () => {
    const ru = (p: string) => {
      const r = compilePattern(p);
      return r.ok ? '' : r.error.message.ru;
    };
    expect(ru('a ..21 b')).toMatch(/охватывает 21 слово,/);
    expect(ru('a ..22 b')).toMatch(/охватывает 22 слова,/);
    expect(ru('a ..25 b')).toMatch(/охватывает 25 слов,/);
    expect(ru('a ..111 b')).toMatch(/охватывает 111 слов,/);
    expect(ru('a ..121 b')).toMatch(/охватывает 121 слово,/);
  });
});

/** Shapes not in patterns.test.ts's list, each just inside the limits. */
const BOUNDED = [
  '(* ~20 *) ~20 (* ~20 *) ~20 (* ~20 *) ~20 (* ~20 *)',
  '(a+)+ ~20 (b+)+ ~20 (c+)+ ~20 (d+)+ ~20 (e+)+',
  '@neg ~20 @neg ~20 @neg ~20 @neg ~20 @neg',
  '(((a ~20 b)+)+ ~20 ((c ~20 d)+)+) ~20 e ~20 f',
  'a ~20 (b ~20 (c ~20 (d ~20 (e ~20 f))))',
  'a ~ b ~ c ~ d ~ e ~ f ~ g ~ h',
  words(60).join(' ..20 '),
  words(300).join(' | '),
  `${'(a | b)? '.repeat(60)}c`,
  `${'('.repeat(LIMITS.depth - 1)}(a | a a)+${')+'.repeat(LIMITS.depth - 1)} $`,
  '(@neg @can)+ ~20 (@we | @you)+ ~20 *',
  '((* | #) ~3 (* | #))+ $',
  '(не | нет)+ ~20 (можем | сможем)+',
  '(*а* | *о* | *е*)+ ..20 (*ть | *ться)+ $',
  '^ (* ..20 *)+ $',
  '(# | *)+ ~20 (# | *)+',
  '(a b c d e f g h)+ ~ (a b c d e f g h)+',
  '(a | a a | a a a | a a a a)+ ~20 b',
  '(* *)+ ~20 (* * *)+ ~20 (* * * *)+',
  '(a ..20 *)+ ~20 (* ..20 a)+ ~20 b',
];

const DRAFTS: Record<string, string> = {
  'one letter repeated': 'a '.repeat(5000),
  'Cyrillic negations': 'не нет не можем сможем '.repeat(440).slice(0, 10_000),
  'one sentence of words': words(3400, (i) => ['a', 'b', 'c', 'w3', 'не', '12', 'можем'][i % 7]!).join(' ').slice(0, 10_000),
  'prose in short sentences': 'We cannot refund a a a, not possible at all. Не можем вернуть деньги! Why not? 14 days only. '.repeat(110).slice(0, 10_000),
  'one long word': 'я'.repeat(10_000),
  'punctuation and emoji': '…!?—,;:()«»“” 🙂👍🏽 '.repeat(600).slice(0, 10_000),
};
const wordCount = (text: string) => text.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean).length;

describe('patterns just inside the limits stay bounded on 10,000-character drafts', () => {
  it('has twenty of them, all of which compile', () => {
    expect(BOUNDED.length).toBeGreaterThanOrEqual(20);
    for (const p of BOUNDED) expect(compilePattern(p).ok, p).toBe(true);
  });

  for (const [name, text] of Object.entries(DRAFTS)) {
    it(`does at most (words + 1) × 3 × states steps: ${name}`, () => {
      expect(text.length).toBeGreaterThanOrEqual(9_900);
      const n = wordCount(text);
      for (const source of BOUNDED) {
        const r = compilePattern(source);
        if (!r.ok) throw new Error(source);
        expect(r.matcher.states, source).toBeLessThanOrEqual(LIMITS.states);
        const stats = { steps: 0 };
        r.matcher.find(text, stats);
        expect(stats.steps, source).toBeLessThanOrEqual((n + 1) * 3 * r.matcher.states + n);
      }
    });
  }
});

describe('a pack full of pathological custom rules keeps the whole check linear', () => {
  const rules = BOUNDED.map((pattern, i) => customRule({ id: `acme.p${i}`, lang: i % 2 ? 'ru' : 'en', pattern }));
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.framing.customRules = rules;
  const { packs, broken } = effectivePacks(settings);

  it('takes every one of them', () => expect(broken).toEqual([]));

  /** Steps of judging every sentence of `text` in `lang`, and the bound they must stay within. */
  function run(text: string, lang: 'en' | 'ru') {
    const pack = compiledPack(packs[lang]);
    // every automaton the engine may run over a sentence: rules, exceptions (twice: clause and
    // sentence), ways forward, each rule's own exceptions
    const states =
      pack.rules.reduce((s, r) => s + r.matcher.states + r.exceptions.reduce((e, x) => e + x.states, 0), 0) +
      pack.exceptions.reduce((s, e) => s + e.matcher.states, 0) +
      pack.wayForward.reduce((s, w) => s + w.states, 0);
    const stats = { steps: 0 };
    let n = 0;
    for (const sentence of analyzeDraft(text).sentences) {
      n += sentence.words.length + 1;
      judgeSentence(pack, sentence.words, stats);
    }
    // rules are scanned at most twice (before and after the exceptions), everything else once
    return { steps: stats.steps, bound: (n + 1) * 3 * 2 * states + n };
  }

  for (const [name, text] of Object.entries(DRAFTS)) {
    it(`stays within its bound on a 10,000-character draft: ${name}`, () => {
      for (const lang of ['en', 'ru'] as const) {
        const { steps, bound } = run(text, lang);
        expect(steps, lang).toBeLessThanOrEqual(bound);
      }
    });
  }

  it('costs about ten times as much for ten times the text', () => {
    const base = DRAFTS['prose in short sentences']!.slice(0, 1_000);
    const small = run(base, 'en').steps;
    const large = run(base.repeat(10), 'en').steps;
    expect(large).toBeLessThanOrEqual(11 * small);
  });
});

describe('word boundaries hold in Cyrillic', () => {
  const found = (source: string, text: string) => {
    const r = compilePattern(source);
    if (!r.ok) throw new Error(r.error.message.en);
    return r.matcher.find(text).map((m) => text.slice(m.start, m.end));
  };

  it.each([
    ['нет', 'Интернет и кабинет есть. Нет, сейчас нет.', ['Нет', 'нет']],
    ['не*', 'Сне не спится, немного неудобно.', ['не', 'немного', 'неудобно']],
    ['*ться', 'Придётся подождать, чтобы вернуться.', ['вернуться']],
    ['*ложени*', 'Приложение в предложениях, положение.', ['Приложение', 'предложениях', 'положение']],
    ['можем', 'Мы не можем, немножко поможем.', ['можем']],
    ['из-за', 'Из-за сбоя и за ним из задержки.', ['Из-за']],
    ['что-нибудь', 'Что-нибудь придумаем, что нибудь.', ['Что-нибудь']],
    ['ещё', 'Ещё раз и еще раз.', ['Ещё', 'еще']],
    ['й', 'Сделай й.', ['й']],
    ['iphone*', 'С iPhone-ом и iphone всё хорошо.', ['iPhone-ом', 'iphone']],
    ['не ~ можем', 'Можем ли мы? Увы, сделать это мы не можем.', ['не можем']],
  ])('%s in %j', (source, text, expected) => {
    expect(found(source, text)).toEqual(expected);
  });
});
