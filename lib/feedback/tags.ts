/**
 * The team's tags, kept as data in `browser.storage.local` so admins can change them without a
 * release. Items store tag ids, never labels: renaming a tag renames it everywhere at once, merging
 * re-tags items (see FeedbackService.mergeTags) and leaves a `mergedInto` pointer behind so old exports
 * that still carry the merged id land on the surviving tag.
 */
import * as v from 'valibot';
import type { Locale, Localized } from '../i18n';
import { DEFAULT_TAGS, foldName } from './defaultTags';
import { FeedbackError } from './errors';
import { TAG_ID_RE } from './schema';
import { serial, type KeyValueArea } from './serial';

export const TAGS_KEY = 'feedback.tags';
export const TAG_LABEL_MAX = 40;

export interface Tag {
  id: string;
  label: Localized;
  archived: boolean;
  /** Set when this tag was merged into another; always archived then. */
  mergedInto?: string;
  /** One of the shipped defaults (the options page may style these differently). */
  builtin: boolean;
  createdAt: number;
}

export interface TagWithUse extends Tag {
  /** Items carrying this tag in the last `USE_WINDOW_DAYS` days: the picker puts the most used first. */
  uses: number;
}

const StoredTagSchema = v.object({
  id: v.pipe(v.string(), v.regex(TAG_ID_RE)),
  label: v.object({ en: v.string(), ru: v.string() }),
  archived: v.optional(v.boolean(), false),
  mergedInto: v.optional(v.pipe(v.string(), v.regex(TAG_ID_RE))),
  builtin: v.optional(v.boolean(), false),
  createdAt: v.optional(v.number(), 0),
});
const StoredTagsSchema = v.object({ v: v.literal(1), tags: v.array(v.unknown()) });

// eslint-disable-next-line no-control-regex
const BAD_LABEL_CHAR = /[\u0000-\u001F\u007F\u2028\u2029]/;

export function cleanLabel(raw: unknown, which: string): string {
  if (typeof raw !== 'string') throw new FeedbackError('tag_label', `${which} label must be text`);
  const label = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (BAD_LABEL_CHAR.test(raw.replace(/[\t\n\r]/g, ' '))) throw new FeedbackError('tag_label', `${which} label has control characters`);
  if (label.length > TAG_LABEL_MAX) throw new FeedbackError('tag_label', `${which} label is longer than ${TAG_LABEL_MAX} characters`);
  return label;
}

