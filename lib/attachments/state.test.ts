import { describe, expect, it } from 'vitest';
import { DAY_MS, derive, isExpired, mergeEntries, opened, parseEntry, played } from './state';

describe('attachment state', () => {
  it('a document or image is done once opened, whatever the way', () => {
    expect(derive(null, 'document', 'half')).toMatchObject({ state: 'unopened', done: false });
    const e = opened(null, 'middle-click', 1000);
    expect(derive(e, 'document', 'half')).toMatchObject({ state: 'opened', done: true });
    expect(derive(opened(null, 'preview', 1), 'image', 'end').done).toBe(true);
  });

  it('keeps the first opening when opened again, and moves the expiry clock', () => {
    const e = opened(opened(null, 'click', 1000), 'download', 5000);
    expect(e).toEqual({ at: 5000, opened: 1000, via: 'click' });
  });

  it('a video opened but not played far enough is opened, not watched', () => {
    let e = opened(null, 'click', 1);
    expect(derive(e, 'video', 'half')).toMatchObject({ state: 'opened', done: false, played: 0, required: 0.5 });
    e = played(e, [[0, 2]], 5, 2);
    expect(derive(e, 'video', 'half')).toMatchObject({ state: 'opened', done: false, played: 0.4 });
    e = played(e, [[2, 3]], 5, 3);
    expect(derive(e, 'video', 'half')).toMatchObject({ state: 'watched', done: true, played: 0.6 });
  });

  it('derives with the current threshold, so a stricter admin setting applies to what was played', () => {
    const e = played(null, [[0, 3]], 5, 1);
    expect(derive(e, 'audio', 'half').done).toBe(true);
    expect(derive(e, 'audio', 'end').done).toBe(false);
    expect(derive(e, 'audio', 'started').done).toBe(true);
  });

  it('playing a file counts as opening it', () => {
    expect(played(null, [[0, 1]], 5, 7)).toMatchObject({ opened: 7, via: 'playback' });
  });

  it('merges two tabs’ records without losing either', () => {
    const a = played(opened(null, 'click', 100), [[0, 1]], 5, 200);
    const b = played(null, [[3, 5]], 5, 300);
    expect(mergeEntries(a, b)).toEqual({ at: 300, opened: 100, via: 'click', spans: [[0, 1], [3, 5]], duration: 5 });
    expect(mergeEntries(null, b)).toBe(b);
  });

  it('expires after the admin’s number of days since the last activity', () => {
    const e = opened(null, 'click', 0);
    expect(isExpired(e, 30 * DAY_MS, 30)).toBe(false);
    expect(isExpired(e, 30 * DAY_MS + 1, 30)).toBe(true);
    expect(isExpired(e, 2 * DAY_MS, Number.NaN)).toBe(false);
    expect(isExpired(e, 2 * DAY_MS, 0)).toBe(true);
  });

  it('reads stored records defensively', () => {
    expect(parseEntry(null)).toBeNull();
    expect(parseEntry({ opened: 1 })).toBeNull();
    expect(parseEntry({ at: 5, opened: 'x', via: 'telepathy', spans: [[0, 1], ['a', 2]], duration: -1 })).toEqual({ at: 5, spans: [[0, 1]] });
  });
});
