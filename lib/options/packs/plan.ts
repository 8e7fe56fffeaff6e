/**
 * What importing a pack would change (the preview), doing it, and taking it back.
 *
 * Sections of the pack replace the user's rules, switched-off rules, adapter settings and custom
 * sites; its tags are added or updated by id (never deleted). Parts the organisation's policy
 * manages are left out and listed. Before anything is written, what the import changes — entry by
 * entry, before and after — is saved as an undo snapshot in `storage.local`, so the import can be
 * taken back even after the page was closed, without taking back what was edited since.
 */
import { checkCustomRule } from '../../framing/custom';
import { foldName } from '../../feedback/defaultTags';
import type { Tag } from '../../feedback/tags';
import type { Localized } from '../../i18n';
import { isLocked } from '../../settings/merge';
import type { Settings } from '../../settings/model';
import type { OptionsState, OptionsStore } from '../store';
import type { TagsClient } from '../tags/client';
import { PACK_VERSION, type Pack } from './schema';

export const UNDO_KEY = 'options.packUndo';

type Part = 'rules.custom' | 'rules.disabled' | 'tags' | 'sites.adapters' | 'sites.custom';

export interface Diff {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ImportPlan {
  pack: Pack;
  rules?: Diff;
  disabled?: { off: string[]; on: string[]; unknown: string[] };
  tags?: { added: string[]; renamed: string[]; archived: string[]; restored: string[] };
  adapters?: Diff;
  sites?: Diff;
  /** Parts the organisation manages: not imported. */
  blocked: Part[];
  /** Entries left out because the organisation has one with the same id. */
  skipped: string[];
  /** Why the import cannot go ahead as it is (a tag name clash); empty when it can. */
  conflicts: Localized[];
  /** Nothing would change. */
  empty: boolean;
}

/** One entry the import added (no `before`), changed, or removed (no `after`). */
export interface EntryChange<T> {
  id: string;
  before?: T;
  after?: T;
}

export interface UndoSnapshot {
  v: 2;
  at: number;
  name?: string;
  settings: Partial<{
    customRules: EntryChange<Settings['framing']['customRules'][number]>[];
    /** Rules the import switched off, and those it switched back on. */
    disabledRules: { off: string[]; on: string[] };
    adapters: EntryChange<Settings['adapters'][string]>[];
    customSites: EntryChange<Settings['customSites'][number]>[];
  }>;
  tags: { added: string[]; before: Array<Pick<Tag, 'id' | 'label' | 'archived'>> };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** Key order aside: what storage gives back may list an entry's keys in another order. */
const canonical = (x: unknown): string =>
  JSON.stringify(x, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v));
const sameValue = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function diffById<T extends { id: string }>(before: readonly T[], after: readonly T[]): Diff {
  const old = new Map(before.map((x) => [x.id, x]));
  const next = new Map(after.map((x) => [x.id, x]));
  return {
    added: after.filter((x) => !old.has(x.id)).map((x) => x.id),
    changed: after.filter((x) => old.has(x.id) && !same(old.get(x.id), x)).map((x) => x.id),
    removed: before.filter((x) => !next.has(x.id)).map((x) => x.id),
  };
}

const total = (d: Diff | undefined) => (d ? d.added.length + d.changed.length + d.removed.length : 0);

/** The preview: what the import would change in these settings and tags. */
export function planImport(pack: Pack, state: OptionsState, tags: readonly Tag[], knownRuleIds: ReadonlySet<string>): ImportPlan {
  const plan: ImportPlan = { pack, blocked: [], skipped: [], conflicts: [], empty: true };
  const user = state.user;
  const locked = (path: Parameters<typeof isLocked>[1]) => isLocked(state.managed, path);

  if (pack.rules?.custom) {
    if (locked('framing.customRules')) plan.blocked.push('rules.custom');
    else {
      const rules = pack.rules.custom.filter((r) => {
        if (!state.managed.ruleIds.has(r.id)) return true;
        plan.skipped.push(r.id);
        return false;
      });
      plan.rules = diffById(user.framing.customRules, rules);
    }
  }
  if (pack.rules?.disabled) {
    if (locked('framing.disabledRules')) plan.blocked.push('rules.disabled');
    else {
      const before = new Set(user.framing.disabledRules);
      const after = new Set(pack.rules.disabled);
      const customIds = new Set([...(pack.rules.custom ?? user.framing.customRules).map((r) => r.id), ...state.managed.ruleIds]);
      plan.disabled = {
        off: [...after].filter((id) => !before.has(id)),
        on: [...before].filter((id) => !after.has(id)),
        unknown: [...after].filter((id) => !knownRuleIds.has(id) && !customIds.has(id)),
      };
    }
  }
  if (pack.tags) {
    if (locked('tags')) plan.blocked.push('tags');
    else {
      const t = { added: [] as string[], renamed: [] as string[], archived: [] as string[], restored: [] as string[] };
      const byId = new Map(tags.map((tag) => [tag.id, tag]));
      for (const def of pack.tags) {
        if (state.managed.tagIds.has(def.id)) {
          plan.skipped.push(def.id);
          continue;
        }
        const mine = byId.get(def.id);
        if (mine?.mergedInto) continue; // merged here: its items already carry the survivor
        const names = new Set([foldName(def.label.en), foldName(def.label.ru)].filter(Boolean));
        const clash = tags.find((other) => other.id !== def.id && !other.mergedInto && (names.has(foldName(other.label.en)) || names.has(foldName(other.label.ru))));
        if (clash && (!mine || !same(mine.label, def.label))) {
          plan.conflicts.push({
            en: `The pack’s tag “${def.label.en || def.label.ru}” (${def.id}) has the name of your tag “${clash.label.en}” (${clash.id}). Rename one of them first.`,
            ru: `Тег набора «${def.label.ru || def.label.en}» (${def.id}) называется так же, как ваш тег «${clash.label.ru}» (${clash.id}). Сначала переименуйте один из них.`,
          });
          continue;
        }
        if (!mine) t.added.push(def.id);
        else {
          if (!same(mine.label, def.label) && (def.label.en.trim() || def.label.ru.trim())) t.renamed.push(def.id);
          if (mine.archived !== def.archived) (def.archived ? t.archived : t.restored).push(def.id);
        }
      }
      plan.tags = t;
    }
  }
  if (pack.sites?.adapters) {
    if (locked('adapters')) plan.blocked.push('sites.adapters');
    else {
      const entries = (s: Settings['adapters']) => Object.entries(s).map(([id, conf]) => ({ id, ...conf }));
      const theirs = Object.fromEntries(Object.entries(pack.sites.adapters).filter(([id]) => !state.managed.adapterIds.has(id) || (plan.skipped.push(id), false)));
      plan.adapters = diffById(entries(user.adapters), entries(theirs));
    }
  }
  if (pack.sites?.custom) {
    if (locked('customSites')) plan.blocked.push('sites.custom');
    else {
      const sites = pack.sites.custom.filter((s) => !state.managed.siteIds.has(s.id) || (plan.skipped.push(s.id), false));
      plan.sites = diffById(user.customSites, sites);
    }
  }
  const d = plan.disabled;
  const tg = plan.tags;
  plan.empty =
    total(plan.rules) + total(plan.adapters) + total(plan.sites) + (d ? d.off.length + d.on.length : 0) + (tg ? tg.added.length + tg.renamed.length + tg.archived.length + tg.restored.length : 0) === 0;
  return plan;
}

interface Deps {
  store: OptionsStore;
  tags: TagsClient;
  area: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  now?: () => number;
}

/** Writes the import: first the undo snapshot, then the settings in one write, then the tags. */
export async function applyImport(plan: ImportPlan, currentTags: readonly Tag[], deps: Deps, name = plan.pack.name): Promise<UndoSnapshot> {
  if (plan.conflicts.length) throw new Error(plan.conflicts[0]!.en);
  const { pack } = plan;
  const user = deps.store.state?.user ?? (await deps.store.reload()).user;
  const skipped = new Set(plan.skipped);
  const next = {
    customRules: plan.rules && pack.rules?.custom ? structuredClone(pack.rules.custom.filter((r) => !skipped.has(r.id))) : undefined,
    disabledRules: plan.disabled && pack.rules?.disabled ? [...pack.rules.disabled] : undefined,
    adapters: plan.adapters && pack.sites?.adapters ? Object.fromEntries(Object.entries(structuredClone(pack.sites.adapters)).filter(([id]) => !skipped.has(id))) : undefined,
    customSites: plan.sites && pack.sites?.custom ? structuredClone(pack.sites.custom.filter((x) => !skipped.has(x.id))) : undefined,
  };
  const snapshot: UndoSnapshot = { v: 2, at: (deps.now ?? Date.now)(), settings: {}, tags: { added: [], before: [] } };
  if (name) snapshot.name = name;
  if (next.customRules) snapshot.settings.customRules = entryChanges(user.framing.customRules, next.customRules);
  if (next.disabledRules) {
    const before = new Set(user.framing.disabledRules);
    const after = new Set(next.disabledRules);
    snapshot.settings.disabledRules = { off: [...after].filter((id) => !before.has(id)), on: [...before].filter((id) => !after.has(id)) };
  }
  if (next.adapters) snapshot.settings.adapters = entryChanges(asEntries(user.adapters), asEntries(next.adapters)).map(fromEntry);
  if (next.customSites) snapshot.settings.customSites = entryChanges(user.customSites, next.customSites);
  const touched = new Set([...(plan.tags?.renamed ?? []), ...(plan.tags?.archived ?? []), ...(plan.tags?.restored ?? [])]);
  snapshot.tags.before = currentTags.filter((t) => touched.has(t.id)).map((t) => ({ id: t.id, label: { ...t.label }, archived: t.archived }));
  snapshot.tags.added = [...(plan.tags?.added ?? [])];
  await deps.area.set({ [UNDO_KEY]: snapshot });

  await deps.store.update((s) => {
    if (next.customRules) s.framing.customRules = next.customRules;
    if (next.disabledRules) s.framing.disabledRules = next.disabledRules;
    if (next.adapters) s.adapters = next.adapters;
    if (next.customSites) s.customSites = next.customSites;
  });

  if (plan.tags && pack.tags) {
    const defs = new Map(pack.tags.map((d) => [d.id, d]));
    if (plan.tags.added.length) await deps.tags.ensure(plan.tags.added.map((id) => ({ id, label: defs.get(id)!.label })));
    for (const id of plan.tags.renamed) await deps.tags.rename(id, defs.get(id)!.label);
    for (const id of [...plan.tags.archived, ...plan.tags.restored]) await deps.tags.archive(id, defs.get(id)!.archived);
    for (const id of plan.tags.added) if (defs.get(id)!.archived) await deps.tags.archive(id, true);
  }
  return snapshot;
}

export async function readUndo(area: Deps['area']): Promise<UndoSnapshot | null> {
  const value = (await area.get(UNDO_KEY))[UNDO_KEY] as UndoSnapshot | undefined;
  // a snapshot from before undo went entry by entry (v1) would restore whole sections: not offered
  return value && value.v === 2 && typeof value.at === 'number' && value.settings && value.tags ? value : null;
}

function entryChanges<T extends { id: string }>(before: readonly T[], after: readonly T[]): EntryChange<T>[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const next = new Map(after.map((x) => [x.id, x]));
  const out: EntryChange<T>[] = [];
  for (const [id, a] of next) {
    const b = old.get(id);
    if (!b) out.push({ id, after: structuredClone(a) });
    else if (!same(a, b)) out.push({ id, before: structuredClone(b), after: structuredClone(a) });
  }
  for (const [id, b] of old) if (!next.has(id)) out.push({ id, before: structuredClone(b) });
  return out;
}

type AdapterEntry = Settings['adapters'][string] & { id: string };
const asEntries = (adapters: Settings['adapters']): AdapterEntry[] => Object.entries(adapters).map(([id, conf]) => ({ id, ...conf }));
const withoutId = ({ id: _id, ...conf }: AdapterEntry): Settings['adapters'][string] => conf;
const fromEntry = (c: EntryChange<AdapterEntry>): EntryChange<Settings['adapters'][string]> => ({
  id: c.id,
  ...(c.before ? { before: withoutId(c.before) } : {}),
  ...(c.after ? { after: withoutId(c.after) } : {}),
});

/**
 * Takes back the import's changes to a list, entry by entry: an entry still as the import left it
 * gets its old value back (or goes, if the import added it); one edited or removed since keeps
 * the edit, and entries added since stay.
 */
function revert<T extends { id: string }>(current: readonly T[], changes: readonly EntryChange<T>[]): T[] {
  const out = [...current];
  for (const c of changes) {
    const at = out.findIndex((x) => x.id === c.id);
    if (c.after) {
      if (at < 0 || !sameValue(out[at], c.after)) continue; // edited or removed since: the later edit wins
      if (c.before) out[at] = structuredClone(c.before);
      else out.splice(at, 1);
    } else if (c.before && at < 0) {
      out.push(structuredClone(c.before));
    }
  }
  return out;
}

/** Puts back what the import changed (and only that): entries by id, its tags removed or archived, relabelled tags named back. */
export async function undoImport(snapshot: UndoSnapshot, deps: Deps): Promise<void> {
  const changes = snapshot.settings;
  await deps.store.update((s) => {
    if (changes.customRules) s.framing.customRules = revert(s.framing.customRules, changes.customRules);
    if (changes.disabledRules) {
      const { off, on } = changes.disabledRules;
      const list = s.framing.disabledRules.filter((id) => !off.includes(id));
      s.framing.disabledRules = [...list, ...on.filter((id) => !list.includes(id))];
    }
    if (changes.adapters) {
      const entries = revert(
        asEntries(s.adapters),
        changes.adapters.map((c) => ({ id: c.id, ...(c.before ? { before: { id: c.id, ...c.before } } : {}), ...(c.after ? { after: { id: c.id, ...c.after } } : {}) })),
      );
      s.adapters = Object.fromEntries(entries.map((e) => [e.id, withoutId(e)]));
    }
    if (changes.customSites) s.customSites = revert(s.customSites, changes.customSites);
  });
  for (const id of snapshot.tags.added) {
    // a tag agents already used since the import keeps its items: archived, not deleted
    await deps.tags.remove(id).catch(() => deps.tags.archive(id, true).catch(() => undefined));
  }
  for (const tag of snapshot.tags.before) {
    await deps.tags.rename(tag.id, tag.label).catch(() => undefined);
    await deps.tags.archive(tag.id, tag.archived).catch(() => undefined);
  }
  await deps.area.remove(UNDO_KEY);
}

/** The user's rules, tags and site settings as a pack (rules that do not compile are left out). */
export function buildPack(user: Settings, tags: readonly Tag[], now = Date.now()): { pack: Pack; leftOut: string[] } {
  const leftOut: string[] = [];
  const taken = new Set<string>();
  const custom = user.framing.customRules.filter((r) => {
    const ok = checkCustomRule(r, { takenIds: taken }).ok;
    taken.add(r.id);
    if (!ok) leftOut.push(r.id);
    return ok;
  });
  return {
    pack: {
      tactPack: PACK_VERSION,
      exportedAt: new Date(now).toISOString(),
      rules: { custom, disabled: [...user.framing.disabledRules] },
      tags: tags.filter((t) => !t.mergedInto).map((t) => ({ id: t.id, label: { ...t.label }, archived: t.archived })),
      sites: { adapters: structuredClone(user.adapters), custom: structuredClone(user.customSites) },
    },
    leftOut,
  };
}
