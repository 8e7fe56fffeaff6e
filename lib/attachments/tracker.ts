/**
 * The open ticket's customer attachments and what the agent has done with each. State changes in
 * memory first, synchronously, so a send right after a click already sees the attachment as opened;
 * the record is then persisted and merged with whatever storage holds.
 */
import type { AttachmentInfo, AttachmentKind } from '../adapters/contract';
import { reportError } from '../platform/safe';
import type { Settings } from '../settings/model';
import { entryKey, linkKey, type TicketScope } from './keys';
import type { Span } from './progress';
import type { AttachmentStore } from './store';
import { derive, isMedia, mergeEntries, opened, played, type Derived, type Entry, type OpenVia } from './state';
import { normalizeUrl } from './urls';

export type AttachmentSettings = Settings['attachments'];

export interface Tracked {
  info: AttachmentInfo;
  /** The storage key; the same file shown twice in a thread shares one. */
  key: string;
  /** Normalized URL, for matching previews, downloads and media elements. */
  url: string | null;
  entry: Entry | null;
  derived: Derived;
  /** Counts for the send check (the admin's kinds). */
  counted: boolean;
}

export interface TrackerOptions {
  scope: TicketScope;
  list: () => AttachmentInfo[];
  store: AttachmentStore;
  settings: () => AttachmentSettings;
  now?: () => number;
  /** Base for relative attachment URLs. */
  baseUrl: string;
}

export class TicketAttachments {
  private infos: AttachmentInfo[] = [];
  private readonly entries = new Map<string, Entry>();
  private readonly requested = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> = Promise.resolve();
  private outstanding = 0;
  private readonly now: () => number;
  private lastMediaOpen: { key: string; kind: AttachmentKind; at: number } | null = null;

  constructor(private readonly o: TrackerOptions) {
    this.now = o.now ?? Date.now;
  }

  /** Re-reads the attachments from the page and loads records not read yet. */
  refresh(): Promise<void> {
    const before = this.infos;
    this.infos = this.o.list();
    const changed = before.length !== this.infos.length || before.some((b, i) => b.key !== this.infos[i]!.key || b.element !== this.infos[i]!.element);
    const missing = [...new Set(this.infos.map((i) => this.keyOf(i)))].filter((k) => !this.requested.has(k));
    if (missing.length) {
      for (const k of missing) this.requested.add(k);
      const days = this.o.settings().expiryDays;
      this.outstanding++;
      this.loading = this.loading
        .then(() => this.o.store.read(missing, days))
        .then((found) => {
          for (const [k, e] of found) this.entries.set(k, mergeEntries(this.entries.get(k) ?? null, e)!);
        })
        .catch((error: unknown) => reportError(error, 'attachments.load'))
        .finally(() => {
          this.outstanding--;
          this.emit();
        });
    }
    if (changed) this.emit();
    return this.loading;
  }

  /** Records for every attachment listed so far have been read (or failed to be). */
  settled(): boolean {
    return this.outstanding === 0;
  }

  /** Resolves once the records for the attachments seen so far are loaded (or failed to load). */
  ready(): Promise<void> {
    return this.loading;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every attachment on the page, in thread order (the same file may appear twice). */
  items(): Tracked[] {
    const s = this.o.settings();
    return this.infos.map((info) => {
      const key = this.keyOf(info);
      const entry = this.entries.get(key) ?? null;
      return {
        info,
        key,
        url: normalizeUrl(info.url, this.o.baseUrl),
        entry,
        derived: derive(entry, info.kind, s.threshold),
        counted: s.kinds.includes(info.kind),
      };
    });
  }

  /** One per file. */
  unique(): Tracked[] {
    const seen = new Set<string>();
    return this.items().filter((t) => !seen.has(t.key) && seen.add(t.key));
  }

  /** Files the admin's kinds say must be opened (media: played to the threshold) and are not yet. */
  pending(): Tracked[] {
    return this.unique().filter((t) => t.counted && !t.derived.done);
  }

  byElement(el: Element): Tracked | null {
    return this.items().find((t) => t.info.element === el) ?? null;
  }

  byUrl(url: string | null | undefined): Tracked | null {
    const normalized = normalizeUrl(url, this.o.baseUrl);
    if (!normalized) return null;
    return this.items().find((t) => t.url === normalized) ?? null;
  }

  /**
   * A player fed from a `blob:` URL cannot be matched by address: attribute it to the media
   * attachment of that kind opened in this ticket in the last minute, if there is exactly that one.
   */
  recentMedia(kind: AttachmentKind): Tracked | null {
    const last = this.lastMediaOpen;
    if (!last || last.kind !== kind || this.now() - last.at > 60_000) return null;
    return this.items().find((t) => t.key === last.key) ?? null;
  }

  /** The element that opens it now (the page may have re-rendered since the item was listed). */
  elementFor(key: string): Element | null {
    const current = this.o.list().find((i) => this.keyOf(i) === key)?.element;
    return current?.isConnected ? current : (this.infos.find((i) => this.keyOf(i) === key)?.element ?? null);
  }

  open(item: Tracked, via: OpenVia): void {
    this.change(item.key, (e) => opened(e, via, this.now()));
    if (isMedia(item.info.kind)) {
      this.lastMediaOpen = { key: item.key, kind: item.info.kind, at: this.now() };
      // A tab showing only this file will look its records up by URL.
      const link = item.url ? linkKey(item.url) : null;
      if (link) this.o.store.link(link, [item.key]).catch((error: unknown) => reportError(error, 'attachments.link'));
    }
  }

  play(item: Tracked, spans: readonly Span[], duration: number | null): void {
    this.change(item.key, (e) => played(e, spans, duration, this.now()));
  }

  /** Another page changed a record of ours. */
  external(key: string, entry: Entry | null): void {
    if (!entry || !this.requested.has(key)) return;
    const mine = this.entries.get(key);
    const merged = mergeEntries(mine ?? null, entry)!;
    if (JSON.stringify(merged) !== JSON.stringify(mine)) {
      this.entries.set(key, merged);
      this.emit();
    }
    // The record as written lacks a fact this page holds: another tab read it before our write
    // landed and wrote over it (read-merge-write is not atomic across tabs). Store it again.
    if (mine && JSON.stringify(merged) !== JSON.stringify(mergeEntries(entry, entry))) this.heal(key);
  }

  private readonly healing = new Set<string>();

  private heal(key: string): void {
    // One re-save per record at a time; it writes whatever this page knows when it runs.
    if (this.healing.has(key)) return;
    this.healing.add(key);
    this.o.store
      .update(key, this.o.settings().expiryDays, (stored) => mergeEntries(stored, this.entries.get(key) ?? null)!)
      .catch((error: unknown) => reportError(error, 'attachments.heal'))
      .finally(() => this.healing.delete(key));
  }

  private change(key: string, fn: (e: Entry | null) => Entry): void {
    const next = fn(this.entries.get(key) ?? null);
    this.entries.set(key, next);
    this.requested.add(key);
    this.emit();
    this.o.store
      .update(key, this.o.settings().expiryDays, (stored) => mergeEntries(stored, next)!)
      .then((saved) => {
        const merged = mergeEntries(this.entries.get(key) ?? null, saved)!;
        this.entries.set(key, merged);
      })
      .catch((error: unknown) => reportError(error, 'attachments.save'));
  }

  private keyOf(info: AttachmentInfo): string {
    return entryKey(this.o.scope, info.key);
  }

  private emit(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        reportError(error, 'attachments.listener');
      }
    }
  }
}
