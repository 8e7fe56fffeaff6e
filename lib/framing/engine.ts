/**
 * Runs a rule pack over one sentence's words.
 *
 * A pack is compiled once into a shared lexicon, so each word is classified once for all rules, and
 * its patterns are also laid into combined automata, so each group (clause exceptions, sentence
 * exceptions, rules, ways forward) takes one pass over the words. Then, per sentence: the pack's
 * exceptions mark the words they cover ("не переживайте", "you won't be charged", "if it doesn't
 * help"); a rule matches only in a stretch of words none of which is excused (so an exception
 * cancels a match it overlaps, not the whole sentence); the first rule in pack order that matches
 * names the finding; and a way forward elsewhere in the sentence (outside the words the rule
 * matched) makes it soft.
 */
import type { CheckLang } from '../check/types';
import { compilePattern, Lexicon, MultiMatcher, type Matcher, type MatchSink, type MatchStats, type WordTests } from '../patterns';
import { words as wordsOf, type Word } from '../text/words';
import { KeyedPrefilter, type PresentTests } from './prefilter';
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
  /** The same patterns run together, one pass per sentence (or clause) for each group. */
  all: { rules: MultiMatcher; clauseExceptions: MultiMatcher; sentenceExceptions: MultiMatcher; wayForward: MultiMatcher };
  /** Which rules, clause exceptions, sentence exceptions and ways forward can match a sentence at all. */
  filter: { rules: KeyedPrefilter; clauseExceptions: KeyedPrefilter; sentenceExceptions: KeyedPrefilter; wayForward: KeyedPrefilter };
  /** By test id, 1 for tests that key an alternative in any of `filter` (see `PreparedSentence.keys`). */
  keyTests: Uint8Array;
}

/** Where a pattern failed to compile, for a pack author (built-in packs are tested to compile). */
export class PackError extends Error {}

/**
 * Words in almost every sentence, which the prefilter avoids keying patterns on (see prefilter.ts).
 * Only speed depends on this list, never what is found.
 */
export const COMMON_WORDS: Readonly<Record<CheckLang, string>> = {
  en: 'the a an to of in on at for by with from and or is are was were be been it its this that there have has will you your we our i my me',
  ru: 'и в во на с со что это как а но по к у за из до же то так мы вы я вам вас нас мне',
};

/** Test ids that the common words of a language pass. */
function commonTests(lexicon: Lexicon, lang: CheckLang): Set<number> {
  const text = COMMON_WORDS[lang];
  const ids = new Set<number>();
  for (const list of lexicon.classifyWords(wordsOf(text, 0, text.length))) for (const id of list) ids.add(id);
  return ids;
}

export function compilePack(pack: FramingPack): CompiledPack {
  const lexicon = new Lexicon();
  const compile = (source: string, where: string): Matcher => {
    const r = compilePattern(source, { classes: pack.classes, lexicon });
    if (!r.ok) throw new PackError(`${where}: ${r.error.message.en} (at ${r.error.start}-${r.error.end} of “${source}”)`);
    return r.matcher;
  };
  const rules = pack.rules.map((rule) => ({
    rule,
    matcher: compile(rule.pattern, rule.id),
    exceptions: rule.exceptions.map((e, i) => compile(e, `${rule.id} exception ${i + 1}`)),
  }));
  const exceptions = pack.exceptions.map((e) => ({ matcher: compile(e.pattern, e.id), sentence: e.scope === 'sentence' }));
  const wayForward = pack.wayForward.map((w) => compile(w.pattern, w.id));
  const ruleMatchers = rules.map((r) => r.matcher);
  const clauseExceptions = exceptions.filter((e) => !e.sentence).map((e) => e.matcher);
  const sentenceExceptions = exceptions.filter((e) => e.sentence).map((e) => e.matcher);
  const common = commonTests(lexicon, pack.lang);
  const filter = {
    rules: new KeyedPrefilter(ruleMatchers, lexicon, common),
    clauseExceptions: new KeyedPrefilter(clauseExceptions, lexicon, common),
    sentenceExceptions: new KeyedPrefilter(sentenceExceptions, lexicon, common),
    wayForward: new KeyedPrefilter(wayForward, lexicon, common),
  };
  const keyTests = new Uint8Array(lexicon.size);
  for (const f of Object.values(filter)) f.markKeys(keyTests);
  return {
    lang: pack.lang,
    lexicon,
    rules,
    exceptions,
    wayForward,
    filter,
    keyTests,
    all: {
      rules: new MultiMatcher(ruleMatchers, lexicon),
      clauseExceptions: new MultiMatcher(clauseExceptions, lexicon),
      sentenceExceptions: new MultiMatcher(sentenceExceptions, lexicon),
      wayForward: new MultiMatcher(wayForward, lexicon),
    },
  };
}

