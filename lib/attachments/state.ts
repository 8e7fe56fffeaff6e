/**
 * What Tact remembers about one attachment and what that means now. An entry records facts (when
 * it was opened and how, which parts of a media file were played, its duration); the state the
 * agent sees is derived with the current admin threshold, so changing "half" to "to the end" applies
 * to what was already played.
 */
import type { AttachmentKind } from '../adapters/contract';
import type { PlaybackThreshold } from '../settings/model';
import { meetsThreshold, mergeSpans, playedShare, requiredShare, type Span } from './progress';

export type OpenVia = 'click' | 'middle-click' | 'new-tab' | 'keyboard' | 'preview' | 'download' | 'playback';
export const OPEN_VIAS: readonly OpenVia[] = ['click', 'middle-click', 'new-tab', 'keyboard', 'preview', 'download', 'playback'];

export interface Entry {
  /** Last time anything was recorded (what expiry counts from). */
  at: number;
  /** First time it was opened. */
  opened?: number;
  via?: OpenVia;
  /** Played spans in seconds (video and audio). */
  spans?: Span[];
  duration?: number;
}

export type AttachmentState = 'unopened' | 'opened' | 'watched';

export interface Derived {
  state: AttachmentState;
  /** Nothing more is needed before sending (for media: played to the threshold). */
  done: boolean;
  /** Media only: the share played (0–1) when the duration is known. */
  played: number | null;
  /** Media only: the share the threshold asks for. */
  required: number | null;
}

export const isMedia = (kind: AttachmentKind) => kind === 'video' || kind === 'audio';

export function opened(entry: Entry | null, via: OpenVia, now: number): Entry {
  return { ...entry, at: now, opened: entry?.opened ?? now, via: entry?.via ?? via };
}

export function played(entry: Entry | null, spans: readonly Span[], duration: number | null | undefined, now: number): Entry {
  const merged = mergeSpans(entry?.spans, spans);
  const next: Entry = { ...entry, at: now, spans: merged };
  if (duration && Number.isFinite(duration) && duration > 0) next.duration = duration;
  // Playing it is opening it (a video played in a tab Tact saw only the file of).
  if (next.opened === undefined && merged.length) {
    next.opened = now;
    next.via = 'playback';
  }
  return next;
}

/** Two records of the same attachment (another tab wrote meanwhile): keep every fact from both. */
export function mergeEntries(a: Entry | null, b: Entry | null): Entry | null {
  if (!a || !b) return a ?? b;
  const first = a.opened === undefined ? b : b.opened === undefined ? a : a.opened <= b.opened ? a : b;
  const out: Entry = { at: Math.max(a.at, b.at) };
  if (first.opened !== undefined) {
    out.opened = first.opened;
    if (first.via) out.via = first.via;
  }
  const spans = mergeSpans(a.spans, b.spans);
  if (spans.length) out.spans = spans;
  const duration = Math.max(a.duration ?? 0, b.duration ?? 0);
  if (duration > 0) out.duration = duration;
  return out;
}

export function derive(entry: Entry | null, kind: AttachmentKind, threshold: PlaybackThreshold): Derived {
  const wasOpened = entry?.opened !== undefined;
  if (!isMedia(kind)) return { state: wasOpened ? 'opened' : 'unopened', done: wasOpened, played: null, required: null };
  const spans = entry?.spans ?? [];
  const enough = meetsThreshold(spans, entry?.duration, threshold);
  return {
    state: enough ? 'watched' : wasOpened || spans.length ? 'opened' : 'unopened',
    done: enough,
    played: playedShare(spans, entry?.duration) ?? (spans.length ? null : 0),
    required: requiredShare(threshold),
  };
}

export const DAY_MS = 86_400_000;

/** Admin value to days: at least one day, and 30 for anything that is not a number. */
export function expiryDays(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : 30;
  return Math.min(3650, Math.max(1, n));
}

export function isExpired(entry: Entry, now: number, days: number): boolean {
  return now - entry.at > expiryDays(days) * DAY_MS;
}

/** Storage is shared with other versions of Tact and can be edited by hand: read it defensively. */
export function parseEntry(raw: unknown): Entry | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  const out: Entry = { at: r.at };
  if (typeof r.opened === 'number' && Number.isFinite(r.opened)) out.opened = r.opened;
  if (typeof r.via === 'string' && (OPEN_VIAS as readonly string[]).includes(r.via)) out.via = r.via as OpenVia;
  if (Array.isArray(r.spans)) {
    const spans = mergeSpans(r.spans.filter((s): s is Span => Array.isArray(s) && s.length === 2 && s.every((n) => typeof n === 'number')));
    if (spans.length) out.spans = spans;
  }
  if (typeof r.duration === 'number' && Number.isFinite(r.duration) && r.duration > 0) out.duration = r.duration;
  return out;
}
