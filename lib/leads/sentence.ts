/**
 * The sentence a lead can paste into a report: "45 customers said in the week of 3 Nov: bug — “…”".
 * Numbers come from distinct customers, not items, because "45 customers" is the claim a reader
 * will act on.
 */
import { defineMessages, type Locale } from '../i18n';
import { DAY_MS, ymd } from './weeks';

const t = defineMessages(
  {
    customersSaid: { one: '{n} customer said', other: '{n} customers said' },
    sentence: '{who} in the week of {date}: {tag}',
    withQuote: '{who} in the week of {date}: {tag} — “{quote}”',
    more: { one: ' and {n} more quote', other: ' and {n} more quotes' },
    changeUp: '+{n} ({pct}) on the week before',
    changeUpFromZero: '+{n} on the week before (none then)',
    changeDown: '−{n} ({pct}) on the week before',
    changeSame: 'same as the week before',
  },
  {
    customersSaid: {
      one: '{n} клиент сказал',
      few: '{n} клиента сказали',
      many: '{n} клиентов сказали',
      other: '{n} клиента сказали',
    },
    sentence: '{who} на неделе с {date}: {tag}',
    withQuote: '{who} на неделе с {date}: {tag} — «{quote}»',
    more: { one: ' и ещё {n} цитата', few: ' и ещё {n} цитаты', many: ' и ещё {n} цитат', other: ' и ещё {n} цитаты' },
    changeUp: '+{n} ({pct}) к прошлой неделе',
    changeUpFromZero: '+{n} к прошлой неделе (тогда не было)',
    changeDown: '−{n} ({pct}) к прошлой неделе',
    changeSame: 'как на прошлой неделе',
  },
);

const numberFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};
export function formatCount(n: number, locale: Locale): string {
  return (numberFormats[locale] ??= new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB')).format(n);
}

const percentFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};
/** "36%" / "36 %" (Russian puts a space before the sign), without the sign of the change. */
export function formatPercent(ratio: number, locale: Locale): string {
  const f = (percentFormats[locale] ??= new Intl.NumberFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }));
  return f.format(Math.abs(ratio));
}

/**
 * "3 Nov" / "3 ноября" (Russian dates take the genitive month, which Intl gives with `month: 'long'`),
 * with the year when it is not the reference year. The Monday is an epoch day, formatted in UTC so
 * the zone the week was counted in is not applied twice.
 */
export function formatWeekDate(monday: number, locale: Locale, referenceYear?: number): string {
  const withYear = referenceYear !== undefined && ymd(monday).year !== referenceYear;
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    day: 'numeric',
    month: locale === 'ru' ? 'long' : 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  };
  return new Intl.DateTimeFormat(locale === 'ru' ? 'ru-RU' : 'en-GB', options).format(monday * DAY_MS);
}

/** Lower-cases a label's first letter for mid-sentence use, leaving acronyms ("UX / design") alone. */
export function midSentence(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)];
  if (a && b && a === a.toUpperCase() && b !== b.toLowerCase() && b === b.toUpperCase()) return label;
  return a.toLowerCase() + label.slice(1);
}

export function shortQuote(quote: string, max = 120): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, '')}…`;
}

export interface SentenceInput {
  customers: number;
  monday: number;
  tagLabel: string;
  /** The quote to show, usually the newest in the cell. */
  quote?: string;
  /** Items in the cell, for "and N more quotes". */
  items?: number;
  /** Year of "now": the date gets a year only when the week is in another one. */
  referenceYear?: number;
}

export function feedbackSentence(input: SentenceInput, locale: Locale): string {
  const tr = t.in(locale);
  const who = tr('customersSaid', { count: input.customers, n: formatCount(input.customers, locale) });
  const date = formatWeekDate(input.monday, locale, input.referenceYear);
  const tag = midSentence(input.tagLabel);
  if (!input.quote) return tr('sentence', { who, date, tag });
  const base = tr('withQuote', { who, date, tag, quote: shortQuote(input.quote) });
  const more = (input.items ?? 1) - 1;
  return more > 0 ? base + tr('more', { count: more, n: formatCount(more, locale) }) : base;
}

/** "+12 (+36%) on the week before" — what the table's change column and the tooltips say. */
export function changeText(delta: number, ratio: number | null, locale: Locale): string {
  const tr = t.in(locale);
  if (delta === 0) return tr('changeSame');
  const n = formatCount(Math.abs(delta), locale);
  if (ratio === null) return tr('changeUpFromZero', { n });
  return tr(delta > 0 ? 'changeUp' : 'changeDown', { n, pct: `${delta > 0 ? '+' : '−'}${formatPercent(ratio, locale)}` });
}
