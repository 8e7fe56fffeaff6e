/**
 * How the support matrix drives one helpdesk fixture. The feature checks (support-matrix.e2e.ts) are
 * written once against this interface; each helpdesk provides a small driver (`<id>.ts`, listed in
 * `index.ts`). `defineDriver` fills in what every look-alike shares (the `window.__helpdesk` contract
 * of test/fixtures/helpdesks/_shared/runtime.ts); a driver overrides only what its DOM does differently.
 */
import type { Locator, Page } from 'playwright-core';
import type { EditorEngine } from '../../../lib/adapters/contract';
import { conversation, type SharedConversation } from '../../fixtures/helpdesks/_shared/scenario';

export interface TicketFacts {
  /** The ticket id as the adapter reads it (and Tact reports it). */
  id: string;
  customer: { name: string; email: string | null; userId: string | null };
  /** File names of the customer's attachments, as the adapter reports them, in thread order. */
  attachments: string[];
  /** A sentence from a customer message, to select for feedback. */
  quote: string;
}

export interface SentReply {
  ticketId: string;
  text: string;
  via: string;
}

export interface HelpdeskDriver {
  /** Adapter id = fixture folder (`test/fixtures/helpdesks/<id>/`). */
  id: string;
  /** The row's name in the README matrix. */
  name: string;
  /** The editor engine the fixture is built on (what the adapter should report). */
  engine: EditorEngine;
  /** How the README table names the editor, when the engine id does not say enough (a stand-in). */
  editorLabel?: string;
  /** `primary` is opened; `other` is mounted in the same page at the same time (hidden), to prove scoping. */
  tickets: { primary: TicketFacts; other: TicketFacts };
  /** The realistic route of a ticket page (`/zendesk/agent/tickets/48213`); `query` adds flags (`ui=next`). */
  path(ticketId: string, query?: string): string;
  /** Waits until the helpdesk shows the ticket with its reply editor ready to type in. */
  ready(page: Page, ticketId: string): Promise<void>;
  /** Opens another mounted ticket inside the page (a tab, a list item), without a reload. */
  switchTo(page: Page, ticketId: string): Promise<void>;
  /** The open ticket's reply editor: the element Tact reads and underlines. */
  editor(page: Page): Locator;
  /** Focuses the editor, clears it and types `text` with the keyboard (`\n` → Enter). */
  typeDraft(page: Page, text: string): Promise<void>;
  /** The open ticket's draft as the editor's own model holds it (paragraphs joined by `\n`). */
  draft(page: Page): Promise<string>;
  /** The open ticket's send button. */
  sendButton(page: Page): Locator;
  /**
   * The helpdesk's own keyboard send, as Playwright keys (`Control+Enter`), pressed in the editor;
   * null where the helpdesk has none (the keyboard way is then Tab to the send button and Enter).
   */
  sendShortcut: string | null;
  /** Sends the draft from the keyboard the helpdesk's way (by default: presses `sendShortcut` in the editor). */
  keyboardSend(page: Page): Promise<void>;
  /** How the fixture records that keyboard send (`keyboard`; a send button's click when there is no shortcut). */
  keyboardVia: string;
  /** The editor's redo key (`Control+Shift+z`; some helpdesks take that one for themselves). */
  redoShortcut: string;
  /** Every reply the helpdesk sent, in order. */
  sent(page: Page): Promise<SentReply[]>;
  /** The element that opens a customer attachment (the one Tact marks). */
  attachment(page: Page, name: string): Locator;
  /** Opens an attachment the way an agent does, and closes whatever viewer or tab it opened. */
  openAttachment(page: Page, name: string): Promise<void>;
  /** Selects `text` inside a customer message of the open ticket (for feedback logging). */
  selectCustomerText(page: Page, text: string): Promise<void>;
  /** A variant of the fixture whose DOM hooks were renamed ("the helpdesk changed its DOM"), if it has one. */
  changedDom?: { query: string };
}

/** A sentence of each shared conversation's first customer message, to select for feedback. */
const QUOTES: Record<SharedConversation['key'], string> = {
  refund: 'My card was charged twice for invoice INV-20931',
  export: 'it stops at 80%',
};

