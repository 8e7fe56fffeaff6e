/**
 * The name tables as lookups, built once on first use. This module pulls in the heavy tables, so only
 * the name check (background worker) imports it; the content script never does.
 */
import { cyrKey, latinKey, scriptOf } from './normalize';
import { givenNameCases, truncatedVocative } from './inflect';
import { latinKeysOf } from './translit';
import { EN_NAMES } from './tables/en';
import { RU_NAMES, RU_TRANSCRIPTIONS } from './tables/ru';
import type { NameGender, NameRow } from './tables/types';
import { WORLD_NAMES } from './tables/world';

export interface NameEntry {
  id: number;
  /** Full form first, then spelling variants, as the table writes them. */
  full: string[];
  short: string[];
  gender: NameGender;
  script: 'cyr' | 'lat';
  /** Entries for the same name in other languages (Александр ↔ Alexander). */
  links: number[];
  /** A foreign name in Russian spelling (Майкл), rather than a Russian name (Михаил). */
  transcription: boolean;
}

/** How a word relates to an entry: its full name, a short form, a truncated vocative, or a case form. */
export type HitKind = 'full' | 'short' | 'vocative' | 'dative';
export interface Hit {
  entry: number;
  kind: HitKind;
}

interface Lexicon {
  entries: NameEntry[];
  /** Cyrillic key → hits. */
  cyr: Map<string, Hit[]>;
  /** Latin skeleton → hits, including the transliterations of Cyrillic names. */
  lat: Map<string, Hit[]>;
  dative?: Map<string, Hit[]>;
}

let lexicon: Lexicon | undefined;

function add(map: Map<string, Hit[]>, key: string, hit: Hit): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.some((h) => h.entry === hit.entry && h.kind === hit.kind)) list.push(hit);
}

function words(field: string | undefined): string[] {
  return field ? field.split(/\s+/).filter(Boolean) : [];
}

function build(): Lexicon {
  const entries: NameEntry[] = [];
  const cyr = new Map<string, Hit[]>();
  const lat = new Map<string, Hit[]>();
  const pendingLinks: Array<[number, string[]]> = [];
  const rows: Array<[NameRow, boolean]> = [
    ...RU_NAMES.map((r): [NameRow, boolean] => [r, false]),
    ...RU_TRANSCRIPTIONS.map((r): [NameRow, boolean] => [r, true]),
    ...[...EN_NAMES, ...WORLD_NAMES].map((r): [NameRow, boolean] => [r, false]),
  ];
  for (const [[fullField, gender, shortField, equivalents], transcription] of rows) {
    const full = words(fullField);
    const first = full[0];
    if (!first) continue;
    const id = entries.length;
    const script = scriptOf(first) === 'cyr' ? 'cyr' : 'lat';
    const short = words(shortField);
    entries.push({ id, full, short, gender, script, links: [], transcription });
    const forms: Array<[string, HitKind]> = [
      ...full.map((f): [string, HitKind] => [f, 'full']),
      ...short.map((f): [string, HitKind] => [f, 'short']),
    ];
    for (const [form, kind] of forms) {
      if (script === 'cyr') {
        add(cyr, cyrKey(form), { entry: id, kind });
        for (const key of latinKeysOf(form)) add(lat, key, { entry: id, kind });
        const voc = truncatedVocative(form);
        if (voc) add(cyr, cyrKey(voc), { entry: id, kind: 'vocative' });
      } else {
        add(lat, latinKey(form), { entry: id, kind });
      }
    }
    const eq = words(equivalents);
    if (eq.length) pendingLinks.push([id, eq]);
  }
  for (const [id, eq] of pendingLinks) {
    const self = entries[id];
    if (!self) continue;
    for (const word of eq) {
      for (const hit of lat.get(latinKey(word)) ?? []) {
        const other = entries[hit.entry];
        if (!other || other.id === id || hit.kind !== 'full' || other.script !== 'lat') continue;
        if (!self.links.includes(other.id)) self.links.push(other.id);
        if (!other.links.includes(id)) other.links.push(id);
      }
    }
  }
  return { entries, cyr, lat };
}

function get(): Lexicon {
  lexicon ??= build();
  return lexicon;
}

/** Builds the lookups now (the worker can call this when idle so the first check is quick). */
export function warmLexicon(): void {
  get();
}

export function entry(id: number): NameEntry | undefined {
  return get().entries[id];
}

/** Entries a word names, in nominative or truncated vocative ("Саш"), in either script. */
export function lookup(word: string): Hit[] {
  const lex = get();
  const script = scriptOf(word);
  if (script === 'cyr') return lex.cyr.get(cyrKey(word)) ?? [];
  if (script === 'lat') return lex.lat.get(latinKey(word)) ?? [];
  return [];
}

/** The word is a given name in the tables, full or short ("Vadim", "Саша"). */
export function isKnownGiven(word: string): boolean {
  return lookup(word).some((h) => h.kind === 'full' || h.kind === 'short');
}

/** The gender the tables give a name; `u` when its rows disagree (Саша, Женя). */
export function givenGender(word: string): NameGender | undefined {
  const genders = new Set<NameGender>();
  for (const h of lookup(word)) {
    if (h.kind !== 'full' && h.kind !== 'short') continue;
    const e = entry(h.entry);
    if (e) genders.add(e.gender);
  }
  return genders.size === 1 ? [...genders][0] : genders.size ? 'u' : undefined;
}

/** Entries whose dative a Cyrillic word is ("Сергею" → Сергей), for dative headers. */
export function lookupDative(word: string): Hit[] {
  if (scriptOf(word) !== 'cyr') return [];
  const lex = get();
  if (!lex.dative) {
    const dative = new Map<string, Hit[]>();
    for (const e of lex.entries) {
      if (e.script !== 'cyr') continue;
      for (const form of [...e.full, ...e.short]) {
        const dat = givenNameCases(form, e.gender).dat;
        if (dat !== form) add(dative, cyrKey(dat), { entry: e.id, kind: 'dative' });
      }
    }
    lex.dative = dative;
  }
  return lex.dative.get(cyrKey(word)) ?? [];
}

/** An entry with the entries linked to it (same name, other language). */
export function withLinks(ids: Iterable<number>): Set<number> {
  const out = new Set<number>();
  for (const id of ids) {
    out.add(id);
    for (const link of entry(id)?.links ?? []) out.add(link);
  }
  return out;
}

/** Number of rows and distinct written forms, for the report and tests. */
export function lexiconStats(): { entries: number; forms: number } {
  const lex = get();
  let forms = 0;
  for (const e of lex.entries) forms += e.full.length + e.short.length;
  return { entries: lex.entries.length, forms };
}
