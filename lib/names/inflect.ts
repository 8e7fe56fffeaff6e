/**
 * Russian case forms of names, generated forward from the nominative the record gives (there is no
 * reliable way back from a case form). lvovich declines consonant-final names, surnames and
 * patronymics; names in -а/-я (Саша, Никита, Илья, Мария) follow the first declension here, which
 * also covers the male -ша/-ча/-жа names lvovich can get wrong, and female names in -ь (Любовь,
 * Айгуль) follow the third.
 */
import { inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import type { NameGender } from './tables/types';

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'];
type Oblique = Exclude<Case, 'nom'>;
export type CaseForms = Record<Case, string>;

const LVOVICH_CASE = {
  gen: 'genitive',
  dat: 'dative',
  acc: 'accusative',
  ins: 'instrumental',
  pre: 'prepositional',
} as const;

const CONSONANT = 'бвгджзклмнпрстфхцчшщ';
const HUSHING = /[жшчщц]$/;
const VELAR_OR_HUSHING = /[гкхжшчщ]$/;

function same(word: string): CaseForms {
  return { nom: word, gen: word, dat: word, acc: word, ins: word, pre: word };
}

function firstDeclension(word: string): CaseForms {
  const stem = word.slice(0, -1);
  const last = word.slice(-1).toLowerCase();
  if (last === 'я') {
    if (/и$/i.test(stem)) return { nom: word, gen: `${stem}и`, dat: `${stem}и`, acc: `${stem}ю`, ins: `${stem}ей`, pre: `${stem}и` };
    return { nom: word, gen: `${stem}и`, dat: `${stem}е`, acc: `${stem}ю`, ins: `${stem}ей`, pre: `${stem}е` };
  }
  const gen = VELAR_OR_HUSHING.test(stem.toLowerCase()) ? `${stem}и` : `${stem}ы`;
  const ins = HUSHING.test(stem.toLowerCase()) ? `${stem}ей` : `${stem}ой`;
  return { nom: word, gen, dat: `${stem}е`, acc: `${stem}у`, ins, pre: `${stem}е` };
}

function thirdDeclension(word: string): CaseForms {
  const stem = word.slice(0, -1);
  // Любовь keeps its о as documents write it (Любови), which is how a letter would address her.
  return { nom: word, gen: `${stem}и`, dat: `${stem}и`, acc: word, ins: `${stem}ью`, pre: `${stem}и` };
}

function safeCase(fn: () => string, fallback: string): string {
  try {
    const out = fn();
    return typeof out === 'string' && out ? out : fallback;
  } catch {
    return fallback;
  }
}

function declineSingleGiven(word: string, gender: NameGender): CaseForms {
  const lower = word.toLowerCase();
  if (/[ая]$/.test(lower) && lower.length > 1) return firstDeclension(word);
  if (/[оеиуюэы]$/.test(lower)) return same(word);
  if (lower.endsWith('ь') && gender === 'f') return thirdDeclension(word);
  if (gender === 'f') return same(word);
  const out = same(word);
  for (const c of Object.keys(LVOVICH_CASE) as Oblique[]) {
    out[c] = safeCase(() => inclineFirstname(word, LVOVICH_CASE[c], 'male'), word);
  }
  return out;
}

/** All six cases of a Cyrillic given name (each part of a double name declines: Анне-Марии). */
export function givenNameCases(name: string, gender: NameGender): CaseForms {
  const parts = name.split('-');
  if (parts.length === 1) return declineSingleGiven(name, gender);
  const declined = parts.map((p) => declineSingleGiven(p, gender));
  const out = same(name);
  for (const c of CASES) out[c] = declined.map((d) => d[c]).join('-');
  return out;
}

export function surnameCases(surname: string, gender: NameGender): CaseForms {
  const out = same(surname);
  const lvGender = gender === 'f' ? 'female' : 'male';
  for (const c of Object.keys(LVOVICH_CASE) as Oblique[]) {
    out[c] = safeCase(() => inclineLastname(surname, LVOVICH_CASE[c], lvGender), surname);
  }
  return out;
}

export function patronymicCases(patronymic: string, gender: NameGender): CaseForms {
  const out = same(patronymic);
  const lvGender = gender === 'f' ? 'female' : 'male';
  for (const c of Object.keys(LVOVICH_CASE) as Oblique[]) {
    out[c] = safeCase(() => inclineMiddlename(patronymic, LVOVICH_CASE[c], lvGender), patronymic);
  }
  return out;
}

function syllables(word: string): number {
  return (word.toLowerCase().match(/[аеёиоуыэюя]/g) ?? []).length;
}

/**
 * The colloquial truncated vocative: Саша → Саш, Катя → Кать, Женя → Жень, Серёжа → Серёж. Only for
 * names of up to three syllables ending in a consonant + а/я; nobody says "Екатерин".
 */
export function truncatedVocative(form: string): string | null {
  const lower = form.toLowerCase();
  const last = lower.slice(-1);
  const prev = lower.slice(-2, -1);
  if ((last !== 'а' && last !== 'я') || !CONSONANT.includes(prev) || !prev) return null;
  if (syllables(lower) > 3 || lower.length < 4) return null;
  const stem = form.slice(0, -1);
  if (last === 'я' && !HUSHING.test(prev)) return `${stem}ь`;
  return stem;
}

const PATRONYMIC = /(?:(?:ович|евич|ьич|ич)(?:а|у|ем|ом|е)?|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою))$/;

