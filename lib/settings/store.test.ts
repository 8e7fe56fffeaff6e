import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyPolicy } from './policy';
import { DEFAULT_SETTINGS } from './model';
import { readUserSettings, SETTINGS_KEY, withDefaults } from './store';

describe('settings', () => {
  it('fills what is missing and drops what has the wrong type, field by field', () => {
    const merged = withDefaults(DEFAULT_SETTINGS, { agentName: 'Olga', names: { enabled: 'yes' }, attachments: { threshold: 'end' } });
    expect(merged.agentName).toBe('Olga');
    expect(merged.names.enabled).toBe(true);
    expect(merged.attachments.threshold).toBe('end');
    expect(merged.attachments.kinds).toEqual(DEFAULT_SETTINGS.attachments.kinds);
  });

  it('ignores prototype-polluting keys', () => {
    const merged = withDefaults(DEFAULT_SETTINGS, JSON.parse('{"__proto__": {"polluted": true}, "agentName": "A"}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(merged.agentName).toBe('A');
  });

  it('reads defaults from empty or corrupt storage', async () => {
    expect(await readUserSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(await readUserSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('puts policy over the user’s settings', () => {
    const user = { ...structuredClone(DEFAULT_SETTINGS), agentName: 'Olga' };
    const effective = applyPolicy(user, { settings: { names: { holdOnSend: false } } });
    expect(effective.names).toEqual({ enabled: true, holdOnSend: false });
    expect(effective.agentName).toBe('Olga');
  });
});
