/**
 * Who the customer is: the record's name in any order and case, with the helpdesk's extra text cut
 * off ("Анна | Магазин цветов", "Vadim Petrov (Acme Ltd)"), or, when the name field is unusable, a
 * name the email address clearly holds ("vadim.petrov@" → Vadim Petrov).
 */
import type { Localized } from '../i18n';
import type { CustomerRecord } from '../check/types';
import { nameFromEmail } from './email';
import { isPatronymic, looksSlavicSurname, patronymicGender, surnameGender } from './inflect';
import { givenGender, isKnownGiven } from './lexicon';
import { scriptOf, stripInvisible, titleCase } from './normalize';
import type { NameGender } from './tables/types';
import { COMPANY_MARKERS, NAME_SUFFIXES, PLACEHOLDERS, TITLES } from './words';

export interface CustomerName {
  given?: string;
  surname?: string;
  patronymic?: string;
  /** Name words whose role is unclear (a single unknown word); they can match, never mismatch. */
  others: string[];
  gender?: NameGender;
  /** Where the name came from. */
  source: 'name' | 'email';
}

export type UnusableReason = 'empty' | 'placeholder' | 'phone' | 'email' | 'company' | 'garbage';

export type RecordDescription =
  | { usable: true; name: CustomerName; /** the record as the helpdesk shows it */ display: string }
  | { usable: false; reason: UnusableReason; display: string; message: Localized };

/** Longer name fields are cut: no real name is this long, and the cost must stay bounded. */
const MAX_NAME_CHARS = 200;

const REASONS: Record<UnusableReason, Localized> = {
  empty: {
    en: 'Name check is off: the customer record has no name.',
    ru: 'Проверка имени выключена: в карточке клиента нет имени.',
  },
  placeholder: {
    en: 'Name check is off: the customer record has a placeholder instead of a name.',
    ru: 'Проверка имени выключена: в карточке клиента вместо имени заглушка.',
  },
  phone: {
    en: 'Name check is off: the customer record has a phone number instead of a name.',
    ru: 'Проверка имени выключена: в карточке клиента вместо имени номер телефона.',
  },
  email: {
    en: 'Name check is off: the customer record has only an email that holds no name.',
    ru: 'Проверка имени выключена: в карточке клиента только email, имени в нём нет.',
  },
  company: {
    en: 'Name check is off: the customer record names a company, not a person.',
    ru: 'Проверка имени выключена: в карточке клиента компания, а не человек.',
  },
  garbage: {
    en: 'Name check is off: the customer record has no usable name.',
    ru: 'Проверка имени выключена: в карточке клиента нет пригодного имени.',
  },
};

function clean(text: string | null | undefined): string {
  if (typeof text !== 'string') return '';
  return stripInvisible(text.slice(0, MAX_NAME_CHARS * 2).normalize('NFC'))
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_CHARS);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+()\d\s.\-–]+$/;