function defaults(): Tag[] {
  return DEFAULT_TAGS.map((t) => ({ id: t.id, label: { ...t.label }, archived: false, builtin: true, createdAt: 0 }));
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `t-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export interface TagStoreOptions {
  area: KeyValueArea;
  now?: () => number;
}

export class TagStore {
  private readonly area: KeyValueArea;
  private readonly now: () => number;
  private readonly queue = serial();

  constructor(options: TagStoreOptions) {
    this.area = options.area;
    this.now = options.now ?? Date.now;
  }

  /** Every tag in stored order (defaults first, then the team's own in creation order). */
  async all(): Promise<Tag[]> {
    const raw = (await this.area.get(TAGS_KEY))[TAGS_KEY];
    if (raw === undefined) return defaults();
    const parsed = v.safeParse(StoredTagsSchema, raw);
    if (!parsed.success) {
      // A damaged record must not take the team's tags with it: keep a copy beside it, start again from defaults.
      const fresh = defaults();
      await this.area.set({ [`${TAGS_KEY}.damaged.${this.now()}`]: raw, [TAGS_KEY]: { v: 1, tags: fresh } });
      return fresh;
    }
    const tags: Tag[] = [];
    for (const entry of parsed.output.tags) {
      const tag = v.safeParse(StoredTagSchema, entry);
      if (tag.success && !tags.some((t) => t.id === tag.output.id)) tags.push(tag.output as Tag);
    }
    return tags;
  }

  async list(options: { includeArchived?: boolean } = {}): Promise<Tag[]> {
    const tags = await this.all();
    return options.includeArchived ? tags : tags.filter((t) => !t.archived);
  }

  async get(id: string): Promise<Tag | undefined> {
    return (await this.all()).find((t) => t.id === id);
  }

  /** Follows merge pointers: the id an item should carry for `id`, or undefined if no such tag exists. */
  async resolve(id: string): Promise<string | undefined> {
    return resolveIn(await this.all(), id);
  }

  private async save(tags: Tag[]): Promise<void> {
    await this.area.set({ [TAGS_KEY]: { v: 1, tags } });
  }

  private mutate<T>(fn: (tags: Tag[]) => T | Promise<T>): Promise<T> {
    return this.queue(async () => {
      const tags = await this.all();
      const out = await fn(tags);
      await this.save(tags);
      return out;
    });
  }

  async add(label: Partial<Localized>): Promise<Tag> {
    const en = cleanLabel(label.en ?? '', 'English');
    const ru = cleanLabel(label.ru ?? '', 'Russian');
    if (!en && !ru) throw new FeedbackError('tag_label', 'a tag needs a label');
    const both: Localized = { en: en || ru, ru: ru || en };
    return this.mutate((tags) => {
      assertLabelFree(tags, both, undefined);
      let id = randomId();
      while (tags.some((t) => t.id === id)) id = randomId();
      const tag: Tag = { id, label: both, archived: false, builtin: false, createdAt: this.now() };
      tags.push(tag);
      return tag;
    });
  }

  async rename(id: string, label: Partial<Localized>): Promise<Tag> {
    return this.mutate((tags) => {
      const tag = find(tags, id);
      const en = label.en === undefined ? tag.label.en : cleanLabel(label.en, 'English');
      const ru = label.ru === undefined ? tag.label.ru : cleanLabel(label.ru, 'Russian');
      if (!en && !ru) throw new FeedbackError('tag_label', 'a tag needs a label');
      const next: Localized = { en: en || ru, ru: ru || en };
      assertLabelFree(tags, next, id);
      tag.label = next;
      return { ...tag };
    });
  }

  async setArchived(id: string, archived: boolean): Promise<Tag> {
    return this.mutate((tags) => {
      const tag = find(tags, id);
      if (!archived && tag.mergedInto) throw new FeedbackError('tag_merge', `tag ${id} was merged into ${tag.mergedInto}; it cannot be restored`);
      if (!archived) assertLabelFree(tags, tag.label, id);
      tag.archived = archived;
      return { ...tag };
    });
  }

  /** Marks `from` as merged into `into`. Re-tagging the items is the caller's job (it owns the DB). */
  async markMerged(from: string[], into: string): Promise<void> {
    await this.mutate((tags) => {
      const target = find(tags, into);
      if (target.mergedInto) throw new FeedbackError('tag_merge', `tag ${into} was itself merged into ${target.mergedInto}`);
      for (const id of from) {
        if (id === into) throw new FeedbackError('tag_merge', 'a tag cannot be merged into itself');
        const tag = find(tags, id);
        tag.archived = true;
        tag.mergedInto = into;
      }
      // Earlier merges into a now-merged tag point straight at the survivor, so chains stay one hop.
      for (const tag of tags) if (tag.mergedInto && from.includes(tag.mergedInto)) tag.mergedInto = into;
    });
  }

  async remove(id: string): Promise<void> {
    await this.mutate((tags) => {
      const i = tags.findIndex((t) => t.id === id);
      if (i < 0) throw new FeedbackError('not_found', `no tag ${id}`);
      if (tags.some((t) => t.mergedInto === id)) throw new FeedbackError('tag_in_use', `other tags were merged into ${id}`);
      tags.splice(i, 1);
    });
  }

  /**
   * Adds tags that items refer to but this machine has never seen (a teammate's import, names from
   * a v1 database). Existing ids keep their local labels. Returns the ids that were added.
   */
  async ensure(defs: { id: string; label: Localized }[]): Promise<string[]> {
    if (defs.length === 0) return [];
    return this.mutate((tags) => {
      const added: string[] = [];
      for (const def of defs) {
        if (!TAG_ID_RE.test(def.id) || tags.some((t) => t.id === def.id)) continue;
        const en = safeLabel(def.label.en) || safeLabel(def.label.ru) || def.id;
        const ru = safeLabel(def.label.ru) || en;
        tags.push({ id: def.id, label: { en, ru }, archived: false, builtin: false, createdAt: this.now() });
        added.push(def.id);
      }
      return added;
    });
  }
}

function safeLabel(raw: string | undefined): string {
  try {
    return cleanLabel(raw ?? '', 'tag');
  } catch {
    return '';
  }
}

function find(tags: Tag[], id: string): Tag {
  const tag = tags.find((t) => t.id === id);
  if (!tag) throw new FeedbackError('not_found', `no tag ${id}`);
  return tag;
}

function assertLabelFree(tags: Tag[], label: Localized, self: string | undefined): void {
  const mine = new Set([foldName(label.en), foldName(label.ru)]);
  for (const other of tags) {
    if (other.id === self || other.mergedInto) continue;
    if (mine.has(foldName(other.label.en)) || mine.has(foldName(other.label.ru))) {
      throw new FeedbackError(
        'tag_exists',
        `a tag called "${other.label.en}" / "${other.label.ru}" already exists${other.archived ? ' (archived: restore it instead)' : ''}`,
      );
    }
  }
}

export function resolveIn(tags: readonly Tag[], id: string): string | undefined {
  let current = tags.find((t) => t.id === id);
  for (let hops = 0; current?.mergedInto && hops < 8; hops++) {
    const next = current.mergedInto;
    current = tags.find((t) => t.id === next);
  }
  return current?.id;
}

/** The label a lead or agent reads, in their language; an unknown id shows as itself. */
export function tagLabel(tags: readonly Tag[], id: string, locale: Locale): string {
  const tag = tags.find((t) => t.id === id);
  return tag ? tag.label[locale] || tag.label.en : id;
}

/**
 * The picker's order: most used first, the team's stored order breaking ties, archived tags left
 * out. `uses` counts items per tag id.
 */
export function orderByUse(tags: readonly Tag[], uses: ReadonlyMap<string, number>): TagWithUse[] {
  return tags
    .map((tag, index) => ({ tag, index, uses: uses.get(tag.id) ?? 0 }))
    .filter(({ tag }) => !tag.archived)
    .sort((a, b) => b.uses - a.uses || a.index - b.index)
    .map(({ tag, uses: n }) => ({ ...tag, uses: n }));
}

/** Type-to-filter for the picker: matches either language's label, ignoring case and ё/е. */
export function filterTags<T extends Tag>(tags: readonly T[], query: string): T[] {
  const q = foldName(query);
  if (!q) return [...tags];
  return tags.filter((t) => foldName(t.label.en).includes(q) || foldName(t.label.ru).includes(q));
}
