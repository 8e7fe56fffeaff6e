/**
 * Reads the real managed policy, checks it (policy.ts) and caches the checked form for every part
 * of Tact (effective.ts). Runs in the background and on the options page — where the validators
 * may load — never in the helpdesk tab.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import { POLICY_CACHE_KEY, POLICY_CACHE_VERSION, setPolicyRefresher, type PolicyCache } from './effective';
import { parsePolicy } from './policy';

export type RawPolicy = Record<string, unknown>;

export async function readManagedPolicy(): Promise<RawPolicy> {
  try {
    const managed = browser.storage.managed;
    if (!managed) return {};
    return ((await managed.get(null)) as RawPolicy | undefined) ?? {};
  } catch {
    // no policy installed: Firefox rejects, Chrome returns {}
    return {};
  }
}

let refreshing: Promise<void> | null = null;

/** Reads the real policy and rewrites the cache when the checked form differs. */
export function refreshPolicyCache(read: () => Promise<RawPolicy> = readManagedPolicy): Promise<void> {
  refreshing ??= (async () => {
    const [raw, stored] = await Promise.all([read(), browser.storage.local.get(POLICY_CACHE_KEY)]);
    const next: PolicyCache = { v: POLICY_CACHE_VERSION, policy: parsePolicy(raw) };
    if (JSON.stringify(next) !== JSON.stringify(stored[POLICY_CACHE_KEY])) await browser.storage.local.set({ [POLICY_CACHE_KEY]: next });
  })()
    .catch((error: unknown) => reportError(error, 'policy refresh'))
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** Makes this context keep the cache fresh (loadSettings and policy changes refresh it). */
export function keepPolicyFresh(): void {
  setPolicyRefresher(() => refreshPolicyCache());
}

/** Writes a policy to the cache as if the browser had pushed it (tests, the demo build). */
export async function cachePolicy(raw: unknown): Promise<void> {
  const next: PolicyCache = { v: POLICY_CACHE_VERSION, policy: parsePolicy(raw) };
  await browser.storage.local.set({ [POLICY_CACHE_KEY]: next });
}
