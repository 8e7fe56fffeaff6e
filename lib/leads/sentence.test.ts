import { describe, expect, it } from 'vitest';
import { changeText, feedbackSentence, formatWeekDate, midSentence, shortQuote } from './sentence';
import { DAY_MS, mondayOf } from './weeks';

const nov3 = mondayOf(Date.UTC(2025, 10, 5) / DAY_MS);
const base = { monday: nov3, tagLabel: 'Bug', quote: 'The button is purple, not blue', referenceYear: 2025 };

describe('the sentence a lead reads off the page', () => {
  it('English', () => {
    expect(feedbackSentence({ ...base, customers: 45, items: 45 }, 'en')).toBe(
      '45 customers said in the week of 3 Nov: bug — “The button is purple, not blue” and 44 more quotes',
    );
    expect(feedbackSentence({ ...base, customers: 1, items: 1 }, 'en')).toBe('1 customer said in the week of 3 Nov: bug — “The button is purple, not blue”');
    expect(feedbackSentence({ ...base, customers: 2, items: 2 }, 'en')).toMatch(/and 1 more quote$/);
    expect(feedbackSentence({ ...base, customers: 1234, quote: undefined }, 'en')).toBe('1,234 customers said in the week of 3 Nov: bug');
  });

  it.each([
    [1, '1 клиент сказал', ''],
    [2, '2 клиента сказали', ' и ещё 1 цитата'],
    [5, '5 клиентов сказали', ' и ещё 4 цитаты'],
    [11, '11 клиентов сказали', ' и ещё 10 цитат'],
    [21, '21 клиент сказал', ' и ещё 20 цитат'],
    [22, '22 клиента сказали', ' и ещё 21 цитата'],
    [45, '45 клиентов сказали', ' и ещё 44 цитаты'],
    [111, '111 клиентов сказали', ' и ещё 110 цитат'],
  ])('Russian with %i customers: "%s"', (n, who, more) => {
    expect(feedbackSentence({ ...base, tagLabel: 'Ошибка', quote: 'Кнопка фиолетовая, а не синяя', customers: n, items: n }, 'ru')).toBe(
      `${who} на неделе с 3 ноября: ошибка — «Кнопка фиолетовая, а не синяя»${more}`,
    );
  });

  it('groups thousands the Russian way', () => {
    expect(feedbackSentence({ ...base, customers: 1234, quote: undefined, tagLabel: 'Цены' }, 'ru')).toBe('1\u00a0234 клиента сказали на неделе с 3 ноября: цены');
  });

  it('adds the year only for another year than the reference one', () => {
    expect(formatWeekDate(nov3, 'en', 2026)).toBe('3 Nov 2025');
    expect(formatWeekDate(nov3, 'ru', 2026)).toBe('3 ноября 2025 г.');
    expect(formatWeekDate(nov3, 'ru', 2025)).toBe('3 ноября');
    const dec29 = mondayOf(Date.UTC(2025, 11, 31) / DAY_MS);
    expect(formatWeekDate(dec29, 'en', 2026)).toBe('29 Dec 2025');
  });

  it('keeps acronyms, lower-cases ordinary labels', () => {
    expect(midSentence('UX / design')).toBe('UX / design');
    expect(midSentence('Feature request')).toBe('feature request');
    expect(midSentence('Доставка')).toBe('доставка');
  });

  it('shortens long quotes at a word and flattens newlines', () => {
    expect(shortQuote('a\n\nb')).toBe('a b');
    const long = 'word '.repeat(60);
    const s = shortQuote(long);
    expect(s.length).toBeLessThanOrEqual(121);
    expect(s.endsWith('word…')).toBe(true);
  });

  it('describes week-over-week change', () => {
    expect(changeText(12, 0.36, 'en')).toBe('+12 (+36%) on the week before');
    expect(changeText(-3, -0.5, 'ru')).toBe('−3 (−50\u00a0%) к прошлой неделе');
    expect(changeText(4, null, 'en')).toBe('+4 on the week before (none then)');
    expect(changeText(0, 0, 'ru')).toBe('как на прошлой неделе');
  });
});
