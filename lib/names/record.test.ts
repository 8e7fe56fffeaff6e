import { describe, expect, it } from 'vitest';
import { describeRecord } from './record';
import { nameFromEmail } from './email';

function parts(name: string, email?: string) {
  const d = describeRecord({ name, email });
  if (!d.usable) return d.reason;
  const { given, surname, patronymic, gender, source } = d.name;
  return { given, surname, patronymic, gender, source };
}

describe('describeRecord', () => {
  it.each<[string, object]>([
    ['Петров Вадим Сергеевич', { given: 'Вадим', surname: 'Петров', patronymic: 'Сергеевич', gender: 'm' }],
    ['Вадим Сергеевич Петров', { given: 'Вадим', surname: 'Петров', patronymic: 'Сергеевич' }],
    ['PETROV VADIM', { given: 'Vadim', surname: 'Petrov', gender: 'm' }],
    ['Smirnov Dmitriy', { given: 'Dmitriy', surname: 'Smirnov' }],
    ['Garcia, Maria', { given: 'Maria', surname: 'Garcia', gender: 'f' }],
    ['Анна | Магазин цветов', { given: 'Анна', surname: undefined, gender: 'f' }],
    ['Vadim Petrov (Acme Ltd)', { given: 'Vadim', surname: 'Petrov' }],
    ['Sarah Jones | Bright Dental', { given: 'Sarah', surname: 'Jones' }],
    ['анна кузнецова', { given: 'Анна', surname: 'Кузнецова' }],
    ['Dr. Anil Patel', { given: 'Anil', surname: 'Patel' }],
    ['Петров В. С.', { given: undefined, surname: 'Петров' }],
    ['Ким Юлия', { given: 'Юлия', surname: 'Ким', gender: 'f' }],
    ['Саша Котов', { given: 'Саша', surname: 'Котов', gender: 'm' }],
    ['Ян Ким', { given: 'Ян', surname: 'Ким', gender: 'm' }],
    ['Jiang Li', { given: 'Jiang', surname: 'Li' }],
    ['В.С. Петров', { given: undefined, surname: 'Петров' }],
  ])('%j', (name, expected) => {
    expect(parts(name)).toMatchObject({ source: 'name', ...expected });
  });

  it.each<[string, string]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Customer', 'placeholder'],
    ['Клиент', 'placeholder'],
    ['Гость 4821', 'placeholder'],
    ['Анонимный пользователь', 'placeholder'],
    ['Valued Member', 'placeholder'],
    ['N/A', 'placeholder'],
    ['+7 916 555-12-34', 'phone'],
    ['+1 (415) 555-0132', 'phone'],
    ['user8812@mail.ru', 'email'],
    ['Acme Ltd', 'company'],
    ['ООО «Вектор-Трейд»', 'company'],
    ['!!! ???', 'garbage'],
    ['Вадuм Петров', 'garbage'],
    ['🙂🙂', 'garbage'],
  ])('%j is unusable (%s)', (name, reason) => {
    const d = describeRecord({ name });
    expect(d.usable).toBe(false);
    if (!d.usable) {
      expect(d.reason).toBe(reason);
      expect(d.message.en).toMatch(/^Name check is off/);
      expect(d.message.ru).toMatch(/^Проверка имени выключена/);
    }
  });

  it('falls back to the email when the name field is unusable', () => {
    expect(parts('', 'vadim.petrov@example.com')).toMatchObject({ given: 'Vadim', surname: 'Petrov', source: 'email' });
    expect(parts('Клиент', 'anna.k@outlook.com')).toMatchObject({ given: 'Anna', source: 'email' });
    expect(parts('james.carter@outlook.com')).toMatchObject({ given: 'James', surname: 'Carter', source: 'email' });
    const d = describeRecord({ name: '', email: 'vadim.petrov@example.com' });
    expect(d.display).toBe('vadim.petrov@example.com');
  });

  it('handles missing fields and non-strings', () => {
    expect(describeRecord(null).usable).toBe(false);
    expect(describeRecord({}).usable).toBe(false);
    expect(describeRecord({ name: 42 as unknown as string }).usable).toBe(false);
  });
});

describe('nameFromEmail', () => {
  it.each<[string, object | null]>([
    ['vadim.petrov@example.com', { given: 'Vadim', surname: 'Petrov' }],
    ['petrov.vadim@example.com', { given: 'Vadim', surname: 'Petrov' }],
    ['v.petrov@example.com', { given: undefined, surname: 'Petrov' }],
    ['sorokina.e@list.ru', { given: undefined, surname: 'Sorokina' }],
    ['vadim@petrov.dev', { given: 'Vadim', surname: undefined }],
    ['vadim.p@petrov-studio.ru', { given: 'Vadim', surname: undefined }],
    ['anna_k+orders@gmail.com', { given: 'Anna', surname: undefined }],
    ['laura.bennett@gmail.com', { given: 'Laura', surname: 'Bennett' }],
    ['vp1988@mail.ru', null],
    ['kmironova@yandex.ru', null],
    ['info@romashka-shop.ru', null],
    ['procurement@acme.example', null],
    ['user8812@mail.ru', null],
    ['a.b.c.d@x.io', null],
  ])('%s', (email, expected) => {
    const name = nameFromEmail(email);
    if (expected === null) expect(name).toBeNull();
    else expect({ given: name?.given, surname: name?.surname }).toMatchObject(expected);
  });
});
