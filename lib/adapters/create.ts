import { attachmentKind } from './attachment-kind';
import type {
  AdapterDefinition, AdapterSelectors, AttachmentInfo, CustomerInfo, EditorEngine, HelpdeskAdapter, MessageInfo, SendShortcut, TicketRef,
} from './contract';
import { detectEngine, GENERIC_EDITOR_SELECTOR } from './engine';
import { cleanText, isVisible, matches, parseSelector, queryAll, queryOne, readValue } from './query';
import { attempt, reportError } from '../platform/safe';

const DEFAULT_SHORTCUTS: SendShortcut[] = [{ key: 'Enter', mod: true, inEditor: true }];

/** Selectors an admin set (options page, rule pack, policy) win over the adapter's own. */
export function mergeSelectors(base: AdapterSelectors, overrides?: Partial<AdapterSelectors> | null): AdapterSelectors {
  const out: AdapterSelectors = { ...base };
  if (!overrides) return out;
  for (const [key, value] of Object.entries(overrides) as [keyof AdapterSelectors, string | undefined][]) {
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}

function urlTicketId(pattern: string | undefined, loc: Location): string | null {
  if (!pattern) return null;
  try {
    const m = new RegExp(pattern).exec(loc.pathname + loc.hash);
    return m?.[1] ?? null;
  } catch (error) {
    reportError(error, `ticket URL pattern "${pattern}"`);
    return null;
  }
}

export function createAdapter(def: AdapterDefinition, overrides?: Partial<AdapterSelectors> | null): HelpdeskAdapter {
  const s = mergeSelectors(def.selectors, overrides);
  const o = def.override ?? {};
  const shortcuts = def.sendShortcuts ?? DEFAULT_SHORTCUTS;

  // Stand-in roots handed out when the helpdesk's own ticket hooks are gone (see `fallbackRoot`).
  const degraded = new WeakSet<Element>();

  const defaultRoot = (doc: Document): Element | null => {
    if (s.activeTicketRoot) {
      const active = queryAll(doc, s.activeTicketRoot).find(isVisible);
      if (active) return active;
    }
    const roots = queryAll(doc, s.ticketRoot);
    return roots.find(isVisible) ?? null;
  };

  const fallbackRoot = (doc: Document): Element | null => {
    const el = def.fallbackRoot ? queryAll(doc, def.fallbackRoot).find(isVisible) ?? null : null;
    if (el) degraded.add(el);
    return el;
  };

  const root = (doc: Document): Element | null =>
    attempt(`${def.id}.root`, () => (o.root ? o.root(doc, () => defaultRoot(doc)) : defaultRoot(doc)), null) ??
    attempt(`${def.id}.fallbackRoot`, () => fallbackRoot(doc), null);
  const isDegraded = (r: Element) => degraded.has(r);

  const defaultTicket = (doc: Document): TicketRef | null => {
    const loc = doc.defaultView?.location ?? location;
    const r = root(doc);
    let id: string | null = null;
    // A degraded root is not the ticket's own element: only the URL says which ticket this is.
    if (r && s.ticketId && !isDegraded(r)) id = readValue(r, s.ticketId);
    id ??= urlTicketId(s.ticketUrlPattern, loc);
    if (!id) return null;
    return { id, url: loc.href };
  };

  const customerDefault = (r: Element): CustomerInfo | null => {
    const name = readValue(r, s.customerName);
    let email = readValue(r, s.customerEmail);
    if (email) email = email.replace(/^mailto:/i, '').split('?')[0] ?? email;
    const userId = readValue(r, s.customerId);
    if (!name && !email && !userId) return null;
    return { name, email, userId };
  };

  const authorOf = (el: Element): MessageInfo['author'] => {
    const hit = (css: string | undefined) => Boolean(css && (matches(el, css) || queryOne(el, css)));
    if (hit(s.customerMessage)) return 'customer';
    if (hit(s.agentMessage)) return 'agent';
    return 'unknown';
  };

  const attachmentsOf = (message: Element, messageIndex: number): AttachmentInfo[] =>
    queryAll(message, s.attachment).map((el, i) => {
      const link = (el.matches('a[href]') ? el : el.querySelector('a[href]')) as HTMLAnchorElement | null;
      // A thumbnail that opens a viewer (no link): its own source is the file.
      const media = link ? null : ((el.matches('img[src], video[src]') ? el : el.querySelector('img[src], video[src]')) as HTMLImageElement | null);
      const url = link?.href ?? media?.src ?? null;
      const name =
        (s.attachmentName && readValue(el, s.attachmentName)) || nameParamOf(url) || cleanText(link?.textContent ?? el.textContent) || fileNameOf(url) || `#${i + 1}`;
      const declared = s.attachmentKind ? readValue(el, s.attachmentKind) : null;
      const id = el.getAttribute('data-attachment-id') ?? el.getAttribute('data-id');
      return {
        key: id ? `id:${id}` : url ? `url:${url}` : `name:${messageIndex}:${i}:${name}`,
        name,
        kind: attachmentKind(declared, name, url),
        url,
        element: link ?? el,
      };
    });

  const messagesDefault = (r: Element): MessageInfo[] =>
    queryAll(r, s.message).map((el, index) => ({
      element: el,
      author: authorOf(el),
      id: el.getAttribute('data-message-id') ?? el.id ?? null,
      body: s.messageBody ? queryOne(el, s.messageBody) : null,
      attachments: attachmentsOf(el, index),
    }));

  const messages = (r: Element): MessageInfo[] =>
    isDegraded(r) ? [] : attempt(`${def.id}.messages`, () => (o.messages ? o.messages(r, () => messagesDefault(r)) : messagesDefault(r)), []);

  const visibleEditables = (r: Element, css: string | undefined) => outermost(queryAll(r, css).filter((el) => isVisible(el) && isEditable(el)));
  // The helpdesk's own editor hook first; when it finds nothing, generic detection within the root.
  const editorsDefault = (r: Element): Element[] => {
    const own = visibleEditables(r, s.editor);
    return own.length || s.editor === GENERIC_EDITOR_SELECTOR ? own : visibleEditables(r, GENERIC_EDITOR_SELECTOR);
  };

  // DOM markers name the engine when they can (a helpdesk may swap editors); the adapter's word otherwise.
  const engineDefault = (editor: Element): EditorEngine => {
    const detected = detectEngine(editor);
    return detected === 'plain' && def.engine && editor.tagName !== 'TEXTAREA' ? def.engine : detected;
  };

  return {
    id: def.id,
    name: def.name,
    selectors: s,
    sendShortcuts: shortcuts,
    root,
    degraded: isDegraded,
    ticket: (doc) => attempt(`${def.id}.ticket`, () => (o.ticket ? o.ticket(doc, () => defaultTicket(doc)) : defaultTicket(doc)), null),
    editors: (r) => attempt(`${def.id}.editors`, () => editorsDefault(r), []),
    sendControls: (r) => attempt(`${def.id}.sendControls`, () => queryAll(r, s.sendButton), []),
    isSendShortcut: (event, inEditor) => shortcuts.some((k) => shortcutMatches(k, event, inEditor) && modeHolds(k, event)),
    // A degraded root may hold several tickets: no customer rather than possibly the wrong one.
    customer: (r) =>
      isDegraded(r) ? null : attempt(`${def.id}.customer`, () => (o.customer ? o.customer(r, () => customerDefault(r)) : customerDefault(r)), null),
    messages,
    customerAttachments: (r) => messages(r).filter((m) => m.author === 'customer').flatMap((m) => m.attachments),
    engineOf: (editor) =>
      attempt(`${def.id}.engineOf`, () => (o.engineOf ? o.engineOf(editor, () => engineDefault(editor)) : engineDefault(editor)), 'plain'),
  };
}

/** The file name an attachment URL states outright (`?name=`, `?filename=`), as Zendesk's token URLs do. */
export function nameParamOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, 'http://x.invalid/');
    return cleanText(u.searchParams.get('name') ?? u.searchParams.get('filename')) || null;
  } catch {
    return null;
  }
}

