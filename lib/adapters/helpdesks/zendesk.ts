import type { AdapterDefinition } from '../contract';
import { readValue } from '../query';

/**
 * Zendesk Support, Agent Workspace (`https://{subdomain}.zendesk.com/agent/tickets/{id}`).
 *
 * Every open ticket tab keeps its pane mounted, all at the same position; only one is on screen.
 * Hooks are the app's `data-test-id`s, seen in several independent third-party scripts
 * (../shared/research/helpdesk-dom.md §1); older generations follow each new one in the lists:
 * - active pane: `data-is-active="true"` (2023–), `.active` (2021–23), then any visible pane root
 *   (`#main_panes` children; the side-conversations anchor carries the ticket id);
 * - editor: CKEditor 5 `[data-test-id="omnicomposer-rich-text-ckeditor"]` (the editable itself), the
 *   `ticket-rich-text-editor` wrapper, the pre-CKEditor rich-text container, then the legacy textarea;
 * - requester: the requester field, then the customer context pane; the email and user id only from
 *   the context pane (the API has them too, but Tact makes no requests);
 * - log: `article[data-test-id="omni-log-comment-item"]`, author by the message's `type="end-user"`;
 *   attachments by their URL shape `/attachments/token/…`, the one hook every generation shares.
 * When none of the pane hooks match (a new generation), `body` stands in: underlines keep working
 * through generic editor detection, the name and attachment checks say they are off.
 */
export const zendesk: AdapterDefinition = {
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  hosts: ['https://*.zendesk.com/*'],
  pathPattern: '^/agent/',
  engine: 'ckeditor5',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: '.ticket-panes-grid-layout, [data-side-conversations-anchor-id], #main_panes > div',
    activeTicketRoot: '.ticket-panes-grid-layout[data-is-active="true"], .ticket-panes-grid-layout.active',
    ticketId: '@data-ticket-id',
    ticketUrlPattern: '/agent/tickets/(\\d+)',
    editor: [
      '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
      '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
      '.zendesk-editor--rich-text-container [contenteditable="true"]',
      'textarea.comment_input',
    ].join(', '),
    sendButton: '[data-test-id="submit_button-button"], [data-test-id="omni-save-button"]',
    customerName: [
      '[data-test-id="ticket-system-field-requester-select"] [data-garden-id="typography.ellipsis"]',
      '[data-test-id="customer-context-pane"] [data-test-id="customer-context-user-name"]',
    ].join(', '),
    customerEmail: '[data-test-id="customer-context-pane"] a[href^="mailto:"] @href',
    customerId: '[data-test-id="customer-context-pane"] a[href*="/users/"] @href',
    message: 'article[data-test-id="omni-log-comment-item"]',
    customerMessage: '[data-test-id="omni-log-item-message"][type="end-user"]',
    agentMessage: '[data-test-id="omni-log-item-message"][type="agent"], [data-test-id="omni-log-internal-note-tag"]',
    messageBody: '[data-test-id="omni-log-message-content"], .zd-comment',
    attachment: 'a[href*="/attachments/token/"]',
  },
  // Zendesk's "submit ticket" shortcut (Ctrl+Alt+S; Ctrl+Option+S on macOS) works anywhere in the
  // ticket. Recalled from Zendesk's shortcut list, not verified on a live tenant. [inf]
  sendShortcuts: [{ key: 's', mod: true, alt: true }],
  override: {
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      // The context pane links the user as `/agent/users/{id}`: the id is the number.
      const href = found.userId ?? readValue(root, '[data-test-id="customer-context-pane"] a[href*="/users/"] @href');
      const userId = href ? /\/users\/(\d+)/.exec(href)?.[1] ?? null : null;
      return { ...found, userId };
    },
  },
};
