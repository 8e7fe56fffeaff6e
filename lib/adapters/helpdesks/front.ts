import type { AdapterDefinition } from '../contract';

/**
 * Front (`https://app.frontapp.com/inboxes/…/{folder}/{conversation}`; company subdomains too).
 * The least known of the helpdesks (../shared/research/helpdesk-dom.md §5): the conversation root,
 * topbar, recipient details and attachment tiles are seen in third-party code (`[data-testid]`s and
 * styled-components display-name prefixes, matched with `[class*=…]` so the hashes may change);
 * **the editor and the send button are not identified** — generic editor detection inside the
 * conversation finds the composer, and the rest is inferred [inf] for an admin to override.
 * - conversation: `[data-testid="conversation"]`, the one on screen (Front keeps others mounted);
 *   its id comes from the URL (`…/open|all|…/{id}`, the base-36 decoding of `cnv_…`);
 * - customer: the recipient details of inbound messages (name, then the email line) [inf: which
 *   message is inbound is marked by a test id here];
 * - attachments: `[data-testid^="attachment-base-"]` tiles, named by `attachmentBase__StyledNameDiv`,
 *   their thumbnail at `/attachments/{hash}?action=thumbnail`; Front opens its own viewer.
 */
export const front: AdapterDefinition = {
  id: 'front',
  name: 'Front',
  hosts: ['https://*.frontapp.com/*'],
  pathPattern: '^/(?:inboxes|open)/',
  engine: 'plain',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: '[data-testid="conversation"]',
    ticketUrlPattern: '/(?:open|all|unassigned|assigned|archived|snoozed|spam|trash|sent|drafts)/(\\d+)(?:[/?#]|$)',
    // Unknown editor: a composer-shaped contenteditable first [inf]; generic detection otherwise.
    editor: '[class*="composer__StyledComposer"] [contenteditable="true"], [class*="composerEditor__"][contenteditable="true"]',
    sendButton: '[data-testid="composer-send-button"], [class*="composerSendButton__"]',
    customerName: '[data-testid="inbound-message"] [class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child',
    customerEmail: '[data-testid="inbound-message"] [class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:nth-child(2)',
    message: '[class*="messageViewer__StyledMessageViewer"]',
    customerMessage: '[data-testid="inbound-message"]',
    agentMessage: '[data-testid="outbound-message"], [data-testid="comment"]',
    messageBody: '[class*="messageViewerBody__"]',
    attachment: '[data-testid^="attachment-base-"], [data-testid*="attachment-base-"]',
    attachmentName: '[class*="attachmentBase__StyledNameDiv"]',
  },
  sendShortcuts: [{ key: 'Enter', mod: true, inEditor: true }],
  override: {
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      // The recipient line reads "maya@example.com to Billing": keep the address.
      const email = /[^\s<>]+@[^\s<>]+\.[^\s<>]+/.exec(found.email ?? '')?.[0] ?? null;
      return { ...found, email };
    },
  },
};
