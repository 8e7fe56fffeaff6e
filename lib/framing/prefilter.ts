/**
 * Which patterns of a pack can match a sentence, from the word tests present in it — the same
 * answer as `Prefilter` in lib/patterns, found with less work when a pack is large.
 *
 * Each pattern alternative needs a present test from every one of its required groups. Rather than
 * counting every group of every alternative for every test present (a sentence always has "the",
 * "to", "is", "не", "в", and many alternatives require one of them), each alternative is filed under
 * one key group only — one that no common word satisfies, where it has one — and its other groups
 * are checked against the sentence's presence marks when the key turns up. So the walk follows the
 * sentence's rarer words.
 */
import type { Lexicon, Matcher, Presence } from '../patterns';

export interface PresentTests extends Presence {
  /** The distinct test ids present, each marked `marks[id] === stamp`. */
  present: readonly number[];
}

export class KeyedPrefilter {
  /** By test id, the alternatives keyed on a group holding it. */
  private readonly postings: number[][] = [];
  /** By alternative: its pattern, and the groups besides its key. */
  private readonly pattern: number[] = [];
  private readonly others: number[][][] = [];
  private readonly always: number[] = [];
  private readonly seen: Int32Array;
  private readonly buffer: Uint8Array;
  private stamp = 0;

  /** `common`: test ids that very common words pass; alternatives are keyed on other groups when they can be. */
  constructor(matchers: readonly Matcher[], lexicon: Lexicon, common: ReadonlySet<number>) {
    matchers.forEach((m, p) => {
      for (const groups of m.programFor(lexicon).required) {
        if (groups.length === 0) {
          this.always.push(p);
          continue;
        }
        // The key: a group no common word satisfies, the smallest such; else the smallest group.
        const rank = (g: readonly number[]) => (g.some((id) => common.has(id)) ? 1_000_000 : 0) + g.length;
        let key = 0;
        for (let g = 1; g < groups.length; g++) if (rank(groups[g]!) < rank(groups[key]!)) key = g;
        const alt = this.pattern.length;
        this.pattern.push(p);
        this.others.push(groups.filter((_, g) => g !== key));
        for (const id of new Set(groups[key]!)) (this.postings[id] ??= []).push(alt);
      }
    });
    this.seen = new Int32Array(this.pattern.length);
    this.buffer = new Uint8Array(matchers.length);
  }

  /**
   * By pattern index, 1 for patterns that may match a sentence with these tests present; null if
   * none may. The array is reused by the next call: read it before asking again.
   */
  enabled(s: PresentTests): Uint8Array | null {
    const buffer = this.buffer;
    buffer.fill(0);
    let out: Uint8Array | null = null;
    for (const p of this.always) (out = buffer)[p] = 1;
    const stamp = ++this.stamp;
    const { postings, pattern, others, seen } = this;
    const { marks } = s;
    for (const id of s.present) {
      const alts = postings[id];
      if (!alts) continue;
      alternatives: for (const a of alts) {
        if (seen[a] === stamp) continue;
        seen[a] = stamp;
        const p = pattern[a]!;
        if (buffer[p]) continue;
        groups: for (const group of others[a]!) {
          for (const t of group) if (marks[t] === s.stamp) continue groups;
          continue alternatives;
        }
        (out = buffer)[p] = 1;
      }
    }
    return out;
  }
}
