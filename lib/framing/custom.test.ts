import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CustomRuleSource, type Settings } from '../settings/model';
import { BUILTIN_RULE_IDS, checkCustomRule, effectivePacks, runExamples, toFramingRule } from './custom';
import { compiledPack, findFraming } from '.';
import { customRule } from './testing';

function settings(framing: Partial<Settings['framing']>): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  Object.assign(s.framing, framing);
  return s;
}

describe('custom rules: checked as the checker runs them', () => {
  it('accepts a rule and fills what it leaves empty from the other language, then from its kind', () => {
    const r = checkCustomRule(customRule());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rule.message).toEqual({ en: 'Islands: say when it arrives.', ru: 'Islands: say when it arrives.' });
    expect(r.rule.hint.en).toMatch(/Put the possibility first/);
    expect(r.rule.hint.ru).toMatch(/Сначала возможность/);
  });

  it('uses the language pack’s word classes', () => {
    expect(checkCustomRule(customRule({ pattern: '@us @nt (ship | deliver) .. islands' })).ok).toBe(true);
    expect(checkCustomRule(customRule({ lang: 'ru', pattern: '@neg ~ остров*' })).ok).toBe(true);
  });

  it('says what is wrong with the pattern and where, in both languages', () => {
    const r = checkCustomRule(customRule({ pattern: 'islands (ferry' }));
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'pattern', start: 8, end: 9 }] });
    if (r.ok) return;
    expect(r.problems[0]!.message.en).toMatch(/never closed/);
    expect(r.problems[0]!.message.ru).toMatch(/не закрыта/);
  });

  it('points at the broken exception by its index', () => {
    const r = checkCustomRule(customRule({ exceptions: ['weekend', '@nosuch'] }));
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'exceptions', index: 1, start: 0, end: 7 }] });
  });

  it('refuses ids that are malformed, built-in or taken', () => {
    const builtin = [...BUILTIN_RULE_IDS][0]!;
    for (const [id, why] of [['', /Give the rule an id/], ['Acme Rule', /lower-case/], [builtin, /built-in/], ['acme.taken', /already has/]] as const) {
      const r = checkCustomRule(customRule({ id }), { takenIds: new Set(['acme.taken']) });
      expect(r.ok, id).toBe(false);
      if (!r.ok) expect(r.problems[0]!.message.en).toMatch(why);
    }
  });

  it('runs its examples the way the suite runs the built-in rules’', () => {
    const rule = toFramingRule(customRule({ examples: { match: ['Parcels to the islands go by ferry on Fridays.', 'Islands are lovely.'], noMatch: ['The ferry leaves at noon.', 'Islands get the ferry on Fridays.'] } }));
    const pack = compiledPack(effectivePacks(settings({ customRules: [customRule()] })).packs.en);
    const r = runExamples(rule, pack);
    expect(r.match.map((e) => e.passes)).toEqual([true, false]);
    expect(r.noMatch.map((e) => e.passes)).toEqual([true, false]);
  });
});

describe('effective packs: what the extension underlines follows the settings', () => {
  const islands = 'Parcels to the islands go by ferry on Fridays.';

  it('flags with an admin’s rule, naming it ahead of the built-in rules', () => {
    expect(findFraming(islands)).toEqual([]);
    const { packs, broken } = effectivePacks(settings({ customRules: [customRule()] }));
    expect(broken).toEqual([]);
    expect(findFraming(islands, { packs }).map((f) => [f.ruleId, f.message.en])).toEqual([['acme.islands', 'Islands: say when it arrives.']]);
    const both = effectivePacks(settings({ customRules: [customRule({ id: 'acme.only', pattern: 'only' })] })).packs;
    expect(findFraming('We only ship within 14 days.', { packs: both }).map((f) => f.ruleId)).toEqual(['acme.only']);
  });

  it('leaves switched-off built-in rules (and custom ones) out', () => {
    expect(findFraming('We only ship within 14 days.').map((f) => f.ruleId)).toEqual(['en.limit.only']);
    const { packs } = effectivePacks(settings({ disabledRules: ['en.limit.only', 'acme.islands'], customRules: [customRule()] }));
    expect(findFraming('We only ship within 14 days.', { packs })).toEqual([]);
    expect(findFraming(islands, { packs })).toEqual([]);
    expect(findFraming('You should have read the terms.', { packs }).map((f) => f.ruleId)).toEqual(['en.blame.should-have']);
  });

  it('works for Russian rules with Cyrillic words and free word order', () => {
    const rule = customRule({ id: 'acme.ostrova', lang: 'ru', pattern: 'остров* ~ паром*', message: { en: '', ru: 'Острова: скажите, когда придёт.' } });
    const { packs } = effectivePacks(settings({ customRules: [rule] }));
    // long enough for the language to be told (short Russian alone reads as undetermined)
    const draft = (s: string) => `Спасибо, что написали нам и подробно описали свой вопрос. ${s}`;
    expect(findFraming(draft('Посылки на острова идут паромом по пятницам.'), { packs }).map((f) => f.message.ru)).toEqual(['Острова: скажите, когда придёт.']);
    expect(findFraming(draft('Паромом по пятницам идут посылки на острова.'), { packs })).toHaveLength(1);
    expect(findFraming(draft('Посылки на полуострова идут самолётом.'), { packs })).toEqual([]);
  });

  it('leaves a broken rule out, reports it, and keeps every other rule working', () => {
    const { packs, broken } = effectivePacks(
      settings({
        customRules: [
          customRule({ id: 'acme.broken', pattern: 'no (refunds' }),
          customRule(),
          customRule({ id: 'acme.islands', pattern: 'duplicate' }),
          { id: 42, lang: 'en', pattern: null } as unknown as CustomRuleSource,
        ],
      }),
    );
    expect(broken.map((b) => b.id)).toEqual(['acme.broken', 'acme.islands', '']);
    expect(findFraming(islands, { packs }).map((f) => f.ruleId)).toEqual(['acme.islands']);
    expect(findFraming('You should have read the terms.', { packs })).toHaveLength(1);
  });

  it('builds each rule set once', () => {
    const a = effectivePacks(settings({ customRules: [customRule()] }));
    const b = effectivePacks(settings({ customRules: [customRule()] }));
    expect(b).toBe(a);
  });
});
