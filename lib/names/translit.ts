/**
 * Cyrillic ↔ Latin for names. Cyrillic → Latin runs the standard schemes (iuliia) and folds the
 * results to skeletons, so any of the spellings customers and agents use finds the name. Latin →
 * Cyrillic is unreliable in general; it is used only to show a Russian-looking surname in a Russian
 * draft (Petrov → Петров), never to decide a match.
 */
import { ICAO_DOC_9303, MVD_310, WIKIPEDIA, translate } from 'iuliia';
import { boundedMemo } from '../platform/memo';
import { latinKey } from './normalize';

// Three schemes cover the spelling families seen in the wild (Yevgeny, Evgeniy, Evgenii); the
// skeleton fold merges the rest (Evgeny, Jevgenij).
const KEY_SCHEMES = [WIKIPEDIA, MVD_310, ICAO_DOC_9303];

/**
 * Latin skeletons of a Cyrillic name under the common transliteration schemes. Remembered: names
 * repeat across checks, and the transliteration is the costly part.
 */
export const latinKeysOf: (cyrillic: string) => string[] = boundedMemo((cyrillic) => {
  const source = cyrillic.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  const keys = new Set<string>();
  for (const scheme of KEY_SCHEMES) {
    const key = latinKey(translate(source, scheme));
    if (key) keys.add(key);
  }
  return [...keys];
}, 4096, Infinity);

/** How a Cyrillic name is written in an English reply: the Wikipedia scheme (Dmitry, Alyona, Fyodor). */
export function toLatinDisplay(cyrillic: string): string {
  return translate(cyrillic, WIKIPEDIA);
}

const LAT_TO_CYR: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch/g, 'щ'],
  [/sch/g, 'щ'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/ts/g, 'ц'],
  [/ch/g, 'ч'],
  [/sh/g, 'ш'],
  [/^ye/g, 'е'],
  [/([aeiou])ye/g, '$1е'],
  [/yo/g, 'ё'],
  [/yu/g, 'ю'],
  [/ya/g, 'я'],
  [/iy$/g, 'ий'],
  [/y$/g, 'ый'],
  [/([aeiou])y/g, '$1й'],
  [/([aeiou])i$/g, '$1й'],
  [/^e/g, 'э'],
];
const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', d: 'д', e: 'е', z: 'з', i: 'и', j: 'й', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', h: 'х', c: 'к', y: 'ы',
};

/**
 * A rough Latin → Cyrillic rendering of a Slavic surname (Petrov → Петров, Kuznetsova → Кузнецова).
 * Returns null when the word has letters the rules do not cover.
 */
export function slavicToCyrillic(latin: string): string | null {
  let s = latin.toLowerCase();
  if (!/^[a-z'-]+$/.test(s)) return null;
  s = s.replace(/'/g, 'ь');
  for (const [pattern, replacement] of LAT_TO_CYR) s = s.replace(pattern, replacement);
  let out = '';
  for (const ch of s) out += /[a-z]/.test(ch) ? (LETTERS[ch] ?? '') : ch;
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : null;
}
