import { describe, expect, it } from 'vitest';
import type { CustomerRecord } from '../check/types';
import { checkAddressee } from './index';

function warn(draft: string, record: CustomerRecord) {
  const w = checkAddressee(draft, record);
  if (w) expect(draft.slice(w.start, w.end)).toBe(w.addressed);
  return w;
}

describe('checkAddressee: matches, no warning', () => {
  it.each<[string, string]>([
    ['Hi Alex,\n\nDone.', 'Alexander Brooks'],
    ['Hi Sasha, done.', 'Aleksandr Volkov'],
    ['Hi Alexander,', 'Aleksandr Volkov'],
    ['Саша, привет!', 'Александр Котов'],
    ['Шура, добрый день!', 'Александр Котов'],
    ['Привет, Саня!', 'Alexander Kotov'],
    ['Катя, добрый вечер!', 'Екатерина Миронова'],
    ['Hi Kate,', 'Екатерина Миронова'],
    ['Hi Bill,', 'William Hart'],
    ['Hi Peggy,', 'Margaret Hill'],
    ['Hi Maggie,', 'Margaret Hill'],
    ['Hi Vadim,', 'Вадим Петров'],
    ['Вадим, добрый день!', 'Vadim Petrov'],
    ['Hi Dmitry,', 'Дмитрий Волков'],
    ['Hi Dmitriy,', 'Дмитрий Волков'],
    ['Hi Dmitrii,', 'Дмитрий Волков'],
    ['Привет, Дмитрий!', 'Dmitrij Volkov'],
    ['Hi Yulia,', 'Юлия Ким'],
    ['Hi Evgeny,', 'Евгений Козлов'],
    ['Вадиму — добрый день!', 'Кравец Вадим'],
    ['Вадиму Петрову\n\nДобрый день!', 'Петров Вадим Игоревич'],
    ['Саш, привет!', 'Александр Жуков'],
    ['Жень, привет!', 'Евгения Кравченко'],
    ['Здравствуйте, Женя!', 'Евгения Кравченко'],
    ['Уважаемый Вадим Сергеевич!', 'Петров Вадим Сергеевич'],
    ['Dear Mr Petrov,', 'Vadim Petrov'],
    ['Dear Ms. Petrova,', 'Ольга Петрова'],
    ['Уважаемая госпожа Иванова!', 'Иванова Мария Павловна'],
    ['Уважаемый г-н Соколов!', 'Алексей Соколов'],
    ['Dear Dr. Lee,', 'Jonathan Lee'],
    ['Артем, добрый день!', 'Артём Белов'],
    ['Hi Jose,', 'José García'],
    ['Hi Zoe,', 'Zoë Martin'],
    ['привет, саша) всё готово', 'Александр Орлов'],
    ['hey mike, fixed', 'Michael Torres'],
    ['Hi Anna,', 'Анна | Магазин цветов'],
    ['Hi Vadim,', 'Vadim Petrov (Acme Ltd)'],
    ['Hi Maria,', 'Garcia, Maria'],
    ['Hi Vadim,', 'PETROV VADIM'],
    ['Анна-Мария, здравствуйте!', 'Анна-Мария Гросс'],
    ['Hi Anna,', 'анна кузнецова'],
    ['Добрый день, уважаемый Вадим!', 'Петров Вадим'],
    ['Hey there, Maria!', 'Maria Lopez'],
    ['Здравствуйте, Мария Ивановна!', 'Иванова Мария'],
    ['Здравствуйте, Анечка!', 'Анна Петрова'],
    ['Привет, Лёх!', 'Алексей Петров'],
    ['Hi Michael,', 'Михаил Петров'],
    ['Hi Vadim Sergeevich,', 'Петров Вадим Сергеевич'],
    ['Hi Kim,', 'Юлия Ким'],
    ['Hi Michael,', 'John Michael Smith'],
  ])('%j for %j', (draft, name) => {
    expect(warn(draft, { name })).toBeNull();
  });
});

