/**
 * Smoke: the demo helpdesk works on its own (the "Tact absent" baseline every other e2e test
 * compares against), Tact loads into it, and neither makes a network request it should not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTicket, composerText, demoPath, editorIn, type EditorKind, sendButtonIn, sentCount, sentTexts, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact, screenshot, type Tact, waitForTact } from './harness';

describe('demo helpdesk without Tact', () => {
  let tact: Tact;
  beforeAll(async () => {
    tact = await launchTact({ extension: false, name: 'smoke' });
  });
  afterAll(async () => {
    await tact?.close();
  });

  it('renders a believable ticket page with the DOM contract hooks', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    expect(tact.extensionId).toBeUndefined();
    expect(await page.evaluate(() => document.documentElement.dataset.tactLoaded)).toBeUndefined();

    // Two tickets mounted: the active one and a hidden one (restored tab), hidden one first in the DOM.
    const sections = await page.locator('section.dd-ticket').evaluateAll((els) =>
      els.map((el) => ({ id: (el as HTMLElement).dataset.ticketId, active: (el as HTMLElement).dataset.active, hidden: (el as HTMLElement).hidden })),
    );
    expect(sections).toEqual([
      { id: '1043', active: 'false', hidden: true },
      { id: '1042', active: 'true', hidden: false },
    ]);

    const ticket = activeTicket(page);
    await expect.poll(() => ticket.locator('.dd-ticket-subject').textContent()).toContain('Charged twice');
    expect(await ticket.locator('.dd-requester[data-user-id="u-381"] .dd-requester-name').textContent()).toBe('Vadim Petrov');
    expect(await ticket.locator('.dd-requester a.dd-requester-email[href^="mailto:"]').getAttribute('href')).toBe('mailto:vadim.petrov@example.com');

    const messages = ticket.locator('ol.dd-thread > li.dd-message');
    expect(await messages.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.author))).toEqual(['customer', 'agent', 'customer']);
    expect(await messages.first().locator('time[datetime]').getAttribute('datetime')).toMatch(/^2026-11-21T/);
    expect(await messages.last().locator('.dd-message-body blockquote').count()).toBe(1);

    const customerAttachments = messages.last().locator('ul.dd-attachments > li.dd-attachment');
    expect(await customerAttachments.evaluateAll((els) => els.map((el) => `${(el as HTMLElement).dataset.kind}:${(el as HTMLElement).dataset.name}`))).toEqual([
      'image:bank-statement.png',
      'document:invoice-INV-20931.pdf',
      'video:checkout-recording.webm',
    ]);
    expect(await messages.nth(1).locator('li.dd-attachment').getAttribute('data-kind')).toBe('document');
    expect(await sentCount(page)).toBe(0);

    await screenshot(page, 'demo-1042-without-tact');
    await page.close();
  });

  for (const editor of ['rich', 'textarea'] as EditorKind[]) {
    it(`sends exactly once per click on Send and per Ctrl+Enter (${editor} editor)`, async () => {
      const page = await tact.newPage(demoPath('1042', editor));
      await waitForDemo(page, editor);
      const ticket = activeTicket(page);
      const input = editorIn(ticket, editor);
      const thread = ticket.locator('ol.dd-thread > li.dd-message');
      const before = await thread.count();

      await input.click();
      await page.keyboard.type('Hi Vadim, the duplicate $49.00 is refunded.');
      await sendButtonIn(ticket).click();
      expect(await sentCount(page)).toBe(1);
      expect(await sentTexts(page)).toEqual(['Hi Vadim, the duplicate $49.00 is refunded.']);
      await expect.poll(() => thread.count()).toBe(before + 1);
      expect(await thread.last().getAttribute('data-author')).toBe('agent');
      expect(await thread.last().locator('.dd-message-body').textContent()).toContain('duplicate $49.00 is refunded');
      expect(await composerText(page, editor)).toBe('');

      await input.click();
      await page.keyboard.type('Second line, sent from the keyboard.');
      await page.keyboard.press('Control+Enter');
      expect(await sentCount(page)).toBe(2);
      expect(await page.evaluate(() => window.__demo.sends.map((s) => `${s.via}:${s.editor}:${s.ticketId}`))).toEqual([
        `button:${editor}:1042`,
        `keyboard:${editor}:1042`,
      ]);
      expect(await composerText(page, editor)).toBe('');

      // An empty reply is never sent.
      await sendButtonIn(ticket).click();
      await input.click();
      await page.keyboard.press('Control+Enter');
      expect(await sentCount(page)).toBe(2);
      await expect.poll(() => ticket.locator('.dd-reply-error').isVisible()).toBe(true);
      await page.close();
    });
  }

  it('ProseMirror: undo and redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y)', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    const input = editorIn(activeTicket(page), 'rich');
    await input.click();
    await page.keyboard.type('First paragraph.');
    await page.keyboard.press('Enter');
    // ProseMirror groups typing into one undo step unless there is a pause (newGroupDelay, 500 ms).
    await page.waitForTimeout(600);
    await page.keyboard.type('Second paragraph.');
    expect(await composerText(page, 'rich')).toBe('First paragraph.\nSecond paragraph.');
    await page.keyboard.press('Control+z');
    expect(await composerText(page, 'rich')).toBe('First paragraph.\n');
    await page.keyboard.press('Control+Shift+z');
    expect(await composerText(page, 'rich')).toBe('First paragraph.\nSecond paragraph.');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    expect(await composerText(page, 'rich')).toBe('First paragraph.\nSecond paragraph.');
    await page.close();
  });

  it('navigates between tickets in the page, keeping the previous one mounted and its draft', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await editorIn(activeTicket(page), 'rich').click();
    await page.keyboard.type('Draft for Vadim');

    await page.locator('nav.dd-nav a.dd-ticket-link[data-ticket-id="1044"]').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/tickets/1044');
    await expect.poll(() => activeTicket(page).getAttribute('data-ticket-id')).toBe('1044');
    expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42); // no reload
    expect(await page.locator('section.dd-ticket').evaluateAll((els) => els.map((el) => `${(el as HTMLElement).dataset.ticketId}:${(el as HTMLElement).dataset.active}`))).toEqual([
      '1042:false',
      '1044:true',
    ]);
    expect(await activeTicket(page).locator('.dd-requester-name').textContent()).toBe('Maya Chen');
    expect(await composerText(page, 'rich')).toMatch(/^Hi Mia,/); // pre-filled draft greeting the wrong name

    await page.locator('nav.dd-nav a.dd-ticket-link[data-ticket-id="1043"]').click();
    await expect.poll(() => activeTicket(page).getAttribute('data-ticket-id')).toBe('1043');
    expect(await activeTicket(page).locator('.dd-requester-name').textContent()).toBe('Анна Соколова');
    await screenshot(page, 'demo-1043-russian-without-tact');

    await page.locator('nav.dd-nav a.dd-ticket-link[data-ticket-id="1042"]').click();
    await expect.poll(() => activeTicket(page).getAttribute('data-ticket-id')).toBe('1042');
    expect(await composerText(page, 'rich')).toBe('Draft for Vadim'); // restored after being unmounted
    await page.close();
  });

  it('opens attachments: image lightbox, video player, PDF in a new tab, Ctrl+click in a new tab', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    const ticket = activeTicket(page);
    const link = (name: string) => ticket.locator(`li.dd-attachment[data-name="${name}"] a.dd-attachment-link`);

    await link('bank-statement.png').click();
    const lightbox = page.locator('.dd-lightbox[role="dialog"][data-kind="image"]');
    await lightbox.waitFor();
    await expect.poll(() => lightbox.locator('img.dd-lightbox-image').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(900);
    await screenshot(page, 'demo-1042-image-lightbox');
    await page.keyboard.press('Escape');
    await lightbox.waitFor({ state: 'detached' });

    await link('checkout-recording.webm').click();
    const video = page.locator('.dd-media-modal[data-kind="video"] video.dd-media-player');
    await video.waitFor();
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState >= 1 && Math.round(v.duration))).toBe(5);
    await video.evaluate((v: HTMLVideoElement) => v.play());
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 5_000 }).toBeGreaterThan(0.5);
    await video.evaluate((v: HTMLVideoElement) => {
      v.pause();
      v.currentTime = 4.6;
      return v.play();
    });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.ended), { timeout: 5_000 }).toBe(true);
    await page.locator('.dd-media-modal .dd-modal-close').click();

    const pdfTab = tact.context.waitForEvent('page');
    await link('invoice-INV-20931.pdf').click();
    const pdf = await pdfTab;
    await expect.poll(() => pdf.url()).toMatch(/\/demo\/files\/invoice-INV-20931\.pdf$/);
    await pdf.close();

    const imageTab = tact.context.waitForEvent('page');
    await link('bank-statement.png').click({ modifiers: ['Control'] });
    const image = await imageTab;
    await expect.poll(() => image.url()).toMatch(/\/demo\/files\/bank-statement\.png$/);
    expect(await page.locator('.dd-lightbox').count()).toBe(0);
    await image.close();
    await page.close();
  });

  it('the demo itself requests nothing but the fixture server', async () => {
    await tact.close();
    expect(tact.requests.some((r) => r.source === 'netlog')).toBe(true);
    assertNoExtensionRequests(tact);
  });
});

describe('demo helpdesk with Tact', () => {
  let tact: Tact;
  beforeAll(async () => {
    tact = await launchTact({ name: 'smoke' });
  });
  afterAll(async () => {
    await tact?.close();
  });

  it('loads the extension: service worker and content script', async () => {
    expect(tact.extensionId).toMatch(/^[a-p]{32}$/);
    expect(tact.serviceWorker?.url()).toBe(`chrome-extension://${tact.extensionId}/background.js`);
    const manifest = await tact.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number } } } }).chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);

    for (const editor of ['rich', 'textarea'] as EditorKind[]) {
      const page = await tact.newPage(demoPath('1042', editor));
      await waitForTact(page);
      await waitForDemo(page, editor);
      expect(await activeTicket(page).locator('.dd-ticket-subject').textContent()).toContain('Charged twice');
      await screenshot(page, `demo-1042-with-tact-${editor}`);
      await page.close();
    }
  });

  it('made 0 extension network requests', async () => {
    await tact.close();
    expect(tact.requests.filter((r) => r.source === 'playwright').length).toBeGreaterThan(0);
    assertNoExtensionRequests(tact);
  });
});
