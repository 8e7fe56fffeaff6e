/**
 * The content script's end of the context menu and the command: it follows the open ticket's
 * session, says so when no ticket is open, and stays silent where the agent paused Tact.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { createAdapter } from '../adapters/create';
import { demo } from '../adapters/helpdesks/demo';
import { registerFeedbackHandlers } from '../feedback/handlers';
import { dbName } from '../feedback/testing/fixtures';
import { startSession, type Session } from '../host/session';
import { getSurface } from '../overlay/surface';
import { DEFAULT_SETTINGS } from '../settings/model';
import { activeController, listenForLogRequests } from './bridge';
import { feedbackLogFeature } from './feature';
import { openLogPicker } from './protocol';
import { mountTickets, rangeOver, select, type TwoTickets } from './test-fixture';
import { toasterFor } from './toast';

let page: TwoTickets;
let session: Session | null;
let page$: AbortController;
let handlers: ReturnType<typeof registerFeedbackHandlers>;

const toastText = () => getSurface(document).shadow.querySelector('[data-testid="tact-feedback-toast"] .tact-toast__text')?.textContent ?? null;
const picker = () => getSurface(document).shadow.querySelector('[data-testid="tact-feedback-picker"]');

function startTicket(): Session {
  const adapter = createAdapter(demo);
  return startSession({
    adapter,
    siteId: 'demo',
    open: { ticket: adapter.ticket(document)!, root: adapter.root(document)! },
    doc: document,
    surface: getSurface(document),
    features: [feedbackLogFeature],
    settings: () => DEFAULT_SETTINGS,
    onStatus: () => undefined,
  });
}

beforeEach(() => {
  page = mountTickets();
  handlers = registerFeedbackHandlers({ dbName: dbName() });
  page$ = new AbortController();
  listenForLogRequests(page$.signal);
  session = null;
});
afterEach(() => {
  session?.stop();
  page$.abort();
  handlers.unregister();
  toasterFor(document, getSurface(document)).dismiss();
  document.getSelection()?.removeAllRanges();
});

describe('a request from the context menu or the command', () => {
  it("reaches the open ticket's session and opens the picker on the selection", async () => {
    session = startTicket();
    expect(activeController()).not.toBeNull();
    select(rangeOver(page.open.querySelector('li[data-message-id="m-2002-1"]')!, 'p:nth-child(2)', 'export button'));
    expect(await openLogPicker.send({ source: 'menu' })).toEqual({ status: 'opened' });
    expect(picker()).not.toBeNull();
  });

  it('with no ticket open, says to open one', async () => {
    session = startTicket();
    session.stop();
    session = null;
    expect(activeController()).toBeNull();
    expect(await openLogPicker.send({ source: 'command' })).toEqual({ status: 'refused', reason: 'no_ticket' });
    expect(toastText()).toBe('Open a ticket to log what the customer said.');
  });

  it('on a host the agent paused, shows nothing', async () => {
    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, pausedHosts: [location.host] } });
    expect(await openLogPicker.send({ source: 'menu' })).toEqual({ status: 'inactive' });
    expect(toastText()).toBeNull();
  });

  it('a feature that fails to start leaves the page without a controller, and the request still answers', async () => {
    document.documentElement.dataset.tactFault = 'feature-feedback-log';
    try {
      session = startTicket();
      expect(activeController()).toBeNull();
      expect(await openLogPicker.send({ source: 'menu' })).toEqual({ status: 'refused', reason: 'no_ticket' });
    } finally {
      delete document.documentElement.dataset.tactFault;
    }
  });
});
