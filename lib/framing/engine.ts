/**
 * Runs a rule pack over one sentence's words.
 *
 * A pack is compiled once into a shared lexicon, so each word is classified once for all rules.
 * Then, per sentence: the pack's exceptions mark the words they cover ("не переживайте", "you won't
 * be charged", "if it doesn't help"); a rule matches only in a stretch of words none of which is
 * excused (so an exception cancels a match it overlaps, not the whole sentence); the first rule
 * that matches names the finding; and a way forward anywhere in the sentence makes it soft.
 */
import type { CheckLang } from '../check/types';
import { compilePattern, Lexicon, type Matcher, type MatchStats, type WordTests } from '../patterns';
import type { Word } from '../text/words';
import type { FramingPack, FramingRule } from './types';

export interface CompiledRule {
  rule: FramingRule;
  matcher: Matcher;
  exceptions: Matcher[];
}

export interface CompiledPack {
  lang: CheckLang;
  lexicon: Lexicon;
  rules: CompiledRule[];
  /** Pack exceptions, each with whether it is matched per clause (the default) or per sentence. */
  exceptions: Array<{ matcher: Matcher; sentence: boolean }>;
  wayForward: Matcher[];
}

/** Where a pattern failed to compile, for a pack author (built-in packs are tested to compile). */
export class PackError extends Error {}

export function compilePack(pack: FramingPack): CompiledPack {
  const lexicon = new Lexicon();
  const compile = (source: string, where: string): Matcher => {
    const r = compilePattern(source, { classes: pack.classes, lexicon });
    if (!r.ok) throw new PackError(`${where}: ${r.error.message.en} (at ${r.error.start}-${r.error.end} of “${source}”)`);
    return r.matcher;
  };
  return {
    lang: pack.lang,
    lexicon,
    rules: pack.rules.map((rule) => ({
      rule,
      matcher: compile(rule.pattern, rule.id),
      exceptions: rule.exceptions.map((e, i) => compile(e, `${rule.id} exception ${i + 1}`)),
    })),
    exceptions: pack.exceptions.map((e) => ({ matcher: compile(e.pattern, e.id), sentence: e.scope === 'sentence' })),
    wayForward: pack.wayForward.map((w) => compile(w.pattern, w.id)),
  };
}

/** A sentence prepared for matching: its words (quoted ones left out) and their tests. */
export interface PreparedSentence {
  words: Word[];
  tests: WordTests;
  present: (id: number) => boolean;
  /** Word indices where clauses start, then the word count. */
  clauses: number[];
}

let epoch = 0;
let seen = new Int32Array(256);

/** Classify a sentence's words against a pack's lexicon. */
export function prepare(pack: CompiledPack, words: readonly Word[]): PreparedSentence {
  const own = words.some((w) => w.quoted) ? words.filter((w) => !w.quoted) : (words as Word[]);
  const tests = pack.lexicon.classifyWords(own);
  // Which tests occur anywhere in the sentence, stamped with an epoch so nothing is cleared.
  const stamp = ++epoch;
  if (seen.length < pack.lexicon.size) seen = new Int32Array(Math.max(pack.lexicon.size, seen.length * 2));
  const marks = seen;
  for (const list of tests) for (const id of list) marks[id] = stamp;
  const clauses = [0];
  for (let i = 1; i < own.length; i++) if (own[i]!.pause) clauses.push(i);
  clauses.push(own.length);
  return { words: own, tests, present: (id) => marks[id] === stamp, clauses };
}

/**
 * Mark the words an exception covers. Pack exceptions are matched clause by clause (between
 * commas, dashes, colons…), with "^" and "$" at the clause's edges: "if it doesn't arrive" excuses
 * its own clause, not the "we can't refund it" that follows. A rule's own exceptions, and pack
 * exceptions marked so, see the whole sentence ("Under the terms, you get…").
 */
function cover(m: Matcher, s: PreparedSentence, into: Uint8Array, wholeSentence: boolean, stats?: MatchStats): void {
  if (!m.mayMatch(s.present)) return;
  const mark = (start: number, end: number) => {
    into.fill(1, start, end);
    return false;
  };
  if (wholeSentence) {
    m.scan(s.tests, 0, s.tests.length, 0, s.tests.length, mark, stats);
    return;
  }
  for (let i = 0; i + 1 < s.clauses.length; i++) {
    const a = s.clauses[i]!;
    const b = s.clauses[i + 1]!;
    m.scan(s.tests, a, b, a, b, mark, stats);
  }
}

/** The first match of `m` lying wholly in words not excused; word index range or null. */
function firstClear(m: Matcher, s: PreparedSentence, excused: Uint8Array | null, stats?: MatchStats): [number, number] | null {
  const n = s.tests.length;
  let found: [number, number] | null = null;
  const stop = (start: number, end: number) => ((found = [start, end]), true);
  if (!excused) {
    m.scan(s.tests, 0, n, 0, n, stop, stats);
    return found;
  }
  let a = 0;
  while (a < n && !found) {
    while (a < n && excused[a]) a++;
    let b = a;
    while (b < n && !excused[b]) b++;
    if (b > a) m.scan(s.tests, a, b, 0, n, stop, stats);
    a = b;
  }
  return found;
}

export interface SentenceVerdict {
  rule: FramingRule;
  soft: boolean;
  /** The words the rule matched, as word offsets into the text. */
  start: number;
  end: number;
}

/** The verdict for one sentence, or null when it frames nothing as a refusal. */
export function judgeSentence(pack: CompiledPack, words: readonly Word[], stats?: MatchStats): SentenceVerdict | null {
  if (words.length === 0) return null;
  const s = prepare(pack, words);
  if (s.words.length === 0) return null;
  const candidates = pack.rules.filter((r) => r.matcher.mayMatch(s.present));
  if (candidates.length === 0) return null;
  let excused: Uint8Array | null = null;
  for (const e of pack.exceptions) {
    if (!e.matcher.mayMatch(s.present)) continue;
    excused ??= new Uint8Array(s.tests.length);
    cover(e.matcher, s, excused, e.sentence, stats);
  }
  for (const c of candidates) {
    let mask = excused;
    if (c.exceptions.length) {
      mask = excused ? excused.slice() : new Uint8Array(s.tests.length);
      for (const e of c.exceptions) cover(e, s, mask, true, stats);
    }
    const hit = firstClear(c.matcher, s, mask, stats);
    if (!hit) continue;
    const soft = pack.wayForward.some((w) => w.mayMatch(s.present) && firstClear(w, s, null, stats) !== null);
    return { rule: c.rule, soft, start: s.words[hit[0]]!.start, end: s.words[hit[1] - 1]!.end };
  }
  return null;
}

/** Whether one rule alone (with its own and the pack's exceptions) flags a sentence; for rule examples. */
export function ruleFlags(pack: CompiledPack, ruleId: string, words: readonly Word[]): boolean {
  const c = pack.rules.find((r) => r.rule.id === ruleId);
  if (!c) throw new Error(`no rule ${ruleId}`);
  const s = prepare(pack, words);
  const mask = new Uint8Array(s.tests.length);
  for (const e of pack.exceptions) cover(e.matcher, s, mask, e.sentence);
  for (const e of c.exceptions) cover(e, s, mask, true);
  return firstClear(c.matcher, s, mask) !== null;
}
