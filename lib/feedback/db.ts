/**
 * The feedback database. Only the background opens it (extension pages and content scripts go
 * through ./messages), so there is one writer and upgrades never wait on another tab.
 *
 * Versions — each step upgrades from the one before and fresh installs run them all:
 *   1  `items` keyed by id with tag *names*; indexes createdAt (ISO string), ticket, tagName.
 *   2  items carry tag ids, a nested customer and epoch-ms dates (./migrate); index `tag` on ids
 *      replaces `tagName`; `meta` holds tag names met during the upgrade until they reach the tag
 *      store; `quarantine` keeps any record the upgrade could not read, so nothing is dropped.
 * A step that throws aborts the whole upgrade: the database stays at its old version, untouched.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { migrateItemV1, type NamedTag } from './migrate';
import type { FeedbackItem } from './schema';

export const DB_NAME = 'tact-feedback';
export const DB_VERSION = 2;

export interface QuarantineRecord {
  key: string;
  fromVersion: number;
  reason: string;
  raw: unknown;
  at: number;
}

export interface PendingTagsRecord {
  key: 'pendingTags';
  tags: NamedTag[];
}

export interface FeedbackDB extends DBSchema {
  items: {
    key: string;
    value: FeedbackItem;
    indexes: { createdAt: number; tag: string; ticket: [string, string] };
  };
  meta: { key: string; value: PendingTagsRecord };
  quarantine: { key: string; value: QuarantineRecord };
}

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Step = (db: AnyDb, tx: UpgradeTx) => Promise<void> | void;

/** The v1 layout, exactly as the first release created it. Tests build v1 fixtures with it. */
export function createV1Schema(db: AnyDb): void {
  const items = db.createObjectStore('items', { keyPath: 'id' });
  items.createIndex('createdAt', 'createdAt');
  items.createIndex('ticket', ['helpdesk', 'ticketId']);
  items.createIndex('tagName', 'tags', { multiEntry: true });
}

async function v1ToV2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const items = tx.objectStore('items');
  items.deleteIndex('tagName');
  items.createIndex('tag', 'tags', { multiEntry: true });
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('quarantine', { keyPath: 'key' });
  const quarantine = tx.objectStore('quarantine');
  const pending = new Map<string, string>();
  let cursor = await items.openCursor();
  while (cursor) {
    const migrated = migrateItemV1(cursor.value);
    if (migrated.ok) {
      await cursor.update(migrated.item);
      for (const tag of migrated.newTags) if (!pending.has(tag.id)) pending.set(tag.id, tag.name);
    } else {
      const reason = migrated.issues.map((i) => `${i.field || 'item'}: ${i.code}`).join(', ');
      await quarantine.put({ key: `v1:${String(cursor.key)}`, fromVersion: 1, reason, raw: cursor.value, at: Date.now() } satisfies QuarantineRecord);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  if (pending.size > 0) {
    const record: PendingTagsRecord = { key: 'pendingTags', tags: [...pending].map(([id, name]) => ({ id, name })) };
    await tx.objectStore('meta').put(record);
  }
}

/** Index = the version the step produces. Add the next step here and bump DB_VERSION. */
export const MIGRATIONS: Readonly<Record<number, Step>> = {
  1: (db) => createV1Schema(db),
  2: v1ToV2,
};

export interface OpenOptions {
  name?: string;
  /** Tests open at an earlier version to build fixtures; the app always uses DB_VERSION. */
  version?: number;
  /** Called when the browser closed the connection abnormally (e.g. storage cleared). */
  onTerminated?: () => void;
  /** Tests replace steps to prove a failing upgrade rolls back. */
  migrations?: Readonly<Record<number, Step>>;
}

export async function openFeedbackDb(options: OpenOptions = {}): Promise<IDBPDatabase<FeedbackDB>> {
  const version = options.version ?? DB_VERSION;
  let failure: unknown;
  try {
    return await openDB<FeedbackDB>(options.name ?? DB_NAME, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        // An aborted upgrade rejects `done`; the open request reports it, so this copy is not needed.
        tx.done.catch(() => undefined);
        const run = async () => {
          for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
            const step = (options.migrations ?? MIGRATIONS)[v];
            if (!step) throw new Error(`no migration to feedback database version ${v}`);
            await step(db as unknown as AnyDb, tx as unknown as UpgradeTx);
          }
        };
        run().catch((error: unknown) => {
          failure = error;
          try {
            tx.abort();
          } catch {
            // already finished: the open request reports its own error
          }
        });
      },
      blocking(_current, _blocked, event) {
        // A newer version wants in (an update was installed): step aside rather than hold it up.
        (event.target as IDBDatabase | null)?.close();
      },
      terminated: options.onTerminated,
    });
  } catch (error) {
    if (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      throw new Error(`feedback database upgrade to v${version} failed and was rolled back: ${message}`, { cause: failure });
    }
    throw error;
  }
}

export type FeedbackDb = IDBPDatabase<FeedbackDB>;

/** Items whose `tags` include any of `ids`, by primary key. */
export async function idsWithTags(db: FeedbackDb, ids: string[]): Promise<string[]> {
  const tx = db.transaction('items');
  const index = tx.store.index('tag');
  const out = new Set<string>();
  for (const id of ids) for (const key of await index.getAllKeys(id)) out.add(key);
  await tx.done;
  return [...out];
}

type ItemsTx = IDBPTransaction<FeedbackDB, ['items'], 'readwrite'>;

/**
 * Runs `body` in one strict-durability read-write transaction on `items` and resolves once it has
 * committed. If `body` throws — including the synchronous exceptions IndexedDB does not turn into an
 * abort by itself — the transaction is aborted, so a half-done batch never commits.
 */
export async function inTransaction<T>(db: FeedbackDb, body: (tx: ItemsTx) => Promise<T>): Promise<T> {
  const tx = db.transaction('items', 'readwrite', { durability: 'strict' });
  // Awaited below; marked handled here so an abort is not also reported as an unhandled rejection.
  tx.done.catch(() => undefined);
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already aborted by the failing request
    }
    throw error;
  }
  await tx.done;
  return result;
}

/** Replaces tags `from` with `into` on every item, in one transaction: a merge is all or nothing. */
export async function retagItems(db: FeedbackDb, from: string[], into: string): Promise<number> {
  return inTransaction(db, async (tx) => {
    const index = tx.store.index('tag');
    const keys = new Set<string>();
    for (const id of from) for (const key of await index.getAllKeys(id)) keys.add(key);
    let changed = 0;
    for (const key of keys) {
      const item = await tx.store.get(key);
      if (!item) continue;
      const tags: string[] = [];
      for (const t of item.tags) {
        const next = from.includes(t) ? into : t;
        if (!tags.includes(next)) tags.push(next);
      }
      await tx.store.put({ ...item, tags });
      changed++;
    }
    return changed;
  });
}

export async function readPendingTags(db: FeedbackDb): Promise<NamedTag[]> {
  return (await db.get('meta', 'pendingTags'))?.tags ?? [];
}

export async function clearPendingTags(db: FeedbackDb): Promise<void> {
  await db.delete('meta', 'pendingTags');
}
