/**
 * Driver for the Freshdesk look-alike (test/fixtures/helpdesks/freshdesk). The reply editor (a Froala
 * stand-in) appears once Reply is clicked and closes after a send or when another ticket is opened.
 * Locators stay off Freshdesk's own hooks so `?ui=next` runs too.
 */
import type { Page } from 'playwright-core';
import { defineDriver, sharedTickets, selectTextIn } from './driver';

const editorOf = (page: Page) => page.locator('.fr-element[contenteditable="true"]');

async function openReply(page: Page): Promise<void> {
  if (!(await editorOf(page).isVisible())) await page.locator('button[aria-label="Reply"]').click();
  await editorOf(page).waitFor({ state: 'visible' });
}

export const freshdeskDriver = defineDriver({
  id: 'freshdesk',
  name: 'Freshdesk',
  engine: 'froala',
  editorLabel: 'Froala stand-in (Froala is commercial)',
  tickets: sharedTickets({ primary: '8452', other: '8437' }),
  path: (id, query) => `/freshdesk/a/tickets/${id}${query ? `?${query}` : ''}`,
  async ready(page, id) {
    await page.waitForFunction((t) => window.__helpdesk?.activeTicket === t, id);
    await openReply(page);
  },
  editor: editorOf,
  async typeDraft(page, text) {
    await openReply(page);
    await editorOf(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.type(line);
    }
  },
  sendButton: (page) => page.locator('button', { hasText: /^Send$/ }),
  sendShortcut: 'Control+Enter',
  attachment: (page, name) => page.locator('a.attachment-item', { hasText: name }),
  async switchTo(page, id) {
    await page.locator(`button[aria-label="Next ticket #${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator('.fd-incoming .text__content', { hasText: text }), text),
  changedDom: { query: 'ui=next' },
});
