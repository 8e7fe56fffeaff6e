/**
 * The support matrix: every feature on every helpdesk fixture, written once against the drivers in
 * ./helpdesks/ (one browser per helpdesk). Each test belongs to a cell (helpdesk × feature); the run
 * writes test-results/support-matrix.json (see ./helpdesks/matrix.ts) and `npm run matrix:readme`
 * puts it in the README.
 *
 * - underline: a marked word is underlined on its own glyphs in the helpdesk's editor (Custom
 *   Highlight API and the fallback boxes), follows typing, nothing is written into the editor; real
 *   refusal framing where `checkDraft` finds it.
 * - names: a greeting naming someone else (the other mounted ticket's customer) is marked; the
 *   one-click fix goes through the editor, sticks in its model, is what gets sent, and Ctrl+Z undoes
 *   it; Tact follows the ticket on screen.
 * - attachments: the open ticket's unopened customer attachments (only those) hold the send;
 *   opened the way an agent opens them, the send goes through once.
 * - feedback: selecting customer text and logging it stores an item with this ticket and customer.
 * - send-guard: a held send is replayed exactly once (button, the helpdesk's shortcut), "Back to
 *   draft" leaves the draft and the caret, a fault inside Tact lets the send through.
 *
 * A complete run of this file fails when any cell is not "pass", so `npm test` cannot be green while
 * the matrix it writes (and the README shows) has a ❌. A narrowed run (`-t`, a line filter, tags)
 * leaves cells "not run" on purpose and is not held to that.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, type RunnerTask, type RunnerTestFile, type RunnerTestSuite } from 'vitest';
import { definitionById } from '../../lib/adapters/registry';
import { checkDraft } from '../../lib/check';
import { ROOT } from '../support/build';
import { assertNoExtensionRequests, launchTact, type Tact, waitForTact } from './harness';
import type { HelpdeskDriver } from './helpdesks/driver';
import { HELPDESK_DRIVERS } from './helpdesks';
import { type Feature, MatrixRecorder, wordRectsIn } from './helpdesks/matrix';
import { clearStorage, highlightRects, holdDialog, overlayBoxes, type Rect, setHtmlAttr, setSettings, tabStatusOf, tactCard, waitForSession } from './tact-page';

const recorder = new MatrixRecorder(HELPDESK_DRIVERS);

/** The tests vitest left out of this run (`-t`, a line or tag filter): their mode is "skip". */
function leftOut(suite: Readonly<RunnerTestSuite | RunnerTestFile>): string[] {
  const walk = (t: RunnerTask): string[] => (t.type === 'suite' ? t.tasks.flatMap(walk) : t.mode === 'skip' || t.mode === 'todo' ? [t.name] : []);
  return suite.tasks.flatMap(walk);
}

// vitest parses the first parameter for fixtures: it has to be a destructuring pattern.
afterAll(({}, file) => {
  recorder.write();
  // A run of the whole file is the one the README is rendered from: every cell must pass in it.
  if (leftOut(file).length) return;
  const failing = Object.entries(recorder.matrix()).flatMap(([id, row]) => Object.entries(row).flatMap(([feature, result]) => (result === 'pass' ? [] : [`${id}/${feature}`])));
  expect(failing, 'support matrix cells that did not pass (see test-results/support-matrix.details.json)').toEqual([]);
});

it('every helpdesk in the matrix has an adapter and a fixture, on the engine the driver names', () => {
  for (const d of HELPDESK_DRIVERS) {
    const def = definitionById(d.id);
    expect(def, `lib/adapters/helpdesks: no adapter "${d.id}"`).toBeDefined();
    expect(existsSync(join(ROOT, 'test/fixtures/helpdesks', d.id, 'index.html')), `test/fixtures/helpdesks/${d.id}/index.html`).toBe(true);
    if (def?.engine) expect(def.engine).toBe(d.engine);
  }
  expect(new Set(HELPDESK_DRIVERS.map((d) => d.id)).size).toBe(HELPDESK_DRIVERS.length);
});

/** A refusal-first sentence: `checkDraft` flags it, and the underline must sit where it says. */
const REFUSAL = 'Unfortunately, we cannot refund the fee.';

interface StoredFeedback {
  tags: string[];
  quote: string;
  customer?: { name?: string; email?: string; userId?: string };
  helpdesk: string;
  ticketId: string;
  ticketUrl: string;
}

