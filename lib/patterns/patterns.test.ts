import { describe, expect, it } from 'vitest';
import { compilePattern, LIMITS, type Matcher } from '.';

function matcher(source: string, classes?: Record<string, string>): Matcher {
  const r = compilePattern(source, classes ? { classes } : {});
  if (!r.ok) throw new Error(`${source}: ${r.error.message.en}`);
  return r.matcher;
}

const found = (source: string, text: string) => matcher(source).find(text).map((m) => text.slice(m.start, m.end));

describe('pattern language: matching', () => {
  it.each([
    ['refund', 'We refund it. Refunds are slow.', ['refund']],
    ['refund*', 'Refunds are refunded, not refundable-ish.', ['Refunds', 'refunded', 'refundable-ish']],
    ['*able', 'It is refundable and usable.', ['refundable', 'usable']],
    ['*ложени*', 'Предложение и приложения.', ['Предложение', 'приложения']],
    ['# days', 'Within 14 days.', ['14 days']],
    ['we * refund', 'We cannot refund. We refund.', ['We cannot refund']],
    ['we ..2 refund', 'We really cannot refund. We can never ever refund.', ['We really cannot refund']],
    ['only .. days', 'Only within fourteen calendar days.', ['Only within fourteen calendar days']],
    ['(can’t | cannot) help', "We can't help. We cannot help.", ["can't help", 'cannot help']],
    ['really? sorry', 'Sorry. Really sorry.', ['Sorry', 'Really sorry']],
    ['(very)+ sorry', 'Very very sorry.', ['Very very sorry']],
    ['^ unfortunately', 'Unfortunately no. Sadly, unfortunately.', ['Unfortunately']],
    ['possible $', 'It is not possible. Possible later.', ['possible']],
  ])('%s in %j', (source, text, expected) => {
    expect(found(source, text)).toEqual(expected);
  });

  it('matches contractions written with either apostrophe, and ё as е', () => {
    expect(found("can't", 'We can’t. We can\'t.')).toEqual(['can’t', "can't"]);
    expect(found('ещё', 'Ещё раз, еще раз')).toEqual(['Ещё', 'еще']);
  });

  it('respects Cyrillic word boundaries', () => {
    expect(found('нет', 'Интернет работает. Нет, не работает.')).toEqual(['Нет']);
  });

  it('finds Russian free word order with ~', () => {
    const m = matcher('не ~ (можем | сможем)');
    expect(m.test('Сделать это мы, к сожалению, не можем.')).toBe(true);
    expect(m.test('Не сможем мы это сделать.')).toBe(true);
    expect(m.test('Мы можем это сделать.')).toBe(false);
    expect(matcher('вернуть ~2 нельзя').test('Нельзя, увы, вернуть.')).toBe(true);
    expect(matcher('вернуть ~1 нельзя').test('Нельзя никак увы вернуть.')).toBe(false);
  });

  it('uses built-in word classes and classes given by the caller', () => {
    expect(matcher('@we ..2 @neg').test('We really do not do that.')).toBe(true);
    expect(matcher('@neg @can').test('Мы не можем.')).toBe(true);
    expect(matcher('@fee', { fee: 'fee* | charge*' }).test('A small charge applies.')).toBe(true);
  });

  it('does not match across sentences or inside quotation marks', () => {
    expect(matcher('refund .. possible').test('We refund. It is possible.')).toBe(false);
    expect(matcher('не можем').test('Клиент написал: «не можем оплатить».')).toBe(false);
  });
});

