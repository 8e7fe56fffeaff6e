import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_RULE_IDS } from '../../framing/custom';
import { customRule } from '../../framing/testing';
import type { Tag } from '../../feedback/tags';
import { SETTINGS_KEY } from '../../settings/store';
import { OptionsStore } from '../store';
import type { TagsClient } from '../tags/client';
import { GOOD_PACK } from './fixtures';
import { applyImport, planImport, readUndo, undoImport, UNDO_KEY } from './plan';
import { parsePack } from './schema';

const area = {
  get: (key: string) => fakeBrowser.storage.local.get(key),
  set: (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items),
  remove: (key: string) => fakeBrowser.storage.local.remove(key),
};
const noTags = { ensure: async () => [], rename: async () => ({}), archive: async () => ({}), remove: async () => ({}) } as unknown as TagsClient;
const TAGS: Tag[] = [];

async function imported(before: (store: OptionsStore) => Promise<unknown>) {
  const store = new OptionsStore({ refreshPolicy: async () => {} });
  await store.load();
  await before(store);
  const parsed = parsePack(JSON.stringify({ ...GOOD_PACK, tags: undefined }));
  if (!parsed.ok) throw new Error('bad fixture');
  const plan = planImport(parsed.pack, store.state!, TAGS, BUILTIN_RULE_IDS);
  await applyImport(plan, TAGS, { store, tags: noTags, area });
  return { store, undo: (await readUndo(area))! };
}

describe('undoing a pack import', () => {
  it('puts back exactly what the import changed', async () => {
    const mine = customRule({ id: 'team.mine', pattern: 'mine' });
    const { store, undo } = await imported((s) => s.update((x) => void ((x.framing.customRules = [mine]), (x.framing.disabledRules = ['en.blame.should-have']))));
    expect(store.state!.user.framing.customRules.map((r) => r.id)).toEqual(['acme.islands', 'acme.ostrova']);
    await undoImport(undo, { store, tags: noTags, area });
    const user = store.state!.user;
    expect(user.framing.customRules).toEqual([mine]);
    expect(user.framing.disabledRules).toEqual(['en.blame.should-have']);
    expect(user.adapters).toEqual({});
    expect(user.customSites).toEqual([]);
    expect((await fakeBrowser.storage.local.get(UNDO_KEY))[UNDO_KEY]).toBeUndefined();
  });

  it('edit after import, then undo keeps the edit', async () => {
    const { store, undo } = await imported(async () => undefined);
    const later = customRule({ id: 'team.later', pattern: 'later' });
    const site = { id: 'later-help', pattern: 'https://later.example/*', adapter: 'generic', selectors: {}, enabled: true };
    await store.update((s) => {
      s.framing.customRules.push(later);
      s.framing.customRules[0]!.pattern = 'islands ~ ferry';
      s.framing.disabledRules.push('en.blame.should-have');
      s.customSites.push(site);
      s.adapters.zendesk = { enabled: false, selectors: {} };
    });
    await undoImport(undo, { store, tags: noTags, area });
    const user = store.state!.user;
    // the imported rule the admin edited stays as edited; the untouched one goes
    expect(user.framing.customRules.map((r) => [r.id, r.pattern])).toEqual([
      ['acme.islands', 'islands ~ ferry'],
      ['team.later', 'later'],
    ]);
    expect(user.framing.disabledRules).toEqual(['en.blame.should-have']);
    expect(user.customSites).toEqual([site]);
    expect(user.adapters).toEqual({ zendesk: { enabled: false, selectors: {} } });
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as typeof user;
    expect(stored.customSites).toEqual([site]);
  });
});
