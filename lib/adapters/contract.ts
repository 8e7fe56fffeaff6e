/**
 * What Tact needs to know about a helpdesk page. Each helpdesk is described as data (selectors an
 * admin can override from the options page, a rule pack or managed policy) plus, where selectors
 * are not enough, a few small functions. `createAdapter` turns the description into the runtime
 * object features call; every runtime method is total: it returns null/[] instead of throwing when
 * the helpdesk's DOM no longer looks the way the selectors expect.
 */

export type AttachmentKind = 'image' | 'video' | 'audio' | 'document' | 'archive' | 'other';
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['image', 'video', 'audio', 'document', 'archive', 'other'];

/** The editor engine behind a reply editor; decides how text is replaced on the agent's click. */
export type EditorEngine = 'textarea' | 'prosemirror' | 'ckeditor5' | 'slate' | 'froala' | 'summernote' | 'lexical' | 'draftjs' | 'quill' | 'plain';

export interface TicketRef {
  /** The helpdesk's ticket/conversation id, as a string. */
  id: string;
  url: string;
}

export interface CustomerInfo {
  name: string | null;
  email: string | null;
  userId: string | null;
}

export interface AttachmentInfo {
  /** Stable within the ticket: the helpdesk's attachment id, else its URL, else name + position. */
  key: string;
  name: string;
  kind: AttachmentKind;
  url: string | null;
  /** The element that opens it (a link or button); clicks on it count as opening. */
  element: Element;
}

export interface MessageInfo {
  element: Element;
  author: 'customer' | 'agent' | 'unknown';
  id: string | null;
  body: Element | null;
  attachments: AttachmentInfo[];
}

export interface SendShortcut {
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS; either is accepted. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  /** Only counts when the key is pressed inside a reply editor (most helpdesks). */
  inEditor?: boolean;
  /**
   * Only counts while this selector matches in the page: a mode the helpdesk switches on, such as
   * FreeScout's chat mode (`body.chat-mode`), where Enter sends and otherwise starts a new paragraph.
   */
  when?: string;
}

/**
 * Selectors are CSS selector lists (commas give fallbacks across UI generations). A value may end
 * in ` @attr` to read an attribute instead of the text: `.requester @data-user-id`.
 */
export interface AdapterSelectors {
  /** Elements that each hold one ticket; several may be mounted at once. */
  ticketRoot: string;
  /** Matches only the ticket root on screen. Without it, the first visible root wins. */
  activeTicketRoot?: string;
  /** Reads the ticket id off the active root (e.g. `@data-ticket-id`); else `ticketUrlPattern`. */
  ticketId?: string;
  /** A regular expression on `location.pathname + location.hash` whose first group is the ticket id. */
  ticketUrlPattern?: string;
  /**
   * The reply editor(s) inside the ticket root. When it matches nothing there (the helpdesk renamed
   * its hooks), any visible textarea or contenteditable in the root is taken, as the generic adapter does.
   */
  editor: string;
  sendButton?: string;
  customerName?: string;
  customerEmail?: string;
  customerId?: string;
  message?: string;
  /** Matched against a message element (or its descendants) to say the customer wrote it. */
  customerMessage?: string;
  agentMessage?: string;
  messageBody?: string;
  /** Inside a message: the element that opens each attachment. */
  attachment?: string;
  /** Inside an attachment element: its file name (text, or ` @attr`). Defaults to the link text. */
  attachmentName?: string;
  /** Inside an attachment element: its kind as data (`@data-kind`, `@data-mime`). */
  attachmentKind?: string;
}

export type SelectorKey = keyof AdapterSelectors;
export const SELECTOR_KEYS: readonly SelectorKey[] = [
  'ticketRoot', 'activeTicketRoot', 'ticketId', 'ticketUrlPattern', 'editor', 'sendButton', 'customerName',
  'customerEmail', 'customerId', 'message', 'customerMessage', 'agentMessage', 'messageBody', 'attachment',
  'attachmentName', 'attachmentKind',
];

export interface AdapterDefinition {
  id: string;
  name: string;
  /** Match patterns of the hosts this helpdesk lives on (empty for self-hosted-only helpdesks). */
  hosts: readonly string[];
  /** Does this page belong to the helpdesk's agent UI (beyond the host matching)? */
  pathPattern?: string;
  /**
   * Adapters for UIs of one product served side by side on the same host (Zammad's classic UI at
   * `/#ticket/zoom/1` and its new desktop UI at `/desktop/tickets/1`) share a family: a site an admin
   * adds for one of them runs whichever member's `pathPattern` matches the page.
   */
  family?: string;
  selectors: AdapterSelectors;
  /**
   * When no ticket root matches (the helpdesk changed its DOM), this element (e.g. `body`) stands in
   * for it so generic editor detection keeps underlines and the send shortcut working. Such a root is
   * "degraded": nothing scoped to the ticket is read from it (no customer, no messages), because on a
   * page with several tickets mounted it could belong to another one.
   */
  fallbackRoot?: string;
  engine?: EditorEngine;
  sendShortcuts?: readonly SendShortcut[];
  /** Escape hatches where selectors are not enough. Each receives the selector-driven default. */
  override?: Partial<AdapterOverrides>;
}

export interface AdapterOverrides {
  ticket(doc: Document, fallback: () => TicketRef | null): TicketRef | null;
  root(doc: Document, fallback: () => Element | null): Element | null;
  customer(root: Element, fallback: () => CustomerInfo | null): CustomerInfo | null;
  messages(root: Element, fallback: () => MessageInfo[]): MessageInfo[];
  engineOf(editor: Element, fallback: () => EditorEngine): EditorEngine;
}

/** The runtime object features use. */
export interface HelpdeskAdapter {
  readonly id: string;
  readonly name: string;
  readonly selectors: Readonly<AdapterSelectors>;
  readonly sendShortcuts: readonly SendShortcut[];
  ticket(doc: Document): TicketRef | null;
  root(doc: Document): Element | null;
  /** The root is the `fallbackRoot` stand-in: the helpdesk's own ticket hooks were not found. */
  degraded(root: Element): boolean;
  editors(root: Element): Element[];
  sendControls(root: Element): Element[];
  isSendShortcut(event: KeyboardEvent, inEditor: boolean): boolean;
  customer(root: Element): CustomerInfo | null;
  messages(root: Element): MessageInfo[];
  customerAttachments(root: Element): AttachmentInfo[];
  engineOf(editor: Element): EditorEngine;
}
