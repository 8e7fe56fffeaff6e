/**
 * Unopened attachments on the demo helpdesk, in Chromium with the demo build of Tact: what counts as
 * opened (lightbox, new tab, middle click, playback to the threshold), markers in Tact's overlay,
 * state kept across a reload and scoped to the ticket, and the send held until the agent decides —
 * replayed exactly once, the draft untouched on "Back to draft", and sent anyway when Tact breaks.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { activeTicket, composerText, demoPath, editorIn, type EditorKind, sendButtonIn, sentCount, sentTexts, waitForDemo } from './demo-page';
import { join } from 'node:path';
import type { AttachmentsReport } from '../../lib/attachments/summary';
import { assertNoExtensionRequests, launchTact, screenshot, SCREENSHOTS_DIR, type Tact, waitForTact } from './harness';
import { clearStorage, setSettings, tabStatusOf } from './tact-page';

const IMAGE = 'bank-statement.png';
const PDF = 'invoice-INV-20931.pdf';
const VIDEO = 'checkout-recording.webm';
const AGENT_PDF = 'Northwind refund policy.pdf';
const VOICE = 'голосовое сообщение.ogg';

let tact: Tact;

/** Forgets every attachment record and resets settings, so each test starts from a fresh install. */
const resetStorage = () => clearStorage(tact, ['att1', 'settings']);
const setAttachmentSettings = (attachments: Record<string, unknown>) => setSettings(tact, { attachments });

/** What the popup shows for this tab: the content script's answer to `tab/status`, asked from the service worker as the popup asks. */
async function popupAttachments(page: Page): Promise<{ state: string; items: { name: string; state: string; done: boolean }[] }> {
  const f = (await tabStatusOf(tact, page.url())).features.attachments!;
  const items = (f.data as AttachmentsReport | undefined)?.items ?? [];
  return { state: f.state, items: items.map((i) => ({ name: i.name, state: i.state, done: i.done })) };
}

const link = (page: Page, name: string, ticket: Locator = activeTicket(page)) => ticket.locator(`li.dd-attachment[data-name="${name}"] a.dd-attachment-link`);
const marker = (page: Page, name: string) => page.locator(`tact-overlay [data-testid="tact-attachment-marker"][data-name="${name}"]`);
const markers = (page: Page) => page.locator('tact-overlay [data-testid="tact-attachment-marker"]');
const dialog = (page: Page) => page.locator('tact-overlay [data-testid="tact-hold-dialog"]');
const heldNames = (page: Page) => dialog(page).locator('[data-testid="tact-attachments-hold"] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-name')));

async function markerState(page: Page, name: string): Promise<string | null> {
  return (await marker(page, name).count()) ? marker(page, name).getAttribute('data-state') : null;
}

async function openTicket(path: string, editor: EditorKind = 'rich'): Promise<Page> {
  const page = await tact.newPage(path);
  await waitForTact(page);
  await waitForDemo(page, editor);
  // The feature has read the ticket once its markers are drawn.
  await marker(page, activeIs1043(path) ? VOICE : IMAGE).waitFor({ state: 'attached' });
  return page;
}
const activeIs1043 = (path: string) => path.includes('/tickets/1043');

async function typeDraft(page: Page, text: string, editor: EditorKind = 'rich'): Promise<void> {
  await editorIn(activeTicket(page), editor).click();
  await page.keyboard.type(text);
}

/** Plays the demo's video player from where it is until `until` seconds, then pauses. */
async function playTo(page: Page, until: number): Promise<void> {
  const video = page.locator('.dd-media-modal video.dd-media-player');
  // Paused from inside the page: polling from the test process overshoots by a round trip, which
  // on a loaded machine is long enough to play past the threshold under test.
  await video.evaluate(
    (v: HTMLVideoElement, to: number) =>
      new Promise<void>((resolve, reject) => {
        const deadline = Date.now() + 8_000;
        const tick = () => {
          if (v.currentTime >= to) {
            v.pause();
            resolve();
          } else if (Date.now() > deadline) reject(new Error(`video stuck at ${v.currentTime}s`));
          else requestAnimationFrame(tick);
        };
        v.play().then(tick, reject);
      }),
    until,
  );
}

async function openVideoPlayer(page: Page): Promise<Locator> {
  await link(page, VIDEO).click();
  const video = page.locator('.dd-media-modal[data-kind="video"] video.dd-media-player');
  await video.waitFor();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState >= 1 && Math.round(v.duration))).toBe(5);
  return video;
}

