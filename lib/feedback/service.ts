/**
 * Everything the background does with feedback: logging with duplicate detection, undo, queries,
 * stats, tag merges, imports and the outbox retry. Message handlers (./handlers) are thin wrappers
 * over these methods, and tests drive the class directly against fake-indexeddb.
 *
 * Durability contract of `log`: when it resolves the item is committed to IndexedDB (strict
 * durability); when it rejects with `quota` or `write_failed` the item is in the outbox and will be
 * stored by a later retry; only `unsaved` means nothing took it and the caller must keep it.
 */
import { customerKey, checkItem, guessLanguage, ITEM_SCHEMA_VERSION, newItemId, normalizeQuote, type Customer, type FeedbackItem } from './schema';
import { clearPendingTags, idsWithTags, inTransaction, openFeedbackDb, readPendingTags, retagItems, type FeedbackDb } from './db';
import { describeCause, FeedbackError, isQuotaError } from './errors';
import { Outbox, type OutboxEntry } from './outbox';
import { serial, type KeyValueArea } from './serial';
import { orderByUse, resolveIn, TagStore, type Tag, type TagWithUse } from './tags';
import { localZone, weekOf, type Zone } from '../leads/weeks';
import type { Localized } from '../i18n';
import { SAMPLE_HELPDESK } from './constants';

/** What the content script sends when the agent picks a tag. */
export interface FeedbackDraft {
  /** Made by the caller (`crypto.randomUUID()`) so that resending after a lost reply is harmless. */
  id?: string;
  tags: string[];
  quote: string;
  customer?: Customer;
  helpdesk: string;
  ticketId: string;
  ticketUrl: string;
  /** BCP 47 language of the quote; guessed from its script when absent. */
  language?: string;
  /** The agent's name from the options; the background fills it in when absent. */
  agent?: string;
  note?: string;
  createdAt?: number;
}

export interface LogResult {
  item: FeedbackItem;
  /** True when this quote with this tag was already logged on this ticket: `item` is the earlier one. */
  duplicate: boolean;
}

export interface ItemQuery {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive. */
  to?: number;
  /** Items with any of these tags. */
  tags?: string[];
  helpdesks?: string[];
  agents?: string[];
  ticket?: { helpdesk: string; ticketId: string };
  /** Newest first unless 'asc'. */
  order?: 'asc' | 'desc';
  offset?: number;
  /** At most MAX_PAGE; page through bigger results with `offset`. */
  limit?: number;
}

export interface QueryResult {
  items: FeedbackItem[];
  /** Matching items before offset/limit. */
  total: number;
  /** Ids among `items` still in the outbox (logged, not yet in IndexedDB). */
  pending: string[];
}

export interface TagCount {
  tagId: string;
  items: number;
  customers: number;
}

export interface FeedbackStats {
  total: number;
  /** Items waiting in the outbox. */
  pending: number;
  /** Records an upgrade could not read, kept aside. */
  quarantined: number;
  /** Epoch day of this week's Monday in the background's zone. */
  weekMonday: number;
  thisWeek: { items: number; customers: number };
  lastWeek: { items: number; customers: number };
  /** This week's tags, most items first (at most 5). */
  topTags: TagCount[];
}

export interface ImportTagDef {
  id: string;
  label: Localized;
}

export interface ImportResult {
  added: number;
  /** Already stored (same id), so skipped: an item imported twice counts once. */
  skipped: number;
  /** Tags the import created on this machine. */
  tagsAdded: string[];
}

export const UNDO_WINDOW_MS = 15 * 60_000;
export const MAX_PAGE = 20_000;
export const USE_WINDOW_DAYS = 30;
const MAX_STAGED_ITEMS = 500_000;
const STAGE_TTL_MS = 30 * 60_000;

export interface FeedbackServiceOptions {
  area: KeyValueArea;
  dbName?: string;
  now?: () => number;
  zone?: Zone;
  /** The agent's name as set in the options. */
  agentName?: () => Promise<string>;
  /** Told how many items wait in the outbox after each change, to arm or clear the retry alarm. */
  onOutbox?: (pending: number) => void;
}

interface Staged {
  items: Map<string, FeedbackItem>;
  tags: Map<string, ImportTagDef>;
  touched: number;
}

