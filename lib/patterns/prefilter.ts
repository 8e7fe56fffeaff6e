/**
 * Which of several patterns can possibly match a sentence, from the word tests present in it.
 *
 * Each pattern needs, for one of its top-level alternatives, a word passing some test of every
 * group (see `Program.required`). Rather than asking every pattern in turn, an inverted index maps
 * each test to the groups it satisfies, so the work follows the few tests a sentence has, not the
 * number of patterns.
 */
import type { Matcher } from './index';
import type { Lexicon } from './lexicon';

export class Prefilter {
  private readonly postings: number[][] = [];
  private readonly groupClause: number[] = [];
  private readonly clauseSize: number[] = [];
  private readonly clausePattern: number[] = [];
  private readonly always: number[] = [];
  private groupStamp: Int32Array;
  private clauseStamp: Int32Array;
  private clauseCount: Int32Array;
  private stamp = 0;
  private readonly buffer: Uint8Array;

  constructor(
    matchers: readonly Matcher[],
    lexicon: Lexicon,
    readonly size = matchers.length,
  ) {
    matchers.forEach((m, pattern) => {
      for (const groups of m.programFor(lexicon).required) {
        if (groups.length === 0) {
          this.always.push(pattern);
          continue;
        }
        const clause = this.clauseSize.length;
        this.clauseSize.push(groups.length);
        this.clausePattern.push(pattern);
        for (const group of groups) {
          const g = this.groupClause.length;
          this.groupClause.push(clause);
          for (const id of new Set(group)) (this.postings[id] ??= []).push(g);
        }
      }
    });
    this.buffer = new Uint8Array(this.size);
    this.groupStamp = new Int32Array(this.groupClause.length);
    this.clauseStamp = new Int32Array(this.clauseSize.length);
    this.clauseCount = new Int32Array(this.clauseSize.length);
  }

  /**
   * By pattern index, 1 for patterns that may match given the distinct test ids present; null if
   * none may. The array is reused by the next call: read it before asking again.
   */
  enabled(present: readonly number[]): Uint8Array | null {
    const buffer = this.buffer;
    buffer.fill(0);
    let out: Uint8Array | null = null;
    for (const p of this.always) (out = buffer)[p] = 1;
    const stamp = ++this.stamp;
    const { postings, groupClause, clauseSize, clausePattern, groupStamp, clauseStamp, clauseCount } = this;
    for (const id of present) {
      const gs = postings[id];
      if (!gs) continue;
      for (const g of gs) {
        if (groupStamp[g] === stamp) continue;
        groupStamp[g] = stamp;
        const c = groupClause[g]!;
        if (clauseStamp[c] !== stamp) {
          clauseStamp[c] = stamp;
          clauseCount[c] = 0;
        }
        if (++clauseCount[c]! === clauseSize[c]) (out = buffer)[clausePattern[c]!] = 1;
      }
    }
    return out;
  }
}