const firstName = (name: string) => name.split(/\s+/)[0]!;


function expectSameX(actual: Rect, expected: Rect, tolerance: number): void {
  expect(Math.abs(actual.left - expected.left), `left ${actual.left} vs ${expected.left}`).toBeLessThanOrEqual(tolerance);
  expect(Math.abs(actual.right - expected.right), `right ${actual.right} vs ${expected.right}`).toBeLessThanOrEqual(tolerance);
}

/**
 * Each highlighted range sits exactly on the word's glyphs: `count` ranges, each within half a pixel
 * of an occurrence of `word`. Polled, since the overlay repaints a frame after the editor changes.
 */
async function expectHighlightsOn(page: Page, d: HelpdeskDriver, kind: string, word: string, count: number): Promise<void> {
  const misfit = async () => {
    const got = (await highlightRects(page, kind)).map((r) => r[0]);
    const want = (await wordRectsIn(d.editor(page), word)).map((r) => r[0]);
    if (got.length !== count || want.length !== count) return `${got.length} highlights, ${want.length} words`;
    const off = got.map((g, i) => (g && want[i] ? Math.max(Math.abs(g.left - want[i].left), Math.abs(g.right - want[i].right), Math.abs(g.top - want[i].top)) : Infinity));
    return Math.max(...off) <= 0.5 ? 'on the words' : `off by ${Math.max(...off).toFixed(1)} px`;
  };
  await expect.poll(misfit).toBe('on the words');
}

async function sentCount(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.sentCount ?? 'NaN'));
}

/** Nothing more arrives: a replayed send went out once, not twice. */
async function settledSends(page: Page): Promise<number> {
  await page.waitForTimeout(400);
  return sentCount(page);
}