describe('checkAddressee: mismatches', () => {
  it.each<[string, string, string, string]>([
    ['Hi Alexander,\n\nThanks.', 'Vadim Petrov', 'Alexander', 'Vadim'],
    ['Здравствуйте, Александр!', 'Вадим Петров', 'Александр', 'Вадим'],
    ['Здравствуйте, Александра!', 'Александр Ким', 'Александра', 'Александр'],
    ['Hi Danielle,', 'Daniel Moss', 'Danielle', 'Daniel'],
    ['Здравствуйте, Сергей!', 'Петров Вадим Сергеевич', 'Сергей', 'Вадим'],
    ['Уважаемая Татьяна Владимировна!', 'Гусева Татьяна Викторовна', 'Татьяна Владимировна', 'Татьяна Викторовна'],
    ['Dear Mr Ivanov,', 'Vadim Petrov', 'Mr Ivanov', 'Mr Petrov'],
    ['Уважаемый господин Иванов!', 'Петров Вадим', 'господин Иванов', 'господин Петров'],
    ['Dear Mr. Smith,', 'Anna Jones', 'Mr. Smith', 'Ms. Jones'],
    ['Сергею Иванову\n\nДобрый день!', 'Соколов Андрей', 'Сергею Иванову', 'Андрею Соколову'],
    ['Привет, Игорь!', 'Vadim Sorokin', 'Игорь', 'Вадим'],
    ['Hi Igor,', 'Вадим Сорокин', 'Igor', 'Vadim'],
    ['привет, игорь!', 'Егор Белов', 'игорь', 'егор'],
    ['Кать, привет!', 'Ксения Орлова', 'Кать', 'Ксения'],
    ['Hi Petr,', 'PETROV VADIM', 'Petr', 'Vadim'],
    ['Hello,\n\nThanks. Emma, could you confirm the postcode?', 'Emily Clark', 'Emma', 'Emily'],
    ['Добрый день!\n\nСчёт выставлен. Никита, пришлите реквизиты.', 'Олег Щербаков', 'Никита', 'Олег'],
    ['Dear Owen Hughes,', 'David Hughes', 'Owen Hughes', 'David Hughes'],
    ['Добрый день, уважаемый Игорь!', 'Петров Вадим', 'Игорь', 'Вадим'],
    ['Hello dear Anna,', 'Maria Lopez', 'Anna', 'Maria'],
    ['Вадим, спасибо за ожидание!', 'Иванова Мария', 'Вадим', 'Мария'],
    ['Hi Vadim Ivanovich,', 'Петров Вадим Сергеевич', 'Vadim Ivanovich', 'Vadim Sergeevich'],
    ['ЗДРАВСТВУЙТЕ, АННА!', 'Мария Петрова', 'АННА', 'МАРИЯ'],
    ['Вадиму — добрый день!', 'Кравец Игорь', 'Вадиму', 'Игорю'],
  ])('%j for %j', (draft, name, addressed, replacement) => {
    const w = warn(draft, { name });
    expect(w).not.toBeNull();
    expect(w?.addressed).toBe(addressed);
    expect(w?.replacement).toBe(replacement);
  });

  it.each<[string, string]>([
    ['Vadim Petrov', 'Вадим'],
    ['Alexander Zuev', 'Александр'],
    ['Michael Brown', 'Майкл'],
    ['Yulia Kim', 'Юлия'],
    ['Tariq Aziz', 'Tariq'],
  ])('writes the Latin record %j in Russian text as %j', (name, replacement) => {
    expect(warn('Здравствуйте, Сергей!', { name })?.replacement).toBe(replacement);
  });

  it('carries the record as shown and a message in both languages', () => {
    const w = warn('Hi Alexander,', { name: 'Vadim Petrov', email: 'v@x.io' });
    expect(w).toMatchObject({
      kind: 'name',
      start: 3,
      end: 12,
      recordName: 'Vadim Petrov',
      message: { en: 'The customer on record is Vadim Petrov', ru: 'Клиент в карточке — Vadim Petrov' },
    });
  });
});

describe('checkAddressee: who the customer is when the name field is unusable', () => {
  it('takes the given name from a clear email', () => {
    expect(warn('Hi Vadim,', { name: '', email: 'vadim.petrov@example.com' })).toBeNull();
    expect(warn('Hi Alexander,', { name: '', email: 'vadim.petrov@example.com' })?.recordName).toBe('vadim.petrov@example.com');
  });
  it('takes only the surname from an initial', () => {
    expect(warn('Hi Alexander,', { name: '', email: 'v.petrov@example.com' })).toBeNull();
    expect(warn('Dear Mr Ivanov,', { name: '', email: 'v.petrov@example.com' })?.replacement).toBe('Mr Petrov');
    expect(warn('Dear Mr Petrov,', { name: '', email: 'v.petrov@example.com' })).toBeNull();
  });
  it.each(['Customer', 'Клиент', 'Гость 4821', '+7 916 555-12-34', 'user8812@mail.ru', 'N/A', 'ООО «Вектор»', ''])(
    'never warns for the record name %j',
    (name) => {
      expect(warn('Здравствуйте, Максим!', { name })).toBeNull();
      expect(warn('Hi Kevin,', { name, email: 'vp1988@mail.ru' })).toBeNull();
    },
  );
});

