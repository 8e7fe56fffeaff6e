/**
 * The content script's life on a page: read settings, decide whether this page is a helpdesk Tact
 * runs on, follow the open ticket and run the features on it. Runs in the top frame only; editors
 * in same-origin iframes are reached from here.
 */
import type { CustomerInfo } from '../adapters/contract';
import { resolveAdapter, type Resolved } from '../adapters/registry';
import { getSurface } from '../overlay/surface';
import type { PainterOptions } from '../overlay/painter';
import { onReportedError, reportError, safely } from '../platform/safe';
import { loadSettings, watchSettings } from '../settings/effective';
import type { Settings } from '../settings/model';
import type { Feature, FeatureStatus } from './feature';
import { watchOpenTicket } from './navigation';
import { startSession, type Session } from './session';
import { tabStatus, type TabStatus } from './status';

export interface StartOptions {
  features: readonly Feature[];
  signal: AbortSignal;
  doc?: Document;
  painter?: PainterOptions;
}

export async function startTact(o: StartOptions): Promise<void> {
  const doc = o.doc ?? document;
  const view = doc.defaultView!;
  if (view.top !== view) return;

  let settings: Settings = await loadSettings();
  // The content script may have been stopped (the extension reloaded or updated) while the settings
  // were read: an abort listener added now would never run, and nothing started here would stop.
  if (o.signal.aborted) return;
  let resolved: Resolved | null = null;
  let session: Session | null = null;
  let pageController: AbortController | null = null;
  let statuses: Record<string, FeatureStatus> = {};
  let errors = 0;
  const offErrors = onReportedError(() => errors++);

  /** Starts the open ticket's session afresh; set while a ticket is open. */
  let restart: (() => void) | null = null;

  const stopSession = () => {
    session?.stop();
    session = null;
    statuses = {};
  };

  const begin = safely('host.begin', () => {
    pageController?.abort();
    stopSession();
    restart = null;
    resolved = resolveAdapter(view.location.href, settings, __TACT_DEMO__);
    if (!resolved) return;
    const { adapter, siteId } = resolved;
    pageController = new AbortController();
    const surface = getSurface(doc);
    // Markers on <html> exist only in the demo build, for the e2e suite; the shipped build adds none.
    if (__TACT_DEMO__) doc.documentElement.dataset.tactHelpdesk = adapter.id;
    watchOpenTicket(
      adapter,
      doc,
      (open) => {
        stopSession();
        if (__TACT_DEMO__) {
          if (open) doc.documentElement.dataset.tactTicket = open.ticket.id;
          else delete doc.documentElement.dataset.tactTicket;
        }
        if (!open) {
          restart = null;
          return;
        }
        restart = () => {
          stopSession();
          session = startSession({
            adapter,
            siteId,
            open,
            doc,
            surface,
            features: o.features,
            settings: () => settings,
            painter: o.painter,
            onStatus: (id, status) => {
              statuses[id] = status;
            },
          });
        };
        restart();
      },
      pageController.signal,
    );
  });

  const restartSession = safely('host.restart', () => restart?.());

  watchSettings((next) => {
    const before = JSON.stringify([settings.pausedHosts, settings.adapters, settings.customSites]);
    settings = next;
    if (before !== JSON.stringify([next.pausedHosts, next.adapters, next.customSites])) {
      begin();
      return;
    }
    // Features read their other settings live, but start only with a session: one turned on (or
    // off) would otherwise wait for the next ticket.
    if (session?.appliesChanged()) restartSession();
  }, o.signal);

  const offStatus = tabStatus.handle((): TabStatus => {
    const current = resolved as Resolved | null;
    const ctx = (session as Session | null)?.context;
    let customer: CustomerInfo | null = null;
    try {
      customer = ctx?.customer() ?? null;
    } catch (error) {
      reportError(error, 'status customer');
    }
    return {
      helpdesk: current ? { id: current.adapter.id, name: current.adapter.name, siteId: current.siteId, custom: current.custom } : null,
      paused: settings.pausedHosts.includes(view.location.host),
      host: view.location.host,
      ticket: ctx ? { id: ctx.ticket.id, url: ctx.ticket.url } : null,
      customer,
      editors: ctx?.editors.list().length ?? 0,
      features: { ...statuses },
      errors,
    };
  });

  o.signal.addEventListener(
    'abort',
    () => {
      pageController?.abort();
      stopSession();
      offStatus();
      offErrors();
      if (__TACT_DEMO__) delete doc.documentElement.dataset.tactHelpdesk;
    },
    { once: true },
  );

  begin();
}