/** A sentence prepared for matching: its words (quoted ones left out), their tests, which tests occur. */
export interface PreparedSentence extends PresentTests {
  words: Word[];
  tests: WordTests;
  /** By word index, 1 where a clause starts (after a comma, dash, colon…); null for one clause. */
  breaks: Uint8Array | null;
}

let epoch = 0;
let seen = new Int32Array(256);

/** Classify a sentence's words against a pack's lexicon. */
export function prepare(pack: CompiledPack, words: readonly Word[]): PreparedSentence {
  let own = words as Word[];
  for (const w of words) if (w.quoted) {
    own = words.filter((x) => !x.quoted);
    break;
  }
  const tests = pack.lexicon.classifyWords(own);
  // Which tests occur anywhere in the sentence, stamped with an epoch so nothing is ever cleared.
  const stamp = ++epoch;
  if (seen.length < pack.lexicon.size) seen = new Int32Array(Math.max(pack.lexicon.size, seen.length * 2));
  const marks = seen;
  // The few present tests the prefilters are keyed on, so that they need not walk every test present.
  const keys: number[] = [];
  const keyTests = pack.keyTests;
  for (const list of tests)
    for (const id of list)
      if (marks[id] !== stamp) {
        marks[id] = stamp;
        if (keyTests[id] === 1) keys.push(id);
      }
  let breaks: Uint8Array | null = null;
  for (let i = 1; i < own.length; i++) if (own[i]!.pause) (breaks ??= new Uint8Array(own.length))[i] = 1;
  return { words: own, tests, keys, marks, stamp, breaks };
}

/** Marks the words a match covers. */
class Cover implements MatchSink {
  constructor(readonly into: Uint8Array) {}
  match(_p: number, start: number, end: number): boolean {
    this.into.fill(1, start, end);
    return false;
  }
}

/** Keeps the first match of each pattern. */
class FirstHits implements MatchSink {
  readonly hits: Array<[number, number] | undefined> = [];
  match(p: number, start: number, end: number): boolean {
    this.hits[p] ??= [start, end];
    return false;
  }
}

/** Stops at the first match of any pattern. */
class AnyHit implements MatchSink {
  hit: [number, number] | null = null;
  match(_p: number, start: number, end: number): boolean {
    this.hit = [start, end];
    return true;
  }
}

/**
 * Mark the words the given exceptions cover. Pack exceptions are matched clause by clause (between
 * commas, dashes, colons…), with "^" and "$" at the clause's edges: "if it doesn't arrive" excuses
 * its own clause, not the "we can't refund it" that follows. A rule's own exceptions, and pack
 * exceptions marked so, see the whole sentence ("Under the terms, you get…").
 */
function cover(m: MultiMatcher, s: PreparedSentence, sink: Cover, perClause: boolean, stats?: MatchStats, enabled: Uint8Array | null = null): void {
  const steps = m.scan(s.tests, 0, s.tests.length, 0, s.tests.length, sink, enabled, perClause ? s.breaks : null);
  if (stats) stats.steps += steps;
}


/** Run `m` over the stretches of words not excused, until the sink says stop. */
function scanClear(m: MultiMatcher, s: PreparedSentence, excused: Uint8Array | null, sink: MatchSink & { hit?: unknown }, stats?: MatchStats, enabled: Uint8Array | null = null): void {
  const n = s.tests.length;
  let steps = 0;
  let a = 0;
  while (a < n) {
    if (excused) while (a < n && excused[a]) a++;
    let b = a;
    if (excused) while (b < n && !excused[b]) b++;
    else b = n;
    if (b > a) steps += m.scan(s.tests, a, b, 0, n, sink, enabled);
    if (sink instanceof AnyHit && sink.hit) break;
    a = b;
  }
  if (stats) stats.steps += steps;
}

export interface SentenceVerdict {
  rule: FramingRule;
  soft: boolean;
  /** The words the rule matched, as offsets of the words given (into their text). */
  start: number;
  end: number;
}

const aloneCache = new WeakMap<Matcher, MultiMatcher>();
const alone = (m: Matcher): MultiMatcher => {
  let mm = aloneCache.get(m);
  if (!mm) aloneCache.set(m, (mm = new MultiMatcher([m], m.lexicon)));
  return mm;
};

