/**
 * Folding names so that spellings of one name compare equal: case, ё/е, accents, and the many ways
 * of writing a Russian name in Latin letters.
 */
import { boundedMemo } from '../platform/memo';

/** Characters that change nothing visible: zero-width spaces and joiners, soft hyphens, bidi marks. */
export const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

export type Script = 'cyr' | 'lat' | 'mixed' | 'none';

const ONLY_CYR = /^[\p{Script=Cyrillic}\p{M}'’\-]+$/u;
const ONLY_LAT = /^[\p{Script=Latin}\p{M}'’\-]+$/u;
const HAS_LETTER = /\p{L}/u;
const FOREIGN_LETTER = /[^\P{L}\p{Script=Cyrillic}\p{Script=Latin}]/u;

/** The script of a word's letters; `mixed` (Вадuм) is treated as garbage, never as a name. */
const PLAIN_CYR = /^[а-яА-ЯёЁ]+(?:-[а-яА-ЯёЁ]+)*$/;
const PLAIN_LAT = /^[a-zA-Z]+(?:-[a-zA-Z]+)*$/;

export function scriptOf(word: string): Script {
  if (PLAIN_CYR.test(word)) return 'cyr';
  if (PLAIN_LAT.test(word)) return 'lat';
  if (ONLY_CYR.test(word)) return HAS_LETTER.test(word) ? 'cyr' : 'none';
  if (ONLY_LAT.test(word)) return HAS_LETTER.test(word) ? 'lat' : 'none';
  if (!HAS_LETTER.test(word)) return 'none';
  const lettersOnly = word.replace(/[^\p{L}]/gu, '');
  if (FOREIGN_LETTER.test(lettersOnly)) return 'mixed';
  const cyr = /\p{Script=Cyrillic}/u.test(lettersOnly);
  const lat = /\p{Script=Latin}/u.test(lettersOnly);
  if (cyr && lat) return 'mixed';
  return cyr ? 'cyr' : lat ? 'lat' : 'none';
}

/**
 * A Cyrillic word as a lookup key: lower case, ё→е, stress marks dropped, and the Ukrainian and
 * Belarusian letters folded to their Russian neighbours so "Сергій" finds "Сергий".
 */
const PLAIN_RUSSIAN = /^[а-яА-ЯёЁ-]+$/;

export function cyrKey(word: string): string {
  if (PLAIN_RUSSIAN.test(word)) {
    const lower = word.toLowerCase();
    return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
  }
  return word
    .toLowerCase()
    .normalize('NFD')
    // stress marks only: й and ё are letters of their own (their marks recompose below)
    .replace(/[\u0300\u0301]/g, '')
    .normalize('NFC')
    .replace(/ё/g, 'е')
    .replace(/[іїı]/g, 'и')
    .replace(/є/g, 'е')
    .replace(/ґ/g, 'г')
    .replace(/ў/g, 'у')
    .replace(/[^\p{L}-]/gu, '');
}

/**
 * A Latin word reduced to a skeleton that the usual transliterations of one Russian name share:
 * Dmitry/Dmitriy/Dmitrii/Dmitrij, Yulia/Yuliya/Julia/Iuliia, Yevgeny/Evgeniy, Fyodor/Fedor,
 * Alyona/Alena, Natalya/Natalia, Viktor/Victor, Aleksey/Alexei. Accents fold too (José/Jose, Zoë/Zoe).
 * The skeleton keeps what tells names apart: the ending (Evgeni/Evgenia) and the consonants.
 * Remembered: a chain of twenty replacements, and the greeting's words are keyed on every check.
 */
export const latinKey: (word: string) => string = boundedMemo(computeLatinKey, 5_000);

function computeLatinKey(word: string): string {
  let s = word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/[øœ]/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  s = s
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/shch|shh|sch/g, 'S')
    .replace(/tch/g, 'C')
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/zh/g, 'Z')
    .replace(/kh/g, 'h')
    .replace(/t[sz]/g, 'T')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/c/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/^ie/, 'e')
    // ё after a consonant is written yo, io, jo or e: Fyodor, Fiodor, Fedor.
    .replace(/([^aeiou])io/g, '$1e')
    .replace(/(.)\1+/g, '$1');
  return s;
}

export function isLower(word: string): boolean {
  return word === word.toLowerCase() && word !== word.toUpperCase();
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Starts with a capital letter (Анна, McDonald, ANNA). */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** "anna" → "Anna", "АННА-МАРИЯ" → "Анна-Мария". */
export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-\s'’])(\p{L})/gu, (_all, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Writes `text` in the letter case of `model`: chat-style lower case, shouting upper case, or Title Case. */
export function matchLetterCase(text: string, model: string): string {
  if (isLower(model)) return text.toLowerCase();
  if (isUpper(model) && model.replace(/[^\p{L}]/gu, '').length > 1) return text.toUpperCase();
  return text;
}

/** Edit distance, capped: returns `cap + 1` as soon as the distance must exceed `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length] ?? cap + 1;
}
