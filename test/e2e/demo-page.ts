/** Helpers for driving the Northwind Desk demo helpdesk in e2e tests (its DOM contract, in code). */
import type { Locator, Page } from 'playwright-core';

export type EditorKind = 'rich' | 'textarea';

/** `/demo/#/tickets/1042`, `/demo/?editor=textarea#/tickets/1042`, … */
export function demoPath(ticketId = '1042', editor: EditorKind = 'rich', extraQuery = ''): string {
  const params = new URLSearchParams(extraQuery);
  if (editor === 'textarea') params.set('editor', 'textarea');
  const query = params.toString();
  return `/demo/${query ? `?${query}` : ''}#/tickets/${ticketId}`;
}

/** The visible ticket pane (another one is always mounted, hidden). */
export function activeTicket(page: Page): Locator {
  return page.locator('section.dd-ticket[data-active="true"]');
}

export function editorIn(ticket: Locator, editor: EditorKind): Locator {
  return editor === 'rich' ? ticket.locator('.dd-editor .ProseMirror[contenteditable="true"]') : ticket.locator('textarea.dd-reply-textarea');
}

export function sendButtonIn(ticket: Locator): Locator {
  return ticket.locator('form.dd-reply button.dd-send[type="submit"]');
}

/** Text of the active composer (paragraphs joined by "\n" for ProseMirror). */
export async function composerText(page: Page, editor: EditorKind): Promise<string> {
  const el = editorIn(activeTicket(page), editor);
  return editor === 'rich' ? el.evaluate((e) => [...e.children].map((c) => c.textContent ?? '').join('\n')) : el.inputValue();
}

/** `document.body.dataset.sentCount` as a number. */
export async function sentCount(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.sentCount ?? 'NaN'));
}

export async function sentTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__demo.sent]);
}

/** Waits for the demo app to be mounted and the composer ready. */
export async function waitForDemo(page: Page, editor: EditorKind = 'rich'): Promise<void> {
  await editorIn(activeTicket(page), editor).waitFor({ state: 'visible' });
}
