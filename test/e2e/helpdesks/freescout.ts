/**
 * Driver for the FreeScout look-alike (test/fixtures/helpdesks/freescout): a page per conversation.
 * Conversation 4818 is a chat, open in chat mode (Enter sends, Shift+Enter is a new line); 4795 an
 * email, whose reply form opens with Reply. Locators stay off FreeScout's hooks so `?ui=next` runs too.
 */
import type { Page } from 'playwright-core';
import { defineDriver, sharedTickets, selectTextIn } from './driver';

const chatMode = (page: Page) => page.evaluate(() => /(^|\s)(chat-mode|is-chat-mode)(\s|$)/.test(document.body.className));

export const freescoutDriver = defineDriver({
  id: 'freescout',
  name: 'FreeScout',
  engine: 'summernote',
  editorLabel: 'Summernote (lite)',
  tickets: sharedTickets({ primary: '4818', other: '4795' }),
  path: (id, query) => `/freescout/conversation/${id}?folder_id=3${query ? `&${query}` : ''}`,
  async ready(page, id) {
    await page.waitForFunction((t) => window.__helpdesk?.activeTicket === t, id);
    // Outside chat mode the reply form opens with Reply.
    const editor = page.locator('.note-editable');
    if (!(await editor.isVisible())) await page.locator('[aria-label="Reply"]').click();
    await editor.waitFor({ state: 'visible' });
  },
  editor: (page) => page.locator('.note-editable'),
  async typeDraft(page, text) {
    const editor = page.locator('.note-editable');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // In chat mode Enter sends: a new line is Shift+Enter.
    const newLine = (await chatMode(page)) ? 'Shift+Enter' : 'Enter';
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) await page.keyboard.press(newLine);
      if (line) await page.keyboard.type(line);
    }
  },
  sendButton: (page) => page.locator('.note-statusbar button', { hasText: 'Send Reply' }),
  // Chat mode's send key (FreeScout has none outside chat mode).
  sendShortcut: 'Enter',
  // Summernote's own history: Ctrl+Y redoes (Ctrl+Shift+Z is not Summernote's).
  redoShortcut: 'Control+y',
  attachment: (page, name) => page.locator('a[target="_blank"]', { hasText: name }),
  async switchTo(page, id) {
    // FreeScout loads a page per conversation: the toolbar's Older/Newer arrows.
    await page.locator(`a[title="Older"][href*="/conversation/${id}"], a[title="Newer"][href*="/conversation/${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk?.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator('.thread-type-customer .thread-content, .conv-thread--customer .conv-thread__body', { hasText: text }), text),
  changedDom: { query: 'ui=next' },
});
