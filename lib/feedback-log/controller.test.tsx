/**
 * The Log flow end to end inside happy-dom: the content-script controller talks to the real
 * background handlers (fake-indexeddb, the fake browser's messaging), so what is asserted is the
 * stored item, the toast the agent reads and what Undo leaves behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createAdapter } from '../adapters/create';
import { demo } from '../adapters/helpdesks/demo';
import { registerFeedbackHandlers } from '../feedback/handlers';
import * as m from '../feedback/messages';
import { dbName, quotaError } from '../feedback/testing/fixtures';
import { FeedbackError } from '../feedback/errors';
import { getSurface } from '../overlay/surface';
import { FeedbackLogController, type LogContext } from './controller';
import { messagingApi, type LogApi } from './submit';
import { mountTickets, rangeOver, select, type TwoTickets } from './test-fixture';
import { toasterFor } from './toast';

let page: TwoTickets;
let handlers: ReturnType<typeof registerFeedbackHandlers>;
let controller: FeedbackLogController;
let leave: AbortController;

const surface = () => getSurface(document);
const shadow = () => surface().shadow;
const picker = () => shadow().querySelector<HTMLElement>('[data-testid="tact-feedback-picker"]');
const toastText = () => shadow().querySelector('[data-testid="tact-feedback-toast"] .tact-toast__text')?.textContent ?? null;
const toastButton = (action: string) => shadow().querySelector<HTMLButtonElement>(`[data-testid="tact-feedback-toast"] [data-action="${action}"]`);
const option = (tag: string) => shadow().querySelector<HTMLElement>(`[role="option"][data-tag="${tag}"]`);
const msg = (id: string, root: ParentNode = page.open) => root.querySelector(`li.dd-message[data-message-id="${id}"]`)!;
const stored = async () => (await m.queryFeedback.send({})).items;

function context(): LogContext {
  const adapter = createAdapter(demo);
  return {
    adapter,
    siteId: 'demo',
    ticket: adapter.ticket(document)!,
    root: page.open,
    doc: document,
    surface: surface(),
    customer: () => adapter.customer(page.open),
  };
}

function start(api: LogApi = messagingApi): FeedbackLogController {
  leave = new AbortController();
  controller = new FeedbackLogController({ ctx: context(), signal: leave.signal, api });
  return controller;
}

async function pick(tag: string): Promise<void> {
  await vi.waitFor(() => expect(option(tag)).not.toBeNull());
  option(tag)!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
}

/** Selects the export sentence of the open ticket's first customer message and asks as the context menu does. */
function openOnExportSentence(): void {
  select(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'The export button', 'in Firefox.'));
  expect(controller.openFromRequest('menu')).toEqual({ status: 'opened' });
}

beforeEach(async () => {
  page = mountTickets();
  handlers = registerFeedbackHandlers({ dbName: dbName() });
  // The name the agent typed in the options, newline and all: the background makes it one line.
  await browser.storage.local.set({ settings: { agentName: ' Kate\nTest ' } });
});
afterEach(() => {
  // The toaster belongs to the page and outlives tickets; each test starts without a toast.
  toasterFor(document, surface()).dismiss();
  leave?.abort();
  handlers.unregister();
  vi.restoreAllMocks();
  document.getSelection()?.removeAllRanges();
});