/** A file name from an attachment URL: its name parameter, else its last path segment. */
export function fileNameOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const last = new URL(url, 'http://x.invalid/').pathname.split('/').filter(Boolean).pop();
    return nameParamOf(url) ?? (last ? decodeURIComponent(last) : null);
  } catch {
    return null;
  }
}

/** Nested editables (a contenteditable inside another) are one editor: keep the outermost. */
export function outermost(elements: Element[]): Element[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

export function isEditable(el: Element): boolean {
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly && !(el as HTMLTextAreaElement).disabled;
  return (el as HTMLElement).isContentEditable || /^(true|plaintext-only|)$/.test(el.getAttribute('contenteditable') ?? 'x');
}

/** Letters match whatever the case or layout (Shift, or Option on macOS, changes `key`; `code` stays `KeyS`). */
function keyMatches(wanted: string, e: KeyboardEvent): boolean {
  if (e.key === wanted) return true;
  if (!/^[a-z]$/i.test(wanted)) return false;
  return e.key.toLowerCase() === wanted.toLowerCase() || e.code === `Key${wanted.toUpperCase()}`;
}

/** A shortcut's `when` (a mode the helpdesk is in) holds in the document the key was pressed in. */
function modeHolds(k: SendShortcut, e: KeyboardEvent): boolean {
  if (!k.when?.trim()) return true;
  const target = e.target as Node | null;
  const doc = target ? (target.nodeType === 9 ? (target as Document) : target.ownerDocument) : null;
  return Boolean(doc && queryOne(doc, k.when));
}

export function shortcutMatches(k: SendShortcut, e: KeyboardEvent, inEditor: boolean): boolean {
  if (e.isComposing || !keyMatches(k.key, e)) return false;
  if (k.inEditor && !inEditor) return false;
  const mod = e.ctrlKey || e.metaKey;
  return Boolean(k.mod) === mod && Boolean(k.shift) === e.shiftKey && Boolean(k.alt) === e.altKey;
}

export { parseSelector };
