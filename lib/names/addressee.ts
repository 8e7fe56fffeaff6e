/**
 * Who the draft addresses: names in greeting lines ("Hi Anna,", "Здравствуйте, Анна!", "Анна, добрый
 * день!", "Dear Mr Petrov"), letter headers ("Вадиму Петрову"), and vocatives opening a sentence
 * ("Никита, пришлите…"). Only the opening of the draft is read, so the cost does not grow with length.
 */
import { isCapitalized, isLower, scriptOf, stripInvisible, INVISIBLE } from './normalize';
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
export const OPENING_CHARS = 1200;

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
  text: string;
  /** offsets in the cleaned line */
  s: number;
  e: number;
}

interface CleanLine {
  text: string;
  /** draft offset of each character of `text` */
  at: number[];
  end: number;
  toks: Tok[];
}

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;
const GREETING_PHRASES = GREETINGS.map((g) => g.split(' ')).sort((a, b) => b.length - a.length);
const SPACES = /^[ \t\u00A0\u2009\u202F]+$/;

function key(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

/** Blanks out text inside quotation marks (commands, titles of books and halls), keeping offsets. */
function maskQuotes(text: string): string {
  return text.replace(/«[^«»\n]*»|“[^“”\n]*”|„[^„“”\n]*[“”]|"[^"\n]*"/g, (m) => ' '.repeat(m.length));
}

function cleanLine(line: DraftLine): CleanLine {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < line.text.length; i++) {
    const ch = line.text[i] ?? '';
    INVISIBLE.lastIndex = 0;
    if (INVISIBLE.test(ch)) continue;
    text += ch;
    at.push(line.start + i);
  }
  INVISIBLE.lastIndex = 0;
  const masked = maskQuotes(text);
  const toks: Tok[] = [];
  for (const m of masked.matchAll(WORD)) {
    const s = m.index;
    const e = s + m[0].length;
    // "user8812", "A1": a word glued to digits is an identifier, not a name.
    if (/\d/.test(masked.charAt(s - 1)) || /\d/.test(masked.charAt(e))) {
      toks.push({ text: '\u0000', s, e });
      continue;
    }
    toks.push({ text: m[0], s, e });
  }
  return { text: masked, at, end: line.start + line.text.length, toks };
}

function gapBefore(line: CleanLine, i: number): string {
  const prev = line.toks[i - 1];
  const cur = line.toks[i];
  return line.text.slice(prev ? prev.e : 0, cur ? cur.s : line.text.length);
}

function gapAfter(line: CleanLine, i: number): string {
  const cur = line.toks[i];
  const next = line.toks[i + 1];
  return line.text.slice(cur ? cur.e : 0, next ? next.s : line.text.length);
}

function draftWord(line: CleanLine, tok: Tok): NameWord {
  const start = line.at[tok.s] ?? 0;
  const end = (line.at[tok.e - 1] ?? start) + 1;
  return { text: tok.text, start, end };
}

/** Token indices that open a sentence within the line. */
function sentenceStarts(line: CleanLine): number[] {
  const out: number[] = [];
  line.toks.forEach((_, i) => {
    if (i === 0) {
      if (/^[\s\p{Extended_Pictographic}\u2022*•·–—-]*$/u.test(gapBefore(line, 0))) out.push(0);
      return;
    }
    const gap = gapBefore(line, i);
    const prev = line.toks[i - 1];
    if (/[.!?…]/.test(gap) && /\s/.test(gap) && !(gap.trim().startsWith('.') && prev && ABBREVIATIONS.has(key(prev.text)))) {
      out.push(i);
    }
  });
  return out;
}

/** Length in tokens of the greeting phrase starting at token `i`, or 0. */
function greetingAt(line: CleanLine, i: number): number {
  for (const phrase of GREETING_PHRASES) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      const tok = line.toks[i + k];
      if (!tok || key(tok.text) !== phrase[k] || (k > 0 && !SPACES.test(gapBefore(line, i + k)))) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}

interface Run {
  title?: Tok & { gender: 'm' | 'f' | 'u'; lang: 'en' | 'ru' };
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
  const k = key(text);
  if (NOT_A_NAME.has(k) || GREETING_WORDS.has(k)) return false;
  if (isCapitalized(text)) return true;
  return chat && isLower(text) && oracle.isName(text);
}