/** Looks like a Russian patronymic in any case (Сергеевич, Викторовне, Ильича). */
export function isPatronymic(word: string): boolean {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  return lower.length >= 5 && PATRONYMIC.test(lower);
}

export function patronymicGender(word: string): NameGender | null {
  const lower = word.toLowerCase();
  if (/(?:вна|ична|инична)$/.test(lower)) return 'f';
  if (/(?:вич|ьич|ич)$/.test(lower)) return 'm';
  return null;
}

const SLAVIC_SURNAME =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая|енко|ко|ук|юк|чук|ян|янц|дзе|швили|ич)$|(?:ov|ev|in|yn|ova|eva|ina|yna|sky|skiy|skaya|enko|uk|yuk|chuk|yan|dze|shvili|vich)$/i;

/** Ends like a surname from Russia and its neighbours (Петров, Kuznetsova, Шевчук, Beridze). */
export function looksSlavicSurname(word: string): boolean {
  return SLAVIC_SURNAME.test(word);
}

/** The gender a Russian-style surname form shows (Петрова, Petrov), if any. */
export function surnameGender(surname: string): NameGender | undefined {
  if (/(?:ова|ева|ёва|ина|ына|ая|ova|eva|ina|yna|aya)$/i.test(surname)) return 'f';
  if (/(?:ов|ев|ёв|ин|ын|ий|ой|ov|ev|in|yn|iy|sky)$/i.test(surname)) return 'm';
  return undefined;
}

/** Female and male forms of a Russian-style surname: Петров/Петрова, Лаптев/Лаптева, Белый/Белая. */
export function surnameGenderForms(surname: string): string[] {
  const forms = [surname];
  const m = /^(.*(?:ов|ев|ёв|ин|ын))(а)?$/i.exec(surname);
  if (m?.[1] && m[1].length > 3) forms.push(m[2] ? m[1] : `${m[1]}а`);
  const adj = /^(.*(?:ск|цк))(ий|ая|ой)$/i.exec(surname);
  if (adj?.[1]) forms.push(`${adj[1]}ий`, `${adj[1]}ая`, `${adj[1]}ой`);
  const lat = /^(.*(?:ov|ev|in|yn))(a)?$/i.exec(surname);
  if (lat?.[1] && lat[1].length > 3) forms.push(lat[2] ? lat[1] : `${lat[1]}a`);
  const latAdj = /^(.*(?:sk|tsk))(iy|y|ii|i|aya|aia|ij)$/i.exec(surname);
  if (latAdj?.[1]) forms.push(`${latAdj[1]}y`, `${latAdj[1]}iy`, `${latAdj[1]}aya`, `${latAdj[1]}i`);
  return [...new Set(forms)];
}
