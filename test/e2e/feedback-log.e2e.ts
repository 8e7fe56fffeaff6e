/**
 * Issue 7 on the demo helpdesk, in Chromium with the demo build: an agent logs what a customer said
 * in two clicks (selection → Log → tag), or the whole message from its corner button, or from the
 * context menu or the keyboard command; Undo; the item survives a reload; duplicates are caught; a
 * full disk is shown and the item kept; the hidden second ticket and the agent's own words cannot
 * be logged; and Tact requests nothing from the network.
 *
 * Stored items are read back through the background's API from an extension page, as the leads'
 * view reads them. The context menu and the command are driven through the demo build's service
 * worker hook (`__tactFeedbackLog`), which calls the very handlers the browser's listeners call:
 * Playwright cannot click a native context menu or press a browser command shortcut.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeTicket, demoPath, editorIn, sendButtonIn, sentCount, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact, screenshot, type Tact, waitForTact } from './harness';
import { setSettings, waitForSession } from './tact-page';

interface StoredItem {
  schemaVersion: number;
  id: string;
  tags: string[];
  quote: string;
  customer: { name?: string; email?: string; userId?: string };
  helpdesk: string;
  ticketId: string;
  ticketUrl: string;
  language: string;
  createdAt: number;
  agent: string;
  note?: string;
}
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
type AskResult = { status: string; reason?: string };

const AGENT = 'Kate Test';
const PARA_REFUND = 'Could you refund the duplicate charge, please?';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let tact: Tact;
/** An extension page to call the background API from (a service worker cannot message itself). */
let ext: Page;

async function api<T>(type: string, payload?: unknown): Promise<T> {
  const reply = await ext.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ tact: 1, type: t, payload: p }),
    [type, payload] as const,
  );
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const itemsOn = async (ticketId: string) =>
  (await api<{ items: StoredItem[]; pending: string[] }>('feedback/query', { ticket: { helpdesk: 'demo', ticketId } })).items;

/** Undoes every item (all are minutes old), so each test starts from an empty log. */
async function resetFeedback(): Promise<void> {
  const { items } = await api<{ items: StoredItem[] }>('feedback/query', {});
  for (const item of items) await api('feedback/undo', { id: item.id });
}

let pages = 0;
async function openTicket(id: string): Promise<Page> {
  // A query of its own per page: the hooks find "this tab" by its URL.
  const page = await tact.newPage(demoPath(id, 'rich', `page=${++pages}`));
  await waitForDemo(page);
  await waitForTact(page);
  await waitForSession(page, id);
  return page;
}

const overlay = (page: Page, testId: string) => page.locator(`tact-overlay [data-testid="${testId}"]`);
const logButton = (page: Page) => overlay(page, 'tact-log-button');
const messageButton = (page: Page) => overlay(page, 'tact-log-message-button');
const picker = (page: Page) => overlay(page, 'tact-feedback-picker');
const toast = (page: Page) => overlay(page, 'tact-feedback-toast');
const option = (page: Page, tag: string) => picker(page).locator(`[role="option"][data-tag="${tag}"]`);

function message(page: Page, id: string, ticket: Locator = activeTicket(page)): Locator {
  return ticket.locator(`li.dd-message[data-message-id="${id}"]`);
}
function paragraph(page: Page, messageId: string, text: string): Locator {
  return message(page, messageId).locator('.dd-message-body p', { hasText: text });
}

/** Selects a paragraph the way an agent does: a triple click (which runs on into the next block). */
async function selectParagraph(page: Page, messageId: string, text: string): Promise<void> {
  await paragraph(page, messageId, text).click({ clickCount: 3 });
}

/** Selects `text` inside the first element matching `selector`, by script: for places a mouse cannot reach (a hidden ticket). */
async function selectByScript(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, wanted]) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(wanted!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + wanted!.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" not found in ${sel}`);
    },
    [selector, text] as const,
  );
}

/** What the browser's context-menu listener does for a click on Tact's item in this tab. */
async function viaContextMenu(page: Page): Promise<AskResult> {
  return tact.serviceWorker!.evaluate(async (url) => {
    const g = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
      __tactFeedbackLog: { menuId: string; menuClicked(info: object, tab: object): Promise<AskResult> };
    };
    const tab = (await g.chrome.tabs.query({})).find((t) => t.url === url)!;
    return g.__tactFeedbackLog.menuClicked({ menuItemId: g.__tactFeedbackLog.menuId, editable: false, pageUrl: url }, tab);
  }, page.url());
}

