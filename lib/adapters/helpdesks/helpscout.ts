import type { AdapterDefinition } from '../contract';
import { isVisible, queryAll, readValue } from '../query';

/** `/conversation/{id}/{number}/`: the first number is the conversation's id (the API's), the second the one agents see. */
const URL_PATTERN = '/conversations?/(\\d+)/\\d+';

/**
 * Help Scout (`https://secure.helpscout.net/conversation/{id}/{number}/`; also `app.helpscout.com`).
 * A React app with a Slate reply editor (Redactor before 2023) that mounts when Reply is clicked.
 * Evidence is thin (../shared/research/helpdesk-dom.md §3: one adapter, two userscripts): the known
 * hooks come first, inferred ones [inf] after, and every one is an admin override away.
 * - conversation root: not documented; `[data-cy="ConversationView"]` [inf], matched to the URL's id
 *   when several are mounted, else the one on screen;
 * - editor: `[data-cy="ConvoEditor"]` / `[data-testid="reply-editor"]` wrappers or the
 *   `[role=textbox][aria-label="Reply Editor"]` Slate editable, then any Slate editable, then Redactor;
 * - customer: `[data-cy="customer-sidebar"]` (`.c-conversation-sidebar`), its name [inf] and mailto link;
 * - thread: `ol[aria-label="Thread Items"]` items `div[id^="thread-"]`, customer ones `.is-customer`;
 *   the 2023–24 UI's `article.thread.customer`;
 * - attachments: links in the thread item [inf: `data-cy="ThreadAttachment"`, `/file/…` URLs];
 * - send: `#sendBtn` (old UI), `[data-cy="SendButton"]` [inf]; Ctrl/Cmd+Enter in the editor [inf].
 */
export const helpscout: AdapterDefinition = {
  id: 'helpscout',
  name: 'Help Scout',
  hosts: ['https://secure.helpscout.net/*', 'https://app.helpscout.com/*'],
  pathPattern: '^/(?:conversations?|mailbox|inboxes)/',
  engine: 'slate',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: '[data-cy="ConversationView"], #conversation, .c-conversation',
    ticketId: '@data-conversation-id',
    ticketUrlPattern: URL_PATTERN,
    editor: [
      '[data-cy="ConvoEditor"] [data-slate-editor]',
      '[data-testid="reply-editor"] [data-slate-editor]',
      '[role="textbox"][aria-label="Reply Editor"]',
      '[data-slate-editor="true"]',
      '.redactor-editor[contenteditable="true"], .redactor_editor[contenteditable="true"]',
    ].join(', '),
    sendButton: '[data-cy="SendButton"], [data-testid="send-button"], #sendBtn',
    customerName: '[data-cy="customer-sidebar"] [data-cy="CustomerName"], .c-conversation-sidebar .c-customer-name',
    // One ` @attr` at the end reads that attribute from whichever element of the list matches first.
    customerEmail: '[data-cy="customer-sidebar"] a[href^="mailto:"], .c-conversation-sidebar a[href^="mailto:"] @href',
    customerId: '[data-cy="customer-sidebar"] a[href*="/customer/"], .c-conversation-sidebar a[href*="/customer/"] @href',
    message: 'li > div[id^="thread-"], article.thread',
    customerMessage: '.is-customer, .thread.customer',
    agentMessage: '.is-agent, .is-note, article.thread:not(.customer)',
    messageBody: '.c-thread-content, section.messageBody, .js-thread-content',
    attachment: '[data-cy="ThreadAttachment"], .c-attachment a[href], a[href*="/file/"]',
  },
  sendShortcuts: [{ key: 'Enter', mod: true, inEditor: true }],
  override: {
    root(doc, fallback) {
      const id = new RegExp(URL_PATTERN).exec(doc.defaultView?.location.pathname ?? '')?.[1];
      const own = id ? queryAll(doc, `[data-conversation-id="${id}"]`).find(isVisible) : undefined;
      return own ?? fallback();
    },
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      const href = found.userId ?? readValue(root, 'a[href*="/customer/"] @href');
      return { ...found, userId: href ? /\/customer\/(\d+)/.exec(href)?.[1] ?? null : null };
    },
  },
};