async function closeModal(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('.dd-overlay').waitFor({ state: 'detached' });
}

/** Nothing more arrives: the held send was replayed once, not twice. */
async function settledSends(page: Page): Promise<number> {
  await page.waitForTimeout(400);
  return sentCount(page);
}

describe('unopened attachments on the demo helpdesk', () => {
  beforeAll(async () => {
    tact = await launchTact({ name: 'attachments' });
  });
  afterAll(async () => {
    await tact?.close();
  });
  beforeEach(async () => {
    await resetStorage();
  });

  it("marks each of the customer's attachments in Tact's overlay, never the agent's, without touching the page", async () => {
    const page = await openTicket(demoPath('1042'));
    await expect.poll(() => markers(page).evaluateAll((els) => els.map((el) => `${el.getAttribute('data-name')}:${el.getAttribute('data-state')}`))).toEqual([
      `${IMAGE}:unopened`,
      `${PDF}:unopened`,
      `${VIDEO}:unopened`,
    ]);
    expect(await marker(page, AGENT_PDF).count()).toBe(0);
    // Nothing of Tact's in the helpdesk's own tree: the markers live in the overlay's shadow root.
    expect(await page.locator('section.dd-ticket [data-tact], section.dd-ticket .tact-marker').count()).toBe(0);

    // Beside its attachment: over the link's top-right corner, with a label for assistive tech.
    const box = (await link(page, PDF).boundingBox())!;
    const dot = (await marker(page, PDF).boundingBox())!;
    expect(Math.abs(dot.x + dot.width / 2 - (box.x + box.width - 2))).toBeLessThanOrEqual(1.5);
    expect(Math.abs(dot.y + dot.height / 2 - (box.y + 2))).toBeLessThanOrEqual(1.5);
    expect(await marker(page, PDF).getAttribute('aria-label')).toBe(`${PDF}: Not opened`);
    expect(await marker(page, PDF).getAttribute('role')).toBe('img');

    // Follows the attachment when the thread scrolls, and hides once it is scrolled out of view.
    const conversation = activeTicket(page).locator('.dd-conversation');
    await conversation.evaluate((el) => el.scrollBy(0, -120));
    await expect.poll(async () => Math.round((await marker(page, PDF).boundingBox())!.y - dot.y)).toBe(120);
    await conversation.evaluate((el) => (el.scrollTop = 0));
    await expect.poll(() => marker(page, PDF).count()).toBe(0);
    await page.close();
  });

  it('counts an image opened in the lightbox, and hides the markers the lightbox covers', async () => {
    const page = await openTicket(demoPath('1042'));
    // Clicked right on the marker: the dot lies over the link's corner and must let the click through.
    const dot = (await marker(page, IMAGE).boundingBox())!;
    await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2);
    await page.locator('.dd-lightbox[role="dialog"] img.dd-lightbox-image').waitFor();
    await expect.poll(() => markers(page).count()).toBe(0);
    await closeModal(page);
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');
    expect(await marker(page, IMAGE).getAttribute('aria-label')).toBe(`${IMAGE}: Opened`);
    expect(await markerState(page, PDF)).toBe('unopened');
    await page.close();
  });

  it('counts a PDF opened in a new tab, and a middle click', async () => {
    const page = await openTicket(demoPath('1042'));
    const pdfTab = tact.context.waitForEvent('page');
    await link(page, PDF).click();
    await (await pdfTab).close();
    await expect.poll(() => markerState(page, PDF)).toBe('opened');

    const imageTab = tact.context.waitForEvent('page');
    await link(page, IMAGE).click({ button: 'middle' });
    await (await imageTab).close();
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');
    expect(await page.locator('.dd-lightbox').count()).toBe(0);
    await page.close();
  });

  it('counts a video only once played to the threshold (half): not part-way, not by seeking to the end', async () => {
    const page = await openTicket(demoPath('1042'));
    let video = await openVideoPlayer(page);
    await playTo(page, 1.2);
    await closeModal(page);
    // Part-way: opened, with its progress ring, not counted.
    expect(await markerState(page, VIDEO)).toBe('opened');
    expect(await marker(page, VIDEO).getAttribute('data-pending')).toBe('');

    // Skipping to the end and letting it finish is not watching the middle.
    video = await openVideoPlayer(page);
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 4.4;
      return v.play();
    });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.ended), { timeout: 5_000 }).toBe(true);
    await closeModal(page);
    expect(await markerState(page, VIDEO)).toBe('opened');
    expect(await marker(page, VIDEO).getAttribute('aria-label')).toMatch(new RegExp(`^${VIDEO}: Played (2\\d|3\\d)% of the 50% needed$`));

    await typeDraft(page, 'Hi Vadim, refunded.');
    await sendButtonIn(activeTicket(page)).click();
    await dialog(page).waitFor();
    expect(await heldNames(page)).toContain(VIDEO);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });

    // Played on from where it was: the spans add up past half.
    video = await openVideoPlayer(page);
    await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 1.1));
    await playTo(page, 2.2);
    await closeModal(page);
    await expect.poll(() => markerState(page, VIDEO)).toBe('watched');
    expect(await marker(page, VIDEO).getAttribute('aria-label')).toBe(`${VIDEO}: Watched`);
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('counts a video played in its own tab (middle click on the file, same host)', async () => {
    const page = await openTicket(demoPath('1042'));
    const videoTab = tact.context.waitForEvent('page');
    await link(page, VIDEO).click({ button: 'middle' });
    const tab = await videoTab;
    await tab.waitForLoadState();
    expect(tab.url()).toMatch(/\/demo\/files\/checkout-recording\.webm$/);
    await expect.poll(() => markerState(page, VIDEO)).toBe('opened');
    const media = tab.locator('video');
    await expect.poll(() => media.evaluate((v: HTMLVideoElement) => v.readyState >= 1 && Math.round(v.duration))).toBe(5);
    await media.evaluate((v: HTMLVideoElement) => {
      v.muted = true;
      return v.play();
    });
    await expect.poll(() => media.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 8_000, interval: 50 }).toBeGreaterThanOrEqual(2.8);
    await media.evaluate((v: HTMLVideoElement) => v.pause());
    // The ticket's tab hears it through storage.
    await expect.poll(() => markerState(page, VIDEO), { timeout: 5_000 }).toBe('watched');
    await tab.close();
    await page.close();
  });

  it('keeps what was opened and played across a reload', async () => {
    const page = await openTicket(demoPath('1042'));
    await link(page, IMAGE).click();
    await closeModal(page);
    await openVideoPlayer(page);
    await playTo(page, 1.0);
    await closeModal(page);
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');

    await page.reload();
    await waitForTact(page);
    await waitForDemo(page);
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');
    expect(await markerState(page, PDF)).toBe('unopened');
    expect(await markerState(page, VIDEO)).toBe('opened');
    expect(await marker(page, VIDEO).getAttribute('data-pending')).toBe('');
    // The popup lists the same.
    expect(await popupAttachments(page)).toEqual({
      state: 'on',
      items: [
        { name: IMAGE, state: 'opened', done: true },
        { name: PDF, state: 'unopened', done: false },
        { name: VIDEO, state: 'opened', done: false },
      ],
    });
    await page.close();
  });

  it("scopes state to the open ticket: the hidden ticket's never leaks into it", async () => {
    // 1042 open (1043 mounted, hidden): open 1042's image.
    const page = await openTicket(demoPath('1042'));
    expect(await page.locator('section.dd-ticket[data-ticket-id="1043"][hidden]').count()).toBe(1);
    await link(page, IMAGE).click();
    await closeModal(page);
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');

    // Switch to 1043 in the page: 1042 stays mounted, hidden, with its opened image.
    await page.locator(`nav.dd-nav a.dd-ticket-link[data-ticket-id="1043"]`).click();
    await expect.poll(() => activeTicket(page).getAttribute('data-ticket-id')).toBe('1043');
    // Its voice message is in the first message: scroll it into view (markers show only what is on screen).
    await link(page, VOICE).scrollIntoViewIfNeeded();
    await expect.poll(() => markers(page).evaluateAll((els) => els.map((el) => `${el.getAttribute('data-name')}:${el.getAttribute('data-state')}`))).toEqual([
      `${VOICE}:unopened`,
    ]);
    await typeDraft(page, 'Здравствуйте, Анна!');
    await sendButtonIn(activeTicket(page)).click();
    await dialog(page).waitFor();
    expect(await heldNames(page)).toEqual([VOICE]);
    await page.keyboard.press('Escape');

    // Back on 1042: its own state, untouched by 1043's.
    await page.locator(`nav.dd-nav a.dd-ticket-link[data-ticket-id="1042"]`).click();
    await expect.poll(() => activeTicket(page).getAttribute('data-ticket-id')).toBe('1042');
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');
    expect(await markerState(page, PDF)).toBe('unopened');
    expect(await markerState(page, VOICE)).toBeNull();
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('holds a click on Send, lists the unopened files, and "Send anyway" sends exactly once', async () => {
    const page = await openTicket(demoPath('1042'));
    await link(page, IMAGE).click();
    await closeModal(page);
    await typeDraft(page, 'Hi Vadim, the duplicate is refunded.');
    await sendButtonIn(activeTicket(page)).click();
    await dialog(page).waitFor();
    expect(await sentCount(page)).toBe(0);
    expect(await dialog(page).locator('[data-section="attachments"] h3').textContent()).toBe("2 of the customer's attachments are not opened yet");
    expect(await heldNames(page)).toEqual([PDF, VIDEO]);
    await screenshot(page, 'attachments-dialog');

    // A double activation of "Send anyway" still sends once.
    await dialog(page).locator('[data-action="send"]').evaluate((b: HTMLButtonElement) => {
      b.click();
      b.click();
    });
    await dialog(page).waitFor({ state: 'detached' });
    expect(await settledSends(page)).toBe(1);
    expect(await sentTexts(page)).toEqual(['Hi Vadim, the duplicate is refunded.']);
    await page.close();
  });

  it('holds Ctrl+Enter and, by keyboard alone, sends exactly once', async () => {
    const page = await openTicket(demoPath('1042', 'textarea'), 'textarea');
    await typeDraft(page, 'Sent from the keyboard.', 'textarea');
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    expect(await sentCount(page)).toBe(0);
    // A second Ctrl+Enter while the dialog is up waits for the answer.
    await page.keyboard.press('Control+Enter');
    expect(await sentCount(page)).toBe(0);
    // Focus starts on "Back to draft"; Tab moves to "Send anyway".
    expect(await page.evaluate(() => (document.querySelector('tact-overlay')!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.action)).toBe('back');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.querySelector('tact-overlay')!.shadowRoot!.activeElement as HTMLElement | null)?.dataset.action)).toBe('send');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await settledSends(page)).toBe(1);
    expect(await page.evaluate(() => window.__demo.sends.map((s) => `${s.via}:${s.text}`))).toEqual(['keyboard:Sent from the keyboard.']);
    await page.close();
  });

  it('"Back to draft" sends nothing and leaves the draft and caret as they were', async () => {
    const page = await openTicket(demoPath('1042'));
    await typeDraft(page, 'Hi Vadim,');
    await page.keyboard.press('Enter');
    await page.keyboard.type('the refund is on its way.');
    const before = await composerText(page, 'rich');
    await sendButtonIn(activeTicket(page)).click();
    await dialog(page).waitFor();
    await dialog(page).locator('[data-action="back"]').click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await composerText(page, 'rich')).toBe(before);
    expect(await settledSends(page)).toBe(0);
    // The caret is back where it was: typing continues the draft.
    await page.keyboard.type(' Thanks!');
    expect(await composerText(page, 'rich')).toBe(`${before} Thanks!`);
    await page.close();
  });

  it('"Open" in the dialog opens the file the way the helpdesk does, by keyboard, and the send stays unsent', async () => {
    const page = await openTicket(demoPath('1042'));
    await typeDraft(page, 'Checking your screenshot.');
    await sendButtonIn(activeTicket(page)).click();
    await dialog(page).waitFor();
    const focused = () => page.evaluate(() => (document.querySelector('tact-overlay')!.shadowRoot!.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? null);
    // Focus starts on "Back to draft"; Shift+Tab walks up the list: video, PDF, image.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(`Open ${IMAGE}`);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    await page.locator('.dd-lightbox[role="dialog"] img.dd-lightbox-image').waitFor();
    await closeModal(page);
    await expect.poll(() => markerState(page, IMAGE)).toBe('opened');
    expect(await composerText(page, 'rich')).toBe('Checking your screenshot.');
    expect(await sentCount(page)).toBe(0);

    // "Open" on the PDF: the helpdesk's new tab.
    await sendButtonIn(activeTicket(page)).click();
    await dialog(page).waitFor();
    expect(await heldNames(page)).toEqual([PDF, VIDEO]);
    const pdfTab = tact.context.waitForEvent('page');
    await dialog(page).locator(`li[data-name="${PDF}"] [data-action="open-attachment"]`).click();
    const pdf = await pdfTab;
    expect(pdf.url()).toMatch(/\/demo\/files\/invoice-INV-20931\.pdf$/);
    await pdf.close();
    await expect.poll(() => markerState(page, PDF)).toBe('opened');
    expect(await sentCount(page)).toBe(0);
    await page.close();
  });

  it('sends without asking once everything counted is opened, and honours the admin’s kinds and per-site switch', async () => {
    const page = await openTicket(demoPath('1042'));
    await link(page, IMAGE).click();
    await closeModal(page);
    const pdfTab = tact.context.waitForEvent('page');
    await link(page, PDF).click();
    await (await pdfTab).close();
    await openVideoPlayer(page);
    await playTo(page, 2.7);
    await closeModal(page);
    await expect.poll(() => markerState(page, VIDEO)).toBe('watched');
    await screenshot(page, 'attachments-markers-all-opened');
    await typeDraft(page, 'All seen.');
    await sendButtonIn(activeTicket(page)).click();
    expect(await settledSends(page)).toBe(1);
    expect(await dialog(page).count()).toBe(0);
    await page.close();

    // Only documents count: the unopened image and video do not hold the send, the PDF does.
    await resetStorage();
    await setAttachmentSettings({ kinds: ['document'] });
    const docsOnly = await openTicket(demoPath('1042'));
    await typeDraft(docsOnly, 'Docs only.');
    await sendButtonIn(activeTicket(docsOnly)).click();
    await dialog(docsOnly).waitFor();
    expect(await heldNames(docsOnly)).toEqual([PDF]);
    await docsOnly.keyboard.press('Escape');

    // Off for this helpdesk: no hold, no markers (the change applies without a reload).
    await setAttachmentSettings({ disabledSites: ['demo'] });
    await expect.poll(() => markers(docsOnly).count()).toBe(0);
    await sendButtonIn(activeTicket(docsOnly)).click();
    expect(await settledSends(docsOnly)).toBe(1);

    // Back on: the markers and the hold return on the open ticket, again without a reload.
    await setAttachmentSettings({ disabledSites: [] });
    await expect.poll(() => markers(docsOnly).count()).toBe(3);
    await typeDraft(docsOnly, 'Back on.');
    await sendButtonIn(activeTicket(docsOnly)).click();
    await dialog(docsOnly).waitFor();
    expect(await settledSends(docsOnly)).toBe(1);
    await docsOnly.close();
  });

  for (const fault of ['check-attachments', 'attachments-dialog', 'feature-attachments']) {
    it(`fails open: a fault in Tact (${fault}) lets the send through, once`, async () => {
      // Set before Tact starts, so faults on its start-up path fire too.
      const page = await tact.context.newPage();
      await page.addInitScript((f) => {
        // Init scripts can run before <html> exists.
        const set = () => Boolean(document.documentElement && (document.documentElement.dataset.tactFault = f));
        if (!set()) new MutationObserver((_, o) => set() && o.disconnect()).observe(document, { childList: true });
      }, fault);
      await page.goto(`${tact.baseUrl}${demoPath('1042')}`);
      await waitForTact(page);
      await waitForDemo(page);
      await typeDraft(page, `Despite ${fault}.`);
      await sendButtonIn(activeTicket(page)).click();
      expect(await settledSends(page)).toBe(1);
      expect(await dialog(page).count()).toBe(0);
      expect(await sentTexts(page)).toEqual([`Despite ${fault}.`]);
      await page.close();
    });
  }

  it('screenshot: markers in each state beside the attachments', async () => {
    const page = await openTicket(demoPath('1042'));
    await link(page, IMAGE).click();
    await closeModal(page);
    await openVideoPlayer(page);
    await playTo(page, 1.4);
    await closeModal(page);
    await expect.poll(() => marker(page, VIDEO).getAttribute('data-pending')).toBe('');
    await activeTicket(page).locator('li.dd-message').last().scrollIntoViewIfNeeded();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshot(page, 'attachments-markers');
    // A close-up of the attachments for the README: not opened, opened, played part-way.
    const list = (await activeTicket(page).locator('li.dd-message[data-author="customer"] ul.dd-attachments').last().boundingBox())!;
    await page.screenshot({
      path: join(SCREENSHOTS_DIR, 'attachments-markers-closeup.png'),
      clip: { x: list.x - 12, y: list.y - 12, width: list.width + 24, height: list.height + 24 },
      animations: 'disabled',
      caret: 'hide',
    });
    await page.close();
  });

  it('made no network requests', async () => {
    await tact.close();
    assertNoExtensionRequests(tact);
  });
});
