/**
 * Items on their way into IndexedDB. Every logged item is written here first (write-ahead), so a
 * service-worker restart, a crash or a full IndexedDB between the agent's click and the commit leaves
 * the item in `browser.storage.local`, which survives all three, until a retry stores it.
 *
 * One key per item: entries are added and removed independently, with no read-modify-write of a
 * shared list that a concurrent write could clobber.
 */
import { checkItem, type FeedbackItem } from './schema';
import type { KeyValueArea } from './serial';

export const OUTBOX_PREFIX = 'feedback.outbox.';

export interface OutboxEntry {
  item: FeedbackItem;
  queuedAt: number;
  attempts: number;
  lastError?: string;
}

export class Outbox {
  constructor(private readonly area: KeyValueArea) {}

  async put(entry: OutboxEntry): Promise<void> {
    await this.area.set({ [OUTBOX_PREFIX + entry.item.id]: entry });
  }

  async remove(id: string): Promise<void> {
    await this.area.remove(OUTBOX_PREFIX + id);
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const raw = (await this.area.get(OUTBOX_PREFIX + id))[OUTBOX_PREFIX + id];
    return readEntry(raw);
  }

  /** Oldest first, so retries store items in the order agents logged them. */
  async list(): Promise<OutboxEntry[]> {
    const all = await this.area.get(null);
    const out: OutboxEntry[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(OUTBOX_PREFIX)) continue;
      // An unreadable entry stays where it is (never deleted) and is simply not retried.
      const entry = readEntry(raw);
      if (entry) out.push(entry);
    }
    return out.sort((a, b) => a.queuedAt - b.queuedAt);
  }
}

function readEntry(raw: unknown): OutboxEntry | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Partial<OutboxEntry>;
  const checked = checkItem(r.item);
  if (!checked.ok) return undefined;
  const entry: OutboxEntry = {
    item: checked.value,
    queuedAt: typeof r.queuedAt === 'number' ? r.queuedAt : 0,
    attempts: typeof r.attempts === 'number' ? r.attempts : 0,
  };
  if (typeof r.lastError === 'string') entry.lastError = r.lastError;
  return entry;
}
