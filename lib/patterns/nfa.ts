/**
 * A pattern tree compiled to a Thompson automaton over words (simulated in multi.ts).
 *
 * Why this cannot hang the tab: the simulation (Pike's) keeps at most one thread per automaton
 * state and advances all threads together one word at a time, so matching a text of n words costs
 * at most a few steps per state per word, whatever the pattern looks like. Nested repetitions,
 * huge alternations or `(a+)+$` shapes, which make backtracking engines explode, only add states,
 * and the number of states is capped when the pattern is compiled.
 */
import { errors, LIMITS, PatternSyntaxError } from './errors';
import type { Lexicon, WordTests } from './lexicon';
import { ANY_GAP, type Node, type WordTest } from './syntax';

export const TOK = 0;
export const SPLIT = 1;
export const BOS = 2;
export const EOS = 3;
export const MATCH = 4;

/** The compiled automaton: parallel arrays indexed by state. */
export interface Program {
  op: Uint8Array;
  out: Int32Array;
  out2: Int32Array;
  /** For TOK states, the lexicon test id the word must pass. */
  test: Int32Array;
  start: number;
  /**
   * What a match needs, as alternatives (one per top-level option of the pattern), each a list of
   * groups of test ids: a match is possible only if, for some alternative, every group has a test
   * passed by some word. An empty group list means "nothing can be ruled out".
   */
  required: number[][][];
}

/** Resolves `@name` to its tree; throws `PatternSyntaxError` for unknown or broken classes. */
export type ClassResolver = (name: string, start: number, end: number) => Node;

interface Frag {
  start: number;
  /** States whose `out` (or `out2` when flagged) is still dangling. */
  holes: number[];
}

class Builder {
  op: number[] = [];
  out: number[] = [];
  out2: number[] = [];
  test: number[] = [];

  constructor(
    private readonly lexicon: Lexicon,
    private readonly resolve: ClassResolver,
    private readonly span: { start: number; end: number },
  ) {}

  private state(op: number, test = -1): number {
    if (this.op.length >= LIMITS.states) throw new PatternSyntaxError({ message: errors.tooComplex(), ...this.span });
    this.op.push(op);
    this.out.push(-1);
    this.out2.push(-1);
    this.test.push(test);
    return this.op.length - 1;
  }

  // Holes are encoded as state*2 (+1 for out2).
  private patch(holes: number[], target: number): void {
    for (const h of holes) {
      if (h & 1) this.out2[h >> 1] = target;
      else this.out[h >> 1] = target;
    }
  }

  private tok(test: number): Frag {
    const s = this.state(TOK, test);
    return { start: s, holes: [s * 2] };
  }

  private concat(a: Frag, b: Frag): Frag {
    this.patch(a.holes, b.start);
    return { start: a.start, holes: b.holes };
  }

  private optional(f: Frag): Frag {
    const s = this.state(SPLIT);
    this.out[s] = f.start;
    return { start: s, holes: [...f.holes, s * 2 + 1] };
  }

  private alternate(frags: Frag[]): Frag {
    let acc = frags[frags.length - 1]!;
    for (let i = frags.length - 2; i >= 0; i--) {
      const s = this.state(SPLIT);
      this.out[s] = frags[i]!.start;
      this.out2[s] = acc.start;
      acc = { start: s, holes: [...frags[i]!.holes, ...acc.holes] };
    }
    return acc;
  }

  private plus(f: Frag): Frag {
    const s = this.state(SPLIT);
    this.patch(f.holes, s);
    this.out[s] = f.start;
    return { start: f.start, holes: [s * 2 + 1] };
  }

  /** Up to `max` arbitrary words (or any number when max is ANY_GAP). */
  private gap(max: number): Frag | null {
    if (max === 0) return null;
    const any = this.lexicon.intern([{ kind: 'any' }]);
    if (max === ANY_GAP) {
      const s = this.state(SPLIT);
      const t = this.state(TOK, any);
      this.out[s] = t;
      this.out[t] = s;
      return { start: s, holes: [s * 2 + 1] };
    }
    let frag: Frag | null = null;
    for (let i = 0; i < max; i++) {
      const f = this.optional(this.tok(any));
      frag = frag ? this.concat(frag, f) : f;
    }
    return frag;
  }

