/** Driver for the Help Scout look-alike (test/fixtures/helpdesks/helpscout). */
import type { Page } from 'playwright-core';
import { defineDriver, selectTextIn } from './driver';

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
  tickets: {
    primary: {
      id: '2561849073',
      customer: { name: 'Maya Chen', email: 'maya.chen@example.com', userId: '418820117' },
      attachments: ['bank-statement.png', 'invoice-INV-20931.pdf'],
      quote: 'My card was charged twice for invoice INV-20931',
    },
    other: {
      id: '2561790335',
      customer: { name: 'Vadim Petrov', email: 'vadim.petrov@example.com', userId: '418790652' },
      attachments: ['export-logs.zip', 'projects-export.csv'],
      quote: 'it stops at 80%',
    },
  },
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