export class FeedbackService {
  readonly tags: TagStore;
  readonly outbox: Outbox;
  private readonly now: () => number;
  private readonly zone: Zone;
  private readonly dbName: string | undefined;
  private readonly agentName: () => Promise<string>;
  private readonly onOutbox: (pending: number) => void;
  private dbPromise: Promise<FeedbackDb> | undefined;
  /** Logs, undos, flushes and imports run one at a time so duplicate checks see each other's writes. */
  private readonly queue = serial();
  private readonly staged = new Map<string, Staged>();

  constructor(options: FeedbackServiceOptions) {
    this.tags = new TagStore({ area: options.area, now: options.now });
    this.outbox = new Outbox(options.area);
    this.now = options.now ?? Date.now;
    this.zone = options.zone ?? localZone;
    this.dbName = options.dbName;
    this.agentName = options.agentName ?? (async () => '');
    this.onOutbox = options.onOutbox ?? (() => undefined);
  }

  /** Opens (and upgrades) the database once; a failed open is retried on the next call. */
  db(): Promise<FeedbackDb> {
    if (!this.dbPromise) {
      const opening = openFeedbackDb({
        name: this.dbName,
        onTerminated: () => {
          this.dbPromise = undefined;
        },
      }).then(async (db) => {
        await this.adoptPendingTags(db);
        return db;
      });
      this.dbPromise = opening;
      opening.catch(() => {
        if (this.dbPromise === opening) this.dbPromise = undefined;
      });
    }
    return this.dbPromise;
  }

  async close(): Promise<void> {
    const db = await this.dbPromise?.catch(() => undefined);
    db?.close();
    this.dbPromise = undefined;
  }

  /** Tag names an upgrade met go into the tag store; the DB keeps them until that has happened. */
  private async adoptPendingTags(db: FeedbackDb): Promise<void> {
    const pending = await readPendingTags(db);
    if (pending.length === 0) return;
    await this.tags.ensure(pending.map((t) => ({ id: t.id, label: { en: t.name, ru: t.name } })));
    await clearPendingTags(db);
  }

  // ---------------------------------------------------------------- logging

  async log(draft: FeedbackDraft): Promise<LogResult> {
    const item = await this.buildItem(draft);
    return this.queue(async () => {
      const pendingDup = await this.findInOutbox(item);
      if (pendingDup) return { item: pendingDup, duplicate: true };

      let queued = true;
      let queueError: unknown;
      try {
        await this.outbox.put({ item, queuedAt: this.now(), attempts: 0 });
      } catch (error) {
        queued = false;
        queueError = error;
      }

      try {
        const db = await this.db();
        const result = await storeOne(db, item);
        if (queued) await this.outbox.remove(item.id).catch(() => undefined);
        return result;
      } catch (error) {
        if (!queued) {
          throw new FeedbackError(
            'unsaved',
            `could not save the item (${describeCause(error)}) nor queue it (${describeCause(queueError)}); keep it and try again`,
          );
        }
        await this.outbox.put({ item, queuedAt: this.now(), attempts: 1, lastError: describeCause(error) }).catch(() => undefined);
        this.onOutbox(await this.pendingCount());
        if (isQuotaError(error)) {
          throw new FeedbackError('quota', `storage is full; the item is kept and will be saved when space is freed (${describeCause(error)})`);
        }
        throw new FeedbackError('write_failed', `the item could not be written yet; it is kept and will be retried (${describeCause(error)})`);
      }
    });
  }

