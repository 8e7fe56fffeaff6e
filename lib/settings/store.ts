/**
 * Settings live in `storage.local` under one key. What is read is always complete: missing or
 * malformed parts fall back to defaults part by part, so one bad field never resets the rest.
 * Managed policy (storage.managed) is layered on top in `effective.ts`.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from './model';

export const SETTINGS_KEY = 'settings';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep-merges `value` over `defaults`, keeping only fields whose type matches the default's. */
export function withDefaults<T>(defaults: T, value: unknown): T {
  if (!isObject(defaults)) {
    if (Array.isArray(defaults)) return (Array.isArray(value) ? value : defaults) as T;
    return (typeof value === typeof defaults ? value : defaults) as T;
  }
  if (!isObject(value)) return structuredClone(defaults);
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(defaults), ...Object.keys(value)]);
  for (const key of keys) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const d = (defaults as Record<string, unknown>)[key];
    const v = value[key];
    if (d === undefined) {
      // open-ended maps (adapters by id) keep their entries
      if (v !== undefined) out[key] = v;
    } else out[key] = withDefaults(d, v);
  }
  return out as T;
}

export async function readUserSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return withDefaults(DEFAULT_SETTINGS, stored[SETTINGS_KEY]);
}

export async function writeUserSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
}

export async function updateUserSettings(change: (current: Settings) => Settings | void): Promise<Settings> {
  const current = await readUserSettings();
  const next = change(current) ?? current;
  await writeUserSettings(next);
  return next;
}
