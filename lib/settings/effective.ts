/**
 * The settings Tact acts on: the user's, with the organisation's managed policy over them. The
 * options page extends `applyPolicy` with locks; everything else only calls `loadSettings` and
 * `watchSettings`.
 *
 * Chrome answers the first `storage.managed.get` of a session only after its policy service starts
 * (1.6 s measured in e2e), so the last policy seen is cached in `storage.local` and used at once;
 * the real read refreshes the cache, and a change reaches every watcher through `onChanged`.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import type { Settings } from './model';
import { readUserSettings, SETTINGS_KEY, withDefaults } from './store';

export const POLICY_CACHE_KEY = 'policyCache';
export type Policy = Record<string, unknown>;

export async function readPolicy(): Promise<Policy> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return {};
    return (await managed.get(null)) ?? {};
  } catch {
    // no policy installed: Firefox rejects, Chrome returns {}
    return {};
  }
}

async function cachedPolicy(): Promise<Policy> {
  const stored = await browser.storage.local.get(POLICY_CACHE_KEY);
  const value = stored[POLICY_CACHE_KEY];
  return value && typeof value === 'object' ? (value as Policy) : {};
}

let refreshing: Promise<void> | null = null;
/** Reads the real policy and updates the cache when it differs. */
export function refreshPolicyCache(): Promise<void> {
  refreshing ??= (async () => {
    const [real, cached] = await Promise.all([readPolicy(), cachedPolicy()]);
    if (JSON.stringify(real) !== JSON.stringify(cached)) await browser.storage.local.set({ [POLICY_CACHE_KEY]: real });
  })()
    .catch((error: unknown) => reportError(error, 'policy refresh'))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Policy values replace the user's for the keys the policy sets (deep for nested settings). */
export function applyPolicy(user: Settings, policy: Policy): Settings {
  const settings = policy.settings;
  if (!settings || typeof settings !== 'object') return user;
  return withDefaults(user, settings);
}

export async function loadSettings(): Promise<Settings> {
  const [user, policy] = await Promise.all([readUserSettings(), cachedPolicy()]);
  void refreshPolicyCache();
  return applyPolicy(user, policy);
}

/** Calls back with fresh effective settings whenever the user's settings or the policy change. */
export function watchSettings(callback: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') {
      void refreshPolicyCache();
      return;
    }
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_CACHE_KEY in changes)) {
      loadSettings().then(callback, (error: unknown) => reportError(error, 'settings reload'));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
