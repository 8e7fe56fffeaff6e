import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_IDS } from '../../framing/custom';
import type { Tag } from '../../feedback/tags';
import { DEFAULT_SETTINGS } from '../../settings/model';
import { parsePolicy } from '../../settings/policy';
import { stateOf } from '../store';
import { GOOD_PACK, HOSTILE_PACKS } from './fixtures';
import { buildPack, planImport } from './plan';
import { parsePack } from './schema';

const TAGS: Tag[] = [
  { id: 'bug', label: { en: 'Bug', ru: 'Ошибка' }, archived: false, builtin: true, createdAt: 0 },
  { id: 'ux', label: { en: 'UX / design', ru: 'Удобство и дизайн' }, archived: false, builtin: true, createdAt: 0 },
];

describe('rule pack files', () => {
  it('reads a good pack', () => {
    const r = parsePack(JSON.stringify(GOOD_PACK));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.rules?.custom?.map((x) => x.id)).toEqual(['acme.islands', 'acme.ostrova']);
    expect(r.pack.sites?.adapters).toEqual({ demo: { enabled: true, selectors: { sendButton: 'button.dd-send' } } });
  });

  it('reads a pack with a byte-order mark and only some sections', () => {
    expect(parsePack(`\uFEFF${JSON.stringify({ tactPack: 1, tags: [] })}`)).toMatchObject({ ok: true, pack: { tactPack: 1, tags: [] } });
  });

  it('has fifteen-odd corrupt and hostile files', () => expect(HOSTILE_PACKS.length).toBeGreaterThanOrEqual(15));

  it.each(HOSTILE_PACKS)('refuses %s, saying why in both languages', (_what, text, why) => {
    const polluted = ({} as Record<string, unknown>).polluted;
    const r = parsePack(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason.en).toMatch(why);
    expect(r.reason.ru.length).toBeGreaterThan(5);
    expect(r.reason.ru).toMatch(/[а-я]/);
    expect(({} as Record<string, unknown>).polluted).toBe(polluted);
  });

  it('says a file is not valid JSON in words of its own, never with the engine’s English message', () => {
    for (const text of ['{"tactPack": 1,, }', 'id,tags,quote\n1,bug,hello\n', '{"tactPack": 1, "rules": {"custom": [']) {
      const r = parsePack(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reason.en).toMatch(/^This is not valid JSON/);
      expect(r.reason.ru).toMatch(/^Это не корректный JSON/);
      // nothing English in the Russian sentence but the word JSON
      expect(r.reason.ru.replace(/JSON/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('round-trips an export: the exported pack reads back and changes nothing', () => {
    const user = structuredClone(DEFAULT_SETTINGS);
    const good = parsePack(JSON.stringify(GOOD_PACK));
    if (!good.ok) throw new Error('bad fixture');
    user.framing.customRules = good.pack.rules!.custom!;
    user.framing.disabledRules = ['en.limit.only'];
    user.adapters = good.pack.sites!.adapters!;
    user.customSites = good.pack.sites!.custom!;
    user.framing.customRules.push({ ...user.framing.customRules[0]!, id: 'acme.broken', pattern: '(' });
    const { pack, leftOut } = buildPack(user, TAGS, Date.UTC(2025, 10, 5));
    expect(leftOut).toEqual(['acme.broken']);
    const back = parsePack(JSON.stringify(pack, null, 2));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    user.framing.customRules.pop();
    const plan = planImport(back.pack, stateOf(user, parsePolicy({})), TAGS, BUILTIN_RULE_IDS);
    expect(plan.empty).toBe(true);
  });
});

describe('import preview', () => {
  const pack = () => {
    const r = parsePack(JSON.stringify(GOOD_PACK));
    if (!r.ok) throw new Error('bad fixture');
    return r.pack;
  };

  it('lists what would be added, changed and removed', () => {
    const user = structuredClone(DEFAULT_SETTINGS);
    user.framing.customRules = [{ ...pack().rules!.custom![0]!, pattern: 'islands' }, { ...pack().rules!.custom![0]!, id: 'team.old' }];
    user.framing.disabledRules = ['en.blame.should-have'];
    const plan = planImport(pack(), stateOf(user, parsePolicy({})), TAGS, BUILTIN_RULE_IDS);
    expect(plan.rules).toEqual({ added: ['acme.ostrova'], changed: ['acme.islands'], removed: ['team.old'] });
    expect(plan.disabled).toEqual({ off: ['en.limit.only'], on: ['en.blame.should-have'], unknown: [] });
    expect(plan.tags).toEqual({ added: ['refund'], renamed: ['bug'], archived: [], restored: [] });
    expect(plan.adapters).toEqual({ added: ['demo'], changed: [], removed: [] });
    expect(plan.sites).toEqual({ added: ['acme-help'], changed: [], removed: [] });
    expect(plan.empty).toBe(false);
    expect(plan.conflicts).toEqual([]);
  });

  it('leaves out what the organisation manages, and says so', () => {
    const policy = parsePolicy({ locks: ['tags', 'customSites'], settings: { framing: { customRules: [pack().rules!.custom![0]] } } });
    const plan = planImport(pack(), stateOf(structuredClone(DEFAULT_SETTINGS), policy), TAGS, BUILTIN_RULE_IDS);
    expect(plan.blocked).toEqual(['tags', 'sites.custom']);
    expect(plan.skipped).toEqual(['acme.islands']);
    expect(plan.rules).toEqual({ added: ['acme.ostrova'], changed: [], removed: [] });
  });

  it('stops at a tag that would take another tag’s name', () => {
    const p = pack();
    p.tags = [{ id: 'refund', label: { en: 'bug', ru: 'Возврат' }, archived: false }];
    const plan = planImport(p, stateOf(structuredClone(DEFAULT_SETTINGS), parsePolicy({})), TAGS, BUILTIN_RULE_IDS);
    expect(plan.conflicts[0]!.en).toMatch(/has the name of your tag “Bug” \(bug\)/);
  });

  it('notes switched-off ids this version does not know', () => {
    const p = pack();
    p.rules!.disabled = ['en.limit.only', 'en.future.rule'];
    const plan = planImport(p, stateOf(structuredClone(DEFAULT_SETTINGS), parsePolicy({})), TAGS, BUILTIN_RULE_IDS);
    expect(plan.disabled!.unknown).toEqual(['en.future.rule']);
  });
});
