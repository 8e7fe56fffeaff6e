/**
 * The content script's end of the context menu and the keyboard command. Registered once per page
 * (not per ticket), so the agent who triggers either with no ticket open is told to open one rather
 * than left wondering; on a host where the agent paused Tact nothing is shown.
 */
import { getSurface } from '../overlay/surface';
import { reportError } from '../platform/safe';
import { loadSettings } from '../settings/effective';
import type { FeedbackLogController } from './controller';
import { openLogPicker, type OpenReply, type OpenSource } from './protocol';
import { t } from './strings';
import { toasterFor } from './toast';

let active: FeedbackLogController | null = null;

/** The open ticket's controller; the feature sets it on start and clears it on leave. */
export function setActiveController(controller: FeedbackLogController | null): void {
  active = controller;
}

export function activeController(): FeedbackLogController | null {
  return active;
}

export async function answerOpenRequest(source: OpenSource, doc: Document = document): Promise<OpenReply> {
  if (active) return active.openFromRequest(source);
  const view = doc.defaultView;
  const settings = await loadSettings().catch(() => null);
  if (!view || settings?.pausedHosts.includes(view.location.host)) return { status: 'inactive' };
  toasterFor(doc, getSurface(doc)).show({ text: t('refused_no_ticket'), tone: 'warn', timeout: 6_000 });
  return { status: 'refused', reason: 'no_ticket' };
}

export function listenForLogRequests(signal: AbortSignal, doc: Document = document): void {
  const off = openLogPicker.handle(async (payload) => {
    try {
      return await answerOpenRequest(payload?.source === 'menu' ? 'menu' : 'command', doc);
    } catch (error) {
      // Fail open: the background hears "nothing happened"; the page never sees an error.
      reportError(error, 'feedback-log.open');
      return { status: 'inactive' };
    }
  });
  signal.addEventListener('abort', off, { once: true });
}