for (const d of HELPDESK_DRIVERS) {
  const { primary, other } = d.tickets;

  describe(`${d.name} (${d.id}, ${d.engine})`, () => {
    let tact: Tact;
    beforeAll(async () => {
      tact = await launchTact({ name: `matrix-${d.id}` });
    });
    afterAll(async () => {
      await tact?.close();
      if (tact) assertNoExtensionRequests(tact);
    });
    beforeEach(async () => {
      await clearStorage(tact);
    });

    /** Opens a ticket page with Tact following it and the helpdesk ready. */
    async function open(ticketId = primary.id, query?: string): Promise<Page> {
      const page = await tact.newPage(d.path(ticketId, query));
      await waitForTact(page);
      await d.ready(page, ticketId);
      await waitForSession(page, ticketId);
      return page;
    }

    /** Other features' holds stay out of a test that is not about them. */
    const only = (feature: 'names' | 'attachments' | 'none') =>
      setSettings(tact, {
        attachments: { disabledSites: feature === 'attachments' ? [] : [d.id] },
        names: { enabled: feature === 'names', holdOnSend: true },
      });

    const cell = (feature: Feature, name: string, body: () => Promise<void>) => {
      recorder.expect(d.id, feature, name);
      it(`${feature}: ${name}`, () => recorder.run(d.id, feature, name, body));
    };

    // ---------------------------------------------------------------- underline
    cell('underline', 'a marked word is underlined on its glyphs (Custom Highlight API), follows typing, and nothing is added to the editor', async () => {
      await only('none');
      const page = await open();
      await d.typeDraft(page, 'We will refund the fee today.\nThe refund reaches your card in 3 days.');
      await setHtmlAttr(page, 'data-tact-test-mark', 'refund');
      await expectHighlightsOn(page, d, 'test', 'refund', 2);
      // Typing before the words moves them; the underlines follow.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('OK. ');
      await expect.poll(() => d.draft(page)).toMatch(/^OK\. We will refund/);
      await expectHighlightsOn(page, d, 'test', 'refund', 2);
      expect(await d.editor(page).locator('[data-tact], tact-overlay, mark').count()).toBe(0);
      await page.close();
    });

    cell('underline', 'the fallback boxes (Firefox path) sit under the marked words, clipped to the editor', async () => {
      await only('none');
      const page = await open(primary.id, 'tactPaint=boxes');
      await d.typeDraft(page, 'We will refund the fee today.');
      await setHtmlAttr(page, 'data-tact-test-mark', 'refund');
      await expect.poll(async () => (await overlayBoxes(page, 'test')).length).toBe(1);
      const [box] = await overlayBoxes(page, 'test');
      const [[word]] = (await wordRectsIn(d.editor(page), 'refund')) as [[Rect]];
      expectSameX(box!, word, 1.5);
      expect(box!.bottom).toBeGreaterThan(word.bottom - 6);
      expect(box!.bottom).toBeLessThan(word.bottom + 6);
      await page.close();
    });

    cell('underline', 'refusal framing is underlined where checkDraft finds it', async () => {
      const framing = checkDraft(REFUSAL).findings.filter((f) => f.kind === 'framing');
      expect(framing, `checkDraft finds no refusal framing in "${REFUSAL}"`).not.toHaveLength(0);
      await only('none');
      const page = await open();
      await d.typeDraft(page, REFUSAL);
      const f = framing[0]!;
      const phrase = REFUSAL.slice(f.start, f.end);
      const kind = f.severity === 'soft' ? 'soft' : 'refusal';
      await expect.poll(async () => (await highlightRects(page, kind)).length).toBeGreaterThan(0);
      const [rects] = await highlightRects(page, kind);
      const [[word]] = (await wordRectsIn(d.editor(page), phrase)) as [[Rect]];
      expectSameX(rects![0]!, word, 0.5);
      await page.close();
    });

    // ---------------------------------------------------------------- names
    cell('names', `a greeting naming ${firstName(other.customer.name)} (the other mounted ticket's customer) is marked; the one-click fix goes through the editor, sticks, is sent, and Ctrl+Z undoes it`, async () => {
      await only('names');
      const page = await open();
      const wrong = firstName(other.customer.name);
      const right = firstName(primary.customer.name);
      const body = 'The duplicate charge is refunded today.';
      await d.typeDraft(page, `Hi ${wrong},\n${body}`);
      await expectHighlightsOn(page, d, 'name', wrong, 1);

      // The agent clicks the underlined name, then the fix in the card.
      const [[at]] = (await wordRectsIn(d.editor(page), wrong)) as [[Rect]];
      await page.mouse.click((at.left + at.right) / 2, (at.top + at.bottom) / 2);
      const fix = tactCard(page).locator('[data-action="replace"]');
      await fix.waitFor();
      expect(await fix.textContent()).toContain(right);
      await fix.click();
      await expect.poll(() => d.draft(page)).toBe(`Hi ${right},\n${body}`);
      // It stuck: the editor's model still holds it after its own re-render, and the mark is gone.
      await page.waitForTimeout(400);
      expect(await d.draft(page)).toBe(`Hi ${right},\n${body}`);
      await expect.poll(async () => (await highlightRects(page, 'name')).length).toBe(0);

      // One undo step back, one redo step forward, through the editor's own history.
      await d.editor(page).focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => d.draft(page)).toBe(`Hi ${wrong},\n${body}`);
      await page.keyboard.press(d.redoShortcut);
      await expect.poll(() => d.draft(page)).toBe(`Hi ${right},\n${body}`);

      // What the helpdesk sends is the fixed text (no hold: the greeting is right now).
      await d.sendButton(page).click();
      await expect.poll(() => d.sent(page)).toEqual([{ ticketId: primary.id, text: `Hi ${right},\n${body}`, via: 'button' }]);
      expect(await holdDialog(page).count()).toBe(0);
      await page.close();
    });

    cell('names', 'reads the customer of the ticket on screen, not of the other one mounted, also after switching tickets in the page', async () => {
      await only('names');
      const page = await open();
      // Editors that mount late (after Reply) are picked up within a scan.
      await expect.poll(async () => (await tabStatusOf(tact, page.url())).editors).toBe(1);
      const status = await tabStatusOf(tact, page.url());
      expect(status.helpdesk?.id).toBe(d.id);
      expect(status.ticket?.id).toBe(primary.id);
      expect(status.customer).toEqual(primary.customer);
      expect(status.features.names?.state).toBe('on');

      await d.switchTo(page, other.id);
      await waitForSession(page, other.id);
      await d.ready(page, other.id);
      await expect.poll(async () => (await tabStatusOf(tact, page.url())).customer).toEqual(other.customer);
      // The other ticket's greeting check uses its own customer.
      await d.typeDraft(page, `Hi ${firstName(primary.customer.name)},\nThanks for the logs.`);
      await expectHighlightsOn(page, d, 'name', firstName(primary.customer.name), 1);
      await page.close();
    });

    // ---------------------------------------------------------------- attachments
    cell('attachments', "the ticket's unopened customer attachments (and no other ticket's) hold the send; opened, the send goes through once", async () => {
      await only('attachments');
      const page = await open();
      const markers = page.locator('tact-overlay [data-testid="tact-attachment-marker"]');
      await expect.poll(() => markers.evaluateAll((els) => els.map((el) => el.getAttribute('data-name')).sort())).toEqual([...primary.attachments].sort());

      const draft = `Hi ${firstName(primary.customer.name)},\nThe duplicate charge is refunded today.`;
      await d.typeDraft(page, draft);
      await d.sendButton(page).click();
      await holdDialog(page).waitFor();
      const held = await holdDialog(page).locator('[data-testid="tact-attachments-hold"] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-name')).sort());
      expect(held).toEqual([...primary.attachments].sort());
      expect(await sentCount(page)).toBe(0);
      await page.keyboard.press('Escape');
      await holdDialog(page).waitFor({ state: 'detached' });
      expect(await d.draft(page)).toBe(draft);

      for (const name of primary.attachments) await d.openAttachment(page, name);
      await expect
        .poll(async () => {
          const s = await tabStatusOf(tact, page.url());
          const data = s.features.attachments?.data as { pending: number; items: { name: string; state: string }[] } | undefined;
          return data ? { pending: data.pending, states: data.items.map((i) => `${i.name}:${i.state}`).sort() } : null;
        })
        .toEqual({ pending: 0, states: primary.attachments.map((n) => `${n}:opened`).sort() });

      await d.sendButton(page).click();
      await expect.poll(() => sentCount(page)).toBe(1);
      expect(await settledSends(page)).toBe(1);
      expect(await holdDialog(page).count()).toBe(0);
      expect((await d.sent(page))[0]).toEqual({ ticketId: primary.id, text: draft, via: 'button' });
      await page.close();
    });

    // ---------------------------------------------------------------- feedback
    cell(
      'feedback',
      'selecting customer text and logging it stores an item with this ticket and customer',
      async () => {
        await only('none');
        // The background's API, called from an extension page as the leads' view calls it.
        const ext = await tact.newPage(`chrome-extension://${tact.extensionId}/feedback.html`);
        const api = async <T,>(type: string, payload?: unknown): Promise<T> => {
          const reply = (await ext.evaluate(
            ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ tact: 1, type: t, payload: p }),
            [type, payload] as const,
          )) as { ok: true; value: T } | { ok: false; error: string };
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        };
        for (const item of (await api<{ items: { id: string }[] }>('feedback/query', {})).items) await api('feedback/undo', { id: item.id });

        const page = await open();
        await d.selectCustomerText(page, primary.quote);
        const overlay = (id: string) => page.locator(`tact-overlay [data-testid="${id}"]`);
        await overlay('tact-log-button').click();
        await overlay('tact-feedback-picker').locator('[role="option"][data-tag="billing"]').click();
        await overlay('tact-feedback-toast').waitFor();

        const { items } = await api<{ items: StoredFeedback[] }>('feedback/query', { ticket: { helpdesk: d.id, ticketId: primary.id } });
        const customer = Object.fromEntries(Object.entries(primary.customer).filter(([, v]) => v !== null));
        expect(items).toHaveLength(1);
        expect(items[0]).toMatchObject({ tags: ['billing'], quote: primary.quote, helpdesk: d.id, ticketId: primary.id, ticketUrl: page.url(), customer });
        // Nothing was logged under the other ticket mounted in the page.
        expect((await api<{ items: StoredFeedback[] }>('feedback/query', { ticket: { helpdesk: d.id, ticketId: other.id } })).items).toEqual([]);
        await page.close();
        await ext.close();
      },
    );

    // ---------------------------------------------------------------- send guard
    cell('send-guard', 'a send held from the button is replayed exactly once by "Send anyway"', async () => {
      await only('none');
      const page = await open();
      await d.typeDraft(page, 'Hi Maya,\nThe refund is on its way.');
      await setHtmlAttr(page, 'data-tact-test-hold', '');
      await d.sendButton(page).click();
      await holdDialog(page).waitFor();
      expect(await sentCount(page)).toBe(0);
      await holdDialog(page).locator('[data-action="send"]').click();
      await expect.poll(() => sentCount(page)).toBe(1);
      expect(await settledSends(page)).toBe(1);
      expect(await d.sent(page)).toEqual([{ ticketId: primary.id, text: 'Hi Maya,\nThe refund is on its way.', via: 'button' }]);
      await page.close();
    });

    const keyboardWay = d.sendShortcut ? `the helpdesk's shortcut (${d.sendShortcut})` : 'the keyboard (no send key: Tab to the send button, Enter)';
    cell('send-guard', `a send held from ${keyboardWay} is replayed exactly once, from the keyboard`, async () => {
      await only('none');
      const page = await open();
      await d.typeDraft(page, 'Second reply, from the keyboard.');
      await setHtmlAttr(page, 'data-tact-test-hold', '');
      await d.keyboardSend(page);
      await holdDialog(page).waitFor();
      expect(await sentCount(page)).toBe(0);
      // Keyboard only: Tab to "Send anyway", Enter.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => sentCount(page)).toBe(1);
      expect(await settledSends(page)).toBe(1);
      expect(await d.sent(page)).toEqual([{ ticketId: primary.id, text: 'Second reply, from the keyboard.', via: d.keyboardVia }]);
      await page.close();
    });

    cell('send-guard', '"Back to draft" sends nothing and leaves the draft and the caret where they were', async () => {
      await only('none');
      const page = await open();
      await d.typeDraft(page, 'Hi Maya,\nthe refund is on its way.');
      const before = await d.draft(page);
      await setHtmlAttr(page, 'data-tact-test-hold', '');
      await d.keyboardSend(page);
      await holdDialog(page).waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => holdDialog(page).count()).toBe(0);
      expect(await d.draft(page)).toBe(before);
      expect(await settledSends(page)).toBe(0);
      await page.keyboard.type(' Thanks!');
      await expect.poll(() => d.draft(page)).toBe(`${before} Thanks!`);
      await page.close();
    });

    cell('send-guard', 'a fault inside Tact lets the send through, from the button and from the shortcut', async () => {
      await only('none');
      const page = await open();
      await d.typeDraft(page, 'Hi Maya, all sorted.');
      await setHtmlAttr(page, 'data-tact-test-hold', '');
      await setHtmlAttr(page, 'data-tact-fault', 'guard-dialog');
      await d.sendButton(page).click();
      await expect.poll(() => sentCount(page)).toBe(1);
      await setHtmlAttr(page, 'data-tact-fault', 'check-test-hold check-framing check-names check-attachments');
      await d.typeDraft(page, 'Second.');
      await d.keyboardSend(page);
      await expect.poll(() => sentCount(page)).toBe(2);
      expect(await settledSends(page)).toBe(2);
      expect(await holdDialog(page).count()).toBe(0);
      await page.close();
    });

    // ---------------------------------------------------------------- the helpdesk changed its DOM
    if (d.changedDom) {
      const { query } = d.changedDom;
      it(`changed DOM (?${query}): underlines keep working through generic editor detection; the name check is off and says so; sends go through; nothing throws into the page`, async () => {
        await setSettings(tact, {});
        const page = await tact.newPage(d.path(primary.id, query));
        const pageErrors: string[] = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await waitForTact(page);
        await d.ready(page, primary.id);
        await waitForSession(page, primary.id);

        await d.typeDraft(page, `Hi ${firstName(other.customer.name)},\nWe will refund the fee today.`);
        await setHtmlAttr(page, 'data-tact-test-mark', 'refund');
        await expectHighlightsOn(page, d, 'test', 'refund', 1);

        await expect.poll(async () => (await tabStatusOf(tact, page.url())).editors).toBe(1);
        const status = await tabStatusOf(tact, page.url());
        expect(status.helpdesk?.id).toBe(d.id);
        expect(status.ticket?.id).toBe(primary.id);
        expect(status.customer).toBeNull();
        expect(status.features.names).toMatchObject({ state: 'off', note: { en: expect.stringContaining('cannot read the customer') } });
        // No name underline without a customer on record, and nothing holds the send.
        await page.waitForTimeout(500);
        expect(await highlightRects(page, 'name')).toEqual([]);
        await d.keyboardSend(page);
        await expect.poll(() => sentCount(page)).toBe(1);
        expect(await holdDialog(page).count()).toBe(0);

        // Switching tickets still follows the URL.
        await d.switchTo(page, other.id);
        await waitForSession(page, other.id);
        expect((await tabStatusOf(tact, page.url())).customer).toBeNull();
        expect(pageErrors).toEqual([]);
        await page.close();
      });
    }
  });
}
