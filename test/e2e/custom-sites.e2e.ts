/**
 * Self-hosted helpdesks (Zammad, FreeScout) and companies' own domains reach Tact as sites an admin
 * adds, each naming a built-in adapter. Here the look-alikes are read through such sites (a pattern
 * on the fixture server) rather than through the demo build's "first path segment is the adapter"
 * mapping: the site's adapter runs, a Zammad site runs the classic or the desktop adapter by the
 * page's path, and the admin's selectors win over the adapter's own. A site on no known helpdesk
 * names the generic adapter: any visible editor, the URL as the ticket, the admin's send button.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkDraft } from '../../lib/check';
import { activeTicket, editorIn, sendButtonIn, sentCount, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact, type Tact, waitForTact } from './harness';
import { freescoutDriver } from './helpdesks/freescout';
import { zammadDriver } from './helpdesks/zammad';
import { zammadDesktopDriver } from './helpdesks/zammad-desktop';
import { highlightRects, holdDialog, setSettings, tabStatusOf, waitForSession, wordRects } from './tact-page';

let tact: Tact;
beforeAll(async () => {
  tact = await launchTact({ name: 'custom-sites' });
});
afterAll(async () => {
  await tact?.close();
  if (tact) assertNoExtensionRequests(tact);
});

async function open(path: string, ticketId: string, ready: (page: Page, id: string) => Promise<void>): Promise<Page> {
  const page = await tact.newPage(path);
  await waitForTact(page);
  await ready(page, ticketId);
  await waitForSession(page, ticketId);
  return page;
}

it('a self-hosted Zammad added once (naming "zammad") runs the classic adapter on #ticket/zoom and the desktop one on /desktop/', async () => {
  await setSettings(tact, { customSites: [{ id: 'acme-zammad', pattern: 'http://127.0.0.1/zammad*', adapter: 'zammad', selectors: {}, enabled: true }] });
  const customer = zammadDriver.tickets.primary.customer;

  const classic = await open(zammadDriver.path('1245'), '1245', zammadDriver.ready);
  await expect.poll(async () => (await tabStatusOf(tact, classic.url())).helpdesk).toEqual({ id: 'zammad', name: 'Zammad', siteId: 'acme-zammad', custom: true });
  expect((await tabStatusOf(tact, classic.url())).customer).toEqual(customer);
  await classic.close();

  const desktop = await open(zammadDesktopDriver.path('1245'), '1245', zammadDesktopDriver.ready);
  await expect.poll(async () => (await tabStatusOf(tact, desktop.url())).helpdesk).toEqual({ id: 'zammad-desktop', name: 'Zammad (new desktop UI)', siteId: 'acme-zammad', custom: true });
  const status = await tabStatusOf(tact, desktop.url());
  expect(status.customer).toEqual(customer);
  expect(status.editors).toBe(1);
  await desktop.close();
});

it("a self-hosted FreeScout runs the FreeScout adapter, with the admin's selectors over its own", async () => {
  // The admin points "customer name" somewhere else: what Tact reads shows whose selector won.
  await setSettings(tact, {
    customSites: [{ id: 'acme-fs', pattern: 'http://127.0.0.1/freescout/*', adapter: 'freescout', selectors: { customerName: '.conv-subjtext > span' }, enabled: true }],
  });
  const page = await open(freescoutDriver.path('4818'), '4818', freescoutDriver.ready);
  await expect.poll(async () => (await tabStatusOf(tact, page.url())).helpdesk).toEqual({ id: 'freescout', name: 'FreeScout', siteId: 'acme-fs', custom: true });
  const status = await tabStatusOf(tact, page.url());
  expect(status.ticket?.id).toBe('4818');
  expect(status.customer).toEqual({ name: 'Charged twice for invoice INV-20931', email: 'maya.chen@example.com', userId: '20731' });
  expect(status.editors).toBe(1);
  await page.close();
});

it('a site on the generic adapter (the demo helpdesk as an unknown one): the refusal is underlined, and with framing.holdOnSend Ctrl+Enter and the admin-named send button are held', async () => {
  // The admin knows only where the send button is; nothing tells Tact who the customer is.
  await setSettings(tact, {
    customSites: [{ id: 'acme-any', pattern: 'http://127.0.0.1/demo*', adapter: 'generic', selectors: { sendButton: 'form.dd-reply button.dd-send' }, enabled: true }],
    framing: { holdOnSend: true },
  });
  const refusal = 'Unfortunately, we cannot refund the fee.';
  const [finding] = checkDraft(refusal).findings.filter((f) => f.kind === 'framing' && f.severity === 'refusal');
  expect(finding, `checkDraft flags "${refusal}" as a refusal`).toBeDefined();
  const phrase = refusal.slice(finding!.start, finding!.end);

  const page = await tact.newPage('/demo/#/tickets/1042');
  await waitForDemo(page);
  await waitForTact(page);
  // The generic adapter's ticket is the page's URL (path and hash).
  await waitForSession(page, '/demo/#/tickets/1042');
  await expect.poll(async () => (await tabStatusOf(tact, page.url())).helpdesk).toEqual({ id: 'generic', name: 'Any site', siteId: 'acme-any', custom: true });
  await expect.poll(async () => (await tabStatusOf(tact, page.url())).editors).toBe(1);
  const status = await tabStatusOf(tact, page.url());
  expect(status.ticket?.id).toBe('/demo/#/tickets/1042');
  expect(status.customer).toBeNull();

  const editor = editorIn(activeTicket(page), 'rich');
  const typeDraft = async (text: string) => {
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
  };
  const sends = () => page.evaluate(() => (window as unknown as { __demo: { sends: { text: string; via: string }[] } }).__demo.sends.map((x) => ({ text: x.text, via: x.via })));

  // The underline sits on the refusal's glyphs in the generic editor.
  await typeDraft(refusal);
  await expect.poll(async () => (await highlightRects(page, 'refusal')).length).toBe(1);
  const [rects] = await highlightRects(page, 'refusal');
  const [glyphs] = await wordRects(page, 'section.dd-ticket[data-active="true"] .dd-editor .ProseMirror', phrase);
  expect(Math.abs(rects![0]!.left - glyphs![0]!.left)).toBeLessThan(1);
  expect(Math.abs(rects!.at(-1)!.right - glyphs!.at(-1)!.right)).toBeLessThan(1);

  // Ctrl+Enter (the generic send shortcut) is held; "Send anyway" sends it once, from the keyboard.
  await page.keyboard.press('Control+Enter');
  await holdDialog(page).waitFor();
  expect(await holdDialog(page).textContent()).toContain('1 sentence says what we won’t do');
  expect(await sentCount(page)).toBe(0);
  await holdDialog(page).locator('[data-action="send"]').click();
  await expect.poll(() => sentCount(page)).toBe(1);
  expect(await sends()).toEqual([{ text: refusal, via: 'keyboard' }]);

  // The send button the admin named is held too; "Back to draft" sends nothing and keeps the draft.
  await typeDraft(refusal);
  await expect.poll(async () => (await highlightRects(page, 'refusal')).length).toBe(1);
  await sendButtonIn(activeTicket(page)).click();
  await holdDialog(page).waitFor();
  await holdDialog(page).locator('[data-action="back"]').click();
  await holdDialog(page).waitFor({ state: 'detached' });
  expect(await editor.textContent()).toBe(refusal);
  expect(await sentCount(page)).toBe(1);
  // A draft with nothing to hold goes straight out from the button, once.
  await typeDraft('We have refunded the fee today.');
  await expect.poll(async () => (await highlightRects(page, 'refusal')).length).toBe(0);
  await sendButtonIn(activeTicket(page)).click();
  await expect.poll(() => sentCount(page)).toBe(2);
  expect(await holdDialog(page).count()).toBe(0);
  expect((await sends()).at(-1)).toEqual({ text: 'We have refunded the fee today.', via: 'button' });
  await page.close();
});
