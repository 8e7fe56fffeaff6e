import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from './effective';
import { cachePolicy } from './policy-cache';
import { DEFAULT_SETTINGS, type CustomRuleSource, type Settings } from './model';
import { applyParsedPolicy, applyPolicy, forbiddenEdits, isLocked, isManaged, managedOf, parsePolicy } from './policy';
import { SETTINGS_KEY } from './store';

const rule = (id: string, pattern = 'no refunds', lang: 'en' | 'ru' = 'en'): CustomRuleSource => ({
  id,
  lang,
  kind: 'cannot',
  pattern,
  exceptions: [],
  message: { en: '', ru: '' },
  hint: { en: '', ru: '' },
  examples: { match: [], noMatch: [] },
});

function user(change: (s: Settings) => void = () => {}): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  change(s);
  return s;
}

describe('managed policy: merge over the user’s settings', () => {
  it('lets a value the policy sets win, and leaves the rest to the user', () => {
    const mine = user((s) => {
      s.agentName = 'Olga';
      s.framing.holdOnSend = false;
      s.attachments.expiryDays = 10;
    });
    const effective = applyPolicy(mine, { settings: { framing: { holdOnSend: true }, attachments: { expiryDays: 90, threshold: 'end' } } });
    expect(effective.framing.holdOnSend).toBe(true);
    expect(effective.attachments.expiryDays).toBe(90);
    expect(effective.attachments.threshold).toBe('end');
    expect(effective.agentName).toBe('Olga');
    expect(effective.names).toEqual(DEFAULT_SETTINGS.names);
  });

  it('keeps the user’s custom rules beside the policy’s, the policy’s winning on the same id', () => {
    const mine = user((s) => (s.framing.customRules = [rule('team.mine'), rule('acme.shared', 'old pattern')]));
    const effective = applyPolicy(mine, { settings: { framing: { customRules: [rule('acme.shared', 'new pattern'), rule('acme.only')] } } });
    expect(effective.framing.customRules.map((r: CustomRuleSource) => [r.id, r.pattern])).toEqual([
      ['acme.shared', 'new pattern'],
      ['acme.only', 'no refunds'],
      ['team.mine', 'no refunds'],
    ]);
  });

  it('joins switched-off rules, and with a lock uses only the policy’s', () => {
    const mine = user((s) => (s.framing.disabledRules = ['en.limit.only-within']));
    expect(applyPolicy(mine, { settings: { framing: { disabledRules: ['ru.blame.your-fault'] } } }).framing.disabledRules.sort()).toEqual([
      'en.limit.only-within',
      'ru.blame.your-fault',
    ]);
    expect(applyPolicy(mine, { locks: ['framing.disabledRules'] }).framing.disabledRules).toEqual([]);
    expect(applyPolicy(mine, { settings: { framing: { disabledRules: ['x.y'] } }, locks: ['framing.disabledRules'] }).framing.disabledRules).toEqual(['x.y']);
  });

  it('a lock ignores the user’s value: the policy’s when it sets one, else the default', () => {
    const mine = user((s) => {
      s.agentName = 'Olga';
      s.framing.customRules = [rule('team.mine')];
      s.names.holdOnSend = false;
      s.attachments.kinds = ['image'];
    });
    const effective = applyPolicy(mine, {
      settings: { framing: { customRules: [rule('acme.only')] } },
      locks: ['framing.customRules', 'names', 'agentName'],
    });
    expect(effective.framing.customRules.map((r: CustomRuleSource) => r.id)).toEqual(['acme.only']);
    expect(effective.names.holdOnSend).toBe(true);
    expect(effective.agentName).toBe('');
    expect(effective.attachments.kinds).toEqual(['image']);
  });

  it('merges adapter overrides per adapter and selectors per key', () => {
    const mine = user((s) => (s.adapters = { demo: { enabled: false, selectors: { editor: '.mine', sendButton: '.send' } } }));
    const effective = applyPolicy(mine, { settings: { adapters: { demo: { selectors: { editor: '.company' } } } } });
    expect(effective.adapters.demo).toEqual({ enabled: true, selectors: { editor: '.company', sendButton: '.send' } });
  });

  it('drops what does not fit, part by part, and says where', () => {
    const parsed = parsePolicy({
      settings: {
        agentName: 42,
        attachments: { expiryDays: 0, threshold: 'half' },
        framing: { customRules: [rule('ok.one'), { id: 'Bad Id!', lang: 'en', pattern: 'x' }, rule('ok.one')] },
        adapters: { nosuch: { enabled: false }, demo: { enabled: false } },
        customSites: [{ id: 'acme', pattern: 'https://help.acme.com/*', adapter: 'no-such-helpdesk' }],
        nonsense: true,
      },
      locks: ['agentName', 'everything'],
      tags: [{ id: 'refund', label: { en: 'Refund', ru: 'Возврат' } }, { id: 'BAD', label: { en: 'x', ru: 'y' } }],
      extra: 1,
    });
    expect(parsed.values.agentName).toBeUndefined();
    expect(parsed.values['attachments.expiryDays']).toBeUndefined();
    expect(parsed.values['attachments.threshold']).toBe('half');
    expect((parsed.values['framing.customRules'] as CustomRuleSource[]).map((r) => r.id)).toEqual(['ok.one']);
    expect(parsed.values.adapters).toEqual({ demo: { enabled: false, selectors: {} } });
    expect(parsed.values.customSites).toEqual([]);
    expect(parsed.locks).toEqual(['agentName']);
    expect(parsed.tags.map((t) => t.id)).toEqual(['refund']);
    const where = parsed.problems.map((p) => p.where);
    expect(where).toEqual(
      expect.arrayContaining([
        'extra',
        'settings.nonsense',
        'settings.agentName',
        'settings.attachments.expiryDays',
        'settings.framing.customRules[1]',
        'settings.framing.customRules[2]',
        'settings.adapters.nosuch',
        'settings.customSites[0].adapter',
        'locks[1]',
        'tags[1]',
      ]),
    );
    for (const p of parsed.problems) expect(p.message.en && p.message.ru, p.where).toBeTruthy();
    const expiry = parsed.problems.find((p) => p.where === 'settings.attachments.expiryDays')!;
    expect(expiry.message.en).toMatch(/at least 1/);
    expect(expiry.message.ru).toMatch(/не меньше 1/);
  });

  it('ignores prototype-polluting keys in a policy', () => {
    const effective = applyPolicy(user(), JSON.parse('{"settings": {"__proto__": {"polluted": true}, "framing": {"__proto__": {"x": 1}}}, "__proto__": {"y": 1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(effective.framing).toEqual(DEFAULT_SETTINGS.framing);
  });

  it('reads the cached policy with the user’s settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { agentName: 'Olga', names: { holdOnSend: false } } });
    await cachePolicy({ settings: { names: { holdOnSend: true } }, locks: ['agentName'] });
    const s = await loadSettings();
    expect(s.names.holdOnSend).toBe(true);
    expect(s.agentName).toBe('');
  });
});

describe('managed policy: what is managed, what may be edited', () => {
  const policy = parsePolicy({
    settings: { agentName: 'Support', framing: { customRules: [rule('acme.only')] }, adapters: { demo: { enabled: true } }, framing_: 1 },
    locks: ['attachments'],
  });
  const managed = managedOf(policy);

  it('marks locked paths, groups and single values as managed; collections entry by entry', () => {
    expect(isManaged(managed, 'agentName')).toBe(true);
    expect(isManaged(managed, 'attachments.expiryDays')).toBe(true);
    expect(isLocked(managed, 'attachments')).toBe(true);
    expect(isManaged(managed, 'framing.customRules')).toBe(false);
    expect(managed.ruleIds.has('acme.only')).toBe(true);
    expect(isManaged(managed, 'names.enabled')).toBe(false);
  });

  it('refuses edits of managed settings and of policy entries, allows the rest', () => {
    const before = applyParsedPolicy(user(), parsePolicy({}));
    const edit = (change: (s: Settings) => void) => {
      const after = structuredClone(before);
      change(after);
      return forbiddenEdits(before, after, managed);
    };
    expect(edit((s) => (s.agentName = 'Me'))).toEqual(['agentName']);
    expect(edit((s) => (s.attachments.threshold = 'end'))).toEqual(['attachments.threshold']);
    expect(edit((s) => s.framing.customRules.push(rule('acme.only')))).toEqual(['framing.customRules.acme.only']);
    expect(edit((s) => (s.adapters.demo = { enabled: false, selectors: {} }))).toEqual(['adapters.demo']);
    expect(edit((s) => s.framing.customRules.push(rule('team.own')))).toEqual([]);
    expect(edit((s) => (s.names.holdOnSend = false))).toEqual([]);
    expect(edit((s) => s.framing.disabledRules.push('en.limit.only-within'))).toEqual([]);
  });
});
