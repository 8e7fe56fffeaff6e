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
}

/** Whether text[from, to) holds a clause break: , ; : ( ) [ ] — – … or a spaced hyphen. */
function hasPause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 0x2c: // ,
      case 0x3b: // ;
      case 0x3a: // :
      case 0x28: // (
      case 0x29: // )
      case 0x5b: // [
      case 0x5d: // ]
      case 0x2014: // —
      case 0x2013: // –
      case 0x2026: // …
        return true;
      case 0x2d: // - between spaces
        if (i > from && i + 1 < to && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return true;
    }
  }
  return false;
}

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

/**
 * Spans inside quotation marks, as [open, close] offsets of the marks. Straight double quotes pair
 * up in order; typographic ones pair by shape. Single quotes are left alone: they double as
 * apostrophes.
 */
export function quotedSpans(text: string, from = 0, to = text.length): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let closer = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Fast skip: every quotation mark handled here is `"` or in U+00AB..U+201F.
    if (c !== 0x22 && c !== 0xab && c !== 0xbb && (c < 0x201c || c > 0x201e)) continue;
    const ch = text[i]!;
    if (open >= 0) {
      if (ch === closer || (ch === '“' && text[open] === '„')) {
        spans.push([open, i]);
        open = -1;
        continue;
      }
      if (i - open <= MAX_QUOTE) continue;
      open = -1; // too long to be a quotation: let this mark open a new one
    }
    if (ch === '«') (open = i), (closer = '»');
    else if (ch === '“') (open = i), (closer = '”');
    else if (ch === '„') (open = i), (closer = '”');
    else if (ch === '"') (open = i), (closer = '"');
  }
  return spans;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Whether the code unit at `i` starts a letter, mark or digit; returns its length (0 if not). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Fast paths for the scripts Tact reads; anything else asks the Unicode-aware regex.
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c >= 0x400 && c <= 0x52f) return c === 0x482 ? 0 : 1; // Cyrillic (U+0482 is a sign)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // an unpaired surrogate is not a letter
  return WORD_CHAR.test(text[i]!) ? 1 : 0;
}

/** Apostrophes and hyphens that join two runs of letters into one word. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2d || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x60 || c === 0xb4 || c === 0x2010 || c === 0x2011;
}

/**
 * The words of `text[from, to)`. Offsets are into `text`. One scan of the characters plus one
 * lower-casing of the whole range, so it is linear in the length.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const lower = slice.toLowerCase();
  // Lower-casing can change length (İ → i̇); then fold word by word so offsets stay true.
  const sameLength = lower.length === slice.length;
  const quotes = quotedSpans(slice);
  let q = 0;
  let prevEnd = 0;
  const out: Word[] = [];
  const n = slice.length;
  let i = 0;
  while (i < n) {
    let len = wordCharAt(slice, i);
    if (len === 0) {
      i++;
      continue;
    }
    const s = i;
    // ё and non-ASCII apostrophes or hyphens need folding; most words have none.
    let special = slice.charCodeAt(i) === 0x451 || slice.charCodeAt(i) === 0x401;
    i += len;
    for (;;) {
      while (i < n && (len = wordCharAt(slice, i)) > 0) {
        const c = slice.charCodeAt(i);
        if (c === 0x451 || c === 0x401) special = true;
        i += len;
      }
      // A joiner continues the word only when a letter or digit follows it.
      const c = slice.charCodeAt(i);
      if (i + 1 < n && isJoiner(c) && wordCharAt(slice, i + 1) > 0) {
        if (c !== 0x27 && c !== 0x2d) special = true;
        i++;
      } else break;
    }
    const e = i;
    while (q < quotes.length && quotes[q]![1] < s) q++;
    const span = quotes[q];
    out.push({
      start: s + from,
      end: e + from,
      norm: !sameLength ? fold(slice.slice(s, e)) : special ? lower.slice(s, e).replace(FOLD, foldChar) : lower.slice(s, e),
      quoted: span !== undefined && span[0] < s && e <= span[1],
      pause: hasPause(slice, prevEnd, s),
    });
    prevEnd = e;
  }
  return out;
}
