/**
 * Phrase patterns: a small language for the phrases a rule looks for, written by us for the
 * built-in packs and by admins on the options page.
 *
 * A pattern is matched against one sentence at a time, word by word. Letter case, ё/е and the
 * apostrophe's shape (' or ’) never matter, and words are whole words in any alphabet, so "нет"
 * does not match inside "интернет". A contraction or a hyphenated word is one word (can't, we're,
 * из-за). Words inside quotation marks are someone else's and are skipped.
 *
 *   refund              the word "refund"
 *   refund*             a word starting with "refund": refunds, refunded, refundable
 *   *able               a word ending in "able";  *ложени* a word containing "ложени"
 *   *                   any one word
 *   #                   any number: 14, 2024
 *   we can't            words next to each other, in this order (commas and dashes between
 *                       words do not matter)
 *   (can't | cannot)    one of several; brackets group
 *   really?             optional: the word may be missing
 *   (very)+             one or more times
 *   only .. days        "days" somewhere after "only" in the same sentence
 *   only ..3 days       ... with at most 3 words between them
 *   не ~ можем          both, in either order, anywhere in the sentence:
 *                       "не можем", "можем, к сожалению, не"
 *   не ~2 можем         ... at most 2 words apart
 *   @neg                a word class: a named set of words, such as @neg (not, n't, never,
 *                       не, нет, нельзя, …), @we, @i, @you, @can; rule packs define more
 *   ^ $                 the start and the end of the sentence
 *   *'re                any contraction ending in 're (we're, you're); *n't any with n't
 *
 * Priority, loosest first: "|", then "~", then words side by side or joined by "..". So
 * "a b | c" means "(a b) | c", and "a b ~ c d" means "(a b) ~ (c d)".
 *
 * Examples:
 *   ^ unfortunately                       a sentence that opens with "unfortunately"
 *   (не | нельзя) ~3 (вернуть | вернём)   "вернуть нельзя", "не вернём", "вернуть мы не можем"
 *   @we ..2 (don't | do not) (offer | provide)
 *
 * Limits: at most 2,000 characters, brackets 16 deep, 20 words for ".." and "~", and 3,000
 * automaton states after expansion (each "~" doubles what it joins).
 *
 * Matching cannot hang the page: patterns compile to an automaton simulated one word at a time
 * (one thread per state, never backtracking), so a sentence of n words costs at most
 * (n + 1) × 3 × states steps, and the states are capped when the pattern is compiled. Patterns
 * over the caps are rejected with a message saying why, and every error points at the part of the
 * source it is about.
 */
import type { Localized } from '../i18n';
import { splitSentences } from '../text/sentences';
import { words as wordsOf, type Word } from '../text/words';
import { BUILTIN_CLASSES } from './classes';
import { errors, LIMITS, PatternSyntaxError, type PatternError } from './errors';
import { Lexicon, type WordTests } from './lexicon';
import { compileProgram, type Program } from './nfa';
import { MultiMatcher, type MatchSink } from './multi';
import { nullable, parse, type Node } from './syntax';

export { BUILTIN_CLASSES } from './classes';
export { LIMITS, type PatternError } from './errors';
export { Lexicon, type WordTests } from './lexicon';
export { MultiMatcher, type MatchSink } from './multi';
export { Prefilter } from './prefilter';
export type { Program } from './nfa';

/** A match: UTF-16 offsets into the text given to `find`. */
export interface Match {
  start: number;
  end: number;
}

/** Which lexicon tests occur in a sentence: `marks[id] === stamp`. */
export interface Presence {
  marks: Int32Array;
  stamp: number;
}

/** Counts the work matching did; tests use it to show the work stays bounded. */
export interface MatchStats {
  steps: number;
}

export interface CompileOptions {
  /** Extra word classes, as pattern sources by name (without "@"); they override built-ins. */
  classes?: Readonly<Record<string, string>>;
  /** Share a lexicon between patterns so a text's words are looked up once for all of them. */
  lexicon?: Lexicon;
}

export class Matcher {
  constructor(
    readonly source: string,
    private readonly program: Program,
    readonly lexicon: Lexicon,
  ) {}

  /** The compiled automaton, for running several patterns of one lexicon together (multi.ts). */
  programFor(lexicon: Lexicon): Program {
    if (lexicon !== this.lexicon) throw new Error('patterns compiled against different lexicons cannot run together');
    return this.program;
  }

  /** Size of the automaton; see `MultiMatcher.scan` for the cost bound. */
  get states(): number {
    return this.program.op.length;
  }

  /**
   * Whether a match may lie among words with these tests: false when every alternative of the
   * pattern needs something no word has. Cheap; lets a pack skip most rules for most sentences.
   */
  mayMatch(present: Presence): boolean {
    const { marks, stamp } = present;
    alternatives: for (const groups of this.program.required) {
      for (const group of groups) {
        let found = false;
        for (const id of group) if (marks[id] === stamp) {
          found = true;
          break;
        }
        if (!found) continue alternatives;
      }
      return true;
    }
    return false;
  }

  /**
   * Low level: match over word tests (from `lexicon.classify`) at word indices [from, to) of a
   * sentence whose edges, for "^" and "$", are `bos` and `eos`. `sink.match(0, start, end)` gets,
   * for each end position, the leftmost start; it returns true to stop.
   */
  scan(tests: WordTests, from: number, to: number, bos: number, eos: number, sink: MatchSink, stats?: MatchStats): void {
    this.alone ??= new MultiMatcher([this], this.lexicon);
    const steps = this.alone.scan(tests, from, to, bos, eos, sink);
    if (stats) stats.steps += steps;
  }

