/**
 * The settings Tact acts on: the user's, with the organisation's managed policy over them (merge
 * and locks: merge.ts). Everything but the options page only calls `loadSettings` and
 * `watchSettings`; the options page also reads the policy (`readCachedPolicy`) to show what is managed.
 *
 * Chrome answers the first `storage.managed.get` of a session only after its policy service starts
 * (1.6 s measured in e2e), so the last policy seen is cached in `storage.local` and used at once.
 * The cache holds the policy already checked (policy-cache.ts writes it, in the background and on
 * the options page), so the content script merges it without loading the validators; a change
 * reaches every watcher through `onChanged`.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import { applyParsedPolicy, EMPTY_POLICY, isLocked, managedOf, type ParsedPolicy } from './merge';
import type { LockPath } from './paths';
import type { Settings } from './model';
import { readUserSettings, SETTINGS_KEY } from './store';

export const POLICY_CACHE_KEY = 'policyCache';
/** Bumped when the cached form changes; an older cache counts as none until it is refreshed. */
export const POLICY_CACHE_VERSION = 2;

export interface PolicyCache {
  v: typeof POLICY_CACHE_VERSION;
  policy: ParsedPolicy;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The checked policy from the cache, with every part the merge reads in the shape it expects. */
export function fromCache(value: unknown): ParsedPolicy {
  if (!isObject(value) || value.v !== POLICY_CACHE_VERSION || !isObject(value.policy)) return EMPTY_POLICY;
  const p = value.policy;
  return {
    values: isObject(p.values) ? (p.values as ParsedPolicy['values']) : {},
    locks: Array.isArray(p.locks) ? (p.locks.filter((l) => typeof l === 'string') as ParsedPolicy['locks']) : [],
    tags: Array.isArray(p.tags) ? (p.tags as ParsedPolicy['tags']) : [],
    problems: Array.isArray(p.problems) ? (p.problems as ParsedPolicy['problems']) : [],
  };
}

/** The last policy seen, checked (at once, without waiting for Chrome's policy service). */
export async function readCachedPolicy(): Promise<ParsedPolicy> {
  const stored = await browser.storage.local.get(POLICY_CACHE_KEY);
  return fromCache(stored[POLICY_CACHE_KEY]);
}

/** Whether the cached policy locks this path (or its group). */
export async function lockedByPolicy(path: LockPath): Promise<boolean> {
  return isLocked(managedOf(await readCachedPolicy()), path);
}

let refresher: (() => Promise<void>) | null = null;

/**
 * Where the real policy can be read and checked (the background, the options page), this keeps the
 * cache fresh when the policy changes; the content script leaves it to them.
 */
export function setPolicyRefresher(refresh: (() => Promise<void>) | null): void {
  refresher = refresh;
}

export async function loadSettings(): Promise<Settings> {
  const [user, policy] = await Promise.all([readUserSettings(), readCachedPolicy()]);
  if (refresher) void refresher().catch((error: unknown) => reportError(error, 'policy refresh'));
  try {
    return applyParsedPolicy(user, policy);
  } catch (error) {
    // A cache written by another version must not stop Tact: act on the user's settings.
    reportError(error, 'policy merge');
    return user;
  }
}

/** Calls back with fresh effective settings whenever the user's settings or the policy change. */
export function watchSettings(callback: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') {
      if (refresher) void refresher().catch((error: unknown) => reportError(error, 'policy refresh'));
      return;
    }
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_CACHE_KEY in changes)) {
      loadSettings().then(callback, (error: unknown) => reportError(error, 'settings reload'));
    }
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
