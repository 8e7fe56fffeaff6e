/** Driver for the Zammad classic UI look-alike (test/fixtures/helpdesks/zammad). */
import { defineDriver, sharedTickets, selectTextIn } from './driver';

const task = '.content.active[id^="content_permanent_"]';

export const zammadDriver = defineDriver({
  id: 'zammad',
  name: 'Zammad',
  engine: 'plain',
  editorLabel: 'contenteditable behind Zammad’s own wrapper',
  tickets: sharedTickets({ primary: '1245', other: '1239' }),
  path: (id, query) => `/zammad/${query ? `?${query}` : ''}#ticket/zoom/${id}`,
  editor: (page) => page.locator(`${task} .articleNewEdit-body`),
  sendButton: (page) => page.locator(`${task} .js-attributeBar .js-submit`),
  // Zammad's "Confirm/submit" hotkey in its default layout (Ctrl+Shift+Enter in the old one).
  sendShortcut: 'Control+Enter',
  // Zammad's editor wrapper takes Ctrl+Shift+Z for "insert a horizontal rule": redo is Ctrl+Y.
  redoShortcut: 'Control+y',
  attachment: (page, name) => page.locator(`${task} a.attachment`, { hasText: name }),
  async switchTo(page, id) {
    await page.locator(`#navigation .task[data-key="Ticket-${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator(`${task} .ticket-article-item.customer .richtext-content`, { hasText: text }), text),
});
