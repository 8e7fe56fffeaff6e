/**
 * Editors Tact must find beyond the one on screen at load: one that mounts later, one inside a
 * same-origin iframe (TinyMCE and CKEditor 4 edit in iframes), and the next ticket's after in-app
 * navigation, with the previous ticket's session gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTicket, demoPath, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact, type Tact, waitForTact } from './harness';
import { overlayBoxes, setSettings, tabStatusOf, waitForSession } from './tact-page';

describe('editor discovery', () => {
  let tact: Tact;
  beforeAll(async () => {
    tact = await launchTact({ name: 'editors' });
    await setSettings(tact, { attachments: { disabledSites: ['demo'] } });
  });
  afterAll(async () => {
    await tact?.close();
    assertNoExtensionRequests(tact);
  });

  it('finds an editor that mounts after the page loaded and one inside a same-origin iframe, and draws on both', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    await waitForTact(page);
    await waitForSession(page, '1042');
    await page.evaluate(() => document.documentElement.setAttribute('data-tact-test-mark', 'refund'));
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).editors).toBe(1);

    // A second composer (e.g. an internal note) appears later inside the ticket.
    await activeTicket(page).evaluate((ticket) => {
      const note = document.createElement('div');
      note.setAttribute('contenteditable', 'true');
      note.className = 'dd-reply-textarea';
      note.style.cssText = 'min-height:60px;border:1px solid #ccc;padding:6px;white-space:pre-wrap';
      note.textContent = 'Internal: the refund is approved.';
      ticket.querySelector('form.dd-reply')!.append(note);
    });
    await page.evaluate(() => {
      // Mark the new element as an editor for the demo adapter's selector.
      const note = document.querySelector('section.dd-ticket[data-active="true"] form.dd-reply > div[contenteditable]')!;
      note.classList.add('ProseMirror');
      const wrap = document.createElement('div');
      wrap.className = 'dd-editor';
      note.replaceWith(wrap);
      wrap.append(note);
    });
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).editors).toBe(2);

    // An editor inside a same-origin iframe, as TinyMCE renders it.
    await activeTicket(page).evaluate((ticket) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:420px;height:90px;border:1px solid #999;display:block';
      frame.className = 'dd-frame-editor';
      ticket.querySelector('form.dd-reply')!.append(frame);
      const doc = frame.contentDocument!;
      doc.open();
      doc.write('<!doctype html><body contenteditable="true" style="font:15px sans-serif;margin:8px">We will refund it in the frame.</body>');
      doc.close();
    });
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).editors).toBe(3);
    // The frame's underline is drawn in the top document's overlay, over the frame's word.
    await expect.poll(async () => (await overlayBoxes(page, 'test')).length).toBeGreaterThanOrEqual(1);
    const expected = await page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe.dd-frame-editor')!;
      const doc = frame.contentDocument!;
      const text = doc.body.firstChild as Text;
      const r = doc.createRange();
      const at = text.data.indexOf('refund');
      r.setStart(text, at);
      r.setEnd(text, at + 6);
      const wr = r.getBoundingClientRect();
      const fr = frame.getBoundingClientRect();
      return { left: wr.left + fr.left + frame.clientLeft, right: wr.right + fr.left + frame.clientLeft, bottom: wr.bottom + fr.top + frame.clientTop };
    });
    const boxes = await overlayBoxes(page, 'test');
    const match = boxes.find((b) => Math.abs(b.left - expected.left) < 1.5 && Math.abs(b.right - expected.right) < 1.5);
    expect(match, JSON.stringify({ boxes, expected })).toBeDefined();
    expect(Math.abs(match!.bottom - expected.bottom)).toBeLessThan(6);
    // Nothing was written into the frame's document.
    expect(await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe.dd-frame-editor')!.contentDocument!.body.innerHTML)).toBe(
      'We will refund it in the frame.',
    );
    await page.close();
  });

  it('follows in-app navigation to another ticket and leaves nothing of the previous one behind', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    await waitForTact(page);
    await waitForSession(page, '1042');
    await page.evaluate(() => document.documentElement.setAttribute('data-tact-test-mark', 'refund'));
    const status1042 = await tabStatusOf(tact, page.url());
    expect(status1042.ticket?.id).toBe('1042');
    expect(status1042.customer?.name).toBe('Vadim Petrov');

    await page.locator('a.dd-ticket-link[data-ticket-id="1044"]').first().click();
    await waitForSession(page, '1044');
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).ticket?.id).toBe('1044');
    const status1044 = await tabStatusOf(tact, page.url());
    expect(status1044.customer?.name).not.toBe('Vadim Petrov');
    expect(status1044.editors).toBe(1);
    // One card and badge slot per live editor: the old ticket's UI is gone.
    const slots = await page.evaluate(() => [...(document.querySelector('tact-overlay')?.shadowRoot?.querySelectorAll('.tact-slot[data-slot^="card-"]') ?? [])].length);
    expect(slots).toBe(1);
    await page.close();
  });
});
