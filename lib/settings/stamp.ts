/**
 * A short fingerprint of the settings that decide what the framing check flags (switched-off rules
 * and custom rules). The content script sends it with each check; the background, whose copy of
 * the settings may lag a change by a moment, reloads them when the fingerprints differ, so an
 * admin's edit shows in the very next check. Kept apart from lib/framing so the content script
 * does not load the rule packs to compute it.
 */
import type { Settings } from './model';

const stamps = new WeakMap<object, string>();

/** FNV-1a over the UTF-16 code units; collisions only cost a reload, never a wrong result. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + text.length.toString(36);
}

export function rulesKey(settings: Pick<Settings, 'framing'>): string {
  return JSON.stringify([settings.framing.disabledRules, settings.framing.customRules]);
}

export function rulesStamp(settings: Pick<Settings, 'framing'>): string {
  const framing = settings.framing as object;
  let stamp = stamps.get(framing);
  if (stamp === undefined) stamps.set(framing, (stamp = hash(rulesKey(settings))));
  return stamp;
}
