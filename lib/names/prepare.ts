/**
 * A record made ready for comparison: every form its names can take in a greeting — full and short
 * forms, other scripts, the dative and the truncated vocative — as lookup keys. Built once per record
 * and cached, since the same ticket is checked on every keystroke.
 */
import type { CustomerRecord } from '../check/types';
import {
  givenNameCases,
  looksSlavicSurname,
  patronymicCases,
  surnameCases,
  surnameGender,
  surnameGenderForms,
  truncatedVocative,
} from './inflect';
import { entry, lookup, withLinks } from './lexicon';
import { cyrKey, editDistance, latinKey, scriptOf } from './normalize';
import { describeRecord, type CustomerName, type RecordDescription } from './record';
import type { NameGender } from './tables/types';
import { latinKeysOf, slavicToCyrillic } from './translit';

/** The grammatical slot a form fits: nominative, truncated vocative (Саш), dative (Вадиму). */
export type FormCase = 'nom' | 'voc' | 'dat';

export interface PreparedPart {
  /** As the record writes it. */
  text: string;
  forms: Map<string, Set<FormCase>>;
}

export interface PreparedGiven extends PreparedPart {
  /** Table entries for the name, with their other-language links. */
  entries: Set<number>;
  /** The tables know the name, so a different known name is surely someone else. */
  known: boolean;
  /** Cyrillic spelling for Russian drafts when the record is in Latin letters (Vadim → Вадим). */
  cyrillic?: string;
}

export interface PreparedRecord {
  display: string;
  name: CustomerName;
  gender: NameGender;
  given?: PreparedGiven;
  surname?: PreparedPart;
  patronymic?: PreparedPart;
  others: PreparedPart[];
}

function put(forms: Map<string, Set<FormCase>>, key: string, c: FormCase): void {
  if (!key) return;
  const set = forms.get(key);
  if (set) set.add(c);
  else forms.set(key, new Set([c]));
}

function addGivenForm(forms: Map<string, Set<FormCase>>, word: string, gender: NameGender): void {
  if (scriptOf(word) === 'cyr') {
    put(forms, cyrKey(word), 'nom');
    put(forms, cyrKey(givenNameCases(word, gender).dat), 'dat');
    const voc = truncatedVocative(word);
    if (voc) put(forms, cyrKey(voc), 'voc');
    for (const k of latinKeysOf(word)) put(forms, k, 'nom');
  } else {
    put(forms, latinKey(word), 'nom');
  }
}

/**
 * How a Latin record name is written in a Russian draft: the Russian row it transliterates (Vadim →
 * Вадим), else the linked row closest in spelling. A customer with a Russian-looking surname gets the
 * Russian name (Alexander Zuev → Александр), anyone else its transcription (Michael Brown → Майкл).
 */
function cyrillicSpelling(given: string, surname: string | undefined, entries: Set<number>): string | undefined {
  const key = latinKey(given);
  const russian = !surname || looksSlavicSurname(surname);
  let best: { form: string; score: number } | undefined;
  for (const id of entries) {
    const e = entry(id);
    if (!e || e.script !== 'cyr') continue;
    for (const form of e.full) {
      for (const k of latinKeysOf(form)) {
        // Every row here is this name or linked to it; spelling distance only breaks ties.
        const distance = k === key ? 0 : editDistance(k, key, 8);
        const score = distance + (distance > 0 && e.transcription === russian ? 10 : 0);
        if (!best || score < best.score) best = { form, score };
      }
    }
  }
  return best?.form;
}

