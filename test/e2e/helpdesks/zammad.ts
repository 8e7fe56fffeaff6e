/** Driver for the Zammad classic UI look-alike (test/fixtures/helpdesks/zammad). */
import { defineDriver, selectTextIn } from './driver';

const task = '.content.active[id^="content_permanent_"]';

export const zammadDriver = defineDriver({
  id: 'zammad',
  name: 'Zammad',
  engine: 'plain',
  editorLabel: 'contenteditable behind Zammad’s own wrapper',
  tickets: {
    primary: {
      id: '1245',
      customer: { name: 'Maya Chen', email: 'maya.chen@example.com', userId: '20731' },
      attachments: ['bank-statement.png', 'invoice-INV-20931.pdf'],
      quote: 'My card was charged twice for invoice INV-20931',
    },
    other: {
      id: '1239',
      customer: { name: 'Vadim Petrov', email: 'vadim.petrov@example.com', userId: '38112' },
      attachments: ['export-logs.zip', 'projects-export.csv'],
      quote: 'it stops at 80%',
    },
  },
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
