import { describe, expect, it } from 'vitest';
import { meetsThreshold, mergeSpans, playedSeconds, playedShare, spansFrom, type Span } from './progress';

const ranges = (...spans: Span[]): TimeRanges => ({
  length: spans.length,
  start: (i: number) => spans[i]![0],
  end: (i: number) => spans[i]![1],
});

describe('played spans', () => {
  it('reads TimeRanges, skipping empty and non-finite ranges', () => {
    expect(spansFrom(ranges([0, 2], [3, 3], [4, Infinity]))).toEqual([[0, 2]]);
    expect(spansFrom(null)).toEqual([]);
  });

  it('counts replayed seconds once and joins touching spans', () => {
    const merged = mergeSpans([[0, 2], [1, 3]], [[3.1, 4], [10, 11]]);
    expect(merged).toEqual([[0, 4], [10, 11]]);
    expect(playedSeconds([[0, 2], [0, 2], [1, 3]])).toBe(3);
  });

  it('clips to the duration and reports the share', () => {
    expect(playedShare([[0, 8]], 4)).toBe(1);
    expect(playedShare([[0, 1]], 4)).toBe(0.25);
    expect(playedShare([[0, 1]], Infinity)).toBeNull();
  });

  it('stays bounded when someone scrubs through a long video', () => {
    const islands: Span[] = Array.from({ length: 200 }, (_, i) => [i * 10, i * 10 + 1 + (i % 3)]);
    expect(mergeSpans(islands).length).toBeLessThanOrEqual(64);
  });
});

describe('thresholds', () => {
  it('"half" is not met part-way and is met at half, wherever the halves are', () => {
    expect(meetsThreshold([[0, 2]], 5, 'half')).toBe(false);
    expect(meetsThreshold([[0, 2.5]], 5, 'half')).toBe(true);
    expect(meetsThreshold([[0, 1.5], [3.5, 5]], 5, 'half')).toBe(true);
  });

  it('a seek to the end is not watching it', () => {
    expect(meetsThreshold([[0, 0.3], [4.7, 5]], 5, 'end')).toBe(false);
    expect(meetsThreshold([[0, 4.8]], 5, 'end')).toBe(true);
  });

  it('"started" needs a moment of playback, not a stray click', () => {
    expect(meetsThreshold([[0, 0.1]], 60, 'started')).toBe(false);
    expect(meetsThreshold([[0, 1]], 60, 'started')).toBe(true);
    expect(meetsThreshold([[0, 0.3]], 2, 'started')).toBe(true);
  });

  it('without a duration only "started" can be decided', () => {
    expect(meetsThreshold([[0, 100]], NaN, 'half')).toBe(false);
    expect(meetsThreshold([[0, 100]], undefined, 'started')).toBe(true);
  });
});
