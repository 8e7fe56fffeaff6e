/**
 * `analyzeDraft(text)`: a reply draft taken apart into paragraphs and sentences, each with its
 * UTF-16 offsets, its language and what it is: the agent's own sentence, quoted customer text, the
 * signature, or the greeting line. The framing check reads only the agent's own sentences; the name
 * check reads the greeting.
 *
 * The work is split so that an editor can redo only what changed: `analyzeBlock` looks at one
 * paragraph alone (its result depends on nothing else and can be cached by its text), and `layout`
 * applies the few draft-wide facts (the draft's language for paragraphs too short to tell, where the
 * quoted message and the signature start, which sentence is the greeting) in time proportional to
 * the number of paragraphs.
 */
import type { DetectedLang } from '../check/types';
import { decideLanguage, languageEvidence, type LanguageEvidence } from './language';
import { splitSentences, type Span } from './sentences';
import { isGreeting, isQuoteHeader, isQuoteLine, isSignatureDelimiter, isSignOff } from './structure';
import { words as wordsOf, type Word } from './words';

/** One sentence of a paragraph, with offsets relative to the paragraph. */
export interface BlockSentence {
  start: number;
  end: number;
  words: Word[];
  /** On a line quoted with `>`, or wholly inside quotation marks. */
  quoteLine: boolean;
  /** Introduces a quoted message ("On … wrote:", "… написал(а):"). */
  header: boolean;
  /** A sign-off line ("Best,", "С уважением, Анна") or a "--" delimiter. */
  signOff: boolean;
  delimiter: boolean;
  /** Reads as a salutation; only the draft's first sentence counts as the greeting. */
  greetingLike: boolean;
}

/** One paragraph (lines between blank lines), analysed on its own. Cacheable by `text`. */
export interface Block {
  /** The text the offsets are into: the paragraph alone, or the whole draft. */
  text: string;
  /** Where the paragraph is in `text`. */
  from: number;
  to: number;
  sentences: BlockSentence[];
  evidence: LanguageEvidence;
  /** The paragraph's own language; `und` when it is too short to say. */
  detected: DetectedLang;
  /** Every sentence is on a `>` line. */
  allQuoted: boolean;
  /** Index of the first sentence that introduces a quoted message, or -1. */
  header: number;
}

const LONG_LINE = 80;

/** Cheap test before the header regexes: ends with ":", or a "--…" or "From:"/"От:" line. */
function mayBeHeader(line: string): boolean {
  const t = line.trim();
  return t.endsWith(':') || t.startsWith('--') || /^(?:from|от):/i.test(t);
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0x200b && c !== 0xfeff) return false;
  }
  return true;
}

function lineAt(text: string, at: number): [number, number] {
  const s = text.lastIndexOf('\n', at - 1) + 1;
  const e = text.indexOf('\n', at);
  return [s, e < 0 ? text.length : e];
}

/**
 * Analyse one paragraph: `text[from, to)`, by default all of `text`. Offsets in the result are
 * into `text`; an editor passes the paragraph alone so the result can be cached by its text and
 * reused wherever the paragraph moves. `spans` are its sentence spans if already known (a caller
 * that segmented the whole draft at once passes them).
 */
export function analyzeBlock(text: string, spans?: readonly Span[], from = 0, to = text.length): Block {
  spans ??= splitSentences(text, from, to);
  const all = wordsOf(text, from, to);
  const sentences: BlockSentence[] = [];
  const evidenceWords: Word[] = [];
  let w = 0;
  let lineStart = -1;
  let lineEnd = -1;
  let line = '';
  let allQuoted = spans.length > 0;
  let greetingChecked = false;
  for (const span of spans) {
    if (span.start >= lineEnd) {
      [lineStart, lineEnd] = lineAt(text, span.start);
      line = text.slice(lineStart, lineEnd);
    }
    while (w < all.length && all[w]!.end <= span.start) w++;
    const first = w;
    while (w < all.length && all[w]!.start < span.end) w++;
    const words = all.slice(first, w);
    // A `>` line, or a sentence that is wholly inside quotation marks: someone else's words.
    const quoteLine = isQuoteLine(line) || (words.length > 0 && words.every((x) => x.quoted));
    const own = span.start === lineStart || isBlank(text, lineStart, span.start);
    const wholeLine = own && isBlank(text, span.end, lineEnd);
    const header = wholeLine && mayBeHeader(line) && isQuoteHeader(line);
    const delimiter = wholeLine && isSignatureDelimiter(line);
    // Only a paragraph's first sentence of its own can open the draft, so only it is asked.
    const greetingLike = !greetingChecked && own && !quoteLine && isGreeting(text.slice(span.start, span.end));
    if (!quoteLine) greetingChecked = true;
    sentences.push({
      start: span.start,
      end: span.end,
      words,
      quoteLine,
      header,
      delimiter,
      signOff: delimiter || (wholeLine && line.length <= 80 && isSignOff(line)),
      greetingLike,
    });
    if (!quoteLine) {
      allQuoted = false;
      for (const word of words) evidenceWords.push(word);
    }
  }
  const evidence = languageEvidence(text, evidenceWords);
  const header = sentences.findIndex((x) => x.header);
  return { text, from, to, sentences, evidence, detected: decideLanguage(evidence, text, from, to), allQuoted, header };
}

