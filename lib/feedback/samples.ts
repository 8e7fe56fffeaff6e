/**
 * Sample feedback for an empty store ("Load sample data"), the demo run, e2e seeding and the
 * benchmarks. Deterministic for a given seed. Every sample item has helpdesk `sample` and ticket
 * links on the reserved `.example` domain, so they are easy to tell apart and to remove.
 */
import { ITEM_SCHEMA_VERSION, type FeedbackItem } from './schema';
import { SAMPLE_HELPDESK } from './constants';

const QUOTES: Record<string, { en: string[]; ru: string[] }> = {
  bug: {
    en: [
      'The export button does nothing when I click it in Firefox.',
      'After the update the invoice PDF shows last month’s total.',
      'I get logged out every time I switch tabs, it is really annoying.',
    ],
    ru: [
      'Кнопка «Выгрузить» не работает, нажимаю — ничего не происходит.',
      'После обновления в счёте стоит сумма за прошлый месяц.',
      'Приложение вылетает, когда прикрепляю фото с телефона.',
    ],
  },
  'feature-request': {
    en: ['Could you add a dark mode? My eyes hurt at night.', 'Please let me export reports to Google Sheets directly.'],
    ru: ['Сделайте, пожалуйста, тёмную тему, вечером глаза устают.', 'Хотелось бы выгружать отчёты сразу в Google Таблицы.'],
  },
  pricing: {
    en: ['The new plan is twice the price for the same features.', 'Is there a discount for non-profits? $49 is a lot for us.'],
    ru: ['Новый тариф в два раза дороже, а функции те же.', 'Есть ли скидка для некоммерческих организаций? 4 900 ₽ — дорого.'],
  },
  ux: {
    en: ['The button is purple, not blue, and I could not find it at all.', 'Too many clicks to change my delivery address.'],
    ru: ['Кнопка фиолетовая, а не синяя — я её просто не заметила.', 'Чтобы поменять адрес, нужно пройти пять экранов.'],
  },
  performance: {
    en: ['The dashboard takes almost a minute to load in the morning.'],
    ru: ['Личный кабинет грузится почти минуту, особенно утром.'],
  },
  docs: {
    en: ['I could not find how to invite a colleague anywhere in the help center.'],
    ru: ['В справке не нашёл, как пригласить коллегу в аккаунт.'],
  },
  delivery: {
    en: ['My parcel has been “in transit” for nine days.', 'The courier came when nobody was home and did not call.'],
    ru: ['Посылка уже девять дней «в пути».', 'Курьер приехал без звонка, дома никого не было.'],
  },
  billing: {
    en: ['I was charged twice for the same order.', 'The refund still has not arrived after two weeks.'],
    ru: ['С карты списали дважды за один заказ.', 'Возврат так и не пришёл, прошло уже две недели.'],
  },
  praise: {
    en: ['Your support is the best, thank you for fixing it so fast!'],
    ru: ['Спасибо, поддержка у вас лучшая, всё решили за пять минут!'],
  },
};

// First names and surnames combine into many distinct customers; Russian surnames agree in gender.
const EN_FIRST = ['Emily', 'James', 'Olivia', 'Liam', 'Sophia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan'];
const EN_LAST = ['Carter', 'Wilson', 'Brown', 'Johnson', 'Davis', 'Miller', 'Moore', 'Taylor', 'Clark', 'Hughes'];
const RU_NAMES: [string[], string[]][] = [
  [['Анна', 'Мария', 'Екатерина', 'Ольга', 'Наталья'], ['Смирнова', 'Волкова', 'Лебедева', 'Соколова', 'Кузнецова', 'Новикова']],
  [['Дмитрий', 'Сергей', 'Алексей', 'Иван', 'Андрей'], ['Козлов', 'Морозов', 'Попов', 'Павлов', 'Орлов', 'Зайцев']],
];

function customerName(no: number, ru: boolean): string {
  if (!ru) return `${EN_FIRST[no % EN_FIRST.length]!} ${EN_LAST[Math.floor(no / EN_FIRST.length) % EN_LAST.length]!}`;
  const [first, last] = RU_NAMES[no % 2]!;
  const k = Math.floor(no / 2);
  return `${first[k % first.length]!} ${last[Math.floor(k / first.length) % last.length]!}`;
}

const AGENTS = ['Kate', 'Max', 'Вера', 'Олег'];

// Relative weight of each tag per week, rising or falling so the trend charts have something to say.
const TREND: Record<string, (week: number, weeks: number) => number> = {
  bug: (w, n) => 4 + (8 * w) / n,
  'feature-request': () => 5,
  pricing: (w, n) => 9 - (6 * w) / n,
  ux: (w, n) => (w > n * 0.6 ? 7 : 2),
  performance: () => 2,
  docs: () => 1.5,
  delivery: (w) => 3 + (w % 3),
  billing: () => 3,
  praise: () => 2.5,
};

/** mulberry32: small, fast and good enough to make data look varied. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(rand() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

export interface SampleOptions {
  count?: number;
  /** How many weeks back from `now` the items spread over. */
  weeks?: number;
  now?: number;
  seed?: number;
  /** Defaults to `sample`; benchmarks use others so filters have something to split on. */
  helpdesks?: string[];
  /** Distinct customers to draw from. */
  customers?: number;
}

export function sampleItems(options: SampleOptions = {}): FeedbackItem[] {
  const count = options.count ?? 240;
  const weeks = options.weeks ?? 10;
  const now = options.now ?? Date.now();
  const rand = random(options.seed ?? 42);
  const helpdesks = options.helpdesks ?? [SAMPLE_HELPDESK];
  const customerPool = options.customers ?? 60;
  const tagIds = Object.keys(TREND);
  const items: FeedbackItem[] = [];
  for (let i = 0; i < count; i++) {
    const ageWeeks = Math.floor(rand() * weeks);
    const weekIndex = weeks - 1 - ageWeeks;
    const weights = tagIds.map((t) => TREND[t]!(weekIndex, weeks));
    let pick = rand() * weights.reduce((a, b) => a + b, 0);
    let tag = tagIds[0]!;
    for (let k = 0; k < tagIds.length; k++) {
      pick -= weights[k]!;
      if (pick <= 0) {
        tag = tagIds[k]!;
        break;
      }
    }
    const customerNo = Math.floor(rand() * customerPool);
    // A customer writes in one language: the pool's first half in Russian, the second in English.
    const ru = customerNo < customerPool / 2;
    const name = customerName(customerNo, ru);
    const pool = QUOTES[tag]![ru ? 'ru' : 'en'];
    const quote = pool[Math.floor(rand() * pool.length)]!;
    const helpdesk = helpdesks[customerNo % helpdesks.length]!;
    const ticket = 10_000 + Math.floor(rand() * 90_000);
    const createdAt = Math.floor(now - ageWeeks * 7 * 86_400_000 - rand() * 7 * 86_400_000);
    items.push({
      schemaVersion: ITEM_SCHEMA_VERSION,
      id: uuidFrom(rand),
      tags: [tag],
      quote,
      customer: { name, email: `customer${customerNo}@mail.example`, userId: String(5000 + customerNo) },
      helpdesk,
      ticketId: String(ticket),
      ticketUrl: `https://helpdesk.example/tickets/${ticket}`,
      language: ru ? 'ru' : 'en',
      createdAt: Math.min(createdAt, now),
      agent: AGENTS[Math.floor(rand() * AGENTS.length)]!,
    });
  }
  return items;
}
