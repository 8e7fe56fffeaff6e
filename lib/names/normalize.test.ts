import { describe, expect, it } from 'vitest';
import { cyrKey, latinKey, scriptOf, stripInvisible } from './normalize';
import { latinKeysOf, slavicToCyrillic, toLatinDisplay } from './translit';

describe('name keys', () => {
  it('folds the usual spellings of one Russian name together', () => {
    const groups = [
      ['Dmitry', 'Dmitriy', 'Dmitrii', 'Dmitrij'],
      ['Yulia', 'Yuliya', 'Julia', 'Iuliia', 'Julija'],
      ['Yevgeny', 'Evgeny', 'Evgeniy', 'Evgenii', 'Jevgenij'],
      ['Fyodor', 'Fedor', 'Fjodor'],
      ['Alyona', 'Alena', 'Aljona'],
      ['Natalya', 'Natalia', 'Nataliya', "Natal'ya"],
      ['Aleksey', 'Alexey', 'Alexei', 'Aleksei'],
      ['Viktor', 'Victor'],
      ['Jose', 'José'],
      ['Zoe', 'Zoë'],
    ];
    for (const g of groups) expect(new Set(g.map(latinKey)).size, g.join('/')).toBe(1);
  });

  it('keeps what tells names apart', () => {
    expect(latinKey('Evgeny')).not.toBe(latinKey('Evgenia'));
    expect(latinKey('Alexander')).not.toBe(latinKey('Alexandra'));
    expect(latinKey('Yana')).not.toBe(latinKey('Anna'));
    expect(latinKey('Maria')).not.toBe(latinKey('Marina'));
  });

  it('reaches the Latin skeletons from Cyrillic', () => {
    expect(latinKeysOf('Дмитрий')).toContain(latinKey('Dmitry'));
    expect(latinKeysOf('Юлия')).toContain(latinKey('Yulia'));
    expect(latinKeysOf('Алёна')).toContain(latinKey('Alyona'));
    expect(latinKeysOf('Артём')).toContain(latinKey('Artem'));
  });

  it('folds ё, case and Ukrainian letters in Cyrillic keys', () => {
    expect(cyrKey('Артём')).toBe(cyrKey('АРТЕМ'));
    expect(cyrKey('Сергій')).toBe(cyrKey('Сергий'));
  });

  it('tells scripts apart and flags mixed words', () => {
    expect(scriptOf('Вадим')).toBe('cyr');
    expect(scriptOf('Vadim')).toBe('lat');
    expect(scriptOf('Вадuм')).toBe('mixed');
    expect(scriptOf('123')).toBe('none');
  });

  it('strips zero-width characters', () => {
    expect(stripInvisible('Ан\u200Bна\uFEFF')).toBe('Анна');
  });

  it('writes names across scripts for the fix', () => {
    expect(toLatinDisplay('Дмитрий')).toBe('Dmitry');
    expect(slavicToCyrillic('Petrov')).toBe('Петров');
    expect(slavicToCyrillic('Kuznetsova')).toBe('Кузнецова');
  });
});
