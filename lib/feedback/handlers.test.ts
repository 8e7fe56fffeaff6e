import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { feedbackErrorCode } from './errors';
import type { FeedbackItem } from './schema';
import { isContentScript, OUTBOX_ALARM, registerFeedbackHandlers } from './handlers';
import * as m from './messages';
import { dbName, draft, quotaError, T0 } from './testing/fixtures';
import { POLICY_CACHE_KEY, POLICY_CACHE_VERSION } from '../settings/effective';
import { EMPTY_POLICY } from '../settings/merge';

let api: ReturnType<typeof registerFeedbackHandlers>;
beforeEach(() => {
  api = registerFeedbackHandlers({ dbName: dbName(), now: () => T0 });
});
afterEach(() => {
  api.unregister();
  vi.restoreAllMocks();
});

describe('feedback messages', () => {
  it('log → {item, duplicate}, then a duplicate, then undo', async () => {
    const first = await m.logFeedback.send(draft());
    expect(first.duplicate).toBe(false);
    expect((await m.logFeedback.send(draft())).duplicate).toBe(true);
    expect(await m.undoFeedback.send({ id: first.item.id })).toEqual({ removed: true });
    expect((await m.queryFeedback.send({})).total).toBe(0);
  });

  it('errors arrive with their code', async () => {
    const err = await m.logFeedback.send(draft({ tags: ['nope'] })).catch((e: unknown) => e);
    expect(feedbackErrorCode(err)).toBe('unknown_tag');
    expect(feedbackErrorCode(await m.undoFeedback.send({ id: 'x' }).catch((e: unknown) => e))).toBe('not_found');
  });

  it('a quota failure arms the retry alarm, and the alarm stores the item', async () => {
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quotaError();
    });
    expect(feedbackErrorCode(await m.logFeedback.send(draft()).catch((e: unknown) => e))).toBe('quota');
    expect(await browser.alarms.get(OUTBOX_ALARM)).toMatchObject({ name: OUTBOX_ALARM, periodInMinutes: 1 });
    expect((await m.feedbackStats.send()).pending).toBe(1);

    add.mockRestore();
    await fakeBrowser.alarms.onAlarm.trigger({ name: OUTBOX_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect((await m.feedbackStats.send()).pending).toBe(0));
    expect((await m.queryFeedback.send({})).total).toBe(1);
    expect(await browser.alarms.get(OUTBOX_ALARM)).toBeUndefined();
  });

  it('tags: list, picker, add, rename, archive, merge, delete', async () => {
    const added = await m.addTag.send({ label: { en: 'Refunds', ru: 'Возвраты' } });
    expect((await m.listTags.send({})).some((t) => t.id === added.id)).toBe(true);
    expect((await m.renameTag.send({ id: added.id, label: { en: 'Refund requests' } })).label.en).toBe('Refund requests');
    await m.logFeedback.send(draft({ tags: [added.id] }));
    expect((await m.pickerTags.send())[0]).toMatchObject({ id: added.id, uses: 1 });
    expect((await m.archiveTag.send({ id: 'praise', archived: true })).archived).toBe(true);
    expect((await m.listTags.send({})).some((t) => t.id === 'praise')).toBe(false);
    expect((await m.listTags.send({ includeArchived: true })).some((t) => t.id === 'praise')).toBe(true);
    expect(await m.mergeTags.send({ from: [added.id], into: 'billing' })).toEqual({ retagged: 1 });
    expect((await m.queryFeedback.send({})).items[0]?.tags).toEqual(['billing']);
    expect(feedbackErrorCode(await m.deleteTag.send({ id: 'billing' }).catch((e: unknown) => e))).toBe('tag_in_use');
    expect(await m.deleteTag.send({ id: 'praise' })).toEqual({ deleted: true });
  });

  it('import: check, stage in chunks, commit', async () => {
    const samples = (await import('./samples')).sampleItems({ count: 30, now: T0 });
    const known = await m.logFeedback.send(draft());
    expect(await m.checkImportIds.send({ ids: [known.item.id, samples[0]!.id] })).toEqual({ existing: [known.item.id] });
    await m.stageImport.send({ session: 's1', items: samples.slice(0, 10) });
    expect(await m.stageImport.send({ session: 's1', items: samples.slice(10) })).toEqual({ staged: 30 });
    expect(await m.commitImport.send({ session: 's1' })).toEqual({ added: 30, skipped: 0, tagsAdded: [] });
    expect((await m.queryFeedback.send({})).total).toBe(31);
  });

  it('export returns the file text for the whole store or a filter', async () => {
    await m.logFeedback.send(draft({ quote: '=HYPERLINK("http://evil")' }));
    await m.logFeedback.send(draft({ tags: ['ux'], quote: 'другое' }));
    const csv = await m.exportFeedback.send({ format: 'csv', locale: 'ru' });
    expect(csv).toMatchObject({ mimeType: 'text/csv;charset=utf-8', count: 2 });
    expect(csv.fileName).toMatch(/^tact-feedback-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFFid;created_at;')).toBe(true);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const json = await m.exportFeedback.send({ format: 'json', query: { tags: ['ux'] } });
    expect(json.fileName).toMatch(/filtered/);
    expect(JSON.parse(json.text)).toMatchObject({ format: 'tact-feedback', schemaVersion: 2, scope: 'filtered', items: [{ quote: 'другое' }] });
  });

  it('samples: load for an empty store, clear them again', async () => {
    const loaded = await m.loadSampleFeedback.send({ count: 50 });
    expect(loaded.added).toBe(50);
    await m.logFeedback.send(draft());
    expect(await m.clearSampleFeedback.send()).toEqual({ removed: 50 });
    expect((await m.queryFeedback.send({})).total).toBe(1);
  });

  it('flushes what an earlier worker left in the outbox when it starts', async () => {
    api.unregister();
    const name = dbName();
    const first = registerFeedbackHandlers({ dbName: name, now: () => T0 });
    const { item } = await m.logFeedback.send(draft());
    await first.service.outbox.put({ item: { ...item, id: '11111111-2222-4333-8444-555555555555', quote: 'left behind' }, queuedAt: T0, attempts: 0 });
    first.unregister();
    api = registerFeedbackHandlers({ dbName: name, now: () => T0 });
    await vi.waitFor(async () => expect((await m.queryFeedback.send({})).total).toBe(2));
    expect((await m.feedbackStats.send()).pending).toBe(0);
  });
});

