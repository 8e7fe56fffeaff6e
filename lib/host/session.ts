/**
 * One open ticket: its send guard, its editors and the features running on it. Everything a session
 * starts is stopped by aborting its signal.
 */
import type { HelpdeskAdapter } from '../adapters/contract';
import type { Surface } from '../overlay/surface';
import type { PainterOptions } from '../overlay/painter';
import { injectFault } from '../platform/fault';
import { reportError } from '../platform/safe';
import { SendGuard } from '../send-guard/guard';
import type { Settings } from '../settings/model';
import { watchEditors } from './editors';
import type { Feature, FeatureStatus, TicketContext } from './feature';
import type { OpenTicket } from './navigation';

export interface SessionOptions {
  adapter: HelpdeskAdapter;
  siteId: string;
  open: OpenTicket;
  doc: Document;
  surface: Surface;
  features: readonly Feature[];
  settings: () => Settings;
  painter?: PainterOptions;
  onStatus: (featureId: string, status: FeatureStatus) => void;
}

export interface Session {
  readonly context: TicketContext;
  /**
   * Whether a feature's `applies` answers differently now than when the session started (a setting
   * turned a feature on or off): features start only at session start, so the host restarts then.
   */
  appliesChanged(): boolean;
  stop(): void;
}

/** A feature's answer to `applies`; a throwing `applies` counts as its own answer, not a change. */
function appliesTo(feature: Feature, context: TicketContext): boolean | 'error' {
  try {
    return !feature.applies || feature.applies(context);
  } catch {
    return 'error';
  }
}

export function startSession(o: SessionOptions): Session {
  const controller = new AbortController();
  const { signal } = controller;
  const root = o.open.root;
  const guard = new SendGuard({
    doc: o.doc,
    adapter: o.adapter,
    root: () => (root.isConnected ? root : null),
    editors: () => editors.list().map((e) => e.handle.element),
    surface: o.surface,
  });
  const editors = watchEditors({ adapter: o.adapter, root, surface: o.surface, signal, painter: o.painter, onFrame: (doc) => guard.listen(doc) });

  const context: TicketContext = {
    adapter: o.adapter,
    siteId: o.siteId,
    ticket: o.open.ticket,
    root,
    doc: o.doc,
    surface: o.surface,
    guard,
    editors,
    settings: o.settings,
    customer: () => o.adapter.customer(root),
    report: (featureId, status) => {
      if (!signal.aborted) o.onStatus(featureId, status);
    },
  };

  const applied = new Map<Feature, boolean | 'error'>();
  for (const feature of o.features) {
    try {
      const on = !feature.applies || feature.applies(context);
      applied.set(feature, on);
      if (!on) {
        o.onStatus(feature.id, { state: 'off' });
        continue;
      }
      injectFault(`feature-${feature.id}`, o.doc);
      const out = feature.init(context, signal);
      if (out instanceof Promise) {
        out.catch((error: unknown) => {
          reportError(error, `feature ${feature.id}`);
          o.onStatus(feature.id, { state: 'error' });
        });
      }
    } catch (error) {
      if (!applied.has(feature)) applied.set(feature, 'error');
      // One broken feature must not stop the others.
      reportError(error, `feature ${feature.id}`);
      o.onStatus(feature.id, { state: 'error' });
    }
  }

  return {
    context,
    appliesChanged() {
      return o.features.some((feature) => appliesTo(feature, context) !== applied.get(feature));
    },
    stop() {
      controller.abort();
      guard.dispose();
    },
  };
}
