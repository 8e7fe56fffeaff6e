import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { feedbackErrorCode } from './errors';
import { OUTBOX_PREFIX } from './outbox';
import { FeedbackService, UNDO_WINDOW_MS, type FeedbackServiceOptions } from './service';
import { dbName, draft, item, quotaError, T0, uuid } from './testing/fixtures';

let clock = T0;
const services: FeedbackService[] = [];
function make(over: Partial<FeedbackServiceOptions> = {}): FeedbackService {
  const s = new FeedbackService({ area: browser.storage.local, dbName: dbName(), now: () => clock, ...over });
  services.push(s);
  return s;
}

afterEach(async () => {
  vi.restoreAllMocks();
  clock = T0;
  for (const s of services.splice(0)) await s.close();
});

async function outboxKeys(): Promise<string[]> {
  return Object.keys(await browser.storage.local.get(null)).filter((k) => k.startsWith(OUTBOX_PREFIX));
}

/** IndexedDB refuses every new record, as it does when the disk or the origin quota is full. */
function fillTheDisk() {
  return vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
    throw quotaError();
  });
}

describe('log', () => {
  it('stores the item with everything the adapter and options gave, and clears the outbox', async () => {
    const s = make({ agentName: async () => 'Kate from options' });
    const { item: saved, duplicate } = await s.log(draft({ agent: undefined, note: '  asked twice ', quote: '  Кнопка фиолетовая  ' }));
    expect(duplicate).toBe(false);
    expect(saved).toMatchObject({
      schemaVersion: 2,
      tags: ['bug'],
      quote: 'Кнопка фиолетовая',
      language: 'ru',
      agent: 'Kate from options',
      note: 'asked twice',
      createdAt: T0,
      helpdesk: 'zendesk',
      ticketId: '1001',
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await s.query()).items).toEqual([saved]);
    expect(await outboxKeys()).toEqual([]);
  });

  it('catches the same quote with the same tag on the same ticket, ignoring case and spaces', async () => {
    const s = make();
    const first = await s.log(draft());
    const again = await s.log(draft({ quote: 'the button is  PURPLE, not blue ' }));
    expect(again).toEqual({ item: first.item, duplicate: true });
    expect((await s.query()).total).toBe(1);
  });

  it('keeps the same quote under another tag, or on another ticket, as new items', async () => {
    const s = make();
    await s.log(draft());
    expect((await s.log(draft({ tags: ['ux'] }))).duplicate).toBe(false);
    expect((await s.log(draft({ ticketId: '1002' }))).duplicate).toBe(false);
    expect((await s.query()).total).toBe(3);
  });

  it('is idempotent for a resent id (a reply lost on the way back)', async () => {
    const s = make();
    const id = uuid();
    const a = await s.log(draft({ id }));
    const b = await s.log(draft({ id, quote: 'different text' }));
    expect(b).toEqual({ item: a.item, duplicate: true });
  });

  it('catches duplicates logged at the same moment', async () => {
    const s = make();
    const results = await Promise.all([s.log(draft()), s.log(draft()), s.log(draft())]);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect((await s.query()).total).toBe(1);
  });

  it('maps a merged tag to the tag it was merged into and refuses unknown tags', async () => {
    const s = make();
    await s.tags.markMerged(['docs'], 'other');
    expect((await s.log(draft({ tags: ['docs'] }))).item.tags).toEqual(['other']);
    const err = await s.log(draft({ tags: ['nope'] })).catch((e: unknown) => e);
    expect(feedbackErrorCode(err)).toBe('unknown_tag');
  });

  it('refuses bad input with `invalid` and the fields at fault', async () => {
    const s = make();
    const err = await s.log(draft({ quote: '', ticketUrl: 'javascript:alert(1)' })).catch((e: unknown) => e);
    expect(feedbackErrorCode(err)).toBe('invalid');
    expect(String(err)).toMatch(/quote: required/);
    expect(String(err)).toMatch(/ticketUrl: bad_url/);
    expect(feedbackErrorCode(await s.log(draft({ tags: [] })).catch((e: unknown) => e))).toBe('invalid');
    expect(await outboxKeys()).toEqual([]);
  });
});

