/** Driver for the Front look-alike (test/fixtures/helpdesks/front; its editor is a stand-in). */
import { defineDriver, sharedTickets, selectTextIn } from './driver';

const open = '[data-testid="conversation"]:not([style*="none"])';

export const frontDriver = defineDriver({
  id: 'front',
  name: 'Front',
  engine: 'plain',
  editorLabel: 'contenteditable stand-in (Front’s editor is unknown)',
  tickets: sharedTickets({ primary: '21718549321', other: '21718427705' }, { primary: null, other: null }),
  path: (id, query) => `/front/inboxes/teammates/4417/inbox/all/${id}${query ? `?${query}` : ''}`,
  editor: (page) => page.locator(`${open} [contenteditable="true"]`),
  sendButton: (page) => page.locator(`${open} [data-testid="composer-send-button"]`),
  sendShortcut: 'Control+Enter',
  attachment: (page, name) => page.locator(`${open} [data-testid^="attachment-base-"]`, { hasText: name }),
  async switchTo(page, id) {
    await page.locator(`a[data-conversation-link="${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator(`${open} [data-testid="inbound-message"] [class*="messageViewerBody__"]`, { hasText: text }), text),
});
