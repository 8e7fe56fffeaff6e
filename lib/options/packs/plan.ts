/**
 * What importing a pack would change (the preview), doing it, and taking it back.
 *
 * Sections of the pack replace the user's rules, switched-off rules, adapter settings and custom
 * sites; its tags are added or updated by id (never deleted). Parts the organisation's policy
 * manages are left out and listed. Before anything is written, the parts about to change are
 * saved as an undo snapshot in `storage.local`, so the import can be taken back even after the
 * page was closed.
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

export interface UndoSnapshot {
  v: 1;
  at: number;
  name?: string;
  settings: Partial<{ customRules: Settings['framing']['customRules']; disabledRules: string[]; adapters: Settings['adapters']; customSites: Settings['customSites'] }>;
  tags: { added: string[]; before: Array<Pick<Tag, 'id' | 'label' | 'archived'>> };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
  const snapshot: UndoSnapshot = { v: 1, at: (deps.now ?? Date.now)(), settings: {}, tags: { added: [], before: [] } };
  if (name) snapshot.name = name;
  if (plan.rules) snapshot.settings.customRules = structuredClone(user.framing.customRules);
  if (plan.disabled) snapshot.settings.disabledRules = [...user.framing.disabledRules];
  if (plan.adapters) snapshot.settings.adapters = structuredClone(user.adapters);
  if (plan.sites) snapshot.settings.customSites = structuredClone(user.customSites);
  const touched = new Set([...(plan.tags?.renamed ?? []), ...(plan.tags?.archived ?? []), ...(plan.tags?.restored ?? [])]);
  snapshot.tags.before = currentTags.filter((t) => touched.has(t.id)).map((t) => ({ id: t.id, label: { ...t.label }, archived: t.archived }));
  snapshot.tags.added = [...(plan.tags?.added ?? [])];
  await deps.area.set({ [UNDO_KEY]: snapshot });

  const skipped = new Set(plan.skipped);
  await deps.store.update((s) => {
    if (plan.rules && pack.rules?.custom) s.framing.customRules = structuredClone(pack.rules.custom.filter((r) => !skipped.has(r.id)));
    if (plan.disabled && pack.rules?.disabled) s.framing.disabledRules = [...pack.rules.disabled];
    if (plan.adapters && pack.sites?.adapters) s.adapters = Object.fromEntries(Object.entries(structuredClone(pack.sites.adapters)).filter(([id]) => !skipped.has(id)));
    if (plan.sites && pack.sites?.custom) s.customSites = structuredClone(pack.sites.custom.filter((x) => !skipped.has(x.id)));
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
  return value && value.v === 1 && typeof value.at === 'number' && value.settings && value.tags ? value : null;
}

/** Puts back what the import changed: the settings parts as they were, its tags removed or archived, relabelled tags named back. */
export async function undoImport(snapshot: UndoSnapshot, deps: Deps): Promise<void> {
  const before = snapshot.settings;
  await deps.store.update((s) => {
    if (before.customRules) s.framing.customRules = structuredClone(before.customRules);
    if (before.disabledRules) s.framing.disabledRules = [...before.disabledRules];
    if (before.adapters) s.adapters = structuredClone(before.adapters);
    if (before.customSites) s.customSites = structuredClone(before.customSites);
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