describe('never dropping an item', () => {
  it('on a full quota: reports `quota` to the agent, keeps the item in the outbox, arms the retry', async () => {
    const onOutbox = vi.fn();
    const s = make({ onOutbox });
    const disk = fillTheDisk();
    const err = await s.log(draft()).catch((e: unknown) => e);
    expect(feedbackErrorCode(err)).toBe('quota');
    expect(String(err)).toMatch(/kept and will be saved/);
    expect(await outboxKeys()).toHaveLength(1);
    expect(onOutbox).toHaveBeenLastCalledWith(1);
    const [entry] = await s.outbox.list();
    expect(entry).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/QuotaExceededError/) });

    // The view still shows it, marked pending; a duplicate log of it is caught while it waits.
    const q = await s.query();
    expect(q.items.map((i) => i.quote)).toEqual(['The button is purple, not blue']);
    expect(q.pending).toEqual([q.items[0]!.id]);
    expect((await s.log(draft())).duplicate).toBe(true);

    // Space is freed: the retry stores it and empties the outbox.
    disk.mockRestore();
    expect(await s.flushOutbox()).toEqual({ stored: 1, remaining: 0 });
    expect(onOutbox).toHaveBeenLastCalledWith(0);
    expect(await outboxKeys()).toEqual([]);
    expect((await s.query()).pending).toEqual([]);
    expect((await s.query()).total).toBe(1);
  });

  it('on another write failure: reports `write_failed` and keeps the item', async () => {
    const s = make();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('Disk I/O error', 'UnknownError');
    });
    expect(feedbackErrorCode(await s.log(draft()).catch((e: unknown) => e))).toBe('write_failed');
    expect(await outboxKeys()).toHaveLength(1);
  });

  it('when the database cannot even be opened, the outbox still takes the item', async () => {
    const s = make();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('blocked by policy', 'SecurityError');
    });
    expect(feedbackErrorCode(await s.log(draft()).catch((e: unknown) => e))).toBe('write_failed');
    expect(await outboxKeys()).toHaveLength(1);
    expect(await s.flushOutbox()).toEqual({ stored: 0, remaining: 1 });
    vi.mocked(indexedDB.open).mockRestore();
    expect(await s.flushOutbox()).toEqual({ stored: 1, remaining: 0 });
  });

  it('says `unsaved` only when neither IndexedDB nor the outbox took it', async () => {
    const s = make();
    fillTheDisk();
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const err = await s.log(draft()).catch((e: unknown) => e);
    expect(feedbackErrorCode(err)).toBe('unsaved');
    expect(String(err)).toMatch(/keep it and try again/);
  });

  it('survives a crash between the click and the commit: the next start stores it', async () => {
    const name = dbName();
    const crashed = make({ dbName: name });
    const lost = item({ id: uuid() });
    // What a log leaves behind if the worker dies right after its write-ahead step.
    await crashed.outbox.put({ item: lost, queuedAt: T0, attempts: 0 });
    await crashed.close();
    const restarted = make({ dbName: name });
    expect(await restarted.flushOutbox()).toEqual({ stored: 1, remaining: 0 });
    expect((await restarted.query()).items.map((i) => i.id)).toEqual([lost.id]);
  });

  it('retries stop at the first quota error and keep the rest, counting attempts', async () => {
    const s = make();
    for (let i = 0; i < 3; i++) await s.outbox.put({ item: item({ id: uuid(), quote: `q${i}` }), queuedAt: T0 + i, attempts: 0 });
    const add = fillTheDisk();
    expect(await s.flushOutbox()).toEqual({ stored: 0, remaining: 3 });
    expect(add).toHaveBeenCalledTimes(1);
    expect((await s.outbox.list()).map((e) => e.attempts)).toEqual([1, 0, 0]);
  });

  it('a stored item is not stored twice when its outbox entry lingers', async () => {
    const s = make();
    const { item: saved } = await s.log(draft());
    await s.outbox.put({ item: saved, queuedAt: T0, attempts: 0 });
    expect(await s.flushOutbox()).toEqual({ stored: 1, remaining: 0 });
    expect((await s.query()).total).toBe(1);
  });
});