describe('the policy lock on tags', () => {
  const lockTags = () => browser.storage.local.set({ [POLICY_CACHE_KEY]: { v: POLICY_CACHE_VERSION, policy: { ...EMPTY_POLICY, locks: ['tags'] } } });
  const code = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => feedbackErrorCode(e));

  it('refuses every change to the tag list, and says so with its own code', async () => {
    const mine = await m.addTag.send({ label: { en: 'Refunds', ru: 'Возвраты' } });
    await lockTags();
    expect(await code(m.addTag.send({ label: { en: 'New', ru: 'Новый' } }))).toBe('tags_locked');
    expect(await code(m.ensureTags.send({ tags: [{ id: 'fresh', label: { en: 'Fresh', ru: 'Свежий' } }] }))).toBe('tags_locked');
    expect(await code(m.renameTag.send({ id: mine.id, label: { en: 'Renamed' } }))).toBe('tags_locked');
    expect(await code(m.archiveTag.send({ id: 'praise', archived: true }))).toBe('tags_locked');
    expect(await code(m.mergeTags.send({ from: [mine.id], into: 'billing' }))).toBe('tags_locked');
    expect(await code(m.deleteTag.send({ id: 'praise' }))).toBe('tags_locked');
    const tags = await m.listTags.send({ includeArchived: true });
    expect(tags.find((t) => t.id === mine.id)?.label.en).toBe('Refunds');
    expect(tags.some((t) => t.id === 'fresh')).toBe(false);
    expect(tags.find((t) => t.id === 'praise')?.archived).toBe(false);
  });

  it('still logs with the tags that exist', async () => {
    await lockTags();
    expect((await m.logFeedback.send(draft({ tags: ['billing'] }))).duplicate).toBe(false);
    expect((await m.queryFeedback.send({})).total).toBe(1);
  });

  it('imports items with known tags but refuses an import that would add one', async () => {
    await lockTags();
    const [known, other] = (await import('./samples')).sampleItems({ count: 2, now: T0 }) as [FeedbackItem, FeedbackItem];
    await m.stageImport.send({ session: 'ok', items: [known] });
    expect((await m.commitImport.send({ session: 'ok' })).added).toBe(1);
    await m.stageImport.send({ session: 'new', items: [{ ...other, tags: ['teammates'] }], tags: [{ id: 'teammates', label: { en: 'Teammates', ru: 'Коллеги' } }] });
    expect(await code(m.commitImport.send({ session: 'new' }))).toBe('tags_locked');
    expect((await m.listTags.send({ includeArchived: true })).some((t) => t.id === 'teammates')).toBe(false);
    expect((await m.queryFeedback.send({})).total).toBe(1);
  });
});

describe('who may call what', () => {
  const origin = browser.runtime.getURL('/' as never);
  it('tells a content script (a helpdesk tab) from an extension page', () => {
    expect(isContentScript({ tab: { id: 1 } as never, url: 'https://acme.zendesk.com/agent/tickets/1' })).toBe(true);
    expect(isContentScript({ tab: { id: 2 } as never, url: `${origin}feedback.html` })).toBe(false);
    expect(isContentScript({ url: `${origin}popup.html` })).toBe(false);
    expect(isContentScript({})).toBe(false);
  });
});
