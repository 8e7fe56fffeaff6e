/** Driver for the Help Scout look-alike (test/fixtures/helpdesks/helpscout). */
import type { Page } from 'playwright-core';
import { defineDriver, sharedTickets, selectTextIn } from './driver';

const open = '[data-cy="ConversationView"]:not([hidden])';
const NUMBERS: Record<string, string> = { '2561849073': '8123', '2561790335': '8119' };

/** The reply editor mounts when Reply is clicked, as in Help Scout. */
async function openReply(page: Page): Promise<void> {
  const editor = page.locator(`${open} [data-slate-editor]`);
  if (!(await editor.isVisible())) await page.locator(`${open} [data-cy="reply-button"]`).click();
  await editor.waitFor({ state: 'visible' });
}

export const helpscoutDriver = defineDriver({
  id: 'helpscout',
  name: 'Help Scout',
  engine: 'slate',
  tickets: sharedTickets({ primary: '2561849073', other: '2561790335' }, { primary: '418820117', other: '418790652' }),
  path: (id, query) => `/helpscout/conversation/${id}/${NUMBERS[id]}/?folderId=7731904${query ? `&${query}` : ''}`,
  async ready(page, id) {
    await page.waitForFunction((t) => window.__helpdesk?.activeTicket === t, id);
    await openReply(page);
  },
  editor: (page) => page.locator(`${open} [data-slate-editor]`),
  sendButton: (page) => page.locator(`${open} [data-cy="SendButton"]`),
  sendShortcut: 'Control+Enter',
  attachment: (page, name) => page.locator(`${open} [data-cy="ThreadAttachment"]`, { hasText: name }),
  async switchTo(page, id) {
    await page.locator(`a[data-conversation-link="${id}"]`).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator(`${open} .is-customer .c-thread-content`, { hasText: text }), text),
});