describe('undo', () => {
  it('deletes a recent item', async () => {
    const s = make();
    const { item: saved } = await s.log(draft());
    clock += 60_000;
    expect(await s.undo(saved.id)).toEqual({ removed: true });
    expect((await s.query()).total).toBe(0);
  });

  it('refuses an old item and an unknown id with specific codes', async () => {
    const s = make();
    const { item: saved } = await s.log(draft());
    clock += UNDO_WINDOW_MS + 1;
    expect(feedbackErrorCode(await s.undo(saved.id).catch((e: unknown) => e))).toBe('undo_expired');
    expect(feedbackErrorCode(await s.undo(uuid()).catch((e: unknown) => e))).toBe('not_found');
    expect((await s.query()).total).toBe(1);
  });

  it('removes an item still waiting in the outbox', async () => {
    const onOutbox = vi.fn();
    const s = make({ onOutbox });
    fillTheDisk();
    await s.log(draft()).catch(() => undefined);
    const [entry] = await s.outbox.list();
    expect(await s.undo(entry!.item.id)).toEqual({ removed: true });
    expect(await outboxKeys()).toEqual([]);
    expect(onOutbox).toHaveBeenLastCalledWith(0);
  });
});

describe('query and stats', () => {
  async function seeded() {
    const s = make();
    const day = 86_400_000;
    await s.log(draft({ createdAt: T0 - 7 * day, helpdesk: 'intercom', agent: 'Max', tags: ['pricing'] }));
    await s.log(draft({ createdAt: T0 - day, quote: 'slow', tags: ['performance'], customer: { email: 'b@mail.example' } }));
    await s.log(draft({ createdAt: T0, quote: 'bug 2', ticketId: '2002' }));
    await s.log(draft({ createdAt: T0 + 1000, quote: 'bug 3', ticketId: '2003', customer: { email: 'c@mail.example' } }));
    return s;
  }

  it('filters by range, tags, helpdesk, agent and ticket, newest first, with paging', async () => {
    const s = await seeded();
    expect((await s.query()).items.map((i) => i.quote)).toEqual(['bug 3', 'bug 2', 'slow', 'The button is purple, not blue']);
    expect((await s.query({ from: T0 - 86_400_000 })).total).toBe(3);
    expect((await s.query({ to: T0 })).total).toBe(2);
    expect((await s.query({ tags: ['bug', 'pricing'] })).total).toBe(3);
    expect((await s.query({ helpdesks: ['intercom'] })).items[0]?.agent).toBe('Max');
    expect((await s.query({ agents: ['Kate'] })).total).toBe(3);
    expect((await s.query({ ticket: { helpdesk: 'zendesk', ticketId: '2002' } })).items.map((i) => i.quote)).toEqual(['bug 2']);
    const page = await s.query({ order: 'asc', offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.quote)).toEqual(['slow', 'bug 2']);
  });

  it('gives the popup this week against last week and the top tags by distinct customers', async () => {
    const s = await seeded();
    const stats = await s.stats();
    expect(stats.total).toBe(4);
    expect(stats.pending).toBe(0);
    expect(stats.thisWeek).toEqual({ items: 3, customers: 3 });
    expect(stats.lastWeek).toEqual({ items: 1, customers: 1 });
    expect(stats.topTags).toEqual([
      { tagId: 'bug', items: 2, customers: 2 },
      { tagId: 'performance', items: 1, customers: 1 },
    ]);
  });

  it('orders the picker by use over the last 30 days', async () => {
    const s = await seeded();
    const ids = (await s.tagsByUse()).map((t) => t.id);
    expect(ids.slice(0, 3)).toEqual(['bug', 'pricing', 'performance']);
  });
});