function facts(key: SharedConversation['key'], id: string, userId: string | null): TicketFacts {
  const c = conversation(key);
  return {
    id,
    customer: { name: c.customer.name, email: c.customer.email, userId },
    attachments: c.messages.filter((m) => m.author === 'customer').flatMap((m) => (m.attachments ?? []).map((a) => a.name)),
    quote: QUOTES[key],
  };
}

/**
 * The two shared conversations (test/fixtures/helpdesks/_shared/scenario.ts) under one helpdesk's
 * ticket ids: the refund one is opened, the export one is mounted beside it. The user ids are the
 * helpdesk's own (null where its page shows none); by default the scenario's.
 */
export function sharedTickets(
  ids: { primary: string; other: string },
  userIds: { primary: string | null; other: string | null } = {
    primary: conversation('refund').customer.userId,
    other: conversation('export').customer.userId,
  },
): HelpdeskDriver['tickets'] {
  return { primary: facts('refund', ids.primary, userIds.primary), other: facts('export', ids.other, userIds.other) };
}

type Required<K extends keyof HelpdeskDriver> = Pick<HelpdeskDriver, K>;
type Base = Required<'id' | 'name' | 'engine' | 'tickets' | 'path' | 'editor' | 'sendButton' | 'sendShortcut' | 'attachment' | 'switchTo'>;

/** Clicks an attachment link that downloads its file, and waits for the download. */
export async function downloadVia(page: Page, link: Locator): Promise<void> {
  const download = page.waitForEvent('download');
  await link.click();
  await (await download).cancel().catch(() => {});
}

/** Selects the first occurrence of `text` inside `scope` (a DOM Selection the agent could have made). */
export async function selectTextIn(scope: Locator, text: string): Promise<void> {
  await scope.first().scrollIntoViewIfNeeded();
  const found = await scope.first().evaluate((root, t) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(t);
      if (at < 0) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + t.length);
      const sel = root.ownerDocument.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in a customer message`);
}

export function defineDriver(d: Base & Partial<HelpdeskDriver>): HelpdeskDriver {
  const driver: HelpdeskDriver = {
    async ready(page, ticketId) {
      await page.waitForFunction((id) => window.__helpdesk?.activeTicket === id, ticketId);
      await driver.editor(page).waitFor({ state: 'visible' });
    },
    async typeDraft(page, text) {
      const editor = driver.editor(page);
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      const lines = text.split('\n');
      for (const [i, line] of lines.entries()) {
        if (i > 0) await page.keyboard.press('Enter');
        if (line) await page.keyboard.type(line);
      }
    },
    draft: (page) => page.evaluate(() => window.__helpdesk.draft()),
    sent: (page) => page.evaluate(() => window.__helpdesk.sends.map((s) => ({ ticketId: s.ticketId, text: s.text, via: s.via }))),
    async openAttachment(page, name) {
      const link = driver.attachment(page, name);
      const target = await link.getAttribute('target');
      if (target === '_blank') {
        const tab = page.context().waitForEvent('page');
        await link.click();
        await (await tab).close();
        return;
      }
      if ((await link.getAttribute('download')) !== null && !(await link.evaluate((a) => a.matches('.js-preview, [data-preview]')))) {
        await downloadVia(page, link);
        return;
      }
      await link.click();
      // An in-page viewer: close it the way an agent would.
      const viewer = page.locator('.fx-viewer-backdrop');
      await viewer.waitFor();
      await page.keyboard.press('Escape');
      await viewer.waitFor({ state: 'detached' });
    },
    async selectCustomerText() {
      throw new Error(`${d.id}: selectCustomerText is not implemented`);
    },
    async keyboardSend(page) {
      if (driver.sendShortcut) {
        await page.keyboard.press(driver.sendShortcut);
        return;
      }
      // No send key: the keyboard way is Tab from the editor to the send button, then Enter.
      const button = driver.sendButton(page);
      for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      if (!(await button.evaluate((el) => el === document.activeElement))) throw new Error(`${driver.id}: Tab never reached the send button`);
      await page.keyboard.press('Enter');
    },
    keyboardVia: d.sendShortcut ? 'keyboard' : 'button',
    redoShortcut: 'Control+Shift+z',
    ...d,
  };
  return driver;
}
