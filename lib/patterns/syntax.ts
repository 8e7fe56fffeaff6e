/**
 * Parser of the pattern language (the syntax is described in `index.ts`). Produces a small tree;
 * every node keeps its source span for error messages. The parser is a plain recursive descent
 * whose depth is capped, so a hostile pattern cannot overflow the stack.
 */
import { errors, LIMITS, PatternSyntaxError, type PatternError } from './errors';
import { fold } from '../text/words';

/** A test of one word of the text. */
export type WordTest =
  | { kind: 'exact'; text: string }
  | { kind: 'prefix'; text: string }
  | { kind: 'suffix'; text: string }
  | { kind: 'contains'; text: string }
  | { kind: 'any' }
  | { kind: 'number' };

export type Node =
  | { t: 'word'; test: WordTest; start: number; end: number }
  | { t: 'class'; name: string; start: number; end: number }
  /** `gaps[i]` is what may stand between items i and i+1: 0 words, up to N, or any number (-1). */
  | { t: 'seq'; items: Node[]; gaps: number[]; start: number; end: number }
  | { t: 'alt'; options: Node[]; start: number; end: number }
  | { t: 'opt'; node: Node; start: number; end: number }
  | { t: 'plus'; node: Node; start: number; end: number }
  /** Both parts in either order, at most `max` words apart (-1: anywhere in the sentence). */
  | { t: 'near'; left: Node; right: Node; max: number; start: number; end: number }
  | { t: 'bos'; start: number; end: number }
  | { t: 'eos'; start: number; end: number };

export const ANY_GAP = -1;

type Tok =
  | { k: 'word'; text: string; start: number; end: number }
  | { k: 'class'; name: string; start: number; end: number }
  | { k: 'gap'; max: number; start: number; end: number }
  | { k: 'near'; max: number; start: number; end: number }
  | { k: '(' | ')' | '|' | '?' | '+' | '^' | '$' | '#' | 'end'; start: number; end: number };

const WORD_CHAR = /[\p{L}\p{N}\p{M}'’ʼ`´\-‐‑*]/u;
const CLASS_CHAR = /[\p{L}\p{N}_-]/u;
const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*$/u;

function fail(message: PatternError['message'], start: number, end: number): never {
  throw new PatternSyntaxError({ message, start, end });
}

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if ('()|?+^$#'.includes(ch)) {
      out.push({ k: ch as '(' | ')' | '|' | '?' | '+' | '^' | '$' | '#', start, end: ++i });
      continue;
    }
    if (ch === '.' || ch === '…' || ch === '~') {
      if (ch === '.') {
        if (src[i + 1] !== '.') fail(errors.unexpected('.'), i, i + 1);
        i += 2;
        if (src[i] === '.') i++;
      } else i++;
      const digits = /^\d+/.exec(src.slice(i));
      let max = ANY_GAP;
      if (digits) {
        i += digits[0].length;
        max = Number(digits[0]);
        if (max > LIMITS.gap) fail(errors.gapTooLarge(src.slice(start, i), digits[0].replace(/^0+(?=\d)/, '')), start, i);
      }
      out.push({ k: ch === '~' ? 'near' : 'gap', max, start, end: i });
      continue;
    }
    if (ch === '@') {
      i++;
      while (i < src.length && CLASS_CHAR.test(src[i]!)) i++;
      if (i === start + 1) fail(errors.unexpected('@'), start, start + 1);
      out.push({ k: 'class', name: src.slice(start + 1, i).toLowerCase(), start, end: i });
      continue;
    }
    if (WORD_CHAR.test(ch)) {
      while (i < src.length && WORD_CHAR.test(src[i]!)) i++;
      out.push({ k: 'word', text: src.slice(start, i), start, end: i });
      continue;
    }
    const cp = src.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    fail(errors.unexpected(src.slice(i, i + len)), i, i + len);
  }
  out.push({ k: 'end', start: src.length, end: src.length });
  return out;
}

