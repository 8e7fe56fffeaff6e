/**
 * Match, mismatch or no opinion. A mismatch needs a positive reason: the addressed word is a given
 * name the tables know and not a form of the customer's, or a titled surname that is not theirs, or
 * the right name with someone else's patronymic. Anything unclear is no opinion: a false alarm costs
 * more than a miss.
 */
import type { Address, NameWord } from './addressee';
import { isPatronymic } from './inflect';
import { lookup, lookupDative } from './lexicon';
import { editDistance, latinKey, scriptOf } from './normalize';
import { partHas, wordKeys, type FormCase, type PreparedPart, type PreparedRecord } from './prepare';
import { latinKeysOf } from './translit';

/** Which part of the address is not the customer's. */
export type Part = 'given' | 'surname' | 'patronymic';

export interface Roles {
  given?: NameWord;
  patronymic?: NameWord;
  surname?: NameWord;
  /** The address was in the dative (letter header, "Вадиму — добрый день"). */
  dative: boolean;
}

export type Verdict =
  | { kind: 'match' }
  | { kind: 'unknown' }
  | { kind: 'mismatch'; part: Part; roles: Roles };

const NOMINATIVE: ReadonlySet<FormCase> = new Set(['nom', 'voc']);
const WITH_DATIVE: ReadonlySet<FormCase> = new Set(['nom', 'voc', 'dat']);

const LATIN_PATRONYMIC = /(?:ovich|evich|ovna|evna|ichna)$/i;

function looksPatronymic(word: string): boolean {
  return scriptOf(word) === 'cyr' ? isPatronymic(word) : LATIN_PATRONYMIC.test(word);
}

/** A Latin skeleton to compare spellings across scripts. */
function skeleton(word: string): string {
  return scriptOf(word) === 'cyr' ? (latinKeysOf(word)[0] ?? '') : latinKey(word);
}

/** Close enough that a typo or an unlisted short form is likelier than a different person. */
function resembles(a: string, b: string): boolean {
  const x = skeleton(a);
  const y = skeleton(b);
  if (!x || !y) return false;
  if (x.slice(0, 3) === y.slice(0, 3)) return true;
  return editDistance(x, y, 2) <= 2;
}

function surnameResembles(a: string, b: string): boolean {
  const x = skeleton(a);
  const y = skeleton(b);
  if (!x || !y) return false;
  if (x.length >= 4 && y.length >= 4 && (x.startsWith(y) || y.startsWith(x))) return true;
  return editDistance(x, y, 1) <= 1;
}

function isKnownSingle(word: string, dative: boolean): boolean {
  if (lookup(word).length) return true;
  return dative && lookupDative(word).length > 0;
}

/** A double name (Анна-Мария, Mary-Ann) is known when each of its parts is. */
function isKnownName(word: string, dative: boolean): boolean {
  if (isKnownSingle(word, dative)) return true;
  const parts = word.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 1 && isKnownSingle(p, dative));
}

function anyPart(record: PreparedRecord, keys: string[], allowed: ReadonlySet<FormCase>): boolean {
  return (
    partHas(record.given, keys, allowed) ||
    partHas(record.surname, keys, allowed) ||
    record.others.some((o: PreparedPart) => partHas(o, keys, allowed))
  );
}

function judgeGiven(word: NameWord, record: PreparedRecord, dative: boolean): 'match' | 'mismatch' | 'unknown' {
  const keys = wordKeys(word.text);
  const allowed = dative ? WITH_DATIVE : NOMINATIVE;
  if (partHas(record.given, keys, allowed)) return 'match';
  // Greeting by surname ("Петров, добрый день") or by a name word whose role the record leaves open.
  if (anyPart(record, keys, allowed)) return 'match';
  if (!isKnownName(word.text, dative)) return 'unknown';
  const given = record.given;
  if (!given) return 'unknown';
  const parts = word.text.split('-');
  if (parts.length > 1 && !given.text.includes('-')) {
    // "Mary-Ann" for a plain "Mary": maybe her full name, maybe not.
    if (parts.some((p) => partHas(given, wordKeys(p), allowed))) return 'unknown';
  }
  if (given.known) return 'mismatch';
  return resembles(word.text, given.text) ? 'unknown' : 'mismatch';
}

function judgeRest(rest: NameWord[], record: PreparedRecord, roles: Roles): Verdict {
  const allowed = roles.dative ? WITH_DATIVE : NOMINATIVE;
  for (const word of rest) {
    const keys = wordKeys(word.text);
    if (looksPatronymic(word.text)) {
      roles.patronymic = word;
      const p = record.patronymic;
      if (!p || partHas(p, keys, allowed)) continue;
      if (editDistance(skeleton(word.text), skeleton(p.text), 1) <= 1) continue;
      return { kind: 'mismatch', part: 'patronymic', roles };
    }
    roles.surname = word;
    const s = record.surname;
    if (!s || partHas(s, keys, allowed) || anyPart(record, keys, allowed)) continue;
    if (surnameResembles(word.text, s.text)) continue;
    return { kind: 'mismatch', part: 'surname', roles };
  }
  return { kind: 'match' };
}

export function judge(address: Address, record: PreparedRecord): Verdict {
  const roles: Roles = { dative: address.dative };
  const [first, ...rest] = address.words;
  if (!first) return { kind: 'unknown' };
  const allowed = address.dative ? WITH_DATIVE : NOMINATIVE;

  if (address.title && rest.length === 0) {
    // "Mr Petrov", "господин Иванов": the word after a title is a surname unless it is their given name.
    const keys = wordKeys(first.text);
    if (anyPart(record, keys, allowed)) return { kind: 'match' };
    const surname = record.surname;
    if (surname) {
      if (surnameResembles(first.text, surname.text)) return { kind: 'unknown' };
      roles.surname = first;
      return { kind: 'mismatch', part: 'surname', roles };
    }
    return { kind: 'unknown' };
  }

  const given = judgeGiven(first, record, address.dative);
  if (given === 'unknown') return { kind: 'unknown' };
  roles.given = first;
  if (given === 'mismatch') {
    for (const word of rest) {
      if (looksPatronymic(word.text)) roles.patronymic = word;
      else roles.surname = word;
    }
    return { kind: 'mismatch', part: 'given', roles };
  }
  return judgeRest(rest, record, roles);
}