  private async buildItem(draft: FeedbackDraft): Promise<FeedbackItem> {
    if (!draft || typeof draft !== 'object') throw new FeedbackError('invalid', 'no item to log');
    const tagsIn = Array.isArray(draft.tags) ? draft.tags : [];
    if (tagsIn.length === 0) throw new FeedbackError('invalid', 'pick at least one tag');
    const all = await this.tags.all();
    const tags: string[] = [];
    for (const raw of tagsIn) {
      const id = typeof raw === 'string' ? resolveIn(all, raw) : undefined;
      if (!id) throw new FeedbackError('unknown_tag', `no tag ${JSON.stringify(raw)}`);
      if (!tags.includes(id)) tags.push(id);
    }
    const quote = typeof draft.quote === 'string' ? draft.quote.trim() : draft.quote;
    const customer: Customer = {};
    for (const key of ['name', 'email', 'userId'] as const) {
      const value = draft.customer?.[key];
      if (typeof value === 'string' && value.trim()) customer[key] = value.trim();
    }
    const candidate: Record<string, unknown> = {
      schemaVersion: ITEM_SCHEMA_VERSION,
      id: draft.id ?? newItemId(),
      tags,
      quote,
      customer,
      helpdesk: draft.helpdesk,
      ticketId: typeof draft.ticketId === 'string' ? draft.ticketId.trim() : draft.ticketId,
      ticketUrl: draft.ticketUrl,
      language: draft.language || (typeof quote === 'string' ? guessLanguage(quote) : 'und'),
      createdAt: draft.createdAt ?? this.now(),
      agent: draft.agent ?? (await this.agentName().catch(() => '')),
    };
    const note = typeof draft.note === 'string' ? draft.note.trim() : draft.note;
    if (note) candidate.note = note;
    const checked = checkItem(candidate);
    if (!checked.ok) {
      throw new FeedbackError('invalid', checked.issues.map((i) => `${i.field || 'item'}: ${i.code}${i.key ? ` (${i.key})` : ''}`).join('; '));
    }
    return checked.value;
  }

  private async findInOutbox(item: FeedbackItem): Promise<FeedbackItem | undefined> {
    const entries = await this.outbox.list().catch(() => [] as OutboxEntry[]);
    return entries.map((e) => e.item).find((other) => other.id === item.id || isDuplicate(other, item));
  }

  private async pendingCount(): Promise<number> {
    return (await this.outbox.list().catch(() => [])).length;
  }

  /**
   * Stores what the outbox holds. Runs at start-up, before each log, and from the retry alarm.
   * Stops at the first quota error: the rest would hit the same wall.
   */
  async flushOutbox(): Promise<{ stored: number; remaining: number }> {
    return this.queue(async () => {
      const entries = await this.outbox.list();
      if (entries.length === 0) return { stored: 0, remaining: 0 };
      let db: FeedbackDb;
      try {
        db = await this.db();
      } catch {
        this.onOutbox(entries.length);
        return { stored: 0, remaining: entries.length };
      }
      const all = await this.tags.all();
      let stored = 0;
      for (const entry of entries) {
        try {
          // A tag merged while the item waited is re-pointed now, as a merge would have done.
          const tags = [...new Set(entry.item.tags.map((t) => resolveIn(all, t) ?? t))];
          await storeOne(db, { ...entry.item, tags });
          await this.outbox.remove(entry.item.id);
          stored++;
        } catch (error) {
          await this.outbox.put({ ...entry, attempts: entry.attempts + 1, lastError: describeCause(error) }).catch(() => undefined);
          if (isQuotaError(error)) break;
        }
      }
      const remaining = entries.length - stored;
      this.onOutbox(remaining);
      return { stored, remaining };
    });
  }

  async undo(id: string): Promise<{ removed: true }> {
    if (typeof id !== 'string' || !id) throw new FeedbackError('invalid', 'no item id');
    return this.queue(async () => {
      const queued = await this.outbox.get(id);
      const db = await this.db().catch(() => undefined);
      const stored = await db?.get('items', id);
      const item = stored ?? queued?.item;
      if (!item) throw new FeedbackError('not_found', `no item ${id}`);
      if (this.now() - item.createdAt > UNDO_WINDOW_MS) {
        throw new FeedbackError('undo_expired', `item ${id} was logged more than ${UNDO_WINDOW_MS / 60_000} minutes ago`);
      }
      if (queued) await this.outbox.remove(id);
      if (stored && db) await db.delete('items', id);
      if (queued) this.onOutbox(await this.pendingCount());
      return { removed: true };
    });
  }

  // ---------------------------------------------------------------- reading