describe('logging from the open ticket', () => {
  it('selection → picker → tag: the item carries quote, customer, helpdesk, ticket, language and the agent from the options', async () => {
    start();
    openOnExportSentence();
    expect(picker()!.querySelector('[data-testid="tact-feedback-quote"]')!.textContent).toBe('The export button does nothing in Firefox.');
    expect(picker()!.querySelector('.tact-picker__from')!.textContent).toBe('— from Anna Smirnova');
    await pick('bug');
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “Bug”.'));
    expect(picker()).toBeNull();
    const [item, ...rest] = await stored();
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      tags: ['bug'],
      quote: 'The export button does nothing in Firefox.',
      customer: { name: 'Anna Smirnova', email: 'anna.2002@example.com', userId: 'u-2002' },
      helpdesk: 'demo',
      ticketId: '2002',
      ticketUrl: location.href,
      language: 'en',
      agent: 'Kate Test',
    });
  });

  it('Undo removes what was just logged', async () => {
    start();
    openOnExportSentence();
    await pick('ux');
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “UX / design”.'));
    toastButton('undo')!.click();
    await vi.waitFor(() => expect(toastText()).toBe('Removed from the feedback log.'));
    expect(await stored()).toEqual([]);
  });

  it('a duplicate is said, without an Undo that would remove the earlier item', async () => {
    start();
    openOnExportSentence();
    await pick('bug');
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “Bug”.'));
    openOnExportSentence();
    await pick('bug');
    await vi.waitFor(() => expect(toastText()).toBe('Already logged with this tag: “Bug”.'));
    expect(toastButton('undo')).toBeNull();
    expect(await stored()).toHaveLength(1);
  });

  it('a full disk: the reason is shown, the item waits in the outbox, and Undo still works', async () => {
    start();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    openOnExportSentence();
    await pick('bug');
    await vi.waitFor(() =>
      expect(toastText()).toBe('Logged as “Bug”, not stored yet: The browser’s storage is full. The item is kept and will be saved as soon as there is room.'),
    );
    expect(shadow().querySelector('[data-testid="tact-feedback-toast"]')!.getAttribute('data-tone')).toBe('warn');
    expect((await m.feedbackStats.send()).pending).toBe(1);
    toastButton('undo')!.click();
    await vi.waitFor(() => expect(toastText()).toBe('Removed from the feedback log.'));
    expect((await m.feedbackStats.send()).pending).toBe(0);
  });

  it('nothing kept (the background unreachable): the picker stays with the reason, and the retry reuses the same id', async () => {
    const ids: string[] = [];
    let fail = true;
    const api: LogApi = {
      ...messagingApi,
      async log(draft) {
        ids.push(draft.id!);
        if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
        return messagingApi.log(draft);
      },
    };
    start(api);
    openOnExportSentence();
    await pick('bug');
    await vi.waitFor(() => expect(picker()!.querySelector('[data-testid="tact-feedback-error"]')?.textContent).toBe(
      'Tact could not reach its storage, so nothing was saved. Try again; if it keeps failing, reload the page.',
    ));
    // A click in the page meanwhile (to check a detail) does not close the picker and lose the item.
    msg('m-2002-1').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(picker()).not.toBeNull();
    fail = false;
    await pick('bug');
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “Bug”.'));
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect((await stored()).map((i) => i.id)).toEqual([ids[0]]);
  });

  it('a click in the page closes a picker with nothing unsaved in it, but not one whose save is under way', async () => {
    let release!: () => void;
    const api: LogApi = {
      ...messagingApi,
      async log(draft) {
        await new Promise<void>((resolve) => (release = resolve));
        return messagingApi.log(draft);
      },
    };
    start(api);
    openOnExportSentence();
    msg('m-2002-1').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(picker()).toBeNull();
    openOnExportSentence();
    await pick('bug');
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    msg('m-2002-1').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(picker()).not.toBeNull();
    release();
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “Bug”.'));
    expect(picker()).toBeNull();
  });

  it('a resend whose first reply was lost comes back as a "duplicate" of itself: that is a success, with Undo', async () => {
    const api: LogApi = {
      ...messagingApi,
      // The background already stored this very draft (same id) from a send whose reply never arrived.
      log: async (draft) => ({ duplicate: true, item: { ...(await messagingApi.log(draft)).item } }),
    };
    start(api);
    openOnExportSentence();
    await pick('pricing');
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “Pricing”.'));
    expect(toastButton('undo')).not.toBeNull();
  });

  it('a tag removed meanwhile: the picker says so and offers the fresh list', async () => {
    let tagsAsked = 0;
    const api: LogApi = {
      ...messagingApi,
      tags: async () => {
        tagsAsked++;
        return messagingApi.tags();
      },
      log: async () => {
        throw new FeedbackError('unknown_tag', 'no tag "bug"');
      },
    };
    start(api);
    openOnExportSentence();
    await vi.waitFor(() => expect(option('bug')).not.toBeNull());
    const before = tagsAsked;
    await pick('bug');
    await vi.waitFor(() => expect(picker()!.querySelector('[data-testid="tact-feedback-error"]')?.textContent).toBe('That tag no longer exists. Pick another one.'));
    await vi.waitFor(() => expect(tagsAsked).toBe(before + 1));
  });
});

describe('the shortcut pressed again while the picker is open', () => {
  it('keeps the picker and what was typed, and puts focus back in the filter box', async () => {
    start();
    openOnExportSentence();
    const filter = picker()!.querySelector<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    filter.value = 'bu';
    filter.dispatchEvent(new Event('input', { bubbles: true }));
    document.body.focus();
    document.getSelection()!.removeAllRanges();
    expect(controller.openFromRequest('command')).toEqual({ status: 'opened' });
    expect(shadow().activeElement).toBe(filter);
    expect(filter.value).toBe('bu');
    expect(toastText()).toBeNull();
  });
});

describe('what cannot be logged is refused with a reason', () => {
  it("the agent's message", () => {
    start();
    select(rangeOver(msg('m-2002-2'), 'p', 'looking into it'));
    expect(controller.openFromRequest('menu')).toEqual({ status: 'refused', reason: 'agent' });
    expect(toastText()).toBe('That is not the customer’s message. Only what the customer wrote can be logged.');
    expect(picker()).toBeNull();
  });

  it("the hidden ticket's customer message", () => {
    start();
    select(rangeOver(msg('m-1001-1', page.hidden), 'p:nth-child(2)', 'export button'));
    expect(controller.openFromRequest('command')).toEqual({ status: 'refused', reason: 'other_ticket' });
    expect(toastText()).toBe('That is not in the ticket you have open.');
  });

  it('the command with nothing selected and no message pointed at', () => {
    start();
    expect(controller.openFromRequest('command')).toEqual({ status: 'refused', reason: 'empty' });
    expect(toastText()).toBe('Select what the customer wrote, then log it.');
  });
});

describe('leaving the ticket', () => {
  it('takes the picker with it; a save already under way is still announced', async () => {
    let release!: () => void;
    const api: LogApi = {
      ...messagingApi,
      async log(draft) {
        await new Promise<void>((resolve) => (release = resolve));
        return messagingApi.log(draft);
      },
    };
    start(api);
    openOnExportSentence();
    await pick('bug');
    await vi.waitFor(() => expect(release).toBeTypeOf('function'));
    leave.abort();
    expect(picker()).toBeNull();
    release();
    await vi.waitFor(() => expect(toastText()).toBe('Logged as “Bug”.'));
    expect(await stored()).toHaveLength(1);
  });
});