function prepareGiven(given: string, surname: string | undefined, gender: NameGender): PreparedGiven {
  const forms = new Map<string, Set<FormCase>>();
  const words = [given, ...(given.includes('-') ? given.split('-').filter((p) => p.length > 1) : [])];
  const ids = new Set<number>();
  for (const w of words) {
    addGivenForm(forms, w, gender);
    for (const h of lookup(w)) if (h.kind === 'full' || h.kind === 'short') ids.add(h.entry);
  }
  const entries = withLinks(ids);
  for (const id of entries) {
    const e = entry(id);
    if (!e) continue;
    for (const form of [...e.full, ...e.short]) addGivenForm(forms, form, e.gender === 'u' ? gender : e.gender);
  }
  const cyrillic = scriptOf(given) === 'lat' ? cyrillicSpelling(given, surname, entries) : undefined;
  return { text: given, forms, entries, known: ids.size > 0, cyrillic };
}

function prepareSurname(surname: string, gender: NameGender): PreparedPart {
  const forms = new Map<string, Set<FormCase>>();
  for (const form of surnameGenderForms(surname)) {
    const g = surnameGender(form) ?? gender;
    if (scriptOf(form) === 'cyr') {
      put(forms, cyrKey(form), 'nom');
      put(forms, cyrKey(surnameCases(form, g).dat), 'dat');
      for (const k of latinKeysOf(form)) put(forms, k, 'nom');
    } else {
      put(forms, latinKey(form), 'nom');
      const cyr = looksSlavicSurname(form) ? slavicToCyrillic(form) : null;
      if (cyr) {
        put(forms, cyrKey(cyr), 'nom');
        put(forms, cyrKey(surnameCases(cyr, g).dat), 'dat');
      }
    }
  }
  return { text: surname, forms };
}

function preparePatronymic(patronymic: string, gender: NameGender): PreparedPart {
  const forms = new Map<string, Set<FormCase>>();
  if (scriptOf(patronymic) === 'cyr') {
    put(forms, cyrKey(patronymic), 'nom');
    put(forms, cyrKey(patronymicCases(patronymic, gender).dat), 'dat');
    for (const k of latinKeysOf(patronymic)) put(forms, k, 'nom');
  } else {
    put(forms, latinKey(patronymic), 'nom');
  }
  return { text: patronymic, forms };
}

function prepare(description: RecordDescription): PreparedRecord | null {
  if (!description.usable) return null;
  const { name } = description;
  const gender = name.gender ?? 'u';
  const others = name.others.map((o): PreparedPart => {
    const forms = new Map<string, Set<FormCase>>();
    addGivenForm(forms, o, gender);
    return { text: o, forms };
  });
  return {
    display: description.display,
    name,
    gender,
    given: name.given ? prepareGiven(name.given, name.surname, gender) : undefined,
    surname: name.surname ? prepareSurname(name.surname, gender) : undefined,
    patronymic: name.patronymic ? preparePatronymic(name.patronymic, gender) : undefined,
    others,
  };
}

const CACHE_SIZE = 64;
const cache = new Map<string, PreparedRecord | null>();

/** The prepared record, from a small cache keyed by what the record says. */
export function prepareRecord(record: CustomerRecord | null | undefined): PreparedRecord | null {
  const name = typeof record?.name === 'string' ? record.name : '';
  const email = typeof record?.email === 'string' ? record.email : '';
  const key = `${name.slice(0, 500)}\u0000${email.slice(0, 500)}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Refresh its place so the tickets in use stay cached.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const prepared = prepare(describeRecord(record));
  cache.set(key, prepared);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return prepared;
}

/** Keys a draft word is compared by: its own script's key, and for Cyrillic also its transliterations. */
export function wordKeys(word: string): string[] {
  const script = scriptOf(word);
  if (script === 'cyr') return [cyrKey(word), ...latinKeysOf(word)];
  if (script === 'lat') return [latinKey(word)];
  return [];
}

/** The word is one of the part's forms in one of the allowed slots. */
export function partHas(part: PreparedPart | undefined, keys: readonly string[], allowed: ReadonlySet<FormCase>): boolean {
  if (!part) return false;
  for (const k of keys) {
    const cases = part.forms.get(k);
    if (cases) for (const c of cases) if (allowed.has(c)) return true;
  }
  return false;
}
