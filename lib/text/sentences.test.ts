import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, trimming white space', () => {
    expect(split('Hi Maya,\n\nThanks for booking. We will call you.  ')).toEqual(['Hi Maya,', 'Thanks for booking.', 'We will call you.']);
  });

  it.each([
    ['Hi Mr. Smith! Dr. Lindqvist is in.', ['Hi Mr. Smith!', 'Dr. Lindqvist is in.']],
    ['Use the export (e.g. PRJ-2041.csv). It keeps comments.', ['Use the export (e.g. PRJ-2041.csv).', 'It keeps comments.']],
    ['Согласно п. 7.2 договора возврат возможен. Напишите нам.', ['Согласно п. 7.2 договора возврат возможен.', 'Напишите нам.']],
    ['Офис на ул. Ленина, д. 5. Ждём вас.', ['Офис на ул. Ленина, д. 5.', 'Ждём вас.']],
    ['Цена 1.5 тыс. руб. в т.ч. НДС. Оплата картой.', ['Цена 1.5 тыс. руб. в т.ч. НДС.', 'Оплата картой.']],
    ['То есть т.е. Всё верно.', ['То есть т.е. Всё верно.']],
    ['Филиал в г. Алматы открыт. Приходите.', ['Филиал в г. Алматы открыт.', 'Приходите.']],
    ['Открылись в 2023 г. Мы рады.', ['Открылись в 2023 г.', 'Мы рады.']],
    ['А. С. Пушкин жил здесь.', ['А. С. Пушкин жил здесь.']],
  ])('mends splits after abbreviations and initials: %s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps list markers with their item', () => {
    expect(split('To restore:\n1. Open Settings.\n2. Click "Show archived".')).toEqual(['To restore:', '1. Open Settings.', '2. Click "Show archived".']);
  });

  it('does not split inside a URL or before a trailing emoji', () => {
    expect(split('See https://x.example.ru/a.b?c. Next')).toEqual(['See https://x.example.ru/a.b?c.', 'Next']);
    expect(split('Привет, Даша! 👋\nКак дела?')).toEqual(['Привет, Даша! 👋', 'Как дела?']);
  });

  it('starts a sentence after "!" or "?" even in lower case, as chat replies do', () => {
    expect(split('hi! the code expired yesterday')).toEqual(['hi!', 'the code expired yesterday']);
  });

  it('gives the same sentences in chunks as in one segmenter pass, on long text', () => {
    const sentence = 'We moved your booking to Friday, and the studio is ready. ';
    const text = sentence.repeat(300) + '\n' + 'Мы перенесли запись на пятницу. '.repeat(200);
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const whole = [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
    expect(split(text)).toEqual(whole);
  });

  it('returns offsets into the given range', () => {
    const text = 'xx One. Two. yy';
    const spans = splitSentences(text, 3, 12);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});