  /** Word-only alternations (and classes of words) collapse into one lexicon test. */
  private wordSet(node: Node, depth = 0): WordTest[] | null {
    if (depth > LIMITS.depth + 8) return null;
    if (node.t === 'word') return [node.test];
    if (node.t === 'class') return this.wordSet(this.resolve(node.name, node.start, node.end), depth + 1);
    if (node.t === 'alt') {
      const all: WordTest[] = [];
      for (const o of node.options) {
        const set = this.wordSet(o, depth + 1);
        if (!set) return null;
        all.push(...set);
      }
      return all;
    }
    return null;
  }

  compile(node: Node, depth = 0): Frag {
    // Brackets are capped by the parser; what nests this deep here is a long "~" chain or a chain of
    // classes, so the pattern is too complex, not too bracketed.
    if (depth > 4 * LIMITS.depth) throw new PatternSyntaxError({ message: errors.tooComplex(), start: node.start, end: node.end });
    const set = this.wordSet(node);
    if (set) return this.tok(this.lexicon.intern(set));
    switch (node.t) {
      case 'word':
        return this.tok(this.lexicon.intern([node.test]));
      case 'class':
        return this.compile(this.resolve(node.name, node.start, node.end), depth + 1);
      case 'bos':
      case 'eos': {
        const s = this.state(node.t === 'bos' ? BOS : EOS);
        return { start: s, holes: [s * 2] };
      }
      case 'opt':
        return this.optional(this.compile(node.node, depth + 1));
      case 'plus':
        return this.plus(this.compile(node.node, depth + 1));
      case 'alt':
        return this.alternate(node.options.map((o) => this.compile(o, depth + 1)));
      case 'seq': {
        let frag = this.compile(node.items[0]!, depth + 1);
        for (let i = 1; i < node.items.length; i++) {
          const gap = this.gap(node.gaps[i - 1]!);
          if (gap) frag = this.concat(frag, gap);
          frag = this.concat(frag, this.compile(node.items[i]!, depth + 1));
        }
        return frag;
      }
      case 'near': {
        const order = (a: Node, b: Node): Frag => {
          let f = this.compile(a, depth + 1);
          const gap = this.gap(node.max);
          if (gap) f = this.concat(f, gap);
          return this.concat(f, this.compile(b, depth + 1));
        };
        return this.alternate([order(node.left, node.right), order(node.right, node.left)]);
      }
    }
  }

  /** Point every dangling exit of the whole pattern at the final MATCH state. */
  finish(frag: Frag): void {
    this.patch(frag.holes, this.state(MATCH));
  }

  /**
   * What every match must contain, as groups of test ids: each group needs one of its tests
   * present among the words. An empty list says nothing (a match could be made of any words).
   */
  required(node: Node, depth = 0): number[][] {
    if (depth > 4 * LIMITS.depth) return [];
    const set = this.wordSet(node);
    if (set) return set.some((t) => t.kind === 'any') ? [] : [[this.lexicon.intern(set)]];
    switch (node.t) {
      case 'class':
        return this.required(this.resolve(node.name, node.start, node.end), depth + 1);
      case 'plus':
        return this.required(node.node, depth + 1);
      case 'seq':
        return node.items.flatMap((item) => this.required(item, depth + 1));
      case 'near':
        return [...this.required(node.left, depth + 1), ...this.required(node.right, depth + 1)];
      case 'alt': {
        // Each option must bring something; their narrowest groups together form one group.
        const union = new Set<number>();
        for (const o of node.options) {
          const groups = this.required(o, depth + 1);
          if (groups.length === 0) return [];
          let best = groups[0]!;
          for (const g of groups) if (g.length < best.length) best = g;
          for (const id of best) union.add(id);
        }
        return [[...union]];
      }
      default:
        return [];
    }
  }
}

/** Compile a parsed pattern against a lexicon. Throws `PatternSyntaxError` when over the limits. */
export function compileProgram(node: Node, lexicon: Lexicon, resolve: ClassResolver): Program {
  const b = new Builder(lexicon, resolve, { start: node.start, end: node.end });
  const frag = b.compile(node);
  b.finish(frag);
  return {
    op: Uint8Array.from(b.op),
    out: Int32Array.from(b.out),
    out2: Int32Array.from(b.out2),
    test: Int32Array.from(b.test),
    start: frag.start,
    required: node.t === 'alt' ? node.options.map((o) => b.required(o)) : [b.required(node)],
  };
}



/** Work done by `run`, for callers (and tests) that want to see it stays bounded. */
export interface Steps {
  steps: number;
}