describe('checkAddressee: not an address', () => {
  it.each<[string, string]>([
    ['Hello,\n\nYour refund is done.\n\nBest,\nMike', 'Tom Hardy'],
    ['Здравствуйте!\n\nЗавтра вам позвонит наш инженер Сергей.', 'Дмитрий Орехов'],
    ['Hello!\n\nOur engineer Sergey will call you tomorrow.', 'Megan Price'],
    ['Здравствуйте!\n\nСкажите: «Алиса, настрой устройство».', 'Марина Котова'],
    ['Hi!\n\nJust say "Alexa, pair Bluetooth".', 'Jason Park'],
    ['Alexa, play music. That is all it takes.', 'Jason Park'],
    ['Добрый день!\n\nЗаказ ждёт вас на ул. Пушкина, 14.', 'Ольга Фролова'],
    ['> Игорь, спасибо!\n\nРад помочь.', 'Лидия Полякова'],
    ['Hello,\n\n> My colleague Raj placed the order\n\nNo problem.', 'Hannah Price'],
    ['Hi, this is Anna from billing.', 'Brian Walsh'],
    ['Добрый день, коллеги!', 'Ирина Лосева'],
    ['Hi team,', 'Grace Liu'],
    ['Dear Customer,', 'Noah Fischer'],
    ['Здравствуйте!\n\nДомен продлён.\n\nС уважением,\nАнна, служба поддержки', 'Олег Лебедев'],
    ['Анна, служба поддержки. Домен продлён.', 'Олег Лебедев'],
    ['Hi, Anna here from support. Your order shipped.', 'Tom Hardy'],
    ['Thanks, Maria from accounting confirmed it.', 'Tom Hardy'],
    ['Анна на связи! Ваш заказ готов.', 'Мария Петрова'],
    ['Sarah, Tom and I will be there.', 'Anna Smith'],
    ['Hi Mr. and Mrs. Smith,', 'Anna Jones'],
    ['Hi Rachel,\n\nDave, our technician, will come at 9.', 'Rachel Adams'],
    ['Книга «Анна Каренина» снова в наличии.', 'Анна Леонова'],
    ['Hi Zhanybek,', 'Vadim Petrov'],
  ])('%j', (draft, name) => {
    expect(warn(draft, { name })).toBeNull();
  });

  it('warns about a group only when nobody in it is the customer', () => {
    expect(warn('Hi Anna and Tom,\n\nok', { name: 'Tom Hardy' })).toBeNull();
    expect(warn('Здравствуйте, Анна и Олег!', { name: 'Олег Петров' })).toBeNull();
    expect(warn('Hi Anna and Tom,', { name: 'Vadim Petrov' })?.addressed).toBe('Anna');
    expect(warn('Hi Anna and Zhanybek,', { name: 'Vadim Petrov' })).toBeNull();
  });

  it('takes a nickname the record gives in brackets or quotes', () => {
    expect(warn('Hi Jenny,', { name: 'Jiang Li (Jenny)' })).toBeNull();
    expect(warn('Hi Bob,', { name: 'William "Bob" Hart' })).toBeNull();
  });

  it('does not take an opening "Спасибо!" for a sign-off', () => {
    expect(warn('Спасибо!\n\nАнна, ваш заказ готов.', { name: 'Мария Петрова' })?.addressed).toBe('Анна');
  });

  it('reads a greeting below a quoted block', () => {
    expect(warn('> Лекарство пришло? Шура Лапин\n\nШура, добрый день!', { name: 'Лапин Александр' })).toBeNull();
    expect(warn('> Лекарство пришло?\n\nМаша, добрый день!', { name: 'Лапин Александр' })?.addressed).toBe('Маша');
  });
});
