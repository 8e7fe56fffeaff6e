import type { AdapterDefinition, MessageInfo } from '../contract';
import { cleanText, isVisible, queryOne, readValue } from '../query';

const URL_PATTERN = '/desktop/tickets?/(?:zoom/)?(\\d+)';
const TICKET_VIEW = '[data-test-id="layout-wrapper"]';
const SIDEBAR = '#content-sidebar';

/** `Avatar (Maya Chen)`, `Avatar (Maya Chen) (VIP)`: the name in the first parentheses ("Avatar" is translated). */
export function nameFromAvatarLabel(label: string | null): string | null {
  const m = /\(([^()]+)\)/.exec(label ?? '');
  return m ? cleanText(m[1]) || null : null;
}

/** Who wrote a bubble when its colours say nothing: its avatar's name, else its side (customers on the right). */
function authorOf(bubble: Element, customerName: string | null): MessageInfo['author'] {
  const avatar = queryOne(bubble, '[data-test-id="common-avatar"]');
  const name = nameFromAvatarLabel(avatar?.getAttribute('aria-label') ?? null);
  if (name && customerName) return name === customerName ? 'customer' : 'agent';
  const feed = bubble.closest('[role="feed"]') ?? bubble.parentElement;
  const box = bubble.getBoundingClientRect();
  const ref = feed?.getBoundingClientRect();
  if (!ref || box.width === 0 || ref.width === 0) return 'unknown';
  return box.left + box.width / 2 > ref.left + ref.width / 2 ? 'customer' : 'agent';
}

/**
 * Zammad's new desktop UI (Vue 3, beta; `https://{host}/desktop/tickets/{id}`, same host as the
 * classic UI: one family). Read from Zammad's source (`app/frontend/apps/desktop`,
 * ../shared/research/helpdesk-dom.md §6):
 * - ticket: the `LayoutContent` of the ticket detail view around `[data-test-id="layout-wrapper"]`,
 *   with its `#content-sidebar` and bottom bar; taskbar tabs are kept alive by Vue (their views
 *   leave the document) [inf], and a mounted-but-hidden view is skipped the same way; the id is the URL's;
 * - editor: TipTap in `[data-test-id="field-editor"]` (`.ProseMirror`, role textbox, name "body"),
 *   there once a reply is started;
 * - send: the bottom bar's Update button, a large `submit` CommonButton (`button.btn-lg.bg-yellow-300`,
 *   Tailwind classes: the only hook), not its split-menu addon. No keyboard send: shortcuts are not
 *   implemented in this UI yet (zammad/zammad#6166), and TipTap's Mod-Enter is a hard break;
 * - customer: the content sidebar's avatar, `[data-test-id="common-avatar"]` labelled
 *   "Avatar (Full Name)"; email and user link from its attributes [inf];
 * - articles: `[data-test-id="article-bubble-container-{id}"]`; customers' bubbles are on the
 *   right with `bg-blue-100` bodies, agents' and the system's on the left with `bg-neutral-100`; when
 *   those classes change, the bubble's avatar name or its side of the feed decides;
 * - attachments: `CommonFilePreview` rows (`group/file-preview`) in the bubble footer, a preview
 *   button (images open the in-app viewer) and a download link `/api/v1/attachments/{id}` [inf].
 */
export const zammadDesktop: AdapterDefinition = {
  id: 'zammad-desktop',
  name: 'Zammad (new desktop UI)',
  family: 'zammad',
  hosts: ['https://*.zammad.com/*'],
  // `/desktop/…`, also where Zammad is served under a sub-path.
  pathPattern: '/desktop/',
  engine: 'prosemirror',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: TICKET_VIEW,
    ticketUrlPattern: URL_PATTERN,
    editor: '[data-test-id="field-editor"] .ProseMirror[contenteditable="true"], [data-test-id="field-editor"] [contenteditable="true"]',
    sendButton: 'button.btn-lg.bg-yellow-300:not([aria-haspopup]):not([aria-label])',
    customerName: `${SIDEBAR} [data-test-id="common-avatar"] @aria-label`,
    customerEmail: `${SIDEBAR} a[href^="mailto:"] @href`,
    customerId: `${SIDEBAR} a[href*="/users/"] @href`,
    message: '[data-test-id^="article-bubble-container-"]',
    customerMessage: '[data-test-id^="article-bubble-body-"].bg-blue-100',
    agentMessage: '[data-test-id^="article-bubble-body-"].bg-neutral-100',
    messageBody: '[data-test-id^="article-bubble-body-"]',
    attachment: '[class~="group/file-preview"]',
    attachmentName: 'a[href] span',
  },
  sendShortcuts: [],
  override: {
    // From the ticket view's wrapper up to the layout that also holds its sidebar and bottom bar.
    root(doc, fallback) {
      const wrapper = fallback();
      if (!wrapper) return null;
      let el: Element | null = wrapper;
      while (el && el !== doc.body && !el.querySelector(SIDEBAR)) el = el.parentElement;
      const layout = el && el !== doc.body ? el.parentElement ?? el : wrapper;
      return isVisible(layout) ? layout : wrapper;
    },
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      const name = nameFromAvatarLabel(found.name) ?? readValue(root, `${SIDEBAR} [data-test-id="common-avatar"] + div > :first-child`);
      const userId = found.userId ? /\/users\/(\d+)/.exec(found.userId)?.[1] ?? null : null;
      return { name, email: found.email, userId };
    },
    messages(root, fallback) {
      const customer = nameFromAvatarLabel(readValue(root, `${SIDEBAR} [data-test-id="common-avatar"] @aria-label`));
      return fallback().map((m) => (m.author === 'unknown' ? { ...m, author: authorOf(m.element, customer) } : m));
    },
  },
};