function runAt(line: CleanLine, i: number, chat: boolean, oracle: NameOracle): Run {
  let j = i;
  let title: Run['title'];
  const first = line.toks[j];
  if (first) {
    const t = TITLES.get(key(first.text).replace(/\.$/, ''));
    const gap = line.toks[j + 1] ? gapBefore(line, j + 1) : '';
    if (t && /^\.?[ \t\u00A0]+$/.test(gap)) {
      title = { ...first, ...t };
      j++;
    }
  }
  const names: Tok[] = [];
  while (j < line.toks.length && names.length < 3) {
    const tok = line.toks[j];
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
    const word = draftWord(line, run.title);
    // "Mr." keeps its full stop: it is part of what the fix replaces.
    if (line.text.charAt(run.title.e) === '.') {
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
  if (!chat || !first || run.title || !oracle.isName(first.text) || AMBIGUOUS_BARE.has(key(first.text))) return null;
  const after = line.toks[line.toks.indexOf(first) + 1];
  if (after && SELF_INTRO.has(key(after.text))) return null;
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
    const tok = line.toks[j];
    if (tok && LIST_JOINERS.has(key(tok.text)) && /^\s*,?\s*$/.test(gap)) at = j + 1;
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
  const len = greetingAt(line, i);
  if (!len) return null;
  const nameAt = i + len;
  if (nameAt >= line.toks.length) return null;
  const gap = gapBefore(line, nameAt);
  if (!/^[\s,]+$/.test(gap) || /\n/.test(gap)) return null;
  const run = runAt(line, nameAt, chat, oracle);
  if (!run.names.length) return null;
  const joiner = line.toks[run.next];
  if (!run.closed && joiner && LIST_JOINERS.has(key(joiner.text))) run.closed = true;
  const tight = tightenLoose(line, run, chat, oracle);
  if (!tight) return null;
  const address = toAddress(line, tight, 'greeting', false);
  if (address && tight.closed) address.group = groupAfter(line, tight, chat, oracle);
  return address;
}

function isAppositive(line: CleanLine, next: number, oracle: NameOracle): boolean {
  const tok = line.toks[next];
  if (!tok) return false;
  const k = key(tok.text);
  if (APPOSITIVE_LEADS.has(k) || ROLES.has(k)) return true;
  if (POSSESSIVES.has(k)) {
    // "our technician", "наш ведущий инженер": a role within the next few words, before any punctuation.
    for (let j = next + 1; j <= next + 3 && j < line.toks.length; j++) {
      if (!SPACES.test(gapBefore(line, j))) break;
      if (ROLES.has(key(line.toks[j]?.text ?? ''))) return true;
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
  const run = runAt(line, i, chat, oracle);
  if (!run.names.length || !run.closed) return null;
  const after = gapAfter(line, run.next - 1);
  const nextTok = line.toks[run.next];
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
  const k = key(first.text);
  if (ASSISTANTS.has(k) || AMBIGUOUS_BARE.has(k)) return null;
  if (isAppositive(line, run.next, oracle)) return null;
  return toAddress(line, run, 'vocative', false);
}

/** "Спасибо за ожидание, Анна!" — a known name closing the first sentence after a comma. */
function trailingAddress(line: CleanLine, oracle: NameOracle): Address | null {
  for (let i = 1; i < line.toks.length; i++) {
    const gap = gapBefore(line, i);
    if (/[.!?…]/.test(gap)) return null;
    if (!/^,\s+$/.test(gap)) continue;
    const prev = line.toks[i - 1];
    if (prev && ROLES.has(key(prev.text))) continue;
    const run = runAt(line, i, false, oracle);
    if (!run.names.length || run.title || run.names.length > 2) continue;
    const after = run.next < line.toks.length ? gapAfter(line, run.next - 1) : '';
    const ends = run.next >= line.toks.length || /^\s*[!.?…]/.test(after);
    const first = run.names[0];
    if (!ends || !first || !oracle.isName(first.text) || AMBIGUOUS_BARE.has(key(first.text))) continue;
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
    if (!raw || !stripInvisible(raw.text).trim()) continue;
    const line = cleanLine(raw);
    if (!line.toks.length) continue;
    const isFirst = firstContent;
    firstContent = false;
    const chat = isLower(line.toks[0]?.text ?? '');
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
