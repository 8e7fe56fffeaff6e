import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { DEFAULT_TAGS, defaultTagIdForName, tagIdForName } from './defaultTags';
import { feedbackErrorCode } from './errors';
import { filterTags, orderByUse, resolveIn, tagLabel, TagStore, TAGS_KEY } from './tags';

const store = () => new TagStore({ area: browser.storage.local, now: () => 1000 });

describe('default tags', () => {
  it('ship with stable ids and labels in both languages', () => {
    const ids = DEFAULT_TAGS.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['bug', 'feature-request', 'pricing', 'ux', 'performance', 'docs', 'delivery', 'billing', 'praise', 'other']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of DEFAULT_TAGS) {
      expect(t.label.en).toMatch(/\S/);
      expect(t.label.ru).toMatch(/[а-яё]/i);
    }
  });

  it('map names from either language to the same id, and unknown names to a stable hash id', () => {
    expect(defaultTagIdForName('Баг')).toBe('bug');
    expect(defaultTagIdForName(' BUG ')).toBe('bug');
    expect(defaultTagIdForName('Пожелание')).toBe('feature-request');
    expect(tagIdForName('Возвраты денег')).toBe(tagIdForName('возвраты  денег'));
    expect(tagIdForName('Возвраты денег')).toMatch(/^n-[a-z0-9]+$/);
    expect(tagIdForName('Refunds')).not.toBe(tagIdForName('Refund'));
  });
});

describe('TagStore', () => {
  it('starts with the defaults without writing anything', async () => {
    const tags = await store().list();
    expect(tags.map((t) => t.id)).toEqual(DEFAULT_TAGS.map((t) => t.id));
    expect(await browser.storage.local.get(TAGS_KEY)).toEqual({});
  });

  it('adds a tag with both labels, filling a missing language from the other', async () => {
    const s = store();
    const refunds = await s.add({ en: 'Refunds', ru: 'Возвраты' });
    expect(refunds).toMatchObject({ label: { en: 'Refunds', ru: 'Возвраты' }, archived: false, builtin: false, createdAt: 1000 });
    expect(refunds.id).toMatch(/^t-[a-z0-9]+$/);
    const onlyRu = await s.add({ ru: '  Курьеры  ' });
    expect(onlyRu.label).toEqual({ en: 'Курьеры', ru: 'Курьеры' });
    expect((await s.list()).map((t) => t.id).slice(-2)).toEqual([refunds.id, onlyRu.id]);
  });

  it('refuses empty, over-long, control-character and duplicate labels with specific codes', async () => {
    const s = store();
    await expect(s.add({ en: '  ' })).rejects.toThrow(/needs a label/);
    await expect(s.add({ en: 'x'.repeat(41) })).rejects.toThrow(/longer than 40/);
    await expect(s.add({ en: 'bad\u0000' })).rejects.toThrow(/control/);
    const dup = await s.add({ en: 'ошибка' }).catch((e: unknown) => e);
    expect(feedbackErrorCode(dup)).toBe('tag_exists');
  });

  it('renames a tag in one language and keeps its id', async () => {
    const s = store();
    const renamed = await s.rename('bug', { en: 'Defect' });
    expect(renamed).toMatchObject({ id: 'bug', label: { en: 'Defect', ru: 'Ошибка' } });
    expect((await s.get('bug'))?.label.en).toBe('Defect');
    await expect(s.rename('nope', { en: 'X' })).rejects.toThrow(/no tag nope/);
    await expect(s.rename('ux', { en: 'Defect' })).rejects.toThrow(/already exists/);
  });

  it('archives and restores; archived tags leave the list but not the full set', async () => {
    const s = store();
    await s.setArchived('praise', true);
    expect((await s.list()).some((t) => t.id === 'praise')).toBe(false);
    expect((await s.list({ includeArchived: true })).find((t) => t.id === 'praise')?.archived).toBe(true);
    await s.setArchived('praise', false);
    expect((await s.list()).some((t) => t.id === 'praise')).toBe(true);
  });

  it('marks merges, collapses chains, and resolves merged ids to the survivor', async () => {
    const s = store();
    await s.markMerged(['docs'], 'other');
    await s.markMerged(['other'], 'bug');
    const all = await s.all();
    expect(all.find((t) => t.id === 'docs')).toMatchObject({ archived: true, mergedInto: 'bug' });
    expect(resolveIn(all, 'docs')).toBe('bug');
    expect(await s.resolve('other')).toBe('bug');
    expect(await s.resolve('missing')).toBeUndefined();
    await expect(s.setArchived('docs', false)).rejects.toThrow(/cannot be restored/);
    await expect(s.markMerged(['ux'], 'docs')).rejects.toThrow(/itself merged/);
    await expect(s.markMerged(['ux'], 'ux')).rejects.toThrow(/into itself/);
  });

  it('ensures unknown tags exist without touching known ones', async () => {
    const s = store();
    const added = await s.ensure([
      { id: 'bug', label: { en: 'Something else', ru: 'Другое' } },
      { id: 'n-abc', label: { en: 'Refunds', ru: '' } },
      { id: 'BAD ID', label: { en: 'x', ru: 'x' } },
    ]);
    expect(added).toEqual(['n-abc']);
    expect((await s.get('bug'))?.label.en).toBe('Bug');
    expect((await s.get('n-abc'))?.label).toEqual({ en: 'Refunds', ru: 'Refunds' });
  });

  it('removes only a tag nothing points to', async () => {
    const s = store();
    const t = await s.add({ en: 'Temp' });
    await s.remove(t.id);
    expect(await s.get(t.id)).toBeUndefined();
    await s.markMerged(['docs'], 'ux');
    await expect(s.remove('ux')).rejects.toThrow(/merged into ux/);
  });

  it('serializes concurrent changes so none is lost', async () => {
    const s = store();
    await Promise.all(['A', 'B', 'C', 'D', 'E'].map((l) => s.add({ en: `Tag ${l}` })));
    expect((await s.list()).filter((t) => t.label.en.startsWith('Tag ')).length).toBe(5);
  });

  it('keeps a damaged record aside instead of silently dropping it', async () => {
    await browser.storage.local.set({ [TAGS_KEY]: { v: 99, junk: true } });
    const tags = await store().list();
    expect(tags.length).toBe(DEFAULT_TAGS.length);
    const all = await browser.storage.local.get(null);
    expect(Object.entries(all).find(([k]) => k.startsWith(`${TAGS_KEY}.damaged.`))?.[1]).toEqual({ v: 99, junk: true });
  });
});

describe('picker helpers', () => {
  it('orders by use, then stored order, without archived tags', async () => {
    const s = store();
    await s.setArchived('praise', true);
    const ordered = orderByUse(await s.all(), new Map([['pricing', 5], ['ux', 5], ['praise', 99], ['bug', 1]]));
    expect(ordered.map((t) => t.id).slice(0, 4)).toEqual(['pricing', 'ux', 'bug', 'feature-request']);
    expect(ordered.some((t) => t.id === 'praise')).toBe(false);
    expect(ordered[0]?.uses).toBe(5);
  });

  it('filters by either language, ignoring case and ё', async () => {
    const tags = await store().all();
    expect(filterTags(tags, 'ОШИБ').map((t) => t.id)).toEqual(['bug']);
    expect(filterTags(tags, 'deliv').map((t) => t.id)).toEqual(['delivery']);
    expect(filterTags(tags, '').length).toBe(tags.length);
    expect(tagLabel(tags, 'bug', 'ru')).toBe('Ошибка');
    expect(tagLabel(tags, 'gone', 'en')).toBe('gone');
  });
});
