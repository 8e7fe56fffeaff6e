import type { AdapterDefinition } from '../contract';
import { isVisible, queryAll, readValue } from '../query';

/**
 * Freshdesk agent portal, the Ember "mint" UI (`https://{sub}.freshdesk.com/a/tickets/{id}`; a company
 * domain through an admin-added site). One ticket is rendered at a time; in-app navigation swaps it.
 * Hooks (../shared/research/helpdesk-dom.md §2; third-party scripts, none from Freshworks):
 * - ticket: `#ticket-details` inside `.app-main-wrapper` (the wrapper also holds the action bar and
 *   the requester sidebar); the id is the URL's;
 * - editor: only after Reply (`[data-test-id="ticket-action-reply"]`) is clicked: Froala,
 *   `div.fr-element.fr-view[contenteditable]` in `.fr-box`, in `[data-test-id="active-editor"]` when
 *   that wrapper is there; the legacy Redactor editor after it;
 * - send: `[data-test-id="submit"]`; Ctrl/Cmd+Enter in the editor [inf: listed among Freshdesk's
 *   shortcuts as recalled, not verified];
 * - requester: `[data-test-id="requester-info-contact-*"]` rows, the name in `[data-test-id="user-name"]`
 *   under `.requester-wrap`/`.sender-info`; the contact id from its `/a/contacts/{id}` link;
 * - messages: the original request `#ticket_original_request` (always the requester's); later ones
 *   have no hook seen in any source, so `[data-test-id="conversation-*"]` below is inferred [inf];
 * - attachments: `/helpdesk/attachments/{id}` links [inf: the classic helpdesk's attachment route].
 * When the ticket hooks are gone, `body` stands in (underlines and sends keep working; no customer).
 */
export const freshdesk: AdapterDefinition = {
  id: 'freshdesk',
  name: 'Freshdesk',
  hosts: ['https://*.freshdesk.com/*'],
  pathPattern: '^/a/',
  engine: 'froala',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: '#ticket-details, [data-test-id="ticket-details"], .ticket-details-page',
    ticketUrlPattern: '/a/tickets/(\\d+)',
    editor: [
      '[data-test-id="active-editor"] .fr-element[contenteditable="true"]',
      '.fr-box .fr-element.fr-view[contenteditable="true"]',
      '.fr-element[contenteditable="true"]',
      '.redactor_editor[contenteditable="true"], .redactor-editor[contenteditable="true"]',
    ].join(', '),
    sendButton: '[data-test-id="submit"]',
    customerName: [
      '.requester-wrap [data-test-id="user-name"]',
      '.sender-info [data-test-id="user-name"]',
      '[data-test-id="requester-info-contact-name"] .info-details-content',
    ].join(', '),
    customerEmail: '[data-test-id="requester-info-contact-email"] .info-details-content',
    customerId: 'a[href*="/a/contacts/"] @href',
    message: '#ticket_original_request, [data-test-id="conversation-item"]',
    customerMessage: '#ticket_original_request, [data-test-id="conversation-item"][data-source="requester"]',
    agentMessage: '[data-test-id="conversation-item"][data-source="agent"], [data-test-id="conversation-item"][data-private="true"]',
    messageBody: '.text__content, .fr-view',
    attachment: 'a[href*="/helpdesk/attachments/"]',
    attachmentName: '@title',
  },
  sendShortcuts: [{ key: 'Enter', mod: true, inEditor: true }],
  override: {
    // The ticket's wrapper: the action bar (Reply, the editor's Send) and the requester sidebar are
    // siblings of `#ticket-details`, not inside it.
    root(doc, fallback) {
      const details = fallback();
      if (!details) return null;
      const wrapper = details.closest('.app-main-wrapper');
      return wrapper && isVisible(wrapper) && queryAll(wrapper, '#ticket-details, [data-test-id="ticket-details"], .ticket-details-page').length === 1 ? wrapper : details;
    },
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      const href = readValue(root, 'a[href*="/a/contacts/"] @href');
      return { ...found, userId: href ? /\/a\/contacts\/(\d+)/.exec(href)?.[1] ?? null : null };
    },
  },
};
