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

const PAUSE = /[,;:()\[\]—–]|\s-\s|…/;

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`´\-‐‑][\p{L}\p{M}\p{N}]+)*/gu;
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

/**
 * The words of `text[from, to)`. Offsets are into `text`. One pass of a regex plus one
 * lower-casing of the whole range, so it is linear in the length.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const lower = slice.toLowerCase();
  // Lower-casing can change length (İ → i̇); then fold word by word so offsets stay true.
  const sameLength = lower.length === slice.length;
  const folded = sameLength ? lower.replace(FOLD, foldChar) : '';
  const quotes = quotedSpans(slice);
  let q = 0;
  let prevEnd = 0;
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const s = m.index;
    const e = s + m[0].length;
    while (q < quotes.length && quotes[q]![1] < s) q++;
    const span = quotes[q];
    out.push({
      start: s + from,
      end: e + from,
      norm: sameLength ? folded.slice(s, e) : fold(m[0]),
      quoted: span !== undefined && span[0] < s && e <= span[1],
      pause: s > prevEnd && PAUSE.test(slice.slice(prevEnd, s)),
    });
    prevEnd = e;
  }
  return out;
}