describe('pattern language: errors say what and where', () => {
  it.each([
    ['', 0, 0],
    ['(refund', 0, 1],
    ['refund)', 6, 7],
    ['()', 0, 2],
    ['refund |', 8, 8],
    ['| refund', 0, 1],
    ['? refund', 0, 1],
    ['refund ..', 7, 9],
    ['~ refund', 0, 1],
    ['refund ~', 7, 8],
    ['a ..99 b', 2, 6],
    ['a ~50 b', 2, 5],
    ['re*fund', 0, 7],
    ['@nosuch', 0, 7],
    ['refund?', 0, 7],
    ['refund & co', 7, 8],
    ["'re", 0, 3],
  ])('%j → error at [%i, %i)', (source, start, end) => {
    const r = compilePattern(source);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.en.length).toBeGreaterThan(10);
    expect(r.error.message.ru.length).toBeGreaterThan(10);
    expect([r.error.start, r.error.end]).toEqual([start, end]);
  });

  it('rejects patterns over the size limits at compile time', () => {
    expect(compilePattern('a '.repeat(LIMITS.sourceLength)).ok).toBe(false);
    const deep = `${'('.repeat(LIMITS.depth + 1)}a${')'.repeat(LIMITS.depth + 1)}`;
    expect(compilePattern(deep)).toMatchObject({ ok: false });
    const r = compilePattern('((a ~20 b) ~20 (c ~20 d)) ~20 ((e ~20 f) ~20 (g ~20 h)) ~20 i');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toMatch(/too complex/);
  });

  it('reports broken and self-referring classes', () => {
    expect(compilePattern('@bad', { classes: { bad: '(oops' } })).toMatchObject({ ok: false });
    const r = compilePattern('@loop', { classes: { loop: 'a | @loop' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toMatch(/refers to itself/);
  });
});

describe('pattern language: cannot hang the tab', () => {
  // Shapes that make backtracking engines explode, and patterns that blow up in size.
  const pathological = [
    '(a+)+ $',
    '((a+)+)+ b',
    '(a | a)+ $',
    '(a | a a)+ b',
    '(a? a?)+ b',
    '(*)+ $',
    '(* *)+ b',
    '* .. * .. * .. * .. b',
    'a ..20 a ..20 a ..20 a ..20 b',
    'a ~20 a ~20 b',
    '(a ~ a) ~ (a ~ b)',
    `${'('.repeat(LIMITS.depth)}a${')+'.repeat(LIMITS.depth)} b`,
    Array.from({ length: 300 }, (_, i) => `w${i}`).join(' | ') + ' | a',
    '(a | b | c)+ (a | b | c)+ (a | b | c)+ $',
    '(a* | *a)+ b',
    '(#)+ $',
    '^ (a+)+ $',
    '(a+ b?)+ c',
    '((a | b)+ (c | d)+)+ e',
    '(a ..5 (a ..5 (a ..5 b)?)?)+',
    '(@neg ..20 *)+ $',
    '(* ~20 *)+ x',
    '((a)?)+ b',
    '(a ..20 *)+ ..20 (* ..20 a)+ b',
  ];
  const texts = {
    'a a a …': 'a '.repeat(5000),
    'mixed prose': 'We cannot refund a a a, not possible at all, but maybe later! Не можем вернуть деньги. '.repeat(115).slice(0, 10_000),
    'one long word': 'a'.repeat(10_000),
  };

  it('has twenty-odd pathological patterns that all compile', () => {
    expect(pathological.length).toBeGreaterThanOrEqual(20);
    for (const p of pathological) expect(compilePattern(p).ok, p).toBe(true);
  });

  for (const [name, text] of Object.entries(texts)) {
    it(`stays within (words + 1) × 3 × states steps on a 10,000-character text: ${name}`, () => {
      expect(text.length).toBeGreaterThanOrEqual(9_999);
      for (const source of pathological) {
        const m = matcher(source);
        const stats = { steps: 0 };
        const started = performance.now();
        m.find(text, stats);
        const elapsed = performance.now() - started;
        const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
        expect(stats.steps, source).toBeLessThanOrEqual((words + 1) * 3 * m.states + words);
        // A generous cap, not a benchmark: backtracking engines take minutes on these shapes.
        expect(elapsed, source).toBeLessThan(2_000);
      }
    });
  }

  it('rejects giant repetition counts instead of expanding them', () => {
    for (const source of ['a ..100000 b', 'a ~99999 b', 'a ..21 b', 'a ~21 b']) expect(compilePattern(source).ok, source).toBe(false);
  });
});
