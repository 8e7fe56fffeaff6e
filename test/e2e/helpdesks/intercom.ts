/** Driver for the Intercom Inbox look-alike (test/fixtures/helpdesks/intercom). */
import { defineDriver, sharedTickets, selectTextIn } from './driver';

const open = '[data-conversation-id]:not([style*="none"])';
const APP = 'k7t2x9qa';

export const intercomDriver = defineDriver({
  id: 'intercom',
  name: 'Intercom',
  engine: 'prosemirror',
  tickets: sharedTickets({ primary: '215467364118891', other: '215467364090412' }, { primary: '6543a1b2c3d4e5f6a7b8c9d0', other: '65f0c2d4e6a8b0c2d4e6f8a1' }),
  path: (id, query) => `/intercom/a/inbox/${APP}/inbox/shared/all/conversation/${id}${query ? `?${query}` : ''}`,
  editor: (page) => page.locator(`${open} [data-conversation-reply-composer] .ProseMirror`),
  sendButton: (page) => page.locator(`${open} .ic-send`),
  sendShortcut: 'Control+Enter',
  attachment: (page, name) => page.locator(`${open} img.ic-image[alt="${name}"], ${open} a.ic-file:text-is("${name}")`),
  async switchTo(page, id) {
    await page.locator(`a[data-conversation-list-item-id="${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator(`${open} .justify-start .interblocks-html`, { hasText: text }), text),
});
