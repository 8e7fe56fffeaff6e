import { describe, expect, it } from 'vitest';
import { quoteLanguage } from './language';

describe('the language of a quote', () => {
  it.each([
    ['Кнопка фиолетовая, а не синяя — я её просто не заметила.', 'ru'],
    ['Приложение вылетает, когда прикрепляю фото с iPhone', 'ru'],
    ['The button is purple, not blue, and I could not find it at all.', 'en'],
    ['I get logged out every time I switch tabs', 'en'],
    ['Please refund the second $49.00 to the same card.', 'en'],
    // Too short to tell: an EN/RU team reads Latin text as English.
    ['Dark mode', 'en'],
    ["Mr Müller's invoice is wrong again, could you check it?", 'en'],
  ])('%s → %s', (text, expected) => {
    expect(quoteLanguage(text)).toBe(expected);
  });

  it.each([
    ['Die Schaltfläche ist lila und nicht blau', 'German with umlauts'],
    ['Der Knopf funktioniert leider nicht richtig', 'German without them'],
    ['La aplicacion no funciona cuando abro la camara', 'Spanish without accents'],
    ['Le paiement a été débité deux fois', 'French'],
    ['Кнопка не працює, і я не можу увійти', 'Ukrainian'],
    ['按钮不起作用', 'Chinese'],
    ['12345 !!!', 'no letters'],
    ['', 'nothing'],
  ])('%s (%s) → und', (text) => {
    expect(quoteLanguage(text)).toBe('und');
  });
});
