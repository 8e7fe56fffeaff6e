import { describe, expect, it } from 'vitest';
import { findAddresses, type NameOracle } from './addressee';
import { lookup, lookupDative } from './lexicon';
import { judge } from './verdict';
import { prepareRecord } from './prepare';

const tables: NameOracle = { isName: (w, dative) => lookup(w).length > 0 || (!!dative && lookupDative(w).length > 0) };

function found(draft: string) {
  return findAddresses(draft, tables).map((a) => ({
    slot: a.slot,
    text: draft.slice(a.start, a.end),
    title: a.title?.text,
    dative: a.dative,
  }));
}

describe('findAddresses', () => {
  it.each<[string, string, string]>([
    ['Hi Anna,\n\nDone.', 'greeting', 'Anna'],
    ['Good morning Beth,', 'greeting', 'Beth'],
    ['Hello again, Sarah!', 'greeting', 'Sarah'],
    ['Dear Mr Petrov,', 'greeting', 'Mr Petrov'],
    ['Dear Ms. Smith,', 'greeting', 'Ms. Smith'],
    ['Здравствуйте, Анна!', 'greeting', 'Анна'],
    ['Здравствуйте Ирина!', 'greeting', 'Ирина'],
    ['Уважаемый Вадим Сергеевич!', 'greeting', 'Вадим Сергеевич'],
    ['Уважаемый г-н Соколов!', 'greeting', 'г-н Соколов'],
    ['Доброго времени суток, Ирина!', 'greeting', 'Ирина'],
    ['привет, саша) всё готово', 'greeting', 'саша'],
    ['hey mike yep fixed', 'greeting', 'mike'],
    ['Анна, добрый день!', 'name-first', 'Анна'],
    ['Vadim,\n\nThe key is reissued.', 'name-first', 'Vadim'],
    ['Дим, глянь, пожалуйста.', 'vocative', 'Дим'],
    ['Hello,\n\nThanks for the receipt. Carlos, could you confirm the card?', 'vocative', 'Carlos'],
    ['Спасибо за ожидание, Анна!', 'trailing', 'Анна'],
  ])('%j', (draft, slot, text) => {
    expect(found(draft)[0]).toMatchObject({ slot, text });
  });

  it('reads datives in letter headers and before a dash', () => {
    expect(found('Вадиму Петрову\n\nДобрый день!')[0]).toMatchObject({ slot: 'header', text: 'Вадиму Петрову', dative: true });
    expect(found('Сергею Иванову\nДобрый день!')[0]).toMatchObject({ slot: 'header', dative: true });
    expect(found('Вадиму — добрый день!')[0]).toMatchObject({ slot: 'name-first', text: 'Вадиму', dative: true });
  });

  it.each([
    'Hello,\n\nDone.\n\nBest,\nMike',
    'Hi, this is Anna from billing.',
    'Hi, Anna here from support.',
    'Hi there,',
    'Добрый день, коллеги!',
    'Добрый день! Меня зовут Ольга, я ваш менеджер.',
    'Передал ваш вопрос Вадиму из отдела логистики.',
    'Dave, our technician, will arrive at 9.',
    'Сергей, наш инженер, приедет завтра.',
    'Скажите «Алиса, включи свет».',
    'Alexa, play music.',
    'Заказ ждёт вас на ул. Пушкина, 14.',
    '> Игорь, спасибо!\n\nРад помочь.',
    'May, June and July are busy.',
    'Слава, богу, всё работает.',
  ])('no address in %j', (draft) => {
    expect(found(draft)).toEqual([]);
  });

  it('keeps draft offsets through zero-width characters', () => {
    const draft = 'Hi \u200BAn\u200Bna,';
    const [a] = findAddresses(draft, tables);
    expect(a && draft.slice(a.start, a.end)).toBe('An\u200Bna');
    expect(a?.words[0]?.text).toBe('Anna');
  });
});

describe('judge', () => {
  const verdict = (draft: string, name: string) => {
    const record = prepareRecord({ name });
    const [address] = findAddresses(draft, tables);
    if (!record || !address) return null;
    const v = judge(address, record);
    return v.kind === 'mismatch' ? `mismatch:${v.part}` : v.kind;
  };

  it('names the part that is not the customer’s', () => {
    expect(verdict('Hi Alexander,', 'Vadim Petrov')).toBe('mismatch:given');
    expect(verdict('Dear Mr Ivanov,', 'Vadim Petrov')).toBe('mismatch:surname');
    expect(verdict('Уважаемая Татьяна Владимировна!', 'Гусева Татьяна Викторовна')).toBe('mismatch:patronymic');
    expect(verdict('Dear Anna Smith,', 'Anna Kowalski')).toBe('mismatch:surname');
  });

  it('has no opinion on words it does not know', () => {
    expect(verdict('Hi Zhanybek,', 'Vadim Petrov')).toBe('unknown');
    expect(verdict('Dear Mr Ivanov,', 'Vadim')).toBe('unknown');
    expect(verdict('Hi Maria,', 'Tarja Halonen')).toBe('unknown');
    expect(verdict('Hi Mary-Ann,', 'Mary Hughes')).toBe('unknown');
  });

  it('compares double names as wholes', () => {
    expect(verdict('Hi Mary-Ann,', 'Mary-Jane Hughes')).toBe('mismatch:given');
    expect(verdict('Hi Mary-Jane,', 'Mary-Jane Hughes')).toBe('match');
    expect(verdict('Hi Jane,', 'Mary-Jane Hughes')).toBe('match');
  });
});
