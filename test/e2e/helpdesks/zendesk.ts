/** Driver for the Zendesk Agent Workspace look-alike (test/fixtures/helpdesks/zendesk). */
import { defineDriver, sharedTickets, selectTextIn } from './driver';

// Hook-agnostic where the test itself needs to find things, so the same driver runs on `?ui=next`.
const activePane = '.zd-pane-slot[style*="visible"]';

export const zendeskDriver = defineDriver({
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  engine: 'ckeditor5',
  tickets: sharedTickets({ primary: '48213', other: '48190' }),
  path: (id, query) => `/zendesk/agent/tickets/${id}${query ? `?${query}` : ''}`,
  editor: (page) => page.locator(`${activePane} .ck-editor__editable[contenteditable="true"]`),
  sendButton: (page) => page.locator(`${activePane} .zd-submit`),
  sendShortcut: 'Control+Alt+s',
  attachment: (page, name) => page.locator(`${activePane} a.zd-attachment`, { hasText: name }),
  async switchTo(page, id) {
    await page.locator('.zd-tab', { hasText: `#${id}` }).click();
    await page.waitForFunction((t) => window.__helpdesk.activeTicket === t, id);
  },
  selectCustomerText: (page, text) => selectTextIn(page.locator(`${activePane} .zd-comment`, { hasText: text }), text),
  changedDom: { query: 'ui=next' },
});
