import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryKey, linkKey, SWEEP_KEY } from './keys';
import { DAY_MS, mergeEntries, opened, played } from './state';
import { AttachmentStore } from './store';

const scope = { site: 'demo', host: 'h', ticket: '1' };
const A = entryKey(scope, 'id:a');
const B = entryKey(scope, 'id:b');

function storeAt(clock: { now: number }) {
  return new AttachmentStore(undefined, undefined, () => clock.now);
}

describe('AttachmentStore', () => {
  it('writes records that a fresh store (a reload, a restart) reads back', async () => {
    const clock = { now: 1000 };
    await storeAt(clock).update(A, 30, (e) => opened(e, 'click', clock.now));
    const read = await storeAt(clock).read([A, B], 30);
    expect([...read.keys()]).toEqual([A]);
    expect(read.get(A)).toMatchObject({ opened: 1000, via: 'click' });
  });

  it('forgets a record after the expiry, counted from its last activity', async () => {
    const clock = { now: 0 };
    const store = storeAt(clock);
    await store.update(A, 7, (e) => opened(e, 'click', clock.now));
    clock.now = 6 * DAY_MS;
    await store.update(A, 7, (e) => played(e, [[0, 1]], 4, clock.now));
    clock.now = 12 * DAY_MS;
    expect((await store.read([A], 7)).has(A)).toBe(true);
    clock.now = 14 * DAY_MS;
    expect((await store.read([A], 7)).has(A)).toBe(false);
    // An expired record is not resurrected by the next write: the file counts as new.
    const next = await store.update(A, 7, (e) => played(e, [[2, 3]], 4, clock.now));
    expect(next.spans).toEqual([[2, 3]]);
  });

  it('serialises writes to one record and merges with what another tab wrote', async () => {
    const clock = { now: 5 };
    const store = storeAt(clock);
    await fakeBrowser.storage.local.set({ [A]: played(null, [[3, 4]], 4, 1) });
    await Promise.all([
      store.update(A, 30, (e) => mergeEntries(e, opened(null, 'click', 5))!),
      store.update(A, 30, (e) => mergeEntries(e, played(null, [[0, 1]], 4, 5))!),
    ]);
    const saved = (await store.read([A], 30)).get(A)!;
    expect(saved.spans).toEqual([[0, 1], [3, 4]]);
    expect(saved.opened).toBe(1);
  });

  it('tells about records changed elsewhere, and stops when aborted', async () => {
    const store = storeAt({ now: 1 });
    const seen: string[] = [];
    const controller = new AbortController();
    store.watch((key, entry) => seen.push(`${key === A}:${entry?.via}`), controller.signal);
    await fakeBrowser.storage.local.set({ [A]: opened(null, 'preview', 1), unrelated: 1 });
    controller.abort();
    await fakeBrowser.storage.local.set({ [A]: opened(null, 'click', 2) });
    expect(seen).toEqual(['true:preview']);
  });

  it('links a media URL to its records for a tab that shows only the file', async () => {
    const clock = { now: 0 };
    const store = storeAt(clock);
    const link = linkKey('http://h/files/v.webm?download=1')!;
    await store.link(link, [A]);
    await store.link(linkKey('http://h/files/v.webm')!, [B]);
    expect(await store.lookup(link, 30)).toEqual([B, A]);
    clock.now = 31 * DAY_MS;
    expect(await store.lookup(link, 30)).toEqual([]);
  });

  it('sweeps expired records and links, at most every few hours', async () => {
    const clock = { now: 0 };
    const store = storeAt(clock);
    await store.update(A, 30, (e) => opened(e, 'click', 0));
    await store.link(linkKey('http://h/v.webm')!, [A]);
    clock.now = 20 * DAY_MS;
    await store.update(B, 30, (e) => opened(e, 'click', clock.now));
    await fakeBrowser.storage.local.set({ settings: { keep: true } });
    clock.now = 31 * DAY_MS;
    expect(await store.sweep(30)).toBe(2);
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).sort()).toEqual([B, SWEEP_KEY, 'settings'].sort());
    await fakeBrowser.storage.local.set({ [A]: opened(null, 'click', 0) });
    expect(await store.sweep(30)).toBe(0);
  });
});
