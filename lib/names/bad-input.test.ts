import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onReportedError } from '../platform/safe';
import { checkAddressee, describeRecord } from './index';

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];
const EMOJI = ['🙂', '👍', '🙏', '👨‍👩‍👧', '🇷🇺', '❤️'];
const PUNCT = [...'.,!?;:-—–()[]{}«»"\'/\\|@#$%^&*+=<>~`…•'];

const zeroWidth = fc.constantFrom(...ZERO_WIDTH);
const emoji = fc.constantFrom(...EMOJI);
const punct = fc.constantFrom(...PUNCT);
/** Text with no letters at all: punctuation, digits, emoji, zero-width characters, whitespace. */
const noLetters = fc
  .array(fc.oneof(punct, emoji, zeroWidth, fc.constantFrom(' ', '\n', '\t', '0', '7', '+')), { maxLength: 200 })
  .map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), noLetters);
const greetings = ['Hi Anna,', 'Здравствуйте, Александр!', 'Dear Mr Ivanov,', 'Саша, привет!', 'Сергею Иванову\n\n Добрый день!'];
const draft = fc.oneof(
  anyText,
  fc.tuple(fc.constantFrom(...greetings), anyText).map(([g, t]) => `${g}\n\n${t}`),
);
/** Letters of both scripts mixed inside one word: Вадuм, Аnnа. */
const mixedWord = fc
  .array(fc.constantFrom(...'ВадимАннаVadimAnna'), { minLength: 3, maxLength: 12 })
  .map((a) => a.join(''))
  .filter((w) => /[А-я]/.test(w) && /[A-z]/.test(w));

let reported: unknown[] = [];
let stop: () => void = () => {};
beforeEach(() => {
  reported = [];
  stop = onReportedError((error) => reported.push(error));
});
afterEach(() => stop());

describe('bad input', () => {
  it('never throws, for any draft and record', () => {
    fc.assert(
      fc.property(draft, anyText, fc.option(anyText), (d, name, email) => {
        checkAddressee(d, { name, email });
        describeRecord({ name, email });
      }),
      { numRuns: 400 },
    );
    expect(reported).toEqual([]);
  });

  it('gives no warning for a record without letters', () => {
    fc.assert(
      fc.property(draft, noLetters, fc.option(noLetters), (d, name, email) => {
        expect(checkAddressee(d, { name, email })).toBeNull();
        expect(describeRecord({ name, email }).usable).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('gives no warning for a draft without letters', () => {
    fc.assert(
      fc.property(noLetters, fc.constantFrom('Vadim Petrov', 'Петров Вадим Сергеевич', 'Anna'), (d, name) => {
        expect(checkAddressee(d, { name })).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('gives no warning when the record name mixes scripts inside a word', () => {
    fc.assert(
      fc.property(mixedWord, fc.constantFrom(...greetings), (name, greeting) => {
        expect(checkAddressee(greeting, { name })).toBeNull();
        expect(checkAddressee(greeting, { name: `${name} Петров` })).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('takes no mixed-script word in the draft for a name', () => {
    fc.assert(
      fc.property(mixedWord, (word) => {
        expect(checkAddressee(`Здравствуйте, ${word}!`, { name: 'Вадим Петров' })).toBeNull();
        expect(checkAddressee(`Hi ${word},`, { name: 'Vadim Petrov' })).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('handles 10,000-character names and drafts', () => {
    const long = 'Вадим'.repeat(2000);
    const cases: Array<[string, string]> = [
      ['Hi Anna,', long],
      ['Hi Anna,', `Vadim ${'x'.repeat(10_000)}`],
      ['Hi Anna,', 'Анна '.repeat(2000)],
      [`Здравствуйте, ${'Александр'.repeat(1200)}!`, 'Вадим Петров'],
      [`${'> quoted\n'.repeat(3000)}Hi Alexander,`, 'Vadim Petrov'],
      [`Hi ${'A'.repeat(10_000)},`, 'Vadim Petrov'],
    ];
    for (const [d, name] of cases) expect(checkAddressee(d, { name, email: `${'v'.repeat(5000)}@x.io` })).toBeNull();
    expect(reported).toEqual([]);
  });

  it('reads names through zero-width characters and emoji around them', () => {
    expect(checkAddressee('Здравствуйте, Ан\u200Bна! 🙂', { name: 'Анна Петрова' })).toBeNull();
    expect(checkAddressee('Hi \uFEFFAnna 👍,', { name: 'Anna Kowalski' })).toBeNull();
    const w = checkAddressee('Здравствуйте, Ма\u200Bрия!', { name: 'Анна Петрова' });
    expect(w?.addressed).toBe('Ма\u200Bрия');
    expect(checkAddressee('Hi \u200B\u200B,', { name: 'Anna Kowalski' })).toBeNull();
  });
});
