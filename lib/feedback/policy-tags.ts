/**
 * The organisation's tags (managed policy `tags`) in the team's tag list: added when missing,
 * relabelled and (un)archived as the policy says, every time the policy changes and when the
 * background starts. Tags the policy does not name are left alone: items refer to them.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import { POLICY_CACHE_KEY, readCachedPolicy } from '../settings/effective';
import type { PolicyTag } from '../settings/merge';
import type { TagStore } from './tags';

export async function applyPolicyTags(store: TagStore, defs: readonly PolicyTag[]): Promise<void> {
  if (defs.length === 0) return;
  await store.ensure(defs.map((d) => ({ id: d.id, label: d.label })));
  const all = await store.all();
  for (const def of defs) {
    const tag = all.find((t) => t.id === def.id);
    // a tag merged away on this machine stays merged: its items already carry the survivor
    if (!tag || tag.mergedInto) continue;
    try {
      const label = { en: def.label.en.trim(), ru: def.label.ru.trim() };
      if ((label.en || label.ru) && (label.en !== tag.label.en || label.ru !== tag.label.ru)) {
        await store.rename(def.id, { en: label.en || label.ru, ru: label.ru || label.en });
      }
      if (tag.archived !== def.archived) await store.setArchived(def.id, def.archived);
    } catch (error) {
      // a clash with a local tag's name must not keep the other policy tags out
      reportError(error, `policy tag ${def.id}`);
    }
  }
}

/** Applies the cached policy's tags now and whenever the cached policy changes. */
export function watchPolicyTags(store: TagStore, signal?: AbortSignal): Promise<void> {
  const apply = () =>
    readCachedPolicy()
      .then((policy) => applyPolicyTags(store, policy.tags))
      .catch((error: unknown) => reportError(error, 'policy tags'));
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && POLICY_CACHE_KEY in changes) void apply();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
  return apply();
}
