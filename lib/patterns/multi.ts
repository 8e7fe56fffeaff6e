/**
 * Several patterns of one lexicon run together in a single pass over a sentence's words.
 *
 * The automata are laid side by side (state numbers offset) and simulated as one, with one thread
 * per state, so the bound of the single-pattern simulation holds for the whole set: at most
 * 3 × (total states) steps per word. A pattern is only started at words that can begin one of its
 * matches, so a pack of twenty rules costs little more than its busiest rule.
 */
import type { Matcher } from './index';
import type { Lexicon, WordTests } from './lexicon';
import { BOS, EOS, MATCH, SPLIT, TOK, type Program } from './nfa';

/**
 * The word-consuming states a match of `p` can start with, each with whether it is reached only
 * through "^". A pattern cannot match without consuming a word, so MATCH is never among them.
 */
function firstStates(p: Program): Array<[number, boolean]> {
  const best = new Map<number, boolean>();
  const seen = new Set<number>();
  const stack: Array<[number, boolean]> = [[p.start, false]];
  while (stack.length) {
    const [s, viaBos] = stack.pop()!;
    const key = s * 2 + (viaBos ? 1 : 0);
    if (s < 0 || seen.has(key)) continue;
    seen.add(key);
    const o = p.op[s];
    if (o === SPLIT) stack.push([p.out[s]!, viaBos], [p.out2[s]!, viaBos]);
    else if (o === BOS) stack.push([p.out[s]!, true]);
    else if (o === TOK) best.set(s, (best.get(s) ?? true) && viaBos);
    // EOS before any word can never lead to a match of a non-empty pattern.
  }
  return [...best];
}

/** Receives matches from `MultiMatcher.scan`; return true to stop the scan. */
export interface MatchSink {
  match(pattern: number, start: number, end: number): boolean;
}

export class MultiMatcher {
  private readonly op: Uint8Array;
  private readonly out: Int32Array;
  private readonly out2: Int32Array;
  private readonly test: Int32Array;
  /** For each MATCH state, the index of its pattern; -1 elsewhere. */
  private readonly owner: Int32Array;
  /**
   * Per lexicon test id, the first word-consuming states of all patterns with that test, as
   * triples (state, 1 if reachable only through "^", pattern): a new thread starts right there,
   * with no walk through the pattern's alternatives.
   */
  private readonly firstByTest: number[][];
  /** Start states (same triples) of patterns that can begin with any word. */
  private readonly anyFirsts: number[] = [];
  /** 1 for word-consuming states whose test every word passes. */
  private readonly anyState: Uint8Array;
  /** Start states where they could begin, by pattern, for each list of word tests seen (see `seedsFor`). */
  private readonly seeds = new Map<readonly number[], Int32Array>();
  private readonly lists: Int32Array[];
  private readonly mark: Int32Array;
  private gen = 0;
  private readonly stack: Int32Array;
  /**
   * The tests of the word the closure looks at, by test id: `wordMark[id] === wordGen`. Marking a
   * word's few tests once per position is cheaper than searching its list for every state.
   */
  private wordMark = new Int32Array(0);
  private wordGen = 0;
  private readonly lexicon: Lexicon;

  constructor(matchers: readonly Matcher[], lexicon: Lexicon) {
    this.lexicon = lexicon;
    const programs = matchers.map((m) => m.programFor(lexicon));
    const total = programs.reduce((n, p) => n + p.op.length, 0);
    this.op = new Uint8Array(total);
    this.out = new Int32Array(total);
    this.out2 = new Int32Array(total);
    this.test = new Int32Array(total);
    this.owner = new Int32Array(total).fill(-1);
    this.anyState = new Uint8Array(total);
    this.firstByTest = [];
    let base = 0;
    programs.forEach((p: Program, index) => {
      const n = p.op.length;
      for (let s = 0; s < n; s++) {
        this.op[base + s] = p.op[s]!;
        this.out[base + s] = p.out[s]! < 0 ? -1 : p.out[s]! + base;
        this.out2[base + s] = p.out2[s]! < 0 ? -1 : p.out2[s]! + base;
        this.test[base + s] = p.test[s]!;
        if (p.op[s] === MATCH) this.owner[base + s] = index;
        if (p.op[s] === TOK && lexicon.isAny(p.test[s]!)) this.anyState[base + s] = 1;
      }
      for (const [state, bosOnly] of firstStates(p)) {
        // A pattern starting with "*" could start at any word.
        const list = lexicon.isAny(p.test[state]!) ? this.anyFirsts : (this.firstByTest[p.test[state]!] ??= []);
        list.push(state + base, bosOnly ? 1 : 0, index);
      }
      base += n;
    });
    this.lists = [new Int32Array(total), new Int32Array(total), new Int32Array(total), new Int32Array(total)];
    this.mark = new Int32Array(total);
    this.stack = new Int32Array(2 * total + 2);
  }

  /**
   * Follow empty moves from `s0` at position `pos` and queue what can consume `word` (the word at
   * `pos`; a state that cannot is dropped now rather than one step later) and MATCH states.
   */
  private steps = 0;

  /** Start-state triples (state, only after "^", pattern) for a word with these tests; cached per list. */
  private seedsFor(word: readonly number[]): Int32Array {
    let seeds = this.seeds.get(word);
    if (!seeds) {
      const flat: number[] = [...this.anyFirsts];
      for (const id of word) {
        const firsts = this.firstByTest[id];
        if (firsts) flat.push(...firsts);
      }
      seeds = Int32Array.from(flat);
      if (this.seeds.size > 20_000) this.seeds.clear();
      this.seeds.set(word, seeds);
    }
    return seeds;
  }

