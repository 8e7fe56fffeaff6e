/**
 * Word tests, interned, and the index that tells for each word of a text which tests it passes.
 *
 * A lexicon is shared by every pattern compiled against it (a rule pack compiles all its rules into
 * one), so each word of a draft is looked up once — one hash lookup, one walk down a prefix trie and
 * one down a suffix trie — however many rules there are. A word class or an alternation of single
 * words becomes one test, so a class of a hundred verb forms costs the same as one word.
 */
import { boundedMemo } from '../platform/memo';
import { isNumber, type Word } from '../text/words';
import type { WordTest } from './syntax';

interface TrieNode {
  next: Map<string, TrieNode>;
  ids: number[];
}

const newNode = (): TrieNode => ({ next: new Map(), ids: [] });

function trieAdd(root: TrieNode, key: string, id: number): void {
  let node = root;
  for (const ch of key) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = newNode()));
    node = child;
  }
  if (!node.ids.includes(id)) node.ids.push(id);
}

/** The tests each word passes, as small arrays of test ids (one array per word). */
export type WordTests = ReadonlyArray<readonly number[]>;

const testKey = (t: WordTest): string => (t.kind === 'any' || t.kind === 'number' ? t.kind : `${t.kind}:${t.text}`);

export class Lexicon {
  private readonly ids = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly prefixes = newNode();
  private readonly suffixes = newNode();
  private readonly contains: Array<[string, number]> = [];
  private readonly anyIds: number[] = [];
  private readonly numberIds: number[] = [];
  private count = 0;
  /** The ids of the tests one folded word passes, except those every word passes (see `isAny`). */
  // A pure function of the word, and drafts repeat words: results are kept.
  readonly classify: (norm: string) => number[] = boundedMemo((norm) => this.classifyWord(norm), MEMO_LIMIT);

  /** Number of distinct tests. */
  get size(): number {
    return this.count;
  }

  /** The id of a test that passes when any of `members` passes (one member: that test). */
  intern(members: readonly WordTest[]): number {
    const keys = [...new Set(members.map(testKey))].sort();
    const key = keys.join('\u0000');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.count++;
    this.ids.set(key, id);
    for (const m of members) {
      switch (m.kind) {
        case 'exact': {
          const list = this.exact.get(m.text);
          if (!list) this.exact.set(m.text, [id]);
          else if (!list.includes(id)) list.push(id);
          break;
        }
        case 'prefix':
          trieAdd(this.prefixes, m.text, id);
          break;
        case 'suffix':
          trieAdd(this.suffixes, [...m.text].reverse().join(''), id);
          break;
        case 'contains':
          this.contains.push([m.text, id]);
          break;
        case 'any':
          if (!this.anyIds.includes(id)) this.anyIds.push(id);
          break;
        case 'number':
          if (!this.numberIds.includes(id)) this.numberIds.push(id);
          break;
      }
    }
    return id;
  }

  /**
   * Whether test `id` passes for every word (`*`, and the gaps of "..", "~"). Such tests are not
   * listed per word by `classify` — every word passes them — so matchers check them here.
   */
  isAny(id: number): boolean {
    return this.anyIds.includes(id);
  }

  private classifyWord(norm: string): number[] {
    const out: number[] = [];
    const add = (ids: readonly number[]) => {
      for (const id of ids) if (!out.includes(id)) out.push(id);
    };
    const exact = this.exact.get(norm);
    if (exact) add(exact);
    let node: TrieNode | undefined = this.prefixes;
    for (let i = 0; i < norm.length && node; i++) {
      node = node.next.get(norm[i]!);
      if (node && node.ids.length) add(node.ids);
    }
    node = this.suffixes;
    for (let i = norm.length - 1; i >= 0 && node; i--) {
      node = node.next.get(norm[i]!);
      if (node && node.ids.length) add(node.ids);
    }
    for (const [text, id] of this.contains) if (norm.includes(text)) add([id]);
    if (this.numberIds.length && isNumber(norm)) add(this.numberIds);
    return out.length ? out : NONE;
  }

  /** Tests for each word; quoted words can be left out by the caller beforehand. */
  classifyWords(words: readonly Word[]): number[][] {
    return words.map((w) => this.classify(w.norm));
  }
}

const NONE: number[] = [];
const MEMO_LIMIT = 50_000;
