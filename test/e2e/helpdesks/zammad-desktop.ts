/**
 * Driver for the look-alike of Zammad's new desktop UI (test/fixtures/helpdesks/zammad-desktop). The
 * reply field (TipTap) appears once a reply is started and closes after an update; the UI has no send
 * key, so the keyboard way is Tab to Update and Enter (the driver's default).
 */
import type { Page } from 'playwright-core';
import { defineDriver, sharedTickets, downloadVia, selectTextIn } from './driver';

const view = '#main-content';
const editorOf = (page: Page) => page.locator(`${view} [data-test-id="field-editor"] .ProseMirror`);

async function startReply(page: Page): Promise<void> {
  if (!(await editorOf(page).isVisible())) await page.locator(`${view} button`, { hasText: 'Add reply' }).click();
  await editorOf(page).waitFor({ state: 'visible' });
}

export const zammadDesktopDriver = defineDriver({
  id: 'zammad-desktop',
  name: 'Zammad (new desktop UI)',
  engine: 'prosemirror',
  editorLabel: 'TipTap (ProseMirror)',
  tickets: sharedTickets({ primary: '1245', other: '1239' }),
  path: (id, query) => `/zammad-desktop/desktop/tickets/${id}${query ? `?${query}` : ''}`,
  async ready(page, id) {
    await page.waitForFunction((t) => window.__helpdesk?.activeTicket === t, id);
    await startReply(page);
  },
  editor: editorOf,
  async typeDraft(page, text) {
    await startReply(page);
    await editorOf(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.type(line);
    }
  },
  sendButton: (page) => page.locator(`${view} button.bg-yellow-300:not([aria-haspopup])`),
  sendShortcut: null,
  attachment: (page, name) => page.locator(`${view} .zd-file`, { hasText: name }),
  async openAttachment(page, name) {
    const row = page.locator(`${view} .zd-file`, { hasText: name });
    const preview = row.locator('button');
    if (await preview.count()) {
      await preview.click();
      const viewer = page.locator('.fx-viewer-backdrop');
      await viewer.waitFor();
      await page.keyboard.press('Escape');
      await viewer.waitFor({ state: 'detached' });
      return;
    }
    const link = row.locator('a');
    if ((await link.getAttribute('target')) === '_blank') {
      const tab = page.context().waitForEvent('page');
      await link.click();
      await (await tab).close();
      return;
    }
    await downloadVia(page, link);
  },
  async switchTo(page, id) {
    await page.locator(`.zd-taskbar a[href$="/desktop/tickets/${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator(`${view} [data-test-id^="article-bubble-body-"].bg-blue-100`, { hasText: text }), text),
});
