/**
 * The picker's list without the UI: which tags show for what the agent typed, in which order, and
 * where the highlight goes on a key. The background already sends the tags most used first; typing
 * keeps that order but puts tags whose name (or a word of it) starts with the typed text before
 * tags that merely contain it, so "b" offers "Bug" before a more used "Docs / onboarding".
 */
import { foldName } from '../feedback/fold';
import type { Locale } from '../i18n';
import type { TagWithUse } from '../feedback/messages';

export function tagText(tag: TagWithUse, locale: Locale): string {
  return tag.label[locale] || tag.label.en || tag.label.ru || tag.id;
}

function startsAWord(label: string, q: string): boolean {
  const folded = foldName(label);
  return folded.startsWith(q) || folded.split(/[\s/,.()-]+/).some((w) => w.startsWith(q));
}

/** Tags for the typed text, matching either language's name, ignoring case and ё/е. */
export function rankTags(tags: readonly TagWithUse[], query: string): TagWithUse[] {
  const live = tags.filter((t) => !t.archived);
  const q = foldName(query);
  if (!q) return live;
  const prefix: TagWithUse[] = [];
  const inside: TagWithUse[] = [];
  for (const tag of live) {
    const names = [tag.label.en, tag.label.ru];
    if (names.some((n) => startsAWord(n, q))) prefix.push(tag);
    else if (names.some((n) => foldName(n).includes(q))) inside.push(tag);
  }
  return [...prefix, ...inside];
}

/** Home and End are not among them: in the filter box they move the caret, as the agent expects. */
export type NavKey = 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp';

/** The highlighted row after a navigation key; wraps at the ends, as listboxes in menus do. */
export function moveActive(index: number, key: NavKey, length: number, page = 5): number {
  if (length <= 0) return -1;
  const at = index < 0 ? -1 : Math.min(index, length - 1);
  switch (key) {
    case 'ArrowDown':
      return (at + 1) % length;
    case 'ArrowUp':
      return at <= 0 ? length - 1 : at - 1;
    case 'PageDown':
      return Math.min(length - 1, Math.max(0, at) + page);
    case 'PageUp':
      return Math.max(0, at - page);
  }
}

export function isNavKey(key: string): key is NavKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'PageDown' || key === 'PageUp';
}
