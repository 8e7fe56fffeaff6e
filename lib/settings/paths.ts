/**
 * The settings a policy or a lock can name, as dotted paths, and how a policy's value for each
 * meets the user's. Plain data with no schema library, so the content script can merge a policy
 * without loading the validators (those run where the policy is read: policy.ts).
 */
import type { Settings } from './model';

export const SETTING_PATH_LIST = [
  'agentName',
  'pausedHosts',
  'adapters',
  'customSites',
  'framing.enabled',
  'framing.holdOnSend',
  'framing.disabledRules',
  'framing.customRules',
  'names.enabled',
  'names.holdOnSend',
  'attachments.enabled',
  'attachments.threshold',
  'attachments.kinds',
  'attachments.disabledSites',
  'attachments.expiryDays',
] as const;

export type SettingPath = (typeof SETTING_PATH_LIST)[number];

/** Paths a lock may name: every setting, its groups, and the team's tags (kept by the feedback log). */
export const LOCK_GROUPS = ['framing', 'names', 'attachments'] as const;
export const LOCKABLE = [...SETTING_PATH_LIST, ...LOCK_GROUPS, 'tags'] as const;
export type LockPath = (typeof LOCKABLE)[number];

/**
 * How a policy value meets the user's: `replace` (the policy's wins), `byId` (entries side by
 * side, the policy's winning on the same id), `union` (both lists), `adapters` (per adapter, per
 * selector).
 */
export type Merge = 'replace' | 'byId' | 'union' | 'adapters';
const MERGE: Partial<Record<SettingPath, Merge>> = {
  'framing.customRules': 'byId',
  customSites: 'byId',
  adapters: 'adapters',
  'framing.disabledRules': 'union',
  'attachments.disabledSites': 'union',
  pausedHosts: 'union',
};
export const mergeOf = (path: SettingPath): Merge => MERGE[path] ?? 'replace';

export function getPath(settings: Settings, path: SettingPath): unknown {
  let at: unknown = settings;
  for (const part of path.split('.')) at = (at as Record<string, unknown> | undefined)?.[part];
  return at;
}

export function setPath(settings: Settings, path: SettingPath, value: unknown): void {
  const parts = path.split('.');
  let at = settings as unknown as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
  at[parts[parts.length - 1]!] = value;
}

/** Whether `lock` covers `path`: the same path, or a group it belongs to. */
export function covers(lock: string, path: string): boolean {
  return path === lock || path.startsWith(`${lock}.`);
}