/** Words excused for rule `c`: the pack's, plus its own exceptions over the whole sentence. */
function ruleMask(c: CompiledRule, s: PreparedSentence, excused: Uint8Array | null, stats?: MatchStats): Uint8Array | null {
  if (c.exceptions.length === 0) return excused;
  const mask = excused ? excused.slice() : new Uint8Array(s.tests.length);
  const sink = new Cover(mask);
  for (const e of c.exceptions) if (e.mayMatch(s)) cover(alone(e), s, sink, false, stats);
  return mask;
}

/** Words excused by the pack's exceptions, or null when none applies. */
function packMask(pack: CompiledPack, s: PreparedSentence, stats?: MatchStats): Uint8Array | null {
  const clause = pack.filter.clauseExceptions.enabled(s);
  const sentence = pack.filter.sentenceExceptions.enabled(s);
  if (!clause && !sentence) return null;
  const mask = new Uint8Array(s.tests.length);
  const sink = new Cover(mask);
  if (clause) cover(pack.all.clauseExceptions, s, sink, true, stats, clause);
  if (sentence) cover(pack.all.sentenceExceptions, s, sink, false, stats, sentence);
  return mask;
}

/** The verdict for one sentence, or null when it frames nothing as a refusal. */
export function judgeSentence(pack: CompiledPack, words: readonly Word[], stats?: MatchStats): SentenceVerdict | null {
  if (words.length === 0) return null;
  const s = prepare(pack, words);
  if (s.tests.length === 0) return null;
  const possible = pack.filter.rules.enabled(s);
  if (!possible) return null;
  // Every rule at once; most sentences that pass the prefilter still match nothing, and then the
  // exceptions need not be looked for. Otherwise rescan the words the exceptions leave.
  let first = new FirstHits();
  scanClear(pack.all.rules, s, null, first, stats, possible);
  if (first.hits.length === 0) return null;
  const excused = packMask(pack, s, stats);
  if (excused) {
    // A match among the words left clear is also a match in the whole sentence, so only the rules
    // that matched there can match again: rescan just those.
    const hit = new Uint8Array(pack.rules.length);
    first.hits.forEach((h, r) => {
      if (h) hit[r] = 1;
    });
    first = new FirstHits();
    scanClear(pack.all.rules, s, excused, first, stats, hit);
  }
  for (let r = 0; r < pack.rules.length; r++) {
    let hit = first.hits[r];
    if (!hit) continue;
    const c = pack.rules[r]!;
    if (c.exceptions.length) {
      // A rule's own exceptions see the whole sentence; re-check the rule alone with them.
      const one = new AnyHit();
      scanClear(alone(c.matcher), s, ruleMask(c, s, excused, stats), one, stats);
      if (!one.hit) continue;
      hit = one.hit;
    }
    // A way forward is looked for outside the refusal's own words: in "sorry, but we will not
    // waive it" or "простите, но мы не можем" the "but … we will" / "но … можем" is the refusal itself.
    // Most refusals have no way forward anywhere in the sentence; the prefilter skips the scan then.
    const ways = pack.filter.wayForward.enabled(s);
    let soft = false;
    if (ways) {
      const way = new AnyHit();
      const own = new Uint8Array(s.tests.length);
      own.fill(1, hit[0], hit[1]);
      scanClear(pack.all.wayForward, s, own, way, stats, ways);
      soft = way.hit !== null;
    }
    return { rule: c.rule, soft, start: s.words[hit[0]]!.start, end: s.words[hit[1] - 1]!.end };
  }
  return null;
}

/** Whether one rule alone (with its own and the pack's exceptions) flags a sentence; for rule examples. */
export function ruleFlags(pack: CompiledPack, ruleId: string, words: readonly Word[]): boolean {
  const c = pack.rules.find((r) => r.rule.id === ruleId);
  if (!c) throw new Error(`no rule ${ruleId}`);
  const s = prepare(pack, words);
  const one = new AnyHit();
  scanClear(alone(c.matcher), s, ruleMask(c, s, packMask(pack, s)), one);
  return one.hit !== null;
}

/** Whether a pattern of the pack (exception or way forward) matches a sentence, as the engine runs it. */
export function patternMatches(pack: CompiledPack, m: Matcher, words: readonly Word[], perClause: boolean): boolean {
  const s = prepare(pack, words);
  const mask = new Uint8Array(s.tests.length);
  cover(alone(m), s, new Cover(mask), perClause);
  return mask.includes(1);
}
