/**
 * Who the draft addresses: names in greeting lines ("Hi Anna,", "Здравствуйте, Анна!", "Анна, добрый
 * день!", "Dear Mr Petrov"), letter headers ("Вадиму Петрову"), and vocatives opening a sentence
 * ("Никита, пришлите…"). Only the opening of the draft is read, so the cost does not grow with length.
 */
import { isCapitalized, isLower, scriptOf, INVISIBLE } from './normalize';
import { openingLines, type DraftLine } from './shape';
import {
  ABBREVIATIONS,
  AMBIGUOUS_BARE,
  APPOSITIVE_LEADS,
  ASSISTANTS,
  GREETINGS,
  GREETING_WORDS,
  NOT_A_NAME,
  POSSESSIVES,
  ROLES,
  SELF_INTRO,
  TITLES,
} from './words';

/** How much of the agent's text is read for addresses. */
const OPENING_CHARS = 600;

export interface NameWord {
  text: string;
  start: number;
  end: number;
}

export type Slot =
  /** after a greeting: "Hi Anna", "Здравствуйте, Анна" */
  | 'greeting'
  /** before a greeting, or alone on the first line: "Анна, добрый день!", "Vadim," */
  | 'name-first'
  /** a letter header in the dative: "Вадиму Петрову" */
  | 'header'
  /** a sentence opening with a name and a comma: "Никита, пришлите…" */
  | 'vocative'
  /** a name closing the first sentence: "Спасибо за ожидание, Анна!" */
  | 'trailing';

export interface Address {
  slot: Slot;
  title?: NameWord & { gender: 'm' | 'f' | 'u'; lang: 'en' | 'ru' };
  /** The name words after the title, in draft order. */
  words: NameWord[];
  /** Offsets of the whole address (title included) in the draft. */
  start: number;
  end: number;
  /** The slot puts the name in the dative ("Вадиму Петрову", "Вадиму — добрый день"). */
  dative: boolean;
  /** Further people greeted together with this one ("Hi Anna and Tom", "Здравствуйте, Анна и Олег"). */
  group?: Address[];
}

/** What the finder needs to know about words: whether one is a known name or a form of the record's. */
export interface NameOracle {
  /** `dative`: also accept a dative form ("Сергею"), for letter headers. */
  isName(word: string, dative?: boolean): boolean;
}

interface Tok {
  readonly text: string;
  /** lower case, ё→е: what word lists are keyed by (computed on first use; most words never need it) */
  readonly k: string;
  /** offsets in the cleaned line */
  readonly s: number;
  readonly e: number;
  /** index among the line's words */
  readonly i: number;
}

interface CleanLine {
  text: string;
  /** draft offset of each character of `text`, when invisible characters were dropped */
  at: number[] | null;
  /** draft offset of the line */
  start: number;
  toks: Words;
}

/** Greeting phrases by their first word, longest first. */
const GREETING_PHRASES = new Map<string, string[][]>();
for (const phrase of GREETINGS.map((g) => g.split(' ')).sort((a, b) => b.length - a.length)) {
  const first = phrase[0] ?? '';
  GREETING_PHRASES.set(first, [...(GREETING_PHRASES.get(first) ?? []), phrase]);
}
const SPACES = /^[ \t\u00A0\u2009\u202F]+$/;

function key(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}