  private alone: MultiMatcher | undefined;

  /** Matches in the words of one sentence, as word index ranges: leftmost first, longest, not overlapping. */
  matchWords(tests: WordTests, stats?: MatchStats): Array<[number, number]> {
    const events: Array<[number, number]> = [];
    this.scan(tests, 0, tests.length, 0, tests.length, { match: (_p, s, e) => (events.push([s, e]), false) }, stats);
    events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const out: Array<[number, number]> = [];
    let last = 0;
    for (const ev of events) {
      if (ev[0] < last) continue;
      out.push(ev);
      last = ev[1];
    }
    return out;
  }

  /**
   * Matches in a text, sentence by sentence. Words inside quotation marks are skipped, as the
   * checks skip them.
   */
  find(text: string, stats?: MatchStats): Match[] {
    const out: Match[] = [];
    for (const sentence of splitSentences(text)) {
      const words: Word[] = wordsOf(text, sentence.start, sentence.end).filter((w) => !w.quoted);
      const tests = this.lexicon.classifyWords(words);
      for (const [s, e] of this.matchWords(tests, stats)) out.push({ start: words[s]!.start, end: words[e - 1]!.end });
    }
    return out;
  }

  test(text: string): boolean {
    return this.find(text).length > 0;
  }
}

export type CompileResult = { ok: true; matcher: Matcher } | { ok: false; error: PatternError };

const parsedClasses = new WeakMap<object, Map<string, Node | PatternError>>();

function classResolver(classes: Readonly<Record<string, string>>): (name: string, start: number, end: number) => Node {
  let cache = parsedClasses.get(classes);
  if (!cache) parsedClasses.set(classes, (cache = new Map()));
  const resolving = new Set<string>();
  const acyclic = new Set<string>();
  const known = Object.keys(classes).sort();
  const resolve = (name: string, start: number, end: number): Node => {
    const src = Object.prototype.hasOwnProperty.call(classes, name) ? classes[name] : undefined;
    if (src === undefined) throw new PatternSyntaxError({ message: errors.unknownClass(name, known), start, end });
    if (resolving.has(name)) throw new PatternSyntaxError({ message: errors.recursiveClass(name), start, end });
    let parsed = cache.get(name);
    if (!parsed) {
      try {
        parsed = parse(src);
      } catch (e) {
        if (!(e instanceof PatternSyntaxError)) throw e;
        parsed = e.error;
      }
      cache.set(name, parsed);
    }
    if (!('t' in parsed)) throw new PatternSyntaxError({ message: errors.badClass(name, parsed.message), start, end });
    // A class body is checked for cycles (and unknown classes) once, the first time it is used.
    if (!acyclic.has(name)) {
      resolving.add(name);
      try {
        checkClassRefs(parsed, resolve);
      } finally {
        resolving.delete(name);
      }
      acyclic.add(name);
    }
    return parsed;
  };
  return resolve;
}

function checkClassRefs(node: Node, resolve: (name: string, start: number, end: number) => Node): void {
  switch (node.t) {
    case 'class':
      resolve(node.name, node.start, node.end);
      return;
    case 'seq':
      node.items.forEach((n) => checkClassRefs(n, resolve));
      return;
    case 'alt':
      node.options.forEach((n) => checkClassRefs(n, resolve));
      return;
    case 'opt':
    case 'plus':
      checkClassRefs(node.node, resolve);
      return;
    case 'near':
      checkClassRefs(node.left, resolve);
      checkClassRefs(node.right, resolve);
      return;
    default:
      return;
  }
}

const mergedClasses = new WeakMap<object, Readonly<Record<string, string>>>();

function withBuiltins(extra: Readonly<Record<string, string>> | undefined): Readonly<Record<string, string>> {
  if (!extra) return BUILTIN_CLASSES;
  let merged = mergedClasses.get(extra);
  if (!merged) {
    const lower = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k.toLowerCase(), v]));
    mergedClasses.set(extra, (merged = { ...BUILTIN_CLASSES, ...lower }));
  }
  return merged;
}

/**
 * Compile a pattern. Never throws: a broken or over-limit pattern gives `{ok: false, error}` with
 * a message in both UI languages and the span of the source it is about.
 */
export function compilePattern(source: string, options: CompileOptions = {}): CompileResult {
  try {
    const node = parse(source);
    if (nullable(node)) return { ok: false, error: { message: errors.matchesNothing(), start: node.start, end: node.end } };
    const lexicon = options.lexicon ?? new Lexicon();
    const program = compileProgram(node, lexicon, classResolver(withBuiltins(options.classes)));
    return { ok: true, matcher: new Matcher(source, program, lexicon) };
  } catch (e) {
    if (e instanceof PatternSyntaxError) return { ok: false, error: e.error };
    // A bug in the compiler must not take the options page down; report it as a pattern error.
    const message: Localized = { en: `The pattern could not be compiled (${String(e)}).`, ru: `Шаблон не удалось разобрать (${String(e)}).` };
    return { ok: false, error: { message, start: 0, end: source.length } };
  }
}