/** What the browser's `commands.onCommand` listener does for Alt+Shift+L; `withTab: false` as older browsers call it. */
async function viaCommand(page: Page, withTab = true): Promise<AskResult> {
  return tact.serviceWorker!.evaluate(
    async ([url, tabGiven]) => {
      const g = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } };
        __tactFeedbackLog: { command(name: string, tab?: object): Promise<AskResult> };
      };
      const tab = (await g.chrome.tabs.query({})).find((t) => t.url === url)!;
      return g.__tactFeedbackLog.command('log-feedback', tabGiven ? tab : undefined);
    },
    [page.url(), withTab] as const,
  );
}

async function toastText(page: Page): Promise<string> {
  await toast(page).waitFor();
  return (await toast(page).locator('.tact-toast__text').textContent()) ?? '';
}

describe('logging customer feedback on the demo helpdesk', () => {
  beforeAll(async () => {
    tact = await launchTact({ name: 'feedback-log' });
    // Nothing here sends, but the attachments' hold would add its own overlay to screenshots.
    await setSettings(tact, { agentName: AGENT, attachments: { disabledSites: ['demo'] } });
    ext = await tact.newPage(`chrome-extension://${tact.extensionId}/feedback.html`);
  });
  afterAll(async () => {
    await tact?.close();
    assertNoExtensionRequests(tact);
  });
  beforeEach(async () => {
    await resetFeedback();
  });
  afterEach(async () => {
    for (const page of tact.context.pages()) if (page !== ext) await page.close();
  });

  it('two clicks: a selection in a customer message → Log → a tag; the item carries everything', async () => {
    const page = await openTicket('1042');
    const startedAt = Date.now();
    await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
    await logButton(page).waitFor();
    // Beside the selection: just after the end of the paragraph's last line.
    const para = (await paragraph(page, 'm-1042-1', 'refund the duplicate').boundingBox())!;
    const button = (await logButton(page).boundingBox())!;
    expect(button.y + button.height / 2).toBeGreaterThan(para.y);
    expect(button.y + button.height / 2).toBeLessThan(para.y + para.height + 4);
    expect(button.x).toBeGreaterThan(para.x);
    await screenshot(page, 'feedback-log-button');

    await logButton(page).click(); // click 1
    await picker(page).waitFor();
    expect(await picker(page).locator('[data-testid="tact-feedback-quote"]').textContent()).toBe(PARA_REFUND);
    // Focus is in the filter box, ready to type.
    expect(await page.evaluate(() => document.querySelector('tact-overlay')!.shadowRoot!.activeElement?.getAttribute('data-testid'))).toBe('tact-feedback-filter');
    // Focus left the page's selection for the filter box; a highlight still shows what is being logged.
    expect(await page.evaluate(() => [...(CSS.highlights.get('tact-feedback') as unknown as Set<Range>)].map((r) => r.toString().trim()))).toEqual([PARA_REFUND]);
    await screenshot(page, 'feedback-picker');

    await option(page, 'billing').click(); // click 2
    await picker(page).waitFor({ state: 'detached' });
    expect(await toastText(page)).toBe('Logged as “Billing / payments”.');
    await screenshot(page, 'feedback-toast');

    const [item, ...rest] = await itemsOn('1042');
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      schemaVersion: 2,
      tags: ['billing'],
      quote: PARA_REFUND,
      customer: { name: 'Vadim Petrov', email: 'vadim.petrov@example.com', userId: 'u-381' },
      helpdesk: 'demo',
      ticketId: '1042',
      ticketUrl: page.url(),
      language: 'en',
      agent: AGENT,
    });
    expect(item!.id).toMatch(UUID);
    expect(item!.note).toBeUndefined();
    expect(item!.createdAt).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(item!.createdAt).toBeLessThanOrEqual(Date.now() + 1000);
    // Nothing of Tact's in the helpdesk's own tree.
    expect(await page.locator('section.dd-ticket [data-tact], section.dd-ticket [class^="tact-"]').count()).toBe(0);
    await page.close();
  });

  it('the picker by keyboard: type to filter, ↓, a note, Enter — in Russian, most used tags first', async () => {
    const page = await openTicket('1043');
    // A tag used before comes first.
    await api('feedback/log', { tags: ['account'], quote: 'Earlier', helpdesk: 'demo', ticketId: '1', ticketUrl: 'http://127.0.0.1/demo/#/tickets/1' });
    await selectParagraph(page, 'm-1043-1', 'Третий день не могу войти');
    await logButton(page).click();
    await picker(page).waitFor();
    await expect.poll(() => picker(page).locator('[role="option"]').first().getAttribute('data-tag')).toBe('account');

    await page.keyboard.type('о');
    // Tags with a word starting with «о» (Ошибка, обучение, Оплата) come before the more used «Аккаунт и вход», which only contains one.
    const shown = await picker(page).locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')));
    expect(shown.slice(0, 4)).toEqual(['bug', 'docs', 'billing', 'account']);
    await page.keyboard.type('шиб');
    expect(await picker(page).locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-tag')))).toEqual(['bug']);
    await page.keyboard.press('Escape'); // clears the filter, keeps the picker
    expect(await picker(page).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await picker(page).locator('[role="option"][aria-selected="true"]').getAttribute('data-tag');
    // Tab to "Add a note", Enter opens it, type, Enter saves with the highlighted tag.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await overlay(page, 'tact-feedback-note').waitFor();
    await page.keyboard.type('третий раз за неделю');
    await page.keyboard.press('Enter');
    await picker(page).waitFor({ state: 'detached' });
    expect(await toastText(page)).toMatch(/^Logged as “.+”\.$/);

    const [item] = await itemsOn('1043');
    expect(item).toMatchObject({
      tags: [active],
      quote: 'Третий день не могу войти в аккаунт: после ввода пароля приложение просит код из SMS, но код так и не приходит. Нажимала «Отправить ещё раз» несколько раз — ничего. Номер телефона в профиле правильный.',
      language: 'ru',
      note: 'третий раз за неделю',
      customer: { name: 'Анна Соколова', email: 'anna.sokolova@example.ru', userId: 'u-512' },
    });
    await page.close();
  });

  it("the whole message from its corner button, without the agent's quoted reply", async () => {
    const page = await openTicket('1042');
    const msg = message(page, 'm-1042-1');
    await msg.locator('.dd-message-body p').first().hover();
    await messageButton(page).waitFor();
    const card = (await msg.boundingBox())!;
    const button = (await messageButton(page).boundingBox())!;
    // In the message's bottom-right corner, clear of the time at the top.
    expect(Math.abs(button.x + button.width - (card.x + card.width))).toBeLessThan(12);
    expect(Math.abs(button.y + button.height - (card.y + card.height))).toBeLessThan(12);
    // Not on the agent's message.
    await message(page, 'm-1042-2').locator('.dd-message-body p').first().hover();
    await messageButton(page).waitFor({ state: 'detached' });

    // A long message whose bottom is scrolled out of sight: the button keeps to the corner of what is visible.
    const long = message(page, 'm-1042-3');
    await long.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await long.locator('.dd-message-body p').first().hover();
    await messageButton(page).waitFor();
    const conversation = (await activeTicket(page).locator('.dd-conversation').boundingBox())!;
    const longBox = (await long.boundingBox())!;
    const moved = (await messageButton(page).boundingBox())!;
    expect(longBox.y + longBox.height).toBeGreaterThan(conversation.y + conversation.height);
    expect(moved.y + moved.height).toBeLessThanOrEqual(conversation.y + conversation.height);
    await messageButton(page).click();
    await picker(page).waitFor();
    await option(page, 'bug').click();
    await toast(page).waitFor();
    const [item] = await itemsOn('1042');
    expect(item!.quote.startsWith('Hi Priya,\n\nBoth charges have now gone through')).toBe(true);
    expect(item!.quote).toContain('Please refund the second $49.00 to the same card.');
    expect(item!.quote).toContain('Vadim Petrov\nPetrov Design Studio');
    expect(item!.quote).not.toContain('Could you send me a screenshot');
    expect(item!.quote).not.toContain('wrote:');
    await page.close();
  });

  it('from the context menu: the selection opens the picker; agent text and the draft are refused with a reason', async () => {
    const menu = await tact.serviceWorker!.evaluate(() => (globalThis as unknown as { __tactFeedbackLog: { menuPatterns(): string[] } }).__tactFeedbackLog.menuPatterns());
    // Only where Tact runs: the known helpdesks and, in this build, the loopback demo.
    expect(menu).toContain('https://*.zendesk.com/*');
    expect(menu).toContain('http://127.0.0.1/*');
    expect(menu).not.toContain('<all_urls>');

    const page = await openTicket('1042');
    await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
    expect(await viaContextMenu(page)).toEqual({ status: 'opened' });
    await picker(page).waitFor();
    await page.keyboard.type('bill');
    await page.keyboard.press('Enter');
    await picker(page).waitFor({ state: 'detached' });
    expect((await itemsOn('1042')).map((i) => [i.tags, i.quote])).toEqual([[['billing'], PARA_REFUND]]);

    // The agent's own message.
    await selectParagraph(page, 'm-1042-2', 'sorry about the double charge');
    expect(await logButton(page).count()).toBe(0);
    expect(await viaContextMenu(page)).toEqual({ status: 'refused', reason: 'agent' });
    expect(await toastText(page)).toBe('That is not the customer’s message. Only what the customer wrote can be logged.');
    expect(await picker(page).count()).toBe(0);

    // The agent's draft.
    const editor = editorIn(activeTicket(page), 'rich');
    await editor.click();
    await page.keyboard.type('Refund is on its way');
    await page.keyboard.press('Control+A');
    expect(await viaContextMenu(page)).toEqual({ status: 'refused', reason: 'outside' });
    expect(await toastText(page)).toBe('Only what the customer wrote in their messages can be logged.');
    expect(await itemsOn('1042')).toHaveLength(1);
    await page.close();
  });

  it('from the keyboard command: the selection, else the message under the pointer, else a reason', async () => {
    const page = await openTicket('1042');
    await selectParagraph(page, 'm-1042-3', 'Please refund the second');
    expect(await viaCommand(page)).toEqual({ status: 'opened' });
    await picker(page).waitFor();
    await page.keyboard.press('Enter'); // the first, most used tag
    await picker(page).waitFor({ state: 'detached' });
    expect((await itemsOn('1042')).map((i) => i.quote)).toEqual(['Please refund the second $49.00 to the same card.']);

    // No selection: the customer message the pointer is on.
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await message(page, 'm-1042-1').locator('.dd-message-body p').first().hover();
    await page.bringToFront();
    // As Chrome before 86 and some Firefox versions call it: no tab, the active one is asked.
    expect(await viaCommand(page, false)).toEqual({ status: 'opened' });
    expect(await picker(page).locator('[data-testid="tact-feedback-quote"]').textContent()).toMatch(/^Hello, Our card was charged twice/);
    await page.keyboard.press('Escape');
    await picker(page).waitFor({ state: 'detached' });

    // Nothing selected and nothing pointed at.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    expect(await viaCommand(page)).toEqual({ status: 'refused', reason: 'empty' });
    expect(await toastText(page)).toBe('Select what the customer wrote, then log it.');
    await page.close();
  });

  it('Undo removes the item; a logged item is still there after a reload', async () => {
    const page = await openTicket('1042');
    await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
    await logButton(page).click();
    await option(page, 'billing').click();
    await toast(page).locator('[data-action="undo"]').click();
    await expect.poll(() => toast(page).locator('.tact-toast__text').textContent()).toBe('Removed from the feedback log.');
    expect(await itemsOn('1042')).toEqual([]);

    await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
    await logButton(page).click();
    await option(page, 'ux').click();
    await toast(page).waitFor();
    const before = await itemsOn('1042');
    expect(before).toHaveLength(1);
    await page.reload();
    await waitForDemo(page);
    await waitForTact(page);
    await waitForSession(page, '1042');
    expect(await itemsOn('1042')).toEqual(before);
    // And the leads' view counts it.
    await ext.reload();
    await ext.locator('[data-testid="week-table"]').waitFor();
    expect(await ext.locator('[data-testid="row-ux"]').count()).toBe(1);
    await page.close();
  });

  it('a duplicate (same quote, same tag, same ticket) is caught and said; another tag is a new item', async () => {
    const page = await openTicket('1042');
    for (const expected of ['Logged as “Bug”.', 'Already logged with this tag: “Bug”.']) {
      await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
      await logButton(page).click();
      await option(page, 'bug').click();
      await expect.poll(() => toast(page).locator('.tact-toast__text').textContent()).toBe(expected);
    }
    expect(await toast(page).locator('[data-action="undo"]').count()).toBe(0);
    expect(await itemsOn('1042')).toHaveLength(1);

    await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
    await logButton(page).click();
    await option(page, 'billing').click();
    await expect.poll(() => toast(page).locator('.tact-toast__text').textContent()).toBe('Logged as “Billing / payments”.');
    expect(await itemsOn('1042')).toHaveLength(2);
    await page.close();
  });

  it("the hidden second ticket's messages cannot be logged, by any path", async () => {
    // 1042 open; 1043 mounted beside it, hidden.
    const page = await openTicket('1042');
    expect(await page.locator('section.dd-ticket[data-ticket-id="1043"][hidden]').count()).toBe(1);
    await selectByScript(page, 'section.dd-ticket[data-ticket-id="1043"] li.dd-message[data-author="customer"] .dd-message-body', 'Третий день');
    await page.waitForTimeout(400);
    expect(await logButton(page).count()).toBe(0);
    expect(await viaContextMenu(page)).toEqual({ status: 'refused', reason: 'other_ticket' });
    expect(await toastText(page)).toBe('That is not in the ticket you have open.');
    expect(await viaCommand(page)).toEqual({ status: 'refused', reason: 'other_ticket' });
    expect(await picker(page).count()).toBe(0);
    expect(await itemsOn('1043')).toEqual([]);

    // After switching tickets in the page, 1042 is the hidden one and its text is refused in turn.
    await page.locator('nav.dd-nav a.dd-ticket-link[data-ticket-id="1043"]').click();
    await waitForSession(page, '1043');
    await selectByScript(page, 'section.dd-ticket[data-ticket-id="1042"] li.dd-message[data-author="customer"] .dd-message-body', 'refund the duplicate');
    expect(await viaContextMenu(page)).toEqual({ status: 'refused', reason: 'other_ticket' });
    expect(await itemsOn('1042')).toEqual([]);
    await page.close();
  });

  it('a full disk: the agent is told why, the item is kept in the outbox and stored once there is room', async () => {
    const page = await openTicket('1042');
    // The background's IndexedDB refuses every write with a quota error, as a full disk does.
    await tact.serviceWorker!.evaluate(() => {
      const g = globalThis as unknown as { __realAdd?: unknown };
      g.__realAdd = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    try {
      await selectParagraph(page, 'm-1042-1', 'refund the duplicate');
      await logButton(page).click();
      await option(page, 'billing').click();
      expect(await toastText(page)).toBe(
        'Logged as “Billing / payments”, not stored yet: The browser’s storage is full. The item is kept and will be saved as soon as there is room.',
      );
      expect(await toast(page).getAttribute('data-tone')).toBe('warn');
      expect(await toast(page).locator('[data-action="undo"]').count()).toBe(1);
      const queued = await api<{ items: StoredItem[]; pending: string[] }>('feedback/query', { ticket: { helpdesk: 'demo', ticketId: '1042' } });
      expect(queued.items.map((i) => i.quote)).toEqual([PARA_REFUND]);
      expect(queued.pending).toEqual([queued.items[0]!.id]);
    } finally {
      await tact.serviceWorker!.evaluate(() => {
        const g = globalThis as unknown as { __realAdd: typeof IDBObjectStore.prototype.add };
        IDBObjectStore.prototype.add = g.__realAdd;
      });
    }
    expect(await api('feedback/outbox/flush')).toEqual({ stored: 1, remaining: 0 });
    const stored = await api<{ items: StoredItem[]; pending: string[] }>('feedback/query', { ticket: { helpdesk: 'demo', ticketId: '1042' } });
    expect(stored.items.map((i) => i.quote)).toEqual([PARA_REFUND]);
    expect(stored.pending).toEqual([]);
    await page.close();
  });

  it('fails open: with the feature broken the page still selects, sends and shows no Tact UI', async () => {
    const page = await openTicket('1042');
    await page.evaluate(() => document.documentElement.setAttribute('data-tact-fault', 'feature-feedback-log'));
    // The fault applies when a session starts: switch tickets to start one.
    await page.locator('nav.dd-nav a.dd-ticket-link[data-ticket-id="1043"]').click();
    await waitForSession(page, '1043');
    await selectParagraph(page, 'm-1043-1', 'Третий день не могу войти');
    await page.waitForTimeout(400);
    expect(await logButton(page).count()).toBe(0);
    expect(await page.evaluate(() => document.getSelection()!.toString())).toContain('Третий день');
    await editorIn(activeTicket(page), 'rich').click();
    await page.keyboard.type('Анна, проверим.');
    await sendButtonIn(activeTicket(page)).click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.close();
  });
});