/** Paragraphs of a draft: runs of lines between blank lines, as [start, end) offsets. */
export function splitBlocks(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let blockStart = -1;
  let lastEnd = -1;
  let at = from;
  while (at < to) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > to) nl = to;
    let blank = true;
    for (let i = at; i < nl; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0xfeff) {
        blank = false;
        break;
      }
    }
    if (blank) {
      if (blockStart >= 0) out.push([blockStart, lastEnd]);
      blockStart = -1;
    } else {
      if (blockStart < 0) blockStart = at;
      lastEnd = nl;
    }
    at = nl + 1;
  }
  if (blockStart >= 0) out.push([blockStart, lastEnd]);
  return out;
}

/** A sentence position: paragraph index and sentence index within it. */
export type SentenceRef = readonly [block: number, sentence: number];

/** The draft-wide facts `layout` works out from the paragraphs. */
export interface DraftLayout {
  /** The draft's language: the language of most of its (own, unquoted) letters. */
  lang: DetectedLang;
  /** Each paragraph's effective language: its own, or the draft's when it is too short to tell. */
  langs: DetectedLang[];
  /** From here to the end the draft quotes an earlier message. */
  quotedFrom: SentenceRef | null;
  /** From here until `quotedFrom` (or the end) is the sign-off and signature. */
  signatureFrom: SentenceRef | null;
  /** The greeting line, when the draft opens with one. */
  greeting: SentenceRef | null;
}

// How far back from the end a sign-off or "--" is looked for, in sentences.
const SIGNATURE_LINES = 8;