describe('tag merges and deletes', () => {
  it('re-tags every item in one go and leaves a pointer', async () => {
    const s = make();
    await s.log(draft({ tags: ['docs'], createdAt: T0 }));
    await s.log(draft({ tags: ['docs', 'other'], quote: 'both', createdAt: T0 + 1 }));
    await s.log(draft({ tags: ['ux'], quote: 'untouched', createdAt: T0 + 2 }));
    expect(await s.mergeTags(['docs'], 'other')).toEqual({ retagged: 2 });
    const items = (await s.query({ order: 'asc' })).items;
    expect(items.map((i) => i.tags)).toEqual([['other'], ['other'], ['ux']]);
    expect((await s.tags.get('docs'))).toMatchObject({ archived: true, mergedInto: 'other' });
    await expect(s.mergeTags(['ux'], 'ux')).rejects.toThrow(/into itself/);
    await expect(s.mergeTags(['ux'], 'nope')).rejects.toThrow(/no tag nope/);
  });

  it('a merge that fails midway changes no item and no tag', async () => {
    const s = make();
    for (let i = 0; i < 3; i++) await s.log(draft({ tags: ['docs'], quote: `q${i}`, createdAt: T0 + i }));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 2) throw new DOMException('I/O error', 'UnknownError');
      return put.apply(this, args);
    });
    await expect(s.mergeTags(['docs'], 'other')).rejects.toThrow(/I\/O error/);
    vi.restoreAllMocks();
    expect((await s.query()).items.every((i) => i.tags.join() === 'docs')).toBe(true);
    expect((await s.tags.get('docs'))?.mergedInto).toBeUndefined();
  });

  it('deletes an unused tag and refuses a used one', async () => {
    const s = make();
    const t = await s.tags.add({ en: 'Fresh' });
    await s.log(draft({ tags: ['ux'] }));
    await s.deleteTag(t.id);
    expect(await s.tags.get(t.id)).toBeUndefined();
    expect(feedbackErrorCode(await s.deleteTag('ux').catch((e: unknown) => e))).toBe('tag_in_use');
  });
});

describe('import commit', () => {
  it('adds new items, skips ids already here, creates tags the items need', async () => {
    const s = make();
    const existing = (await s.log(draft())).item;
    const fresh = item({ id: uuid(), tags: ['n-refunds'] });
    s.stageImport('a', [{ ...existing, quote: 'edited elsewhere' }, fresh], [{ id: 'n-refunds', label: { en: 'Refunds', ru: 'Возвраты' } }]);
    expect(await s.commitImport('a')).toEqual({ added: 1, skipped: 1, tagsAdded: ['n-refunds'] });
    // The existing item was not overwritten by the other copy.
    expect((await s.query({ ticket: { helpdesk: 'zendesk', ticketId: '1001' } })).items.find((i) => i.id === existing.id)?.quote).toBe(existing.quote);
    expect((await s.tags.get('n-refunds'))?.label.ru).toBe('Возвраты');
    expect(feedbackErrorCode(await s.commitImport('a').catch((e: unknown) => e))).toBe('import_session');
  });

  it('refuses invalid staged items and items with undefined tags; nothing is written', async () => {
    const s = make();
    expect(() => s.stageImport('b', [{ ...item(), quote: 42 }])).toThrow(/item 1: quote bad_type/);
    s.stageImport('c', [item({ id: uuid(), tags: ['n-nowhere'] })]);
    expect(feedbackErrorCode(await s.commitImport('c').catch((e: unknown) => e))).toBe('import_invalid');
    expect((await s.query()).total).toBe(0);
  });

  it('is all or nothing: a quota error midway leaves no item and no new tag behind', async () => {
    const s = make();
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (++calls === 3) throw quotaError();
      return add.apply(this, args);
    });
    s.stageImport('d', [1, 2, 3, 4].map((i) => item({ id: uuid(), quote: `q${i}`, tags: ['n-new'] })), [{ id: 'n-new', label: { en: 'New', ru: 'Новый' } }]);
    expect(feedbackErrorCode(await s.commitImport('d').catch((e: unknown) => e))).toBe('quota');
    vi.restoreAllMocks();
    expect((await s.query()).total).toBe(0);
    expect(await s.tags.get('n-new')).toBeUndefined();
  });

  it('reports which ids are already here, stored or queued', async () => {
    const s = make();
    const a = (await s.log(draft())).item;
    const queued = item({ id: uuid() });
    await s.outbox.put({ item: queued, queuedAt: T0, attempts: 0 });
    expect((await s.existingIds([a.id, queued.id, uuid()])).sort()).toEqual([a.id, queued.id].sort());
  });

  it('removes sample items and nothing else', async () => {
    const s = make();
    await s.log(draft());
    s.stageImport('e', [item({ id: uuid(), helpdesk: 'sample' }), item({ id: uuid(), helpdesk: 'sample', quote: 'x' })]);
    await s.commitImport('e');
    expect(await s.clearSamples()).toEqual({ removed: 2 });
    expect((await s.query()).items.map((i) => i.helpdesk)).toEqual(['zendesk']);
  });
});
