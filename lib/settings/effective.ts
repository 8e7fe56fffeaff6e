/**
 * The settings Tact acts on: the user's, with the organisation's managed policy over them. The
 * options page extends `applyPolicy` with locks; everything else only calls `loadSettings` and
 * `watchSettings`.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import type { Settings } from './model';
import { readUserSettings, SETTINGS_KEY, withDefaults } from './store';

export async function readPolicy(): Promise<Record<string, unknown>> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return {};
    return (await managed.get(null)) ?? {};
  } catch {
    // no policy installed: Firefox rejects, Chrome returns {}
    return {};
  }
}

/** Policy values replace the user's for the keys the policy sets (deep for nested settings). */
export function applyPolicy(user: Settings, policy: Record<string, unknown>): Settings {
  const settings = policy.settings;
  if (!settings || typeof settings !== 'object') return user;
  return withDefaults(user, settings);
}

export async function loadSettings(): Promise<Settings> {
  const [user, policy] = await Promise.all([readUserSettings(), readPolicy()]);
  return applyPolicy(user, policy);
}

/** Calls back with fresh effective settings whenever the user's settings or the policy change. */
export function watchSettings(callback: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && SETTINGS_KEY in changes)) {
      loadSettings().then(callback, (error: unknown) => reportError(error, 'settings reload'));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
