/**
 * Keeps one editor's check results fresh while the agent types: debounced, one request in flight at
 * a time, results tagged with the text they were computed on (painters shift them onto newer text).
 * Framing and the name check share it, so a keystroke costs one check, not one per feature.
 */
import type { CustomerRecord } from './types';
import type { CheckResult } from './types';
import type { EditorEntry } from '../host/feature';
import { reportError } from '../platform/safe';
import { runCheck } from './messages';

export interface LiveResult {
  text: string;
  result: CheckResult;
}

export interface LiveCheck {
  latest(): LiveResult | null;
  subscribe(callback: (r: LiveResult) => void): () => void;
  /** Checks the current text now (e.g. right before a send), unless the latest result is for it. */
  fresh(): Promise<LiveResult | null>;
  /**
   * Checks again although the text did not change: the rules did. `rules` is the new fingerprint,
   * sent with this check so the background reloads its rules even if the tab's settings lag.
   */
  refresh(rules?: string): void;
}

const DEBOUNCE_MS = 250;
const live = new WeakMap<EditorEntry, LiveCheck>();

/**
 * `rules` gives the fingerprint of the rules the tab's settings name (lib/settings/stamp.ts); the
 * first caller's getter is kept for the editor.
 */
export function liveCheck(entry: EditorEntry, record: () => CustomerRecord | null, signal: AbortSignal, rules?: () => string): LiveCheck {
  const existing = live.get(entry);
  if (existing) return existing;
  const handle = entry.handle;
  const view = handle.element.ownerDocument.defaultView!;
  const subscribers = new Set<(r: LiveResult) => void>();
  let latest: LiveResult | null = null;
  let timer = 0;
  let inflight: Promise<LiveResult | null> | null = null;
  let again = false;

  let rulesNext: string | undefined;
  const run = (): Promise<LiveResult | null> => {
    if (inflight) {
      again = true;
      return inflight;
    }
    const text = handle.text();
    const rec = record();
    const stamp = rulesNext ?? rules?.();
    rulesNext = undefined;
    inflight = runCheck
      .send({ key: handle.key, text, record: rec, ...(stamp === undefined ? {} : { rules: stamp }) })
      .then((result) => {
        if (signal.aborted) return null;
        latest = { text, result };
        for (const cb of subscribers) {
          try {
            cb(latest);
          } catch (error) {
            reportError(error, 'check subscriber');
          }
        }
        return latest;
      })
      .catch((error: unknown) => {
        reportError(error, 'check request');
        return null;
      })
      .finally(() => {
        inflight = null;
        if (again && !signal.aborted) {
          again = false;
          schedule();
        }
      });
    return inflight;
  };

  const schedule = () => {
    view.clearTimeout(timer);
    timer = view.setTimeout(() => void run(), DEBOUNCE_MS);
  };

  const off = handle.onChange(schedule);
  signal.addEventListener('abort', () => {
    off();
    view.clearTimeout(timer);
    subscribers.clear();
    live.delete(entry);
  }, { once: true });

  const api: LiveCheck = {
    latest: () => latest,
    subscribe(callback) {
      subscribers.add(callback);
      if (latest) callback(latest);
      else if (subscribers.size === 1) void run();
      return () => subscribers.delete(callback);
    },
    refresh(stamp) {
      if (signal.aborted) return;
      rulesNext = stamp;
      latest = null;
      view.clearTimeout(timer);
      void run();
    },
    fresh() {
      if (latest && latest.text === handle.text()) return Promise.resolve(latest);
      view.clearTimeout(timer);
      return run().then((r) => (r && r.text === handle.text() ? r : run()));
    },
  };
  live.set(entry, api);
  return api;
}