function before(a: SentenceRef, b: SentenceRef | null): boolean {
  return !b || a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

function findQuoted(blocks: readonly Block[]): SentenceRef | null {
  for (let b = 0; b < blocks.length; b++) {
    const h = blocks[b]!.header;
    if (h >= 0) return [b, h];
  }
  return null;
}

interface LanguageTotals {
  /** Letters of paragraphs that decided, by language. */
  letters: { ru: number; en: number; other: number };
  /** All their evidence together, for drafts where no paragraph decided. */
  sum: LanguageEvidence;
}

const emptyEvidence = (): LanguageEvidence => ({ cyrillic: 0, latin: 0, other: 0, marked: 0, own: 0, foreign: 0, words: 0 });

function addBlock(t: LanguageTotals, block: Block, sign: 1 | -1): void {
  const ev = block.evidence;
  if (block.detected === 'ru' || block.detected === 'en' || block.detected === 'other') t.letters[block.detected] += sign * (ev.cyrillic + ev.latin + ev.other);
  t.sum.cyrillic += sign * ev.cyrillic;
  t.sum.latin += sign * ev.latin;
  t.sum.other += sign * ev.other;
  t.sum.marked += sign * ev.marked;
  t.sum.own += sign * ev.own;
  t.sum.foreign += sign * ev.foreign;
  t.sum.words += sign * ev.words;
}

/** The draft's language: the language of most letters of paragraphs that decided, else all evidence together. */
function draftLanguage(t: LanguageTotals, blocks: readonly Block[], end: number): DetectedLang {
  const { ru, en, other } = t.letters;
  if (ru + en + other > 0) return ru >= en && ru >= other ? 'ru' : en >= other ? 'en' : 'other';
  // No paragraph could tell alone; judge them together (franc gets their text if needed).
  let sample = '';
  for (let b = 0; b < end && sample.length < 1200; b++) if (!blocks[b]!.allQuoted) sample += `${blocks[b]!.text.slice(blocks[b]!.from, blocks[b]!.to)}\n`;
  return decideLanguage(t.sum, sample, 0, sample.length);
}

const effective = (block: Block, inherited: DetectedLang): DetectedLang => (block.detected === 'und' ? inherited : block.detected);
const inheritedFrom = (lang: DetectedLang): DetectedLang => (lang === 'ru' || lang === 'en' ? lang : 'und');

/**
 * Signature: walk back from the end of the agent's part. A sign-off opens it when everything after
 * it is sign-offs or short lines that do not read as sentences (names, titles, a phone number).
 */
function findSignature(blocks: readonly Block[], quotedFrom: SentenceRef | null): SentenceRef | null {
  let signatureFrom: SentenceRef | null = null;
  let b = quotedFrom ? quotedFrom[0] : blocks.length - 1;
  let s = quotedFrom ? quotedFrom[1] - 1 : (blocks[b]?.sentences.length ?? 0) - 1;
  let seen = 0;
  let tail = true;
  while (b >= 0 && seen < SIGNATURE_LINES) {
    if (s < 0) {
      b--;
      s = (blocks[b]?.sentences.length ?? 0) - 1;
      continue;
    }
    const block = blocks[b]!;
    const sentence = block.sentences[s]!;
    if (sentence.delimiter) return [b, s];
    if (sentence.signOff && tail) signatureFrom = [b, s];
    const short = sentence.end - sentence.start <= LONG_LINE && !/[.!?…]/.test(block.text[sentence.end - 1] ?? '');
    tail &&= sentence.signOff || short;
    seen++;
    s--;
  }
  return signatureFrom;
}

function findGreeting(blocks: readonly Block[], quotedFrom: SentenceRef | null): SentenceRef | null {
  for (let i = 0; i < blocks.length; i++) {
    const ss = blocks[i]!.sentences;
    for (let j = 0; j < ss.length; j++) {
      if (ss[j]!.quoteLine) continue;
      return ss[j]!.greetingLike && before([i, j], quotedFrom) ? [i, j] : null;
    }
  }
  return null;
}

/** Draft-wide facts from analysed paragraphs, in time linear in the number of paragraphs. */
export function layout(blocks: readonly Block[]): DraftLayout {
  return new LayoutTracker().reset(blocks);
}

/**
 * Keeps a draft's layout up to date as single paragraphs change (an editor's keystrokes): the
 * language totals are adjusted by the changed paragraph alone, and the per-paragraph languages are
 * only recomputed when the draft's language flips. The result equals `layout(blocks)`.
 */
export class LayoutTracker {
  private totals: LanguageTotals = { letters: { ru: 0, en: 0, other: 0 }, sum: emptyEvidence() };
  private end = 0;
  private current: DraftLayout | null = null;
  /** Whether the last update changed the language of paragraphs other than the one replaced. */
  othersChanged = true;

  /** The layout of `blocks`, computed afresh. */
  reset(blocks: readonly Block[]): DraftLayout {
    const quotedFrom = findQuoted(blocks);
    this.end = quotedFrom ? quotedFrom[0] + 1 : blocks.length;
    this.totals = { letters: { ru: 0, en: 0, other: 0 }, sum: emptyEvidence() };
    for (let b = 0; b < this.end; b++) addBlock(this.totals, blocks[b]!, 1);
    const lang = draftLanguage(this.totals, blocks, this.end);
    const inherited = inheritedFrom(lang);
    const langs = blocks.map((b) => effective(b, inherited));
    this.othersChanged = true;
    return (this.current = { lang, langs, quotedFrom, signatureFrom: findSignature(blocks, quotedFrom), greeting: findGreeting(blocks, quotedFrom) });
  }

  /** The layout after `blocks[index]` replaced `old` (same number of paragraphs). */
  replace(blocks: readonly Block[], index: number, old: Block): DraftLayout {
    const prev = this.current;
    const next = blocks[index]!;
    if (!prev || prev.langs.length !== blocks.length || old.header >= 0 || next.header >= 0) return this.reset(blocks);
    if (index < this.end) {
      addBlock(this.totals, old, -1);
      addBlock(this.totals, next, 1);
    }
    const { ru, en, other } = this.totals.letters;
    if (ru + en + other <= 0) return this.reset(blocks); // the rare undecided draft: take the full path
    const lang = draftLanguage(this.totals, blocks, this.end);
    const inherited = inheritedFrom(lang);
    let langs = prev.langs;
    this.othersChanged = lang !== prev.lang;
    if (this.othersChanged) langs = blocks.map((b) => effective(b, inherited));
    else langs[index] = effective(next, inherited);
    const quotedFrom = prev.quotedFrom;
    return (this.current = { lang, langs, quotedFrom, signatureFrom: findSignature(blocks, quotedFrom), greeting: findGreeting(blocks, quotedFrom) });
  }
}

/** One sentence of the draft. Offsets are UTF-16 indices into the draft. */
export interface SentenceInfo {
  start: number;
  end: number;
  /** The paragraph's effective language (`ru`, `en`, `other`, or `und` when nothing can tell). */
  lang: DetectedLang;
  /** The customer's words: a `>` line, a sentence wholly in quotation marks, or anything after an "On … wrote:" header. */
  quoted: boolean;
  /** The sign-off and what follows it at the end of the agent's part. */
  signature: boolean;
  /** The opening salutation ("Hi Maya,", "Анна, добрый день!"). */
  greeting: boolean;
  /** The agent's own sentence: neither quoted nor signature. The greeting line is own text too. */
  own: boolean;
  /** Its words, offsets into the draft; words inside quotation marks have `quoted` set. */
  words: Word[];
}

export interface ParagraphInfo {
  start: number;
  end: number;
  /** Effective language: its own, or the draft's when the paragraph alone is too short to tell. */
  lang: DetectedLang;
  /** What the paragraph's own text says. */
  detected: DetectedLang;
  sentences: SentenceInfo[];
}

export interface DraftAnalysis {
  text: string;
  lang: DetectedLang;
  paragraphs: ParagraphInfo[];
  /** All sentences in order (the same objects as in `paragraphs`). */
  sentences: SentenceInfo[];
}

/** Whether the sentence at `ref` is quoted or in the signature, given a layout. */
export function sentenceRole(l: DraftLayout, blocks: readonly Block[], b: number, s: number): { quoted: boolean; signature: boolean } {
  const quoted = blocks[b]!.sentences[s]!.quoteLine || (l.quotedFrom !== null && !before([b, s], l.quotedFrom));
  const signature = !quoted && l.signatureFrom !== null && !before([b, s], l.signatureFrom);
  return { quoted, signature };
}

/**
 * Take a draft apart: paragraphs, sentences, languages and roles. Never throws; linear in the
 * length of the draft.
 */
export function analyzeDraft(text: string): DraftAnalysis {
  const spans = splitBlocks(text);
  // One segmentation pass for the whole draft; line breaks end sentences, so none crosses a
  // paragraph. Paragraphs are analysed in place, with offsets into the draft.
  const all = splitSentences(text);
  let k = 0;
  const blocks = spans.map(([s, e]) => {
    const own: Span[] = [];
    while (k < all.length && all[k]!.end <= e) {
      const span = all[k++]!;
      if (span.start >= s) own.push(span);
    }
    return analyzeBlock(text, own, s, e);
  });
  const l = layout(blocks);
  const paragraphs: ParagraphInfo[] = [];
  const sentences: SentenceInfo[] = [];
  blocks.forEach((block, b) => {
    const lang = l.langs[b]!;
    const list = block.sentences.map((bs, s): SentenceInfo => {
      const { quoted, signature } = sentenceRole(l, blocks, b, s);
      const greeting = l.greeting !== null && l.greeting[0] === b && l.greeting[1] === s;
      return { start: bs.start, end: bs.end, lang, quoted, signature, greeting, own: !quoted && !signature, words: bs.words };
    });
    sentences.push(...list);
    paragraphs.push({ start: spans[b]![0], end: spans[b]![1], lang, detected: block.detected, sentences: list });
  });
  return { text, lang: l.lang, paragraphs, sentences };
}
