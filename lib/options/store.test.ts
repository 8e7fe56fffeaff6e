import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { customRule } from '../framing/testing';
import { cachePolicy } from '../settings/policy-cache';
import { SETTINGS_KEY } from '../settings/store';
import { DEFAULT_SETTINGS, type CustomRuleSource } from '../settings/model';
import { ManagedError, OptionsStore, RefusedError } from './store';

const noRefresh = { refreshPolicy: async () => {} };

describe('options store', () => {
  it('reads the user’s settings and the policy, and shows the effective settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentName: 'Olga' } });
    await cachePolicy({ settings: { names: { holdOnSend: false } } });
    const store = new OptionsStore(noRefresh);
    const state = await store.load();
    expect(state.user.agentName).toBe('Olga');
    expect(state.user.names.holdOnSend).toBe(true);
    expect(state.effective.names.holdOnSend).toBe(false);
    expect(state.managed.values.has('names.holdOnSend')).toBe(true);
    store.dispose();
  });

  it('saves edits in order without losing any', async () => {
    const store = new OptionsStore(noRefresh);
    await store.load();
    await Promise.all([
      store.update((s) => void (s.agentName = 'A')),
      store.update((s) => void s.framing.disabledRules.push('en.limit.only-within')),
      store.update((s) => void (s.names.enabled = false)),
    ]);
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { agentName: string; framing: { disabledRules: string[] }; names: { enabled: boolean } };
    expect(stored.agentName).toBe('A');
    expect(stored.framing.disabledRules).toEqual(['en.limit.only-within']);
    expect(stored.names.enabled).toBe(false);
    store.dispose();
  });

  it('refuses an edit the policy manages and writes nothing', async () => {
    await cachePolicy({ locks: ['agentName'], settings: { names: { holdOnSend: false } } });
    const store = new OptionsStore(noRefresh);
    await store.load();
    await expect(store.update((s) => void (s.agentName = 'Me'))).rejects.toBeInstanceOf(ManagedError);
    await expect(store.update((s) => void (s.names.holdOnSend = false))).rejects.toMatchObject({ paths: ['names.holdOnSend'] });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();
    // a refused edit does not block the next one
    await store.update((s) => void (s.names.enabled = false));
    expect(store.state!.effective.names.enabled).toBe(false);
    store.dispose();
  });

  it('refuses a custom rule that does not compile, with its id and the problem in both languages, and writes nothing', async () => {
    const rule = (over: Partial<CustomRuleSource>) => customRule({ id: 'acme.no-refunds', ...over });
    const store = new OptionsStore(noRefresh);
    await store.load();
    await store.update((s) => void s.framing.customRules.push(rule({})));
    const refused = await store.update((s) => void s.framing.customRules.push(rule({ id: 'acme.broken', pattern: '(unclosed' }))).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RefusedError);
    expect(refused).toMatchObject({ ruleId: 'acme.broken', reason: { en: expect.stringContaining('Rule “acme.broken”: ') as string, ru: expect.stringContaining('Правило «acme.broken»: ') as string } });
    // a changed rule is checked too, and a duplicate id is a problem
    await expect(store.update((s) => void (s.framing.customRules[0]!.pattern = ''))).rejects.toMatchObject({ ruleId: 'acme.no-refunds' });
    await expect(store.update((s) => void s.framing.customRules.push(rule({})))).rejects.toBeInstanceOf(RefusedError);
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as typeof DEFAULT_SETTINGS;
    expect(stored.framing.customRules).toEqual([rule({})]);
    store.dispose();
  });

  it('follows changes made elsewhere (another tab, the popup, a new policy)', async () => {
    const store = new OptionsStore(noRefresh);
    await store.load();
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.effective.agentName));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentName: 'From the popup' } });
    await expect.poll(() => seen.at(-1)).toBe('From the popup');
    await cachePolicy({ settings: { agentName: 'Company' } });
    await expect.poll(() => seen.at(-1)).toBe('Company');
    store.dispose();
  });
});