/** A name the record gives in brackets or quotes: 'William "Bob" Hart', "Jiang Li (Jenny)". */
function nickname(name: string): string | undefined {
  const m = /[("“«]\s*(\p{L}+(?:[-'’]\p{L}+)?)\s*[)"”»]/u.exec(name);
  const word = m?.[1];
  if (!word || COMPANY_MARKERS.has(word.toLowerCase()) || PLACEHOLDERS.has(word.toLowerCase())) return undefined;
  const script = scriptOf(word);
  return script === 'cyr' || script === 'lat' ? word : undefined;
}

/** The record's name with the helpdesk's additions cut off; "Surname, Given" comes back given-first. */
function personPart(name: string): { text: string; givenFirst: boolean } {
  const cut = name.replace(/\s*["“«][^"”»]*["”»]\s*/gu, ' ').split(/\s*[|([<{/\\;«"“„]|\s[-–—]\s|\s@/)[0] ?? '';
  const parts = cut.split(',').map((p) => p.trim());
  if (parts.length === 2 && parts[0] && parts[1] && !/\s/.test(parts[0]) && parts[1].split(' ').length <= 2) {
    return { text: `${parts[1]} ${parts[0]}`, givenFirst: true };
  }
  return { text: parts[0] ?? '', givenFirst: false };
}

/** Splits a cleaned name into roles: given, patronymic, surname, or unclear. */
function parsePersonName(text: string, givenFirst: boolean, source: 'name' | 'email'): CustomerName | null {
  let titleGender: NameGender | undefined;
  const tokens: string[] = [];
  for (const raw of text.split(' ')) {
    // Initials (V., В.С.) carry no name to compare.
    if (/^\p{L}\.?$|^(?:\p{L}\.){2,3}$/u.test(raw)) continue;
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (!word) continue;
    const k = word.toLowerCase().replace(/\.$/, '');
    const title = TITLES.get(k);
    if (title) {
      if (title.gender !== 'u') titleGender = title.gender;
      continue;
    }
    if (NAME_SUFFIXES.has(k)) continue;
    if (!/^\p{L}+(?:[-'’]\p{L}+)*$/u.test(word) || word.length > 40) return null;
    const script = scriptOf(word);
    if (script !== 'cyr' && script !== 'lat') return null;
    tokens.push(word);
  }
  if (!tokens.length || tokens.length > 5) return null;
  const words = tokens.map((t) => (t === t.toUpperCase() || t === t.toLowerCase() ? titleCase(t) : t));
  const out: CustomerName = { others: [], source };

  const p = words.findIndex((w, i) => i > 0 && isPatronymic(w));
  if (p > 0) {
    out.patronymic = words[p];
    out.given = words[p - 1];
    const rest = words.filter((_, i) => i !== p && i !== p - 1);
    if (rest[0]) out.surname = rest[0];
    out.others.push(...rest.slice(1));
  } else if (words.length === 1) {
    const only = words[0] ?? '';
    if (isKnownGiven(only)) out.given = only;
    else if (looksSlavicSurname(only)) out.surname = only;
    else out.others.push(only);
  } else if (givenFirst) {
    out.surname = words[words.length - 1];
    out.given = words[0];
    out.others.push(...words.slice(1, -1));
  } else {
    const [a = '', b = ''] = words;
    const knownA = isKnownGiven(a);
    const knownB = isKnownGiven(b);
    const surnameFirstGuess = (!knownA && knownB) || (knownA === knownB && looksSlavicSurname(a) && !looksSlavicSurname(b));
    if (surnameFirstGuess) {
      out.surname = a;
      out.given = b;
    } else {
      out.given = a;
      out.surname = words[words.length - 1];
    }
    out.others.push(...words.filter((w) => w !== out.given && w !== out.surname));
  }

  out.gender =
    (out.given ? givenGender(out.given) : undefined) ??
    (out.patronymic ? patronymicGender(out.patronymic) ?? undefined : undefined) ??
    (out.surname ? surnameGender(out.surname) : undefined) ??
    titleGender;
  if (out.gender === 'u') {
    out.gender =
      (out.patronymic ? patronymicGender(out.patronymic) ?? undefined : undefined) ??
      (out.surname ? surnameGender(out.surname) : undefined) ??
      titleGender ??
      'u';
  }
  return out;
}

function unusable(reason: UnusableReason, display: string): RecordDescription {
  return { usable: false, reason, display, message: REASONS[reason] };
}

/** A name from the email when the name field has none; the email is then what the record shows. */
function fromEmail(email: string, fallback: UnusableReason, display: string): RecordDescription {
  const name = EMAIL.test(email) ? nameFromEmail(email) : null;
  if (name) return { usable: true, name, display: email };
  return unusable(fallback, display || email);
}

/** Whether the record names a person the check can compare with, and if not, why (for the popup). */
export function describeRecord(record: CustomerRecord | null | undefined): RecordDescription {
  const name = clean(record?.name);
  const email = clean(record?.email);
  if (!name) return email ? fromEmail(email, 'email', email) : unusable('empty', '');
  if (name.includes('@') && EMAIL.test(name.split(' ')[0] ?? '')) return fromEmail(name.split(' ')[0] ?? '', 'email', name);
  if (PHONE.test(name) && (name.match(/\d/g) ?? []).length >= 5) return email ? fromEmail(email, 'phone', name) : unusable('phone', name);

  const { text, givenFirst } = personPart(name);
  const lowered = text.toLowerCase().replace(/ё/g, 'е');
  const words = lowered.split(/[\s.,]+/).filter(Boolean);
  const reasonIfNone: UnusableReason = words.some((w) => COMPANY_MARKERS.has(w))
    ? 'company'
    : words.length && words.every((w) => PLACEHOLDERS.has(w) || /\d/.test(w))
      ? 'placeholder'
      : 'garbage';
  if (reasonIfNone !== 'garbage' || /\d/.test(text)) return email ? fromEmail(email, reasonIfNone, name) : unusable(reasonIfNone, name);

  const parsed = parsePersonName(text, givenFirst, 'name');
  if (parsed && (parsed.given || parsed.surname || parsed.others.length)) {
    const nick = nickname(name);
    if (nick) parsed.others.push(nick);
    return { usable: true, name: parsed, display: name };
  }
  return email ? fromEmail(email, 'garbage', name) : unusable('garbage', name);
}