/** Blanks out text inside quotation marks (commands, titles of books and halls), keeping offsets. */
function maskQuotes(text: string): string {
  if (!/[«“„"]/.test(text)) return text;
  return text.replace(/«[^«»\n]*»|“[^“”\n]*”|„[^„“”\n]*[“”]|"[^"\n]*"/g, (m) => ' '.repeat(m.length));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const INVISIBLE_ONE = new RegExp(`^${INVISIBLE.source}$`, 'u');

/** Letter-ness of the first code units, precomputed: Latin, Latin-1, Latin Extended, Cyrillic. */
const FAST = (() => {
  const table = new Uint8Array(0x530);
  for (let c = 0; c < table.length; c++) table[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** A letter or combining mark, by code unit: a table lookup for Latin and Cyrillic, exact for the rest. */
function isLetter(code: number): boolean {
  if (code < 0x530) return FAST[code] === 1;
  if (Number.isNaN(code) || (code >= 0xd800 && code <= 0xdfff)) return false;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x34f && INVISIBLE_ONE.test(String.fromCharCode(code)));
}

/** A word of a line; its text and key are cut out on first use. */
class Token implements Tok {
  private cut: string | undefined;
  private lowered: string | undefined;
  constructor(
    private readonly line: string,
    readonly s: number,
    readonly e: number,
    private readonly glued: boolean,
    readonly i: number,
  ) {}
  get text(): string {
    // "user8812", "A1": a word glued to digits is an identifier, not a name.
    this.cut ??= this.glued ? '\u0000' : this.line.slice(this.s, this.e);
    return this.cut;
  }
  get k(): string {
    this.lowered ??= key(this.text);
    return this.lowered;
  }
}

/**
 * The words of a line as offsets; a word becomes a Token only when a rule looks at it. Most words of
 * a draft's opening are only stepped over, and allocating each would cost more than the whole search.
 */
class Words {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly glued: boolean[] = [];
  private readonly made: Array<Token | undefined> = [];
  constructor(private readonly text: string) {}
  get length(): number {
    return this.starts.length;
  }
  push(s: number, e: number, glued: boolean): void {
    this.starts.push(s);
    this.ends.push(e);
    this.glued.push(glued);
  }
  start(i: number): number {
    return this.starts[i] ?? this.text.length;
  }
  end(i: number): number {
    return this.ends[i] ?? 0;
  }
  at(i: number): Tok | undefined {
    if (i < 0 || i >= this.starts.length) return undefined;
    let tok = this.made[i];
    if (!tok) {
      tok = new Token(this.text, this.start(i), this.end(i), this.glued[i] ?? false, i);
      this.made[i] = tok;
    }
    return tok;
  }
}

/** Words of a line; null when it holds invisible characters, which must be dropped first. */
function tokenize(text: string): Words | null {
  const words = new Words(text);
  const n = text.length;
  for (let s = 0; s < n; ) {
    const c = text.charCodeAt(s);
    if (!isLetter(c)) {
      if (c >= 0xad && isInvisible(c)) return null;
      s++;
      continue;
    }
    let e = s + 1;
    for (;;) {
      while (e < n && isLetter(text.charCodeAt(e))) e++;
      // Hyphens and apostrophes join parts of one word: Анна-Мария, O'Neill.
      const d = text.charCodeAt(e);
      if ((d === 45 || d === 39 || d === 0x2019) && isLetter(text.charCodeAt(e + 1))) e += 2;
      else break;
    }
    words.push(s, e, isDigit(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(e)));
    s = e;
  }
  return words;
}

function cleanLine(line: DraftLine): CleanLine {
  const plain = maskQuotes(line.text);
  const toks = tokenize(plain);
  if (toks) return { text: plain, at: null, start: line.start, toks };
  // Zero-width characters inside a name ("Ан\u200Bна") are dropped, keeping each character's offset.
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < line.text.length; i++) {
    const code = line.text.charCodeAt(i);
    if (isInvisible(code)) continue;
    text += line.text.charAt(i);
    at.push(line.start + i);
  }
  const masked = maskQuotes(text);
  return { text: masked, at, start: line.start, toks: tokenize(masked) ?? new Words(masked) };
}

function offset(line: CleanLine, i: number): number {
  return line.at ? (line.at[i] ?? line.start) : line.start + i;
}

function gapBefore(line: CleanLine, i: number): string {
  return line.text.slice(i > 0 ? line.toks.end(i - 1) : 0, line.toks.start(i));
}

function gapAfter(line: CleanLine, i: number): string {
  return line.text.slice(line.toks.end(i), line.toks.start(i + 1));
}

function draftWord(line: CleanLine, tok: Tok): NameWord {
  return { text: tok.text, start: offset(line, tok.s), end: offset(line, tok.e - 1) + 1 };
}

/** Token indices that open a sentence within the line. */
function sentenceStarts(line: CleanLine): number[] {
  const out: number[] = [];
  const words = line.toks;
  if (!words.length) return out;
  if (/^[\s\p{Extended_Pictographic}\u2022*•·–—-]*$/u.test(gapBefore(line, 0))) out.push(0);
  for (let i = 1; i < words.length; i++) {
    // Most gaps are a single space: no sentence ends there.
    if (words.start(i) - words.end(i - 1) < 2) continue;
    const gap = gapBefore(line, i);
    if (!/[.!?…]/.test(gap) || !/\s/.test(gap)) continue;
    if (gap.trim().startsWith('.') && ABBREVIATIONS.has(words.at(i - 1)?.k ?? '')) continue;
    out.push(i);
  }
  return out;
}

/** Length in tokens of the greeting phrase starting at token `i`, or 0. */
function greetingAt(line: CleanLine, i: number): number {
  const phrases = GREETING_PHRASES.get(line.toks.at(i)?.k ?? '');
  if (!phrases) return 0;
  for (const phrase of phrases) {
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      const tok = line.toks.at(i + k);
      if (!tok || tok.k !== phrase[k] || !SPACES.test(gapBefore(line, i + k))) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}

interface Run {
  title?: { tok: Tok; gender: 'm' | 'f' | 'u'; lang: 'en' | 'ru' };
  names: Tok[];
  /** index of the first token after the run */
  next: number;
  /** the run is followed by punctuation or the end of the line, not by more words */
  closed: boolean;
}

function nameLike(tok: Tok, chat: boolean, oracle: NameOracle): boolean {
  const text = tok.text;
  if (text.length < 2 || text.length > 40) return false;
  const script = scriptOf(text);
  if (script !== 'cyr' && script !== 'lat') return false;
  if (NOT_A_NAME.has(tok.k) || GREETING_WORDS.has(tok.k)) return false;
  if (isCapitalized(text)) return true;
  return chat && isLower(text) && oracle.isName(text);
}

function runAt(line: CleanLine, i: number, chat: boolean, oracle: NameOracle): Run {
  let j = i;
  let title: Run['title'];
  const first = line.toks.at(j);
  if (first) {
    const t = TITLES.get(first.k);
    const gap = line.toks.at(j + 1) ? gapBefore(line, j + 1) : '';
    if (t && /^\.?[ \t\u00A0]+$/.test(gap)) {
      title = { tok: first, ...t };
      j++;
    }
  }
  const names: Tok[] = [];
  while (j < line.toks.length && names.length < 3) {
    const tok = line.toks.at(j);
    if (!tok) break;
    if (names.length > 0 && !SPACES.test(gapBefore(line, j))) break;
    if (!nameLike(tok, chat, oracle)) break;
    names.push(tok);
    j++;
  }
  const after = names.length ? gapAfter(line, j - 1) : '';
  const closed = names.length > 0 && (j >= line.toks.length || /^\s*[,!.?:;)\]…—–-]|^\s*\p{Extended_Pictographic}/u.test(after));
  return { title, names, next: j, closed };
}

function toAddress(line: CleanLine, run: Run, slot: Slot, dative: boolean): Address | null {
  const words = run.names.map((t) => draftWord(line, t));
  const firstWord = words[0];
  const lastWord = words[words.length - 1];
  if (!firstWord || !lastWord) return null;
  let title: Address['title'];
  if (run.title) {
    const word = draftWord(line, run.title.tok);
    // "Mr." keeps its full stop: it is part of what the fix replaces.
    if (line.text.charAt(run.title.tok.e) === '.') {
      word.text += '.';
      word.end += 1;
    }
    title = { ...word, gender: run.title.gender, lang: run.title.lang };
  }
  return { slot, title, words, start: title ? title.start : firstWord.start, end: lastWord.end, dative };
}

/**
 * A loose run, a name not followed by punctuation, is an address only in chat-style lines ("hey mike
 * yep, fixed") and keeps only its first word. In written lines it is usually the agent introducing
 * themselves ("Hi, Anna here from support").
 */
function tightenLoose(line: CleanLine, run: Run, chat: boolean, oracle: NameOracle): Run | null {
  if (run.closed) return run;
  const first = run.names[0];
  if (!chat || !first || run.title || !oracle.isName(first.text) || AMBIGUOUS_BARE.has(first.k)) return null;
  const after = line.toks.at(first.i + 1);
  if (after && SELF_INTRO.has(after.k)) return null;
  return { names: [first], next: run.next, closed: false };
}

const LIST_JOINERS = new Set(['and', 'и', 'а', 'или', 'or']);

/** The other names of "Anna and Tom", "Anna, Tom & Sam", "Анна и Олег". */
function groupAfter(line: CleanLine, run: Run, chat: boolean, oracle: NameOracle): Address[] | undefined {
  const group: Address[] = [];
  let j = run.next;
  while (j < line.toks.length && group.length < 5) {
    const gap = gapBefore(line, j);
    let at = j;
    const tok = line.toks.at(j);
    if (tok && LIST_JOINERS.has(tok.k) && /^\s*,?\s*$/.test(gap)) at = j + 1;
    else if (!/^\s*[,&]\s*$/.test(gap)) break;
    if (at !== j && !SPACES.test(gapBefore(line, at))) break;
    const next = runAt(line, at, chat, oracle);
    if (!next.names.length) break;
    const address = toAddress(line, next, 'greeting', false);
    if (address) group.push(address);
    j = next.next;
  }
  return group.length ? group : undefined;
}

/** "Hi Anna", "Здравствуйте, Анна", "Уважаемый Вадим Сергеевич". */
function greetingAddress(line: CleanLine, i: number, chat: boolean, oracle: NameOracle): Address | null {
  let nameAt = i;
  // Greetings chain: "Добрый день, уважаемый Вадим", "Hello dear Anna", "Hey there, Sam".
  for (let hops = 0; hops < 3; hops++) {
    const len = greetingAt(line, nameAt);
    if (!len) break;
    if (nameAt > i && !/^[\s,]+$/.test(gapBefore(line, nameAt))) break;
    nameAt += len;
  }
  if (nameAt === i || nameAt >= line.toks.length) return null;
  const gap = gapBefore(line, nameAt);
  if (!/^[\s,]+$/.test(gap) || /\n/.test(gap)) return null;
  const run = runAt(line, nameAt, chat, oracle);
  if (!run.names.length) return null;
  const joiner = line.toks.at(run.next);
  if (!run.closed && joiner && LIST_JOINERS.has(joiner.k)) run.closed = true;
  const tight = tightenLoose(line, run, chat, oracle);
  if (!tight) return null;
  const address = toAddress(line, tight, 'greeting', false);
  if (address && tight.closed) address.group = groupAfter(line, tight, chat, oracle);
  return address;
}

function isAppositive(line: CleanLine, next: number, oracle: NameOracle): boolean {
  const tok = line.toks.at(next);
  if (!tok) return false;
  if (APPOSITIVE_LEADS.has(tok.k) || ROLES.has(tok.k)) return true;
  if (POSSESSIVES.has(tok.k)) {
    // "our technician", "наш ведущий инженер": a role within the next few words, before any punctuation.
    for (let j = next + 1; j <= next + 3 && j < line.toks.length; j++) {
      if (!SPACES.test(gapBefore(line, j))) break;
      if (ROLES.has(line.toks.at(j)?.k ?? '')) return true;
    }
    return false;
  }
  // "Anna, Maria and Oleg…": a list of people, not an address.
  return isCapitalized(tok.text) && oracle.isName(tok.text) && SPACES.test(gapBefore(line, next).replace(/,/, ''));
}

/** "Анна, добрый день!", "Вадиму — добрый день", "Vadim," alone, and bare vocatives "Никита, пришлите…". */
function nameFirstAddress(
  line: CleanLine,
  i: number,
  chat: boolean,
  firstLine: boolean,
  oracle: NameOracle,
): Address | null {
  // Most sentences open with an ordinary word followed by a lower-case one ("Проверили ваш…"):
  // no name run can close there, so skip the word tests.
  const words = line.toks;
  if (!chat && i + 1 < words.length && words.start(i + 1) - words.end(i) === 1 && line.text.charCodeAt(words.end(i)) === 32) {
    const next = line.text.charAt(words.start(i + 1));
    if (next !== next.toUpperCase()) return null;
  }
  const run = runAt(line, i, chat, oracle);
  if (!run.names.length || !run.closed) return null;
  const after = gapAfter(line, run.next - 1);
  const nextTok = line.toks.at(run.next);
  const punct = after.trim();
  if (nextTok && greetingAt(line, run.next) && /^[,!—–-]/.test(punct) && !/[.?]/.test(punct)) {
    return toAddress(line, run, 'name-first', /[—–-]/.test(punct));
  }
  if (!nextTok) {
    // The name alone on the first line: "Анна!", "Vadim,".
    if (firstLine && /^[,!]/.test(punct)) return toAddress(line, run, 'name-first', false);
    return null;
  }
  // A bare vocative: the name, a comma, then the request.
  if (!/^,/.test(punct) || /[.!?]/.test(punct) || run.title || run.names.length > 2) return null;
  const first = run.names[0];
  if (!first || !oracle.isName(first.text)) return null;
  if (ASSISTANTS.has(first.k) || AMBIGUOUS_BARE.has(first.k)) return null;
  if (isAppositive(line, run.next, oracle)) return null;
  return toAddress(line, run, 'vocative', false);
}

/** "Спасибо за ожидание, Анна!" — a known name closing the first sentence after a comma. */
function trailingAddress(line: CleanLine, oracle: NameOracle): Address | null {
  for (let i = 1; i < line.toks.length; i++) {
    const gap = gapBefore(line, i);
    if (/[.!?…]/.test(gap)) return null;
    if (!/^,\s+$/.test(gap)) continue;
    const prev = line.toks.at(i - 1);
    if (prev && ROLES.has(prev.k)) continue;
    const run = runAt(line, i, false, oracle);
    if (!run.names.length || run.title || run.names.length > 2) continue;
    const after = run.next < line.toks.length ? gapAfter(line, run.next - 1) : '';
    const ends = run.next >= line.toks.length || /^\s*[!.?…]/.test(after);
    const first = run.names[0];
    if (!ends || !first || !oracle.isName(first.text) || AMBIGUOUS_BARE.has(first.k)) continue;
    return toAddress(line, run, 'trailing', false);
  }
  return null;
}

/** A first line that is only a name, above a greeting or a blank line: "Вадиму Петрову". */
function headerAddress(line: CleanLine, nextLine: string | undefined, oracle: NameOracle): Address | null {
  if (line.toks.length < 1 || line.toks.length > 3) return null;
  if (!/^\s*$/.test(gapAfter(line, line.toks.length - 1)) || !/^\s*$/.test(gapBefore(line, 0))) return null;
  const run = runAt(line, 0, false, oracle);
  if (run.title || run.names.length !== line.toks.length) return null;
  const first = run.names[0];
  if (!first || !oracle.isName(first.text, true)) return null;
  const below = nextLine === undefined ? '' : nextLine.trim();
  if (below) {
    const nextClean = cleanLine({ start: 0, text: below });
    if (!greetingAt(nextClean, 0)) return null;
  }
  return toAddress(line, run, 'header', scriptOf(first.text) === 'cyr');
}

/** Every address in the draft's opening, in reading order. */
export function findAddresses(draft: string, oracle: NameOracle): Address[] {
  const lines = openingLines(draft, OPENING_CHARS);
  const out: Address[] = [];
  let firstContent = true;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    if (!raw || !/\S/.test(raw.text)) continue;
    const line = cleanLine(raw);
    if (!line.toks.length) continue;
    const isFirst = firstContent;
    firstContent = false;
    const chat = isLower(line.toks.at(0)?.text ?? '');
    if (isFirst) {
      let below: string | undefined;
      for (let m = n + 1; m < lines.length; m++) {
        const t = lines[m]?.text ?? '';
        if (t.trim()) {
          below = m === n + 1 ? t : '';
          break;
        }
      }
      const header = headerAddress(line, below, oracle);
      if (header) {
        out.push(header);
        continue;
      }
    }
    for (const i of sentenceStarts(line)) {
      const found = greetingAddress(line, i, chat, oracle) ?? nameFirstAddress(line, i, chat, isFirst && i === 0, oracle);
      if (found) out.push(found);
    }
    if (isFirst && !out.length) {
      const trailing = trailingAddress(line, oracle);
      if (trailing) out.push(trailing);
    }
  }
  return out;
}
