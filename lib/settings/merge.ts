/**
 * How a checked policy meets the user's settings, and what it manages. No validation here (that is
 * policy.ts, which produces `ParsedPolicy`): this part runs in the content script too, on the
 * checked policy the background caches.
 *
 * - a setting the policy sets wins over the user's and shows as managed;
 * - collections keep the user's entries beside the policy's: custom rules and custom sites by id
 *   (the policy's win on the same id), adapters by adapter id and selector, switched-off rules and
 *   sites as a union — so a team adds its own rules to the company's unless the company locks them;
 * - a lock makes a setting the policy's alone: the user's value is ignored (the policy's, or the
 *   default when the policy sets none) and the options page will not edit it.
 */
import type { Localized } from '../i18n';
import { DEFAULT_SETTINGS, type Settings } from './model';
import { covers, getPath, mergeOf, setPath, SETTING_PATH_LIST, type LockPath, type SettingPath } from './paths';

export interface PolicyProblem {
  /** Where in the policy: `settings.framing.customRules[2]`, `locks[0]`. */
  where: string;
  message: Localized;
}

/** A tag the organisation defines (id kept by the feedback log, labels in both languages). */
export interface PolicyTag {
  id: string;
  label: Localized;
  archived: boolean;
}

/** A policy after checking: only values that passed, by setting path. Plain JSON (it is cached). */
export interface ParsedPolicy {
  values: Partial<Record<SettingPath, unknown>>;
  locks: LockPath[];
  tags: PolicyTag[];
  problems: PolicyProblem[];
}

export const EMPTY_POLICY: ParsedPolicy = { values: {}, locks: [], tags: [], problems: [] };

const idsOf = (list: unknown): Set<string> => new Set(Array.isArray(list) ? list.map((x: { id: string }) => x.id) : []);

/** The settings Tact acts on: the user's, with the policy laid over them. */
export function applyParsedPolicy(user: Settings, policy: ParsedPolicy): Settings {
  const out = structuredClone(user);
  for (const path of SETTING_PATH_LIST) {
    if (policy.locks.some((lock) => covers(lock, path))) setPath(out, path, structuredClone(getPath(DEFAULT_SETTINGS, path)));
  }
  for (const path of Object.keys(policy.values) as SettingPath[]) {
    if (!(SETTING_PATH_LIST as readonly string[]).includes(path)) continue;
    const value = structuredClone(policy.values[path]);
    const mine = getPath(out, path);
    switch (mergeOf(path)) {
      case 'byId': {
        const theirs = idsOf(value);
        setPath(out, path, [...(value as { id: string }[]), ...(mine as { id: string }[]).filter((x) => !theirs.has(x.id))]);
        break;
      }
      case 'union':
        setPath(out, path, [...new Set([...(value as string[]), ...(mine as string[])])]);
        break;
      case 'adapters': {
        const merged = { ...(mine as Settings['adapters']) };
        for (const [id, conf] of Object.entries(value as Settings['adapters'])) {
          merged[id] = { enabled: conf.enabled, selectors: { ...merged[id]?.selectors, ...conf.selectors } };
        }
        setPath(out, path, merged);
        break;
      }
      default:
        setPath(out, path, value);
    }
  }
  return out;
}

/** What the policy manages, for the options page's badges and for refusing edits. */
export interface Managed {
  locks: readonly LockPath[];
  /** Paths the policy gives a value for. */
  values: ReadonlySet<SettingPath>;
  ruleIds: ReadonlySet<string>;
  siteIds: ReadonlySet<string>;
  adapterIds: ReadonlySet<string>;
  tagIds: ReadonlySet<string>;
}

export function managedOf(policy: ParsedPolicy): Managed {
  return {
    locks: policy.locks,
    values: new Set(Object.keys(policy.values) as SettingPath[]),
    ruleIds: idsOf(policy.values['framing.customRules']),
    siteIds: idsOf(policy.values.customSites),
    adapterIds: new Set(Object.keys((policy.values.adapters as object | undefined) ?? {})),
    tagIds: new Set(policy.tags.map((t) => t.id)),
  };
}

/** Locked: the user's value is ignored and cannot be edited (a lock on it or on its group). */
export function isLocked(managed: Managed, path: LockPath): boolean {
  return managed.locks.some((lock) => covers(lock, path));
}

/**
 * Managed as a whole: locked, or a single value the policy sets. Collections are managed entry by
 * entry (`ruleIds`, `siteIds`, `adapterIds`, `tagIds`) unless locked.
 */
export function isManaged(managed: Managed, path: SettingPath): boolean {
  return isLocked(managed, path) || (managed.values.has(path) && mergeOf(path) === 'replace');
}

/**
 * Which of the user's edits (before → after) the policy forbids: a locked path, a value the policy
 * sets, an entry with the id of one of the policy's. Empty when the edit is allowed.
 */
export function forbiddenEdits(before: Settings, after: Settings, managed: Managed): string[] {
  const out: string[] = [];
  for (const path of SETTING_PATH_LIST) {
    const a = getPath(before, path);
    const b = getPath(after, path);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (isManaged(managed, path)) {
      out.push(path);
      continue;
    }
    const merge = mergeOf(path);
    if (merge === 'byId') {
      const theirs = path === 'customSites' ? managed.siteIds : managed.ruleIds;
      for (const id of changedIds(a as { id: string }[], b as { id: string }[])) if (theirs.has(id)) out.push(`${path}.${id}`);
    } else if (merge === 'adapters') {
      const ra = a as Settings['adapters'];
      const rb = b as Settings['adapters'];
      for (const id of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
        if (JSON.stringify(ra[id]) !== JSON.stringify(rb[id]) && managed.adapterIds.has(id)) out.push(`adapters.${id}`);
      }
    }
  }
  return out;
}

function changedIds(a: { id: string }[], b: { id: string }[]): string[] {
  const before = new Map(a.map((x) => [x.id, JSON.stringify(x)]));
  const after = new Map(b.map((x) => [x.id, JSON.stringify(x)]));
  const out: string[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) if (before.get(id) !== after.get(id)) out.push(id);
  return out;
}
