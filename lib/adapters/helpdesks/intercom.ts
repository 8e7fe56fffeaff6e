import type { AdapterDefinition, MessageInfo } from '../contract';
import { isVisible, queryOne, readValue } from '../query';

const CONVERSATION_ROOT = '[data-conversation-id]';

/** The conversation id in an Inbox URL: `/a/inbox/{app}/inbox/{scope…}/conversation/{id}`. */
const URL_PATTERN = '/conversations?/(\\d+)';

/** Who wrote a part when nothing but layout says: customers' bubbles sit left of the stream's middle. */
function authorByPosition(part: Element): MessageInfo['author'] {
  const stream = part.closest('[data-testid="conversation-stream-scroll-container"], .inbox2__conversation-stream');
  const box = part.firstElementChild?.getBoundingClientRect() ?? part.getBoundingClientRect();
  const ref = stream?.getBoundingClientRect();
  if (!ref || box.width === 0 || ref.width === 0) return 'unknown';
  return box.left + box.width / 2 < ref.left + ref.width / 2 ? 'customer' : 'agent';
}

/**
 * Intercom Inbox (`https://app.intercom.com/a/inbox/{app}/inbox/…/conversation/{id}`; EU and AU
 * workspaces on their own hosts). An Ember app that renders one conversation, keeping a previous one
 * mounted; the conversation root carries its id, matched against the URL's.
 * Hooks (../shared/research/helpdesk-dom.md §4; Intercom renames classes often):
 * - editor: ProseMirror in `[data-conversation-reply-composer]`, then its `embercom-prosemirror-composer`
 *   classes (older builds);
 * - customer: the conversation header title; email from the details sidebar's `data-attribute`
 *   rows; the user id from the user's link (`/users/{id}`);
 * - parts: `[data-part-group-id]` with `data-part-group-category` (1 customer; 3, 5, 20 teammates,
 *   bots, automations) before 2026; from April 2026 only Tailwind classes (`group/content-part`,
 *   `justify-start` for the customer) and, where even those are gone, the bubble's side of the stream;
 * - attachments: Intercom's upload URLs (`downloads.intercomcdn.com/i/o/{id}/{hash}/{name}`); images
 *   open the in-page lightbox.
 * The send button has no documented hook: `data-intercom-target` is Intercom's own convention [inf].
 */
export const intercom: AdapterDefinition = {
  id: 'intercom',
  name: 'Intercom',
  hosts: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  pathPattern: '^/a/(?:inbox|apps)/',
  engine: 'prosemirror',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: `${CONVERSATION_ROOT}, .inbox2__conversation-page, .conversation__card`,
    ticketId: '@data-conversation-id',
    ticketUrlPattern: URL_PATTERN,
    editor: [
      '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
      '.ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
      '.embercom-prosemirror-composer-editor[contenteditable="true"]',
    ].join(', '),
    sendButton: [
      '[data-intercom-target="conversation-reply-composer-send-button"]',
      '[data-conversation-reply-composer] button[type="submit"]',
      '.js__conversation-controls-buttons > div button',
    ].join(', '),
    customerName: '[data-inbox-conversation-header-title] span, [data-inbox-conversation-header-title], [data-conversation-title]',
    customerEmail: '[data-attribute="Email"] .attribute__value-label, [data-attribute="email"] .attribute__value-label',
    customerId: 'a[href*="/users/"] @href',
    message: '[data-part-group-id], [class*="group/content-part"]',
    customerMessage: '[data-part-group-category="1"], [class*="group/content-part"].justify-start, [data-author-type="user"], [data-author-type="lead"]',
    agentMessage:
      '[data-part-group-category="3"], [data-part-group-category="5"], [data-part-group-category="20"], [class*="group/content-part"].justify-end, [data-author-type="admin"], [data-author-type="bot"]',
    messageBody: '.interblocks-html, .inbox2__user-email-content, [class*="break-words"]',
    attachment: 'a[href*="/i/o/"], img[src*="/i/o/"]',
  },
  sendShortcuts: [{ key: 'Enter', mod: true, inEditor: true }],
  override: {
    // Several conversations may be mounted: the one whose id is the URL's, else the visible one.
    root(doc, fallback) {
      const id = new RegExp(URL_PATTERN).exec(doc.defaultView?.location.pathname ?? '')?.[1];
      const own = id ? queryOne(doc, `${CONVERSATION_ROOT}[data-conversation-id="${id}"]`) : null;
      return own && isVisible(own) ? own : fallback();
    },
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      const href = readValue(root, 'a[href*="/users/"] @href');
      return { ...found, userId: href ? /\/users\/([0-9a-f]+)/i.exec(href)?.[1] ?? null : null };
    },
    messages(root, fallback) {
      return fallback().map((m) => (m.author === 'unknown' ? { ...m, author: authorByPosition(m.element) } : m));
    },
  },
};
