/**
 * What may be logged: a passage the customer wrote, in the ticket the agent has open. A selection
 * is judged against the adapter's view of that ticket's messages, never by what the page looks like,
 * so the hidden ticket a helpdesk keeps mounted next to the open one, the agent's own replies and
 * the draft are all refused. The quote is read from the live DOM (not `Selection.toString()`) so the
 * same rules apply to a selection, a whole message and a test, and quoted earlier replies inside a
 * customer's e-mail — the agent's words, not the customer's — are left out.
 */
import type { MessageInfo } from '../adapters/contract';

/** Why a selection cannot be logged; each has a sentence in ./strings (`refused_<reason>`). */
export type Refusal = 'empty' | 'outside' | 'agent' | 'several' | 'quoted' | 'other_ticket';

export interface Passage {
  quote: string;
  message: MessageInfo;
  /** The part of the selection inside the message body: where the Log button goes. */
  range: Range;
}

export type PassageResult = { ok: true; passage: Passage } | { ok: false; reason: Refusal };

/** Same as `LIMITS.quote` in lib/feedback/schema (not imported: it would pull valibot into the content script). */
export const MAX_QUOTE = 10_000;

/**
 * Quoted earlier replies as mail clients and helpdesks mark them. A customer rarely blockquotes
 * their own words; an agent's reply quoted back is common, and logging it would put the agent's
 * text under the customer's name.
 */
export const QUOTED_REPLY = 'blockquote, .gmail_quote, .gmail_extra, .yahoo_quoted, .moz-cite-prefix, [type="cite"], [data-quoted]';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
// Everything the item schema refuses (C0 controls but TAB/LF/CR, and DEL), and zero-width characters.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;

export interface PassageScope {
  /** The open ticket's root element. */
  root: Element;
  /** Its messages, as the adapter reads them now. */
  messages: readonly MessageInfo[];
  /** The adapter's ticket-root selector: tells "in another ticket" from "not in a message at all". */
  ticketRoot?: string;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

function matchesSafe(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

function closestSafe(el: Element | null, css: string | undefined): Element | null {
  if (!el || !css?.trim()) return null;
  try {
    return el.closest(css);
  } catch {
    return null;
  }
}

function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden || el.getAttribute('aria-hidden') === 'true') return true;
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'none';
  } catch {
    return false;
  }
}

/** Text of `range` within `container`, paragraphs kept, quoted replies and hidden parts left out. */
export function textInRange(range: Range, container: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      if (!range.intersectsNode(node)) return;
      const data = (node as Text).data;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : data.length;
      if (end > start) out.push(data.slice(start, end));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el !== container && (SKIPPED.has(el.tagName) || isHidden(el) || matchesSafe(el, QUOTED_REPLY))) return;
    if (el !== container && !range.intersectsNode(el)) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) out.push('\n');
  };
  // A live walk rather than cloneContents(): hidden and quoted parts are judged on the page's elements.
  walk(container);
  return normalizeQuote(out.join(''));
}

/** One space between words, at most one blank line between paragraphs, no control characters. */
export function normalizeQuote(text: string): string {
  const lines = text
    .replace(CONTROL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Cuts a very long quote at a word boundary, marking the cut: the item schema refuses more than MAX_QUOTE. */
export function capQuote(text: string, max = MAX_QUOTE): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `range` limited to `container`'s contents. */
function clip(range: Range, container: Element): Range {
  const doc = container.ownerDocument;
  const inner = doc.createRange();
  inner.selectNodeContents(container);
  if (range.compareBoundaryPoints(range.START_TO_START, inner) > 0) inner.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(range.END_TO_END, inner) < 0) inner.setEnd(range.endContainer, range.endOffset);
  return inner;
}

function touchesQuotedReply(range: Range, container: Element): boolean {
  try {
    return Array.from(container.querySelectorAll(QUOTED_REPLY)).some((el) => range.intersectsNode(el)) || Boolean(closestSafe(elementOf(range.startContainer), QUOTED_REPLY));
  } catch {
    return false;
  }
}

/** Judges a selection: a passage of one customer message of the open ticket, or why not. */
export function passageFromRange(range: Range, scope: PassageScope): PassageResult {
  if (range.collapsed) return { ok: false, reason: 'empty' };
  const { root } = scope;
  const startEl = elementOf(range.startContainer);
  const endEl = elementOf(range.endContainer);
  const inRoot = (el: Element | null) => Boolean(el && (el === root || root.contains(el)));
  if (!inRoot(startEl) && !inRoot(endEl)) {
    const otherRoot = closestSafe(startEl, scope.ticketRoot) ?? closestSafe(endEl, scope.ticketRoot);
    return { ok: false, reason: otherRoot && otherRoot !== root ? 'other_ticket' : 'outside' };
  }

  // A triple-click or a drag ends just inside the next message: only messages with selected text count.
  const touched: { message: MessageInfo; container: Element; clipped: Range }[] = [];
  for (const message of scope.messages) {
    if (!inRoot(message.element) || !range.intersectsNode(message.element)) continue;
    const container = message.body ?? message.element;
    if (!range.intersectsNode(container)) continue;
    const clipped = clip(range, container);
    if (clipped.collapsed || !normalizeQuote(clipped.toString())) continue;
    touched.push({ message, container, clipped });
  }
  if (touched.length === 0) return { ok: false, reason: 'outside' };
  if (touched.length > 1) return { ok: false, reason: 'several' };
  const [{ message, container, clipped }] = touched as [(typeof touched)[0]];
  if (message.author !== 'customer') return { ok: false, reason: 'agent' };
  const quote = capQuote(textInRange(clipped, container));
  if (!quote) return { ok: false, reason: touchesQuotedReply(clipped, container) ? 'quoted' : 'empty' };
  return { ok: true, passage: { quote, message, range: clipped } };
}

/** The whole of a customer message ("point at a message"), by the same rules as a selection. */
export function passageFromMessage(message: MessageInfo, scope: PassageScope): PassageResult {
  const container = message.body ?? message.element;
  const range = container.ownerDocument.createRange();
  range.selectNodeContents(container);
  return passageFromRange(range, scope);
}

/** The customer message an element is in, if it is one of the open ticket's. */
export function customerMessageAt(target: Node | null, scope: PassageScope): MessageInfo | null {
  if (!target) return null;
  for (const message of scope.messages) {
    if (message.author === 'customer' && message.element.contains(target) && scope.root.contains(message.element)) return message;
  }
  return null;
}
