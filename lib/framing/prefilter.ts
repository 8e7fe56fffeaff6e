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
  /**
   * The distinct test ids present that key an alternative (see `keys`), each marked
   * `marks[id] === stamp`. Other present ids may be left out: `enabled` walks only these, and a
   * sentence has a few of them among dozens of tests present.
   */
  keys: readonly number[];
}

/** Lists of numbers packed into one typed array: list `i` is `items[start[i], start[i + 1])`. */
class Packed {
  readonly start: Int32Array;
  readonly items: Int32Array;
  constructor(lists: ReadonlyArray<readonly number[] | undefined>) {
    this.start = new Int32Array(lists.length + 1);
    let n = 0;
    lists.forEach((l, i) => (this.start[i + 1] = n += l?.length ?? 0));
    this.items = new Int32Array(n);
    lists.forEach((l, i) => l && this.items.set(l, this.start[i]!));
  }
}

export class KeyedPrefilter {
  // The lists below are packed into typed arrays (see Packed): `enabled` runs for every sentence,
  // and walking flat arrays costs much less than nested, holey JavaScript arrays.
  /** By test id, the alternatives keyed on a group holding it. */
  private readonly postings: Packed;
  /** By alternative: its pattern. */
  private readonly pattern: Int32Array;
  /** By alternative: the indices in `groups` of its groups besides its key. */
  private readonly others: Packed;
  /** The test ids of each of those groups. */
  private readonly groups: Packed;
  private readonly always: number[] = [];
  private readonly seen: Int32Array;
  private readonly buffer: Uint8Array;
  private stamp = 0;

  /** `common`: test ids that very common words pass; alternatives are keyed on other groups when they can be. */
  constructor(matchers: readonly Matcher[], lexicon: Lexicon, common: ReadonlySet<number>) {
    const postings: number[][] = [];
    const pattern: number[] = [];
    const others: number[][] = [];
    const groupIds: number[][] = [];
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
        const alt = pattern.length;
        pattern.push(p);
        others.push(groups.filter((_, g) => g !== key).map((g) => groupIds.push([...g]) - 1));
        for (const id of new Set(groups[key]!)) (postings[id] ??= []).push(alt);
      }
    });
    this.postings = new Packed(Array.from({ length: postings.length }, (_, id) => postings[id]));
    this.pattern = Int32Array.from(pattern);
    this.others = new Packed(others);
    this.groups = new Packed(groupIds);
    this.seen = new Int32Array(pattern.length);
    this.buffer = new Uint8Array(matchers.length);
  }

  /** Marks in `into` (by test id) the tests that key an alternative; `into` must cover the lexicon. */
  markKeys(into: Uint8Array): void {
    const start = this.postings.start;
    for (let id = 0; id + 1 < start.length; id++) if (start[id + 1]! > start[id]!) into[id] = 1;
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
    const { pattern, seen } = this;
    const { start: postStart, items: postItems } = this.postings;
    const { start: otherStart, items: otherItems } = this.others;
    const { start: groupStart, items: groupItems } = this.groups;
    const keyed = postStart.length - 1;
    const { marks, keys } = s;
    const want = s.stamp;
    for (let i = 0; i < keys.length; i++) {
      const id = keys[i]!;
      if (id >= keyed) continue;
      alternatives: for (let j = postStart[id]!, jEnd = postStart[id + 1]!; j < jEnd; j++) {
        const a = postItems[j]!;
        if (seen[a] === stamp) continue;
        seen[a] = stamp;
        const p = pattern[a]!;
        if (buffer[p]) continue;
        // Every other group needs one of its tests present.
        groups: for (let k = otherStart[a]!, kEnd = otherStart[a + 1]!; k < kEnd; k++) {
          const g = otherItems[k]!;
          for (let t = groupStart[g]!, tEnd = groupStart[g + 1]!; t < tEnd; t++) if (marks[groupItems[t]!] === want) continue groups;
          continue alternatives;
        }
        (out = buffer)[p] = 1;
      }
    }
    return out;
  }
}
