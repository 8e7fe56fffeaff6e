/**
 * Attachment records in `browser.storage.local`, written straight from the content script (it has
 * storage access; a round trip through the background would add a failure point and nothing else).
 * Survives reloads and browser restarts; records expire `expiryDays` after their last activity and
 * are swept at most every few hours.
 */
import { browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import { ENTRY_PREFIX, LINK_PREFIX, SWEEP_KEY } from './keys';
import { DAY_MS, expiryDays, isExpired, parseEntry, type Entry } from './state';

export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChange {
  newValue?: unknown;
  oldValue?: unknown;
}

export interface ChangeSource {
  addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
  removeListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void;
}

interface Link {
  at: number;
  refs: string[];
}

const SWEEP_EVERY_MS = 6 * 3_600_000;
const MAX_LINK_REFS = 20;

export class AttachmentStore {
  private readonly chains = new Map<string, Promise<unknown>>();

  constructor(
    private readonly area: StorageAreaLike = browser.storage.local as unknown as StorageAreaLike,
    private readonly changes: ChangeSource = browser.storage.onChanged as unknown as ChangeSource,
    private readonly now: () => number = Date.now,
  ) {}

  /** The unexpired records among `keys`. */
  async read(keys: readonly string[], days: number): Promise<Map<string, Entry>> {
    const out = new Map<string, Entry>();
    if (!keys.length) return out;
    const raw = await this.area.get([...keys]);
    const now = this.now();
    for (const key of keys) {
      const entry = parseEntry(raw[key]);
      if (entry && !isExpired(entry, now, days)) out.set(key, entry);
    }
    return out;
  }

  /**
   * Read-modify-write of one record. Serialised per key within this page; re-reading right before
   * writing picks up what another tab wrote, and `change` is expected to merge rather than replace.
   */
  update(key: string, days: number, change: (previous: Entry | null) => Entry): Promise<Entry> {
    const run = async () => {
      const previous = parseEntry((await this.area.get(key))[key]);
      const next = change(previous && !isExpired(previous, this.now(), days) ? previous : null);
      await this.area.set({ [key]: next });
      return next;
    };
    const result = (this.chains.get(key) ?? Promise.resolve()).then(run, run);
    const tail = result.catch(() => undefined);
    this.chains.set(key, tail);
    void tail.then(() => {
      if (this.chains.get(key) === tail) this.chains.delete(key);
    });
    return result;
  }

  /** Calls back with records other pages (a tab playing the file, another helpdesk tab) changed. */
  watch(callback: (key: string, entry: Entry | null) => void, signal: AbortSignal): void {
    const listener = (changes: Record<string, StorageChange>, area: string) => {
      if (area !== 'local') return;
      for (const [key, change] of Object.entries(changes)) {
        if (!key.startsWith(ENTRY_PREFIX)) continue;
        try {
          callback(key, parseEntry(change.newValue));
        } catch (error) {
          reportError(error, 'attachments.watch');
        }
      }
    };
    this.changes.addListener(listener);
    signal.addEventListener('abort', () => this.changes.removeListener(listener), { once: true });
  }

  /** Remembers that a media URL belongs to these records, for a tab that will show only the file. */
  async link(linkKey: string, refs: readonly string[]): Promise<void> {
    const existing = this.parseLink((await this.area.get(linkKey))[linkKey]);
    const merged = [...new Set([...refs, ...(existing?.refs ?? [])])].slice(0, MAX_LINK_REFS);
    await this.area.set({ [linkKey]: { at: this.now(), refs: merged } satisfies Link });
  }

  async lookup(linkKey: string, days: number): Promise<string[]> {
    const link = this.parseLink((await this.area.get(linkKey))[linkKey]);
    if (!link || this.now() - link.at > expiryDays(days) * DAY_MS) return [];
    return link.refs;
  }

  /** Drops expired records and links; cheap to call on every ticket, runs at most every few hours. */
  async sweep(days: number): Promise<number> {
    const now = this.now();
    const last = (await this.area.get(SWEEP_KEY))[SWEEP_KEY];
    if (typeof last === 'number' && now - last < SWEEP_EVERY_MS && last <= now) return 0;
    await this.area.set({ [SWEEP_KEY]: now });
    const all = await this.area.get(null);
    const stale: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith(ENTRY_PREFIX)) {
        const entry = parseEntry(value);
        if (!entry || isExpired(entry, now, days)) stale.push(key);
      } else if (key.startsWith(LINK_PREFIX)) {
        const link = this.parseLink(value);
        if (!link || now - link.at > expiryDays(days) * DAY_MS) stale.push(key);
      }
    }
    if (stale.length) await this.area.remove(stale);
    return stale.length;
  }

  private parseLink(raw: unknown): Link | null {
    if (!raw || typeof raw !== 'object') return null;
    const r = raw as Record<string, unknown>;
    if (typeof r.at !== 'number' || !Array.isArray(r.refs)) return null;
    return { at: r.at, refs: r.refs.filter((x): x is string => typeof x === 'string' && x.startsWith(ENTRY_PREFIX)) };
  }
}
