/**
 * Words of a text with their UTF-16 offsets and a folded form for matching.
 *
 * A word is a run of letters, marks and digits; an apostrophe or hyphen between two such runs keeps
 * them one word ("can't", "won’t", "из-за", "SIM-карты"), because splitting there would make
 * contractions and Russian particles unmatchable as units. Anything else (spaces, punctuation,
 * emoji, dashes) separates words. Regex word classes (`\w`, `\b`) are ASCII-only in re2js and
 * Latin-biased elsewhere, so Cyrillic-aware boundaries come from this tokenizer instead.
 */

export interface Word {
  /** Offset of the first UTF-16 unit, in the text given to `words`. */
  start: number;
  /** Offset just past the last unit. */
  end: number;
  /** Lower case, ё folded to е, every apostrophe variant folded to ASCII `'`. */
  norm: string;
  /** Inside quotation marks (« », “ ”, „ “, " "): someone else's words, or a label such as a button name. */
  quoted: boolean;
  /**
   * A clause break stands between this word and the one before it: a comma, semicolon, colon, dash
   * or bracket. Exceptions such as "if it doesn't help" are matched within one clause.
   */
  pause: boolean;
  /** The script of its first letter: 0 none (digits only), 1 Latin, 2 Cyrillic, 3 other. */
  script: 0 | 1 | 2 | 3;
  /**
   * Has a letter only a neighbouring alphabet uses: Cyrillic outside а–я and ё (і ї є ґ ў ә қ ң …)
   * or a Latin letter with a diacritic (é ñ ü ł …). Language detection looks closer only then.
   */
  marked: boolean;
}

/** Script code of one UTF-16 unit that is a letter, and whether it is "marked" (see Word). */
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0x400 && c <= 0x4ff) return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451 ? 2 : 2 | MARKED;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1 | MARKED;
  if (c >= 0x300 && c <= 0x36f) return 0; // combining marks belong to the letter before
  if (c >= 0x30 && c <= 0x39) return 0;
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0x660 && c <= 0x669) ? 0 : 3;
}
const MARKED = 4;



const FOLD = /[ёʼ’‘`´‐‑]/g;
const FOLDED: Record<string, string> = { ё: 'е', ʼ: "'", '’': "'", '‘': "'", '`': "'", '´': "'", '‐': '-', '‑': '-' };
const foldChar = (c: string) => FOLDED[c] ?? c;

/** The folded form used everywhere words are compared: case, ё/е and apostrophe variants ignored. */
export function fold(text: string): string {
  return text.toLowerCase().replace(FOLD, foldChar);
}

const NUMBER = /^\p{N}+$/u;
/** A word made only of digits ("14", "2024"). */
export function isNumber(norm: string): boolean {
  return NUMBER.test(norm);
}

// A quotation may not run on for ever: an unpaired mark must not swallow the rest of a long paste.
const MAX_QUOTE = 400;


const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

/** Whether the code unit at `i` starts a letter, mark or digit; returns its length (0 if not). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Fast paths for the scripts Tact reads; anything else asks the Unicode-aware regex.
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0x400 && c <= 0x52f) return c === 0x482 ? 0 : 1; // Cyrillic (U+0482 is a sign)
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 0; // an unpaired surrogate is not a letter
  return WORD_CHAR.test(text[i]!) ? 1 : 0;
}

/** Apostrophes and hyphens that join two runs of letters into one word. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2010 || c === 0x2011;
}

/**
 * The words of `text[from, to)`. Offsets are into `text`. One scan of the characters (which also
 * finds quotation marks and clause breaks) plus one lower-casing of the range: linear in the length.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const lower = text.slice(from, to).toLowerCase();
  // Lower-casing can change length (İ → i̇); then fold word by word so offsets stay true.
  const sameLength = lower.length === to - from;
  const out: Word[] = [];
  let pause = false;
  // An open quotation: where its mark is, the first word after it, and the mark that closes it.
  let open = -1;
  let openWord = 0;
  let closer = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let len = c < 0x80 ? ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0) : c >= 0x400 && c <= 0x4ff && c !== 0x482 ? 1 : wordCharAt(text, i);
    if (len === 0) {
      switch (c) {
        case 0x2c: // , ; : ( ) [ ] — – …
        case 0x3b:
        case 0x3a:
        case 0x28:
        case 0x29:
        case 0x5b:
        case 0x5d:
        case 0x2014:
        case 0x2013:
        case 0x2026:
          pause = true;
          break;
        case 0x2d: // a hyphen between spaces is a dash
          if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) pause = true;
          break;
        case 0x22: // " « » “ ” „
        case 0xab:
        case 0xbb:
        case 0x201c:
        case 0x201d:
        case 0x201e:
          if (open >= 0 && i - open > MAX_QUOTE) open = -1; // too long to be a quotation
          if (open >= 0 && (c === closer || (c === 0x201c && text.charCodeAt(open) === 0x201e))) {
            for (let k = openWord; k < out.length; k++) out[k]!.quoted = true;
            open = -1;
          } else if (open < 0 && c !== 0xbb && c !== 0x201d) {
            open = i;
            openWord = out.length;
            closer = c === 0xab ? 0xbb : c === 0x22 ? 0x22 : 0x201d;
          }
          break;
      }
      i++;
      continue;
    }
    const s = i;
    // ё and non-ASCII apostrophes or hyphens need folding; most words have none.
    let special = false;
    let script = 0;
    let marked = false;
    for (;;) {
      while (i < to) {
        const d = text.charCodeAt(i);
        // Inlined fast paths: ASCII, then а–я/А–Я; everything else through the general checks.
        if (d < 0x80) {
          const letter = (d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a);
          if (!letter && !(d >= 0x30 && d <= 0x39)) break;
          if (letter && script === 0) script = 1;
          i++;
          continue;
        }
        if (d >= 0x410 && d <= 0x44f) {
          if (script === 0) script = 2;
          i++;
          continue;
        }
        len = wordCharAt(text, i);
        if (len === 0) break;
        if (d === 0x451 || d === 0x401) special = true;
        const sc = scriptOf(d);
        if (sc & MARKED) marked = true;
        if (script === 0) script = sc & 3;
        i += len;
      }
      // A joiner continues the word only when a letter or digit follows it.
      const d = text.charCodeAt(i);
      if (i + 1 < to && isJoiner(d) && wordCharAt(text, i + 1) > 0) {
        if (d !== 0x27 && d !== 0x2d) special = true;
        i++;
      } else break;
    }
    const ls = s - from;
    const le = i - from;
    out.push({
      start: s,
      end: i,
      norm: !sameLength ? fold(text.slice(s, i)) : special ? lower.slice(ls, le).replace(FOLD, foldChar) : lower.slice(ls, le),
      quoted: false,
      pause,
      script: script as Word['script'],
      marked,
    });
    pause = false;
  }
  return out;
}