  /** `word`: whether there is a word at `pos`; its tests are marked in `wordMark` (see `markWord`). */
  private closure(list: Int32Array, starts: Int32Array, len: number, s0: number, origin: number, pos: number, bos: number, eos: number, word: boolean): number {
    const { op, out, out2, test, mark, stack, gen, anyState, wordMark, wordGen } = this;
    let sp = 0;
    stack[sp++] = s0;
    while (sp > 0) {
      const s = stack[--sp]!;
      if (s < 0 || mark[s] === gen) continue;
      mark[s] = gen;
      this.steps++;
      const o = op[s];
      if (o === SPLIT) {
        stack[sp++] = out2[s]!;
        stack[sp++] = out[s]!;
      } else if (o === BOS) {
        if (pos === bos) stack[sp++] = out[s]!;
      } else if (o === EOS) {
        if (pos === eos) stack[sp++] = out[s]!;
      } else if (o === MATCH || (word && (anyState[s] === 1 || wordMark[test[s]!] === wordGen))) {
        list[len] = s;
        starts[len++] = origin;
      }
    }
    return len;
  }

  /**
   * Match every pattern over `tests[from, to)` (a sentence whose edges, for "^" and "$", are `bos`
   * and `eos`). `sink.match(pattern, start, end)` is called for each pattern and end position
   * with the leftmost start reaching it; it returns true to stop. `enabled`, by pattern index,
   * skips patterns known not to match (see `Matcher.mayMatch`). `breaks`, by word index, marks
   * words that start a new clause: no match crosses one, and "^"/"$" also hold at clause edges
   * (a scan per clause in one pass). Returns the steps taken, at most
   * 3 × (total states) per word: each state enters the lists once per position and is expanded
   * once, and the walk of empty moves marks every state it passes.
   */
  /** Mark the tests of `word` as those of the word the next closures look at. */
  private markWord(word: readonly number[]): void {
    if (this.wordMark.length < this.lexicon.size) this.wordMark = new Int32Array(this.lexicon.size);
    if (this.wordGen > 0x3fffffff) (this.wordGen = 0), this.wordMark.fill(0);
    const gen = ++this.wordGen;
    const marks = this.wordMark;
    for (let i = 0; i < word.length; i++) marks[word[i]!] = gen;
  }

  scan(tests: WordTests, from: number, to: number, bos: number, eos: number, sink: MatchSink, enabled: Uint8Array | null = null, breaks: Uint8Array | null = null): number {
    this.steps = 0;
    if (this.gen > 0x3fffffff) (this.gen = 0), this.mark.fill(0);
    const lists = this.lists;
    let clist = lists[0]!;
    let cstart = lists[1]!;
    let nlist = lists[2]!;
    let nstart = lists[3]!;
    let clen = 0;
    let nlen = 0;
    const { op, out, owner, mark } = this;
    for (let pos = from; pos <= to; pos++) {
      const tl = clist;
      const ts = cstart;
      clist = nlist;
      cstart = nstart;
      nlist = tl;
      nstart = ts;
      clen = nlen;
      nlen = 0;
      // A clause break ends every thread (only matches ending at the clause's end are carried
      // here, and they are reported now); "^" holds again here.
      let bosHere = bos;
      if (breaks !== null && pos > from && breaks[pos] === 1) {
        let stopped = false;
        for (let i = 0; i < clen; i++) {
          const s = clist[i]!;
          if (op[s] === MATCH && !stopped && cstart[i]! < pos && sink.match(owner[s]!, cstart[i]!, pos)) stopped = true;
        }
        if (stopped) break;
        clen = 0;
        bosHere = pos;
      }
      const gen = ++this.gen;
      for (let i = 0; i < clen; i++) mark[clist[i]!] = gen;
      const word = pos < to ? tests[pos]! : null;
      if (word) {
        // Start new threads at the first states that accept this word (one already queued is skipped).
        const firsts = this.seedsFor(word);
        for (let k = 0; k < firsts.length; k += 3) {
          const s = firsts[k]!;
          this.steps++;
          if (mark[s] === gen || (firsts[k + 1] === 1 && pos !== bosHere) || (enabled && !enabled[firsts[k + 2]!])) continue;
          mark[s] = gen;
          clist[clen] = s;
          cstart[clen++] = pos;
        }
      }
      if (clen === 0) continue;
      this.gen++;
      let stop = false;
      // At a clause's last word, "$" holds after it and nothing continues into the next clause.
      const clauseEnds = breaks !== null && pos + 1 < to && breaks[pos + 1] === 1;
      const next = pos + 1 < to && !clauseEnds ? tests[pos + 1]! : null;
      if (next) this.markWord(next);
      const eosHere = clauseEnds ? pos + 1 : eos;
      for (let i = 0; i < clen; i++) {
        const s = clist[i]!;
        this.steps++;
        if (op[s] === MATCH) {
          // A pattern's MATCH appears once per position, with its leftmost start.
          if (!stop && cstart[i]! < pos && sink.match(owner[s]!, cstart[i]!, pos)) stop = true;
        } else {
          // Queued TOK states already passed this word's test.
          nlen = this.closure(nlist, nstart, nlen, out[s]!, cstart[i]!, pos + 1, bosHere, eosHere, next !== null);
        }
      }
      if (stop) break;
    }
    return this.steps;
  }
}