function wordTest(raw: string, start: number, end: number): WordTest {
  if (raw === '*') return { kind: 'any' };
  const lead = raw.startsWith('*');
  const trail = raw.length > 1 && raw.endsWith('*');
  const core = raw.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (core.includes('*')) fail(errors.innerStar(raw), start, end);
  const text = fold(core);
  if (!SINGLE_WORD.test(text) && !(lead || trail ? /^[\p{L}\p{M}\p{N}'\-]+$/u.test(text) : false)) {
    fail(errors.notOneWord(raw), start, end);
  }
  if (lead && trail) return { kind: 'contains', text };
  if (lead) return { kind: 'suffix', text };
  if (trail) return { kind: 'prefix', text };
  return { kind: 'exact', text };
}

class Parser {
  private at = 0;
  private depth = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.at]!;
  }

  parse(): Node {
    const node = this.alt();
    const t = this.peek();
    if (t.k === ')') fail(errors.unopened(), t.start, t.end);
    if (t.k !== 'end') fail(errors.unexpected(t.k), t.start, t.end);
    return node;
  }

  private alt(): Node {
    const options = [this.near()];
    while (this.peek().k === '|') {
      this.at++;
      options.push(this.near());
    }
    if (options.length === 1) return options[0]!;
    return { t: 'alt', options, start: options[0]!.start, end: options[options.length - 1]!.end };
  }

  private near(): Node {
    let left = this.seq();
    while (this.peek().k === 'near') {
      const op = this.peek() as Extract<Tok, { k: 'near' }>;
      this.at++;
      const right = this.seq(op);
      left = { t: 'near', left, right, max: op.max, start: left.start, end: right.end };
    }
    return left;
  }

  /** A sequence; `after` is the operator before it, blamed when the sequence is empty. */
  private seq(after?: Tok): Node {
    const items: Node[] = [];
    const gaps: number[] = [];
    let pendingGap: Extract<Tok, { k: 'gap' }> | null = null;
    for (;;) {
      const t = this.peek();
      if (t.k === 'gap') {
        if (items.length === 0 || pendingGap) fail(errors.edge(srcOf(t)), t.start, t.end);
        pendingGap = t;
        this.at++;
        continue;
      }
      const unit = this.unit();
      if (!unit) break;
      if (items.length > 0) gaps.push(pendingGap ? pendingGap.max : 0);
      pendingGap = null;
      items.push(unit);
    }
    if (pendingGap) fail(errors.edge(srcOf(pendingGap)), pendingGap.start, pendingGap.end);
    if (items.length === 0) {
      const t = this.peek();
      if (after) fail(errors.edge('~'), after.start, after.end);
      if (t.k === '|' || t.k === 'end' || t.k === ')') fail(t.k === '|' || this.at > 0 ? errors.emptyOption() : errors.empty(), t.start, t.end);
      if (t.k === 'near') fail(errors.edge('~'), t.start, t.end);
      fail(errors.dangling(t.k), t.start, t.end);
    }
    if (items.length === 1) return items[0]!;
    return { t: 'seq', items, gaps, start: items[0]!.start, end: items[items.length - 1]!.end };
  }

  private unit(): Node | null {
    let node = this.primary();
    if (!node) return null;
    for (;;) {
      const t = this.peek();
      if (t.k === '?') node = { t: 'opt', node, start: node.start, end: t.end };
      else if (t.k === '+') node = { t: 'plus', node, start: node.start, end: t.end };
      else return node;
      this.at++;
    }
  }

  private primary(): Node | null {
    const t = this.peek();
    switch (t.k) {
      case 'word':
        this.at++;
        return { t: 'word', test: wordTest(t.text, t.start, t.end), start: t.start, end: t.end };
      case '#':
        this.at++;
        return { t: 'word', test: { kind: 'number' }, start: t.start, end: t.end };
      case 'class':
        this.at++;
        return { t: 'class', name: t.name, start: t.start, end: t.end };
      case '^':
        this.at++;
        return { t: 'bos', start: t.start, end: t.end };
      case '$':
        this.at++;
        return { t: 'eos', start: t.start, end: t.end };
      case '(': {
        if (++this.depth > LIMITS.depth) fail(errors.tooDeep(), t.start, t.end);
        this.at++;
        if (this.peek().k === 'end') fail(errors.unclosed(), t.start, t.end);
        if (this.peek().k === ')') fail(errors.emptyGroup(), t.start, this.peek().end);
        const inner = this.alt();
        const close = this.peek();
        if (close.k !== ')') fail(errors.unclosed(), t.start, t.end);
        this.at++;
        this.depth--;
        return { ...inner, start: t.start, end: close.end };
      }
      case '?':
      case '+':
        fail(errors.dangling(t.k), t.start, t.end);
      default:
        return null;
    }
  }
}

function srcOf(t: Tok): string {
  if (t.k === 'gap') return t.max === ANY_GAP ? '..' : `..${t.max}`;
  if (t.k === 'near') return t.max === ANY_GAP ? '~' : `~${t.max}`;
  return t.k;
}

/** Parse a pattern, or throw `PatternSyntaxError` saying what is wrong and where. */
export function parse(source: string): Node {
  if (source.length > LIMITS.sourceLength) fail(errors.tooLong(source.length), LIMITS.sourceLength, source.length);
  if (!source.trim()) fail(errors.empty(), 0, source.length);
  return new Parser(lex(source)).parse();
}

/** Whether a node can match without consuming a word. */
export function nullable(node: Node): boolean {
  switch (node.t) {
    case 'word':
    case 'class':
      return false;
    case 'bos':
    case 'eos':
    case 'opt':
      return true;
    case 'plus':
      return nullable(node.node);
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.options.some(nullable);
    case 'near':
      return nullable(node.left) && nullable(node.right);
  }
}