  async query(q: ItemQuery = {}): Promise<QueryResult> {
    const db = await this.db();
    let items: FeedbackItem[];
    if (q.ticket) {
      items = await db.getAllFromIndex('items', 'ticket', [q.ticket.helpdesk, q.ticket.ticketId]);
    } else if (q.from !== undefined || q.to !== undefined) {
      const lower = q.from ?? -Infinity;
      const upper = q.to ?? Infinity;
      const range =
        q.from !== undefined && q.to !== undefined
          ? IDBKeyRange.bound(lower, upper, false, true)
          : q.from !== undefined
            ? IDBKeyRange.lowerBound(lower)
            : IDBKeyRange.upperBound(upper, true);
      items = await db.getAllFromIndex('items', 'createdAt', range);
    } else {
      items = await db.getAll('items');
    }
    const stored = new Set(items.map((i) => i.id));
    const pending: string[] = [];
    for (const entry of await this.outbox.list().catch(() => [] as OutboxEntry[])) {
      if (!stored.has(entry.item.id)) {
        items.push(entry.item);
        pending.push(entry.item.id);
      }
    }
    const tagSet = q.tags?.length ? new Set(q.tags) : undefined;
    const helpdesks = q.helpdesks?.length ? new Set(q.helpdesks) : undefined;
    const agents = q.agents?.length ? new Set(q.agents) : undefined;
    const matched = items.filter(
      (i) =>
        (q.from === undefined || i.createdAt >= q.from) &&
        (q.to === undefined || i.createdAt < q.to) &&
        (!q.ticket || (i.helpdesk === q.ticket.helpdesk && i.ticketId === q.ticket.ticketId)) &&
        (!tagSet || i.tags.some((t) => tagSet.has(t))) &&
        (!helpdesks || helpdesks.has(i.helpdesk)) &&
        (!agents || agents.has(i.agent)),
    );
    matched.sort((a, b) => (q.order === 'asc' ? a.createdAt - b.createdAt : b.createdAt - a.createdAt) || (a.id < b.id ? -1 : 1));
    const offset = Math.max(0, Math.floor(q.offset ?? 0));
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(q.limit ?? MAX_PAGE)));
    const page = matched.slice(offset, offset + limit);
    const pendingSet = new Set(pending);
    return { items: page, total: matched.length, pending: page.filter((i) => pendingSet.has(i.id)).map((i) => i.id) };
  }

  async stats(): Promise<FeedbackStats> {
    const db = await this.db();
    const now = this.now();
    const monday = weekOf(now, this.zone);
    const since = now - 15 * 86_400_000;
    const recent = await db.getAllFromIndex('items', 'createdAt', IDBKeyRange.lowerBound(since));
    const cell = () => ({ items: 0, customers: new Set<string>() });
    const thisWeek = cell();
    const lastWeek = cell();
    const byTag = new Map<string, ReturnType<typeof cell>>();
    for (const item of recent) {
      const week = weekOf(item.createdAt, this.zone);
      const key = customerKey(item);
      const target = week === monday ? thisWeek : week === monday - 7 ? lastWeek : undefined;
      if (!target) continue;
      target.items++;
      target.customers.add(key);
      if (target !== thisWeek) continue;
      for (const tag of item.tags) {
        const c = byTag.get(tag) ?? cell();
        c.items++;
        c.customers.add(key);
        byTag.set(tag, c);
      }
    }
    const topTags = [...byTag]
      .map(([tagId, c]) => ({ tagId, items: c.items, customers: c.customers.size }))
      .sort((a, b) => b.customers - a.customers || b.items - a.items || a.tagId.localeCompare(b.tagId))
      .slice(0, 5);
    return {
      total: await db.count('items'),
      pending: await this.pendingCount(),
      quarantined: await db.count('quarantine'),
      weekMonday: monday,
      thisWeek: { items: thisWeek.items, customers: thisWeek.customers.size },
      lastWeek: { items: lastWeek.items, customers: lastWeek.customers.size },
      topTags,
    };
  }

  // ---------------------------------------------------------------- tags

  /** Active tags for the picker, most used in the last 30 days first. */
  async tagsByUse(): Promise<TagWithUse[]> {
    const uses = new Map<string, number>();
    const db = await this.db().catch(() => undefined);
    if (db) {
      const since = this.now() - USE_WINDOW_DAYS * 86_400_000;
      let cursor = await db.transaction('items').store.index('createdAt').openCursor(IDBKeyRange.lowerBound(since));
      while (cursor) {
        for (const t of cursor.value.tags) uses.set(t, (uses.get(t) ?? 0) + 1);
        cursor = await cursor.continue();
      }
    }
    return orderByUse(await this.tags.all(), uses);
  }

  /** Items per tag id, all time, the outbox included (the options page's tag list). */
  async tagCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const db = await this.db();
    const tx = db.transaction('items');
    let cursor = await tx.store.index('tag').openKeyCursor();
    while (cursor) {
      const tag = String(cursor.key);
      counts[tag] = (counts[tag] ?? 0) + 1;
      cursor = await cursor.continue();
    }
    await tx.done;
    const stored = new Set<string>();
    for (const entry of await this.outbox.list().catch(() => [] as OutboxEntry[])) {
      if (stored.has(entry.item.id)) continue;
      stored.add(entry.item.id);
      if ((await db.getKey('items', entry.item.id)) !== undefined) continue;
      for (const tag of entry.item.tags) counts[tag] = (counts[tag] ?? 0) + 1;
    }
    return counts;
  }

  /** Re-tags every item from `from` to `into`, then archives `from` with a pointer to `into`. */
  async mergeTags(from: string[], into: string): Promise<{ retagged: number }> {
    if (!Array.isArray(from) || from.length === 0) throw new FeedbackError('tag_merge', 'choose the tags to merge');
    return this.queue(async () => {
      const all = await this.tags.all();
      const target = all.find((t) => t.id === into);
      if (!target) throw new FeedbackError('not_found', `no tag ${into}`);
      if (target.mergedInto) throw new FeedbackError('tag_merge', `tag ${into} was itself merged into ${target.mergedInto}`);
      for (const id of from) {
        if (id === into) throw new FeedbackError('tag_merge', 'a tag cannot be merged into itself');
        if (!all.some((t) => t.id === id)) throw new FeedbackError('not_found', `no tag ${id}`);
      }
      const retagged = await retagItems(await this.db(), from, into);
      await this.tags.markMerged(from, into);
      return { retagged };
    });
  }

  /** Deletes a tag no item has ever used; used tags are archived instead, so their history stays readable. */
  async deleteTag(id: string): Promise<void> {
    return this.queue(async () => {
      const used = await idsWithTags(await this.db(), [id]);
      const queued = (await this.outbox.list()).some((e) => e.item.tags.includes(id));
      if (used.length > 0 || queued) throw new FeedbackError('tag_in_use', `${used.length} items carry tag ${id}; archive it instead`);
      await this.tags.remove(id);
    });
  }

  // ---------------------------------------------------------------- import

  /** Which of `ids` this machine already has (stored or queued). */
  async existingIds(ids: string[]): Promise<string[]> {
    if (!Array.isArray(ids)) throw new FeedbackError('invalid', 'ids must be a list');
    const db = await this.db();
    const tx = db.transaction('items');
    const found: string[] = [];
    for (const id of ids) if (typeof id === 'string' && (await tx.store.getKey(id)) !== undefined) found.push(id);
    await tx.done;
    const queued = new Set((await this.outbox.list().catch(() => [] as OutboxEntry[])).map((e) => e.item.id));
    for (const id of ids) if (queued.has(id) && !found.includes(id)) found.push(id);
    return found;
  }

  /** Collects one chunk of an import; nothing is written until `commitImport`. */
  stageImport(session: string, items: unknown[], tags: ImportTagDef[] = []): { staged: number } {
    this.dropStaleStages();
    if (typeof session !== 'string' || !session) throw new FeedbackError('import_session', 'no import session');
    if (!Array.isArray(items)) throw new FeedbackError('import_invalid', 'items must be a list');
    const stage = this.staged.get(session) ?? { items: new Map(), tags: new Map(), touched: 0 };
    stage.touched = this.now();
    items.forEach((raw, index) => {
      const checked = checkItem(raw);
      if (!checked.ok) {
        throw new FeedbackError('import_invalid', `item ${index + 1}: ${checked.issues.map((i) => `${i.field || 'item'} ${i.code}`).join(', ')}`);
      }
      if (!stage.items.has(checked.value.id)) stage.items.set(checked.value.id, checked.value);
    });
    for (const def of Array.isArray(tags) ? tags : []) {
      if (def && typeof def.id === 'string' && def.label && !stage.tags.has(def.id)) stage.tags.set(def.id, { id: def.id, label: { en: String(def.label.en ?? ''), ru: String(def.label.ru ?? '') } });
    }
    if (stage.items.size > MAX_STAGED_ITEMS) {
      this.staged.delete(session);
      throw new FeedbackError('import_invalid', `an import may hold at most ${MAX_STAGED_ITEMS} items`);
    }
    this.staged.set(session, stage);
    return { staged: stage.items.size };
  }

  discardImport(session: string): void {
    this.staged.delete(session);
  }

  /**
   * Writes a staged import in one transaction: all of it or, on any failure, none of it. Items whose
   * id is already here are skipped, never overwritten — an import cannot change what exists.
   * `newTags: false` (the policy locks the tag list) refuses an import that would add a tag.
   */
  async commitImport(session: string, options: { newTags?: boolean } = {}): Promise<ImportResult> {
    const stage = this.staged.get(session);
    if (!stage) throw new FeedbackError('import_session', 'this import expired or was already committed; load the files again');
    this.staged.delete(session);
    return this.queue(async () => {
      const db = await this.db();
      const before = await this.tags.all();
      const defs: ImportTagDef[] = [];
      for (const item of stage.items.values()) {
        for (const tag of item.tags) {
          if (resolveIn(before, tag) || defs.some((d) => d.id === tag)) continue;
          const def = stage.tags.get(tag);
          if (!def) throw new FeedbackError('import_invalid', `tag ${tag} is neither known here nor defined in the import`);
          defs.push(def);
        }
      }
      if (defs.length && options.newTags === false) {
        throw new FeedbackError('tags_locked', `the import would add tags ${defs.map((d) => d.id).join(', ')}, and the organisation's policy locks the tag list`);
      }
      const tagsAdded = await this.tags.ensure(defs);
      const all = await this.tags.all();
      const queued = new Set((await this.outbox.list().catch(() => [] as OutboxEntry[])).map((e) => e.item.id));
      let added = 0;
      let skipped = 0;
      try {
        await inTransaction(db, async (tx) => {
          for (const item of stage.items.values()) {
            if (queued.has(item.id) || (await tx.store.getKey(item.id)) !== undefined) {
              skipped++;
              continue;
            }
            const tags = [...new Set(item.tags.map((t) => resolveIn(all, t) ?? t))];
            await tx.store.add({ ...item, tags });
            added++;
          }
        });
      } catch (error) {
        // The transaction rolled back; take back the tags made for it so the failed import leaves no trace.
        for (const id of tagsAdded) await this.tags.remove(id).catch(() => undefined);
        if (isQuotaError(error)) throw new FeedbackError('quota', `storage is full; nothing was imported (${describeCause(error)})`);
        throw new FeedbackError('write_failed', `nothing was imported (${describeCause(error)})`);
      }
      return { added, skipped, tagsAdded };
    });
  }

  private dropStaleStages(): void {
    const now = this.now();
    for (const [id, stage] of this.staged) if (now - stage.touched > STAGE_TTL_MS) this.staged.delete(id);
  }

  /** Deletes the sample items ("Load sample data") and nothing else. */
  async clearSamples(): Promise<{ removed: number }> {
    return this.queue(async () => {
      const db = await this.db();
      const tx = db.transaction('items', 'readwrite');
      let removed = 0;
      let cursor = await tx.store.openCursor();
      while (cursor) {
        if (cursor.value.helpdesk === SAMPLE_HELPDESK) {
          await cursor.delete();
          removed++;
        }
        cursor = await cursor.continue();
      }
      await tx.done;
      return { removed };
    });
  }

  async allTags(): Promise<Tag[]> {
    return this.tags.all();
  }
}

/**
 * The duplicate rule: the same ticket, the same passage (ignoring case and whitespace) and every tag
 * of the new item already on the earlier one. The same quote under a *different* tag is a new item:
 * the agent is saying it belongs under that tag too.
 */
export function isDuplicate(existing: FeedbackItem, candidate: FeedbackItem): boolean {
  return (
    existing.helpdesk === candidate.helpdesk &&
    existing.ticketId === candidate.ticketId &&
    candidate.tags.every((t) => existing.tags.includes(t)) &&
    normalizeQuote(existing.quote) === normalizeQuote(candidate.quote)
  );
}

/** Adds `item` unless it (same id) or a duplicate of it is already stored; one transaction. */
async function storeOne(db: FeedbackDb, item: FeedbackItem): Promise<LogResult> {
  return inTransaction(db, async (tx) => {
    const same = await tx.store.get(item.id);
    if (same) return { item: same, duplicate: true };
    const onTicket = await tx.store.index('ticket').getAll([item.helpdesk, item.ticketId]);
    const dup = onTicket.find((other) => isDuplicate(other, item));
    if (dup) return { item: dup, duplicate: true };
    await tx.store.add(item);
    return { item, duplicate: false };
  });
}
