/**
 * The checks work on plain text; the overlay and the editing helper work on DOM ranges. A TextModel
 * is one read of a contenteditable editor: its plain text plus the map between the two.
 *
 * Plain text follows what the agent sees: one `\n` between blocks, an empty block is a blank line,
 * `<br>` is a line break (the placeholder `<br>` closing a block is not), and lines inside
 * `<blockquote>` read `> …` so the checks know quoted text when they see it. Characters the DOM does
 * not hold (block breaks, quote marks) are "virtual": a range starting in one begins at the next real
 * text, a range ending in one stops after the previous real text.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'svg']);

interface Piece {
  start: number;
  end: number;
  /** The text node this piece reads, or null for a virtual piece. */
  node: Text | null;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface TextModel {
  readonly root: Element;
  readonly text: string;
  /** A DOM boundary point for a plain-text offset. `start` bias prefers the following text, `end` the preceding. */
  toDom(offset: number, bias: 'start' | 'end'): DomPoint;
  /** A DOM range over plain-text [start, end); null when the span holds no real text. */
  range(start: number, end: number): Range | null;
  /** The plain-text offset of a DOM boundary point inside the root; null when outside it. */
  fromDom(node: Node, offset: number): number | null;
}

export interface ReadOptions {
  /** Whether runs of white space in text nodes are shown as-is (`white-space: pre*`). Read from the root when omitted. */
  preserveWhitespace?: boolean;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName);
}

function isHidden(el: Element): boolean {
  return (el as HTMLElement).hidden === true || el.getAttribute('aria-hidden') === 'true' && el.getAttribute('contenteditable') === 'false';
}

/**
 * Placeholders an editor renders so the caret has somewhere to sit, not text the agent wrote:
 * Slate's zero-width spans (a `\uFEFF`, sometimes a `<br>`) in empty lines and before inline voids.
 */
function isCaretPlaceholder(el: Element): boolean {
  return el.hasAttribute('data-slate-zero-width');
}

/** A `<br>` that only keeps an empty or trailing line open (ProseMirror's trailingBreak, browser placeholders). */
function isPlaceholderBr(br: Element): boolean {
  if (br.classList.contains('ProseMirror-trailingBreak')) return true;
  let next: Node | null = br.nextSibling;
  while (next && next.nodeType === 3 && !(next as Text).data) next = next.nextSibling;
  if (next) return false;
  const parent = br.parentElement;
  return Boolean(parent && isBlock(parent));
}

export function readTextModel(root: Element, options: ReadOptions = {}): TextModel {
  const view = root.ownerDocument.defaultView;
  const preserve =
    options.preserveWhitespace ?? /^pre|break-spaces/.test(view?.getComputedStyle(root).whiteSpace ?? 'pre-wrap');
  const pieces: Piece[] = [];
  let text = '';
  let quoteDepth = 0;
  let atLineStart = true;

  const emit = (chunk: string, node: Text | null) => {
    if (!chunk) return;
    pieces.push({ start: text.length, end: text.length + chunk.length, node });
    text += chunk;
    atLineStart = chunk.endsWith('\n');
  };
  const newline = () => emit('\n', null);
  const endsWithNewline = () => text.length === 0 || text.endsWith('\n');

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      let data = (node as Text).data;
      if (!data) return;
      if (!preserve) data = data.replace(/[\n\r\t]/g, ' ');
      if (atLineStart && quoteDepth > 0) emit('> '.repeat(quoteDepth), null);
      emit(data, node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName) || isHidden(el) || isCaretPlaceholder(el)) return;
    if (el.tagName === 'BR') {
      if (!isPlaceholderBr(el)) newline();
      return;
    }
    const block = isBlock(el);
    const quote = el.tagName === 'BLOCKQUOTE';
    if (block && !endsWithNewline()) newline();
    const before = text.length;
    if (quote) quoteDepth++;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (quote) quoteDepth--;
    if (!block) return;
    if (text.length === before) {
      // An empty block is a blank line, except as the very first thing.
      if (before > 0) newline();
    } else if (!endsWithNewline()) newline();
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child);

  const real = pieces.filter((p) => p.node);

  /** Index of the first real piece whose end is > offset (start bias) or >= offset (end bias). */
  const search = (offset: number, bias: 'start' | 'end') => {
    let lo = 0;
    let hi = real.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = real[mid]!;
      const before = bias === 'start' ? p.end <= offset : p.end < offset;
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const toDom = (offset: number, bias: 'start' | 'end'): DomPoint => {
    const o = Math.max(0, Math.min(offset, text.length));
    if (bias === 'start') {
      const i = search(o, 'start');
      const p = real[i];
      if (!p) {
        const last = real[real.length - 1];
        return last ? { node: last.node!, offset: last.node!.data.length } : { node: root, offset: root.childNodes.length };
      }
      return { node: p.node!, offset: Math.max(0, o - p.start) };
    }
    const i = search(o, 'end');
    const p = real[i];
    if (p && p.start <= o) return { node: p.node!, offset: o - p.start };
    const prev = real[i - 1];
    if (prev) return { node: prev.node!, offset: prev.node!.data.length };
    return p ? { node: p.node!, offset: 0 } : { node: root, offset: 0 };
  };

  const range = (start: number, end: number): Range | null => {
    if (end <= start) return null;
    const a = toDom(start, 'start');
    const b = toDom(end, 'end');
    const r = root.ownerDocument.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return r.collapsed ? null : r;
  };

  const fromDom = (node: Node, offset: number): number | null => {
    if (!root.contains(node)) return null;
    if (node.nodeType === 3) {
      const p = real.find((q) => q.node === node);
      if (p) return p.start + Math.min(offset, p.end - p.start);
    }
    // An element boundary: the offset of the first real text at or after that point.
    const probe = root.ownerDocument.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    for (const p of real) {
      if (probe.comparePoint(p.node!, 0) >= 0) return p.start;
    }
    return text.length;
  };

  return { root, text, toDom, range, fromDom };
}
