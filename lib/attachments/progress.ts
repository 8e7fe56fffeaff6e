/**
 * How much of a video or audio the agent has played, from the media element's `played` ranges
 * (what was actually rendered), never from `currentTime` (a seek to the end is not watching).
 * Ranges from several viewings (the player closed and opened again, another tab) are merged.
 */
import type { PlaybackThreshold } from '../settings/model';

export type Span = [start: number, end: number];

/** Gaps shorter than this are timeupdate granularity, not skipped content. */
const JOIN_GAP = 0.3;
const MAX_SPANS = 64;

export function spansFrom(ranges: TimeRanges | null | undefined): Span[] {
  const out: Span[] = [];
  if (!ranges) return out;
  for (let i = 0; i < ranges.length; i++) {
    const start = ranges.start(i);
    const end = ranges.end(i);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) out.push([start, end]);
  }
  return out;
}

/** Union of span lists, sorted, with touching spans joined; bounded so storage stays small. */
export function mergeSpans(...lists: (readonly Span[] | null | undefined)[]): Span[] {
  const all = lists
    .flatMap((l) => l ?? [])
    .filter((s): s is Span => Array.isArray(s) && Number.isFinite(s[0]) && Number.isFinite(s[1]) && s[1] > s[0] && s[0] >= 0)
    .map(([a, b]) => [a, b] as Span)
    .sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const span of all) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], span[1]);
    else out.push(span);
  }
  // Many tiny islands (someone scrubbing) carry little: drop the shortest to keep the entry bounded.
  while (out.length > MAX_SPANS) {
    let shortest = 0;
    for (let i = 1; i < out.length; i++) if (out[i]![1] - out[i]![0] < out[shortest]![1] - out[shortest]![0]) shortest = i;
    out.splice(shortest, 1);
  }
  return out;
}

/** Seconds played, counted once however often they were replayed; clipped to the duration when known. */
export function playedSeconds(spans: readonly Span[], duration?: number | null): number {
  const limit = duration && Number.isFinite(duration) && duration > 0 ? duration : Infinity;
  let total = 0;
  for (const [a, b] of mergeSpans(spans)) total += Math.max(0, Math.min(b, limit) - Math.min(a, limit));
  return total;
}

/** Share of the media played, 0–1; null while the duration is unknown (live or unindexed WebM). */
export function playedShare(spans: readonly Span[], duration?: number | null): number | null {
  if (!duration || !Number.isFinite(duration) || duration <= 0) return null;
  return Math.min(1, playedSeconds(spans, duration) / duration);
}

/** The share a threshold asks for (for "played 20% of the 50% needed"). */
export function requiredShare(threshold: PlaybackThreshold): number {
  return threshold === 'started' ? 0 : threshold === 'half' ? 0.5 : 1;
}

/**
 * Has enough been played? "started": a second (or a tenth of a shorter clip), so a stray click on
 * play that is paused at once does not count; "half": half the duration; "end": all of it, less
 * half a second or 2% for the last frames a player may never report.
 */
export function meetsThreshold(spans: readonly Span[], duration: number | null | undefined, threshold: PlaybackThreshold): boolean {
  const seconds = playedSeconds(spans, duration);
  const known = duration && Number.isFinite(duration) && duration > 0 ? duration : null;
  if (threshold === 'started') return seconds >= (known ? Math.min(1, known * 0.1) : 1);
  if (!known) return false;
  if (threshold === 'half') return seconds >= known * 0.5 - 1e-3;
  return known - seconds <= Math.max(0.5, known * 0.02);
}
