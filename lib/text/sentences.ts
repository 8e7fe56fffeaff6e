/**
 * Sentence spans on `Intl.Segmenter`, mended where it splits too eagerly.
 *
 * The segmenter (UAX #29, no abbreviation suppression in V8/ICU) breaks after any period that is
 * followed by a capital or a digit: "Mr. | Smith", "п. | 7.2 договора", "1. | Open Settings",
 * "A. | С. | Пушкин". Its segments are merged back when the period belongs to an abbreviation, a
 * list marker or an initial, or when the break has no space before it (a "?" inside a URL).
 */

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations that never end a sentence: titles and abbreviations that lead into what follows. */
const ALWAYS_CONTINUE = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'mt', 'jr', 'sr', 'vs', 'cf', 'approx', 'ca', 'e.g', 'i.e', 'eg', 'ie',
  'т.е', 'т.к', 'т.ч', 'т.н', 'напр', 'см', 'ул', 'пер', 'просп', 'пр', 'пл', 'наб', 'обл', 'им', 'проф', 'акад',
  'доц', 'ген', 'кв', 'п', 'пп', 'ст', 'гл', 'тел', 'корп', 'стр', 'рис', 'табл', 'ок', 'прим', 'англ', 'рус',
  'г-н', 'г-жа', 'св',
]);

/** Abbreviations that may end a sentence, but not when a number follows ("No. 5", "д. 5", "2024 г."). */
const CONTINUE_BEFORE_DIGIT = new Set(['no', 'nos', 'p', 'pp', 'fig', 'art', 'sec', 'ch', 'vol', 'ref', 'д', 'г', 'гг', 'руб', 'коп', 'тыс', 'мин', 'ч', '№']);

const LIST_MARKER = /^(?:\d{1,3}|[a-zа-я]|[ivx]{1,4})[.)]$/iu;
const INITIALS = /^(?:\p{Lu}\.\s?){1,3}$/u;
const STARTS_WITH_DIGIT = /^\p{N}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const BANG_LOWER = /[!?]+[ \t\u00a0]+(?=\p{Ll})/gu;

let segmenter: Intl.Segmenter | undefined;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0xfeff;
}

/** `[start, end)` with surrounding white space removed; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

/** The word before a final period ("e.g", "т.е", "Mr"), or '' when `s` does not end with one. */
function lastAbbreviation(s: string): string {
  if (s.charCodeAt(s.length - 1) !== 0x2e) return '';
  let i = s.length - 1;
  const stop = Math.max(0, s.length - 24);
  // Letters, and periods or hyphens between letters.
  while (i > stop) {
    const c = s.charCodeAt(i - 1);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x4ff) || (c > 0x7f && /\p{L}/u.test(s[i - 1]!));
    if (letter || ((c === 0x2e || c === 0x2d) && i < s.length - 1 && s.charCodeAt(i) !== 0x2e)) i--;
    else break;
  }
  const word = s.slice(i, s.length - 1);
  // A period directly before the word belongs to something else ("...word.").
  return word && /^\p{L}/u.test(word) && !/[.-]$/.test(word) ? word : '';
}

function continues(prev: string, next: string, gap: string): boolean {
  if (gap.includes('\n')) return false;
  if (prev.length <= 8 && (LIST_MARKER.test(prev) || INITIALS.test(prev))) return true;
  const last = lastAbbreviation(prev);
  if (!last) return false;
  const abbr = last.toLowerCase().replace(/ё/g, 'е');
  if (ALWAYS_CONTINUE.has(abbr)) return true;
  if (!CONTINUE_BEFORE_DIGIT.has(abbr)) return false;
  if (STARTS_WITH_DIGIT.test(next)) return true;
  // "г." after a number is a year ("в 2023 г."), after a word a city ("в г. Алматы").
  return (abbr === 'г' || abbr === 'гг') && !/\d\s*г{1,2}\.$/.test(prev.slice(-8));
}

// V8's segmenter slows down quadratically on long strings (a 200,000-character paste takes a
// second in one call), so it is fed chunks of about this size.
const CHUNK = 2048;
const CUT_AFTER_TERMINATOR = /[.!?…]["'»”)\]]*\s+(?=[\p{Lu}\p{N}])/gu;

/**
 * Where to end a chunk starting at `from`: after a line break, or else after a sentence
 * terminator followed by a space and a capital — places where the segmenter always breaks, so
 * segmenting chunk by chunk gives the same sentences as segmenting the whole text.
 */
function chunkEnd(text: string, from: number, to: number): number {
  if (to - from <= CHUNK) return to;
  const limit = from + CHUNK;
  // Only the window [from + CHUNK/4, limit) is searched, so each chunk costs O(CHUNK).
  const floor = from + CHUNK / 4;
  const window = text.slice(floor, limit);
  const nl = window.lastIndexOf('\n');
  if (nl >= 0) return floor + nl + 1;
  let cut = -1;
  CUT_AFTER_TERMINATOR.lastIndex = 0;
  for (let m = CUT_AFTER_TERMINATOR.exec(window); m; m = CUT_AFTER_TERMINATOR.exec(window)) cut = m.index + m[0].length;
  // No safe place: a wall of text without sentences; cut anyway (the segmenter would not find
  // sentences in it either).
  return cut > 0 ? floor + cut : limit;
}

/**
 * Sentence spans of `text[from, to)`, trimmed of white space, with offsets into `text`. Line
 * breaks always end a sentence (the segmenter treats them as hard breaks). Linear in the length.
 */
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  for (let at = from; at < to; ) {
    const end = chunkEnd(text, at, to);
    segmentChunk(text, at, end, out);
    at = end;
  }
  return out;
}

function segmentChunk(text: string, from: number, to: number, out: Span[]): void {
  const slice = text.slice(from, to);
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const seg of segmenter.segment(slice)) {
    const segEnd = seg.index + seg.segment.length;
    // Chat-style replies start sentences in lower case after "!" or "?", where the segmenter never
    // breaks ("hi! the code expired").
    let rest = seg.index;
    const segText = seg.segment;
    BANG_LOWER.lastIndex = 0;
    const bang = segText.indexOf('!') >= 0 || segText.indexOf('?') >= 0;
    for (let m = bang ? BANG_LOWER.exec(segText) : null; m; m = BANG_LOWER.exec(segText)) {
      const cut = seg.index + m.index + m[0].length;
      push(out, text, from + rest, from + cut);
      rest = cut;
    }
    push(out, text, from + rest, from + segEnd);
  }
}

/** Append a raw segment, trimmed, or merge it into the previous sentence where the break was wrong. */
function push(out: Span[], slice: string, rawStart: number, rawEnd: number): void {
  // (`slice` is the whole text; offsets are absolute.)
  const span = trimSpan(slice, rawStart, rawEnd);
  if (!span) return;
  const prev = out[out.length - 1];
  if (prev) {
    // No space at the break: the segmenter split inside a token, such as "?" in a URL.
    const glued = prev.end === span.start;
    const gap = glued ? '' : slice.slice(prev.end, span.start);
    // A trailing emoji or bracket with no letters belongs to the sentence before it on its line.
    const bare = !gap.includes('\n') && span.end - span.start <= 16 && !HAS_WORD.test(slice.slice(span.start, span.end));
    if (glued || bare || continues(slice.slice(prev.start, prev.end), slice.slice(span.start, span.start + 1), gap)) {
      prev.end = span.end;
      return;
    }
  }
  out.push(span);
}
