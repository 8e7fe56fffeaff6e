import { describe, expect, it } from 'vitest';
import { givenNameCases, isPatronymic, surnameCases, surnameGenderForms, truncatedVocative } from './inflect';

describe('Russian case forms', () => {
  it.each<[string, 'm' | 'f', string, string]>([
    ['Вадим', 'm', 'Вадима', 'Вадиму'],
    ['Павел', 'm', 'Павла', 'Павлу'],
    ['Лев', 'm', 'Льва', 'Льву'],
    ['Игорь', 'm', 'Игоря', 'Игорю'],
    ['Сергей', 'm', 'Сергея', 'Сергею'],
    ['Саша', 'm', 'Саши', 'Саше'],
    ['Миша', 'm', 'Миши', 'Мише'],
    ['Серёжа', 'm', 'Серёжи', 'Серёже'],
    ['Никита', 'm', 'Никиты', 'Никите'],
    ['Илья', 'm', 'Ильи', 'Илье'],
    ['Мария', 'f', 'Марии', 'Марии'],
    ['Анна', 'f', 'Анны', 'Анне'],
    ['Любовь', 'f', 'Любови', 'Любови'],
    ['Айгуль', 'f', 'Айгули', 'Айгули'],
    ['Нино', 'f', 'Нино', 'Нино'],
    ['Анна-Мария', 'f', 'Анны-Марии', 'Анне-Марии'],
  ])('%s', (name, gender, gen, dat) => {
    const forms = givenNameCases(name, gender);
    expect(forms.gen).toBe(gen);
    expect(forms.dat).toBe(dat);
  });

  it('gives the male -ша names the right instrumental', () => {
    expect(givenNameCases('Саша', 'm').ins).toBe('Сашей');
    expect(givenNameCases('Гоша', 'm').ins).toBe('Гошей');
  });

  it('declines surnames by gender', () => {
    expect(surnameCases('Петров', 'm').dat).toBe('Петрову');
    expect(surnameCases('Петрова', 'f').dat).toBe('Петровой');
    expect(surnameGenderForms('Петров')).toContain('Петрова');
    expect(surnameGenderForms('Petrova')).toContain('Petrov');
  });

  it('makes truncated vocatives only where people say them', () => {
    expect(truncatedVocative('Саша')).toBe('Саш');
    expect(truncatedVocative('Катя')).toBe('Кать');
    expect(truncatedVocative('Женя')).toBe('Жень');
    expect(truncatedVocative('Серёжа')).toBe('Серёж');
    expect(truncatedVocative('Дима')).toBe('Дим');
    expect(truncatedVocative('Мария')).toBeNull();
    expect(truncatedVocative('Илья')).toBeNull();
    expect(truncatedVocative('Екатерина')).toBeNull();
    expect(truncatedVocative('Вадим')).toBeNull();
  });

  it('recognises patronymics in any case', () => {
    for (const p of ['Сергеевич', 'Сергеевичу', 'Викторовна', 'Викторовне', 'Ильич', 'Никифорович']) expect(isPatronymic(p)).toBe(true);
    for (const w of ['Вадим', 'Петров', 'Анна']) expect(isPatronymic(w)).toBe(false);
  });
});
