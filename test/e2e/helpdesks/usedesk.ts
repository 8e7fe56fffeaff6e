/** Driver for the Usedesk look-alike (test/fixtures/helpdesks/usedesk): a page per ticket, a stand-in editor. */
import { defineDriver, sharedTickets, selectTextIn } from './driver';

export const usedeskDriver = defineDriver({
  id: 'usedesk',
  name: 'Usedesk',
  engine: 'plain',
  editorLabel: 'contenteditable stand-in (Usedesk’s editor is unknown)',
  tickets: sharedTickets({ primary: '98310455', other: '98309871' }),
  path: (id, query) => `/usedesk/tickets/${id}${query ? `?${query}` : ''}`,
  editor: (page) => page.locator('.reply-form [contenteditable="true"]'),
  sendButton: (page) => page.locator('.reply-form button[type="submit"]'),
  sendShortcut: 'Control+Enter',
  attachment: (page, name) => page.locator('.mail-attachments a', { hasText: name }),
  async switchTo(page, id) {
    // A page per ticket: the top block's next-ticket arrow loads it.
    await page.locator(`a.next-ticket[href$="/tickets/${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk?.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator('.ticket-message.client .mail-text', { hasText: text }), text),
});
