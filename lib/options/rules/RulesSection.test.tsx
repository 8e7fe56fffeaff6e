import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EN_PACK, RU_PACK } from '../../framing';
import { customRule } from '../../framing/testing';
import type { Settings } from '../../settings/model';
import { cachePolicy } from '../../settings/policy-cache';
import { SETTINGS_KEY } from '../../settings/store';
import { byTestId, click, mountOptions, q, settle, typeInto } from '../testing';

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;
const input = (root: HTMLElement, id: string) => byTestId<HTMLInputElement & HTMLTextAreaElement>(root, id);
const type = (root: HTMLElement, id: string, value: string) => typeInto(input(root, id), value, false);
const waitTester = async () => {
  await act(() => new Promise((r) => setTimeout(r, 200)));
  await settle();
};

async function fillIslandsRule(root: HTMLElement) {
  await click(byTestId(root, 'new-rule'));
  await type(root, 'rule-id', 'acme.islands');
  await typeInto(byTestId<HTMLSelectElement>(root, 'rule-lang') as never, 'en');
  await type(root, 'rule-pattern', 'islands .. ferry');
  await type(root, 'rule-message-en', 'Islands: say when it arrives.');
  await type(root, 'rule-message-ru', 'Острова: скажите, когда придёт.');
  const ex = (list: string, i: number) => byTestId(root, `example-${list}-${i}`).querySelector('input')!;
  await typeInto(ex('match', 0), 'Parcels to the islands go by ferry on Fridays.', false);
  await typeInto(ex('noMatch', 0), 'The ferry leaves at noon.', false);
}

describe('phrase rules: the list', () => {
  it('lists built-in rules by language, with counts in the UI language', async () => {
    const { root } = await mountOptions('rules');
    expect(byTestId(root, 'rules-en').querySelector('summary')!.textContent).toBe(`English · ${EN_PACK.rules.length} rules`);
    expect(byTestId(root, 'rules-ru').querySelectorAll('tbody tr')).toHaveLength(RU_PACK.rules.length);
    const ru = await mountOptions('rules', { locale: 'ru' });
    const n = RU_PACK.rules.length;
    const word = n % 10 === 1 && n % 100 !== 11 ? 'правило' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'правила' : 'правил';
    expect(byTestId(ru.root, 'rules-ru').querySelector('summary')!.textContent).toBe(`Русский · ${n} ${word}`);
  });

  it('switches a built-in rule off and on again', async () => {
    const { root } = await mountOptions('rules');
    const toggle = () => input(root, 'rule-toggle-en.limit.only');
    expect(toggle().checked).toBe(true);
    await click(toggle());
    expect((await stored())!.framing.disabledRules).toEqual(['en.limit.only']);
    expect(toggle().checked).toBe(false);
    expect(byTestId(root, 'status').textContent).toBe('Rule en.limit.only is off.');
    await click(toggle());
    expect((await stored())!.framing.disabledRules).toEqual([]);
  });

  it('finds rules by id, pattern or message', async () => {
    const { root } = await mountOptions('rules');
    await type(root, 'rule-filter', 'should-have');
    expect(byTestId(root, 'rules-en').querySelectorAll('tbody tr')).toHaveLength(1);
    expect(q(root, 'rule-row-en.blame.should-have')).toBeTruthy();
  });
});

describe('phrase rules: creating and editing', () => {
  it('creates a rule whose examples pass as you type, and lists it', async () => {
    const { root } = await mountOptions('rules');
    await fillIslandsRule(root);
    expect(byTestId(root, 'rule-pattern-state').textContent).toBe('The pattern compiles.');
    const verdicts = [...byTestId(root, 'rule-editor').querySelectorAll('[data-testid="verdict"]')].map((v) => v.getAttribute('data-passes'));
    expect(verdicts).toEqual(['true', 'true']);
    expect(byTestId(root, 'examples-summary').textContent).toBe('All examples pass (2).');
    await click(byTestId(root, 'rule-save'));
    const saved = (await stored())!.framing.customRules;
    expect(saved).toEqual([
      {
        id: 'acme.islands',
        lang: 'en',
        kind: 'cannot',
        pattern: 'islands .. ferry',
        exceptions: [],
        message: { en: 'Islands: say when it arrives.', ru: 'Острова: скажите, когда придёт.' },
        hint: { en: '', ru: '' },
        examples: { match: ['Parcels to the islands go by ferry on Fridays.'], noMatch: ['The ferry leaves at noon.'] },
      },
    ]);
    expect(q(root, 'rule-editor')).toBeNull();
    expect(byTestId(root, 'status').textContent).toBe('Rule acme.islands saved.');
    expect(byTestId(byTestId(root, 'rule-row-acme.islands'), 'rule-examples').textContent).toBe('2 of 2 pass');
  });

  it('marks a failing example as it fails', async () => {
    const { root } = await mountOptions('rules');
    await fillIslandsRule(root);
    await type(root, 'rule-pattern', 'islands .. ferry | noon');
    const verdicts = [...byTestId(root, 'rule-editor').querySelectorAll('[data-testid="verdict"]')].map((v) => v.textContent);
    expect(verdicts).toEqual(['passes · flagged', 'fails · flagged']);
    expect(byTestId(root, 'examples-summary').textContent).toBe('Failing examples: 1 of 2.');
  });

  it('says what is wrong with a broken pattern and where, and never saves it', async () => {
    const { root } = await mountOptions('rules');
    await fillIslandsRule(root);
    await type(root, 'rule-pattern', 'islands (ferry');
    const pattern = input(root, 'rule-pattern');
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId(root, 'rule-pattern-error').textContent).toBe('At character 9: “(” is never closed.');
    expect(byTestId(root, 'pattern-echo').querySelector('mark')!.textContent).toBe('(');
    expect(byTestId(root, 'examples-summary').textContent).toBe('Examples run when the pattern compiles.');
    await click(byTestId(root, 'rule-save'));
    expect(await stored()).toBeUndefined();
    expect(byTestId(root, 'status').textContent).toBe('Not saved: fix what is marked first.');
    expect(document.activeElement).toBe(pattern);
    expect(q(root, 'rule-editor')).toBeTruthy();
  });

  it('shows the error in Russian on a Russian page, with the caret for a missing part', async () => {
    const { root } = await mountOptions('rules', { locale: 'ru' });
    await click(byTestId(root, 'new-rule'));
    await type(root, 'rule-pattern', 'не можем |');
    expect(byTestId(root, 'rule-pattern-error').textContent).toBe('Символ 11: Пустой вариант: с обеих сторон «|» должно быть слово.');
    expect(byTestId(root, 'pattern-echo').querySelector('.op-caret')).toBeTruthy();
    expect(byTestId<HTMLSelectElement>(root, 'rule-lang').value).toBe('ru');
  });

  it('checks exceptions too, and refuses taken and built-in ids', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { framing: { customRules: [customRule({ id: 'acme.taken' })] } } });
    const { root } = await mountOptions('rules');
    await fillIslandsRule(root);
    await click(byTestId(root, 'add-exception'));
    await type(root, 'rule-exception-0', '@nosuch');
    expect(byTestId(root, 'rule-exception-0-error').textContent).toMatch(/^At character 1: Unknown word class “@nosuch”/);
    await type(root, 'rule-exception-0', 'weekend*');
    expect(q(root, 'rule-exception-0-error')).toBeNull();
    await type(root, 'rule-id', 'acme.taken');
    await click(byTestId(root, 'rule-save'));
    expect(document.activeElement).toBe(input(root, 'rule-id'));
    expect(byTestId(root, 'rule-editor').textContent).toMatch(/Another rule already has the id “acme.taken”/);
    await type(root, 'rule-id', 'en.limit.only');
    expect(byTestId(root, 'rule-editor').textContent).toMatch(/id of a built-in rule/);
  });

  it('edits a rule under a new id, keeping it switched off, and deletes it', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { framing: { customRules: [customRule()], disabledRules: ['acme.islands'] } } });
    const asked: string[] = [];
    const { root } = await mountOptions('rules', { confirm: (m) => (asked.push(m), true) });
    await click(byTestId(root, 'rule-edit-acme.islands'));
    expect(document.activeElement?.id).toBe('op-rule-editor-title');
    await type(root, 'rule-id', 'acme.isles');
    await click(byTestId(root, 'rule-save'));
    let s = (await stored())!;
    expect(s.framing.customRules.map((r) => r.id)).toEqual(['acme.isles']);
    expect(s.framing.disabledRules).toEqual(['acme.isles']);
    await click(byTestId(root, 'rule-edit-acme.isles'));
    await click(byTestId(root, 'rule-delete'));
    expect(asked).toEqual(['Delete rule acme.isles? Drafts will no longer be checked with it.']);
    s = (await stored())!;
    expect(s.framing.customRules).toEqual([]);
    expect(s.framing.disabledRules).toEqual([]);
  });

  it('shows a built-in rule with its examples, read-only', async () => {
    const { root } = await mountOptions('rules');
    await click(byTestId(root, 'rule-view-en.limit.only'));
    expect(input(root, 'rule-pattern').readOnly).toBe(true);
    expect(q(root, 'rule-save')).toBeNull();
    const verdicts = [...byTestId(root, 'rule-editor').querySelectorAll('[data-testid="verdict"]')].map((v) => v.getAttribute('data-passes'));
    expect(verdicts.length).toBeGreaterThan(1);
    expect(verdicts.every((v) => v === 'true')).toBe(true);
  });
});

describe('phrase rules: the tester', () => {
  it('shows what the effective rules flag in a draft, and the rule being edited', async () => {
    const { root } = await mountOptions('rules');
    await type(root, 'tester-input', 'Hello Anna! We only ship within 14 days of the order. Parcels to the islands go by ferry on Fridays.');
    await waitTester();
    let findings = [...root.querySelectorAll('[data-testid="tester-finding"]')];
    expect(findings.map((f) => f.getAttribute('data-rule'))).toEqual(['en.limit.only']);
    expect(findings[0]!.querySelector('q')!.textContent).toBe('We only ship within 14 days of the order.');
    await fillIslandsRule(root);
    await waitTester();
    findings = [...root.querySelectorAll('[data-testid="tester-finding"]')];
    expect(findings.map((f) => f.getAttribute('data-rule'))).toEqual(['en.limit.only', 'acme.islands']);
    expect(byTestId(root, 'tester').textContent).toMatch(/Includes the rule you are editing/);
    // a switched-off rule no longer flags
    await click(byTestId(root, 'rule-cancel'));
    await click(input(root, 'rule-toggle-en.limit.only'));
    await waitTester();
    expect(root.querySelectorAll('[data-testid="tester-finding"]')).toHaveLength(0);
    expect(byTestId(root, 'tester-nothing').textContent).toBe('Nothing would be underlined.');
  });

  it('counts findings with Russian plurals', async () => {
    const { root } = await mountOptions('rules', { locale: 'ru' });
    await type(root, 'tester-input', 'Здравствуйте, Анна! Возврат возможен только в течение 14 дней. Мы не отправляем посылки на острова. Вам придётся обратиться в банк самостоятельно.');
    await waitTester();
    expect(byTestId(root, 'tester-output').textContent).toMatch(/Будут подчёркнуты 3 предложения:/);
  });
});

describe('phrase rules under a policy', () => {
  it('shows the organisation’s rules as managed and read-only, and what it switched off', async () => {
    await cachePolicy({ settings: { framing: { customRules: [customRule({ id: 'acme.company' })], disabledRules: ['en.limit.only'] } } });
    const { root } = await mountOptions('rules');
    const row = byTestId(root, 'rule-row-acme.company');
    expect(q(row, 'managed-badge')).toBeTruthy();
    expect(q(row, 'rule-edit-acme.company')).toBeNull();
    await click(byTestId(row, 'rule-view-acme.company'));
    expect(input(root, 'rule-pattern').readOnly).toBe(true);
    expect(input(root, 'rule-toggle-en.limit.only').disabled).toBe(true);
    expect(input(root, 'rule-toggle-en.blame.should-have').disabled).toBe(false);
  });

  it('offers no new rules when the organisation locks them', async () => {
    await cachePolicy({ locks: ['framing.customRules', 'framing.disabledRules'] });
    const { root } = await mountOptions('rules');
    expect(q(root, 'new-rule')).toBeNull();
    expect(byTestId(root, 'rules-locked').textContent).toBe('Your organisation manages the phrase rules.');
    expect(input(root, 'rule-toggle-en.blame.should-have').disabled).toBe(true);
  });

  it('lists a broken rule from storage as broken, and the others keep working', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { framing: { customRules: [customRule({ id: 'acme.broken', pattern: '(' }), customRule()] } } });
    const { root } = await mountOptions('rules');
    expect(byTestId(byTestId(root, 'rule-row-acme.broken'), 'rule-broken').getAttribute('title')).toMatch(/does not compile/);
    await type(root, 'tester-input', 'Parcels to the islands go by ferry on Fridays, as always, because the bridge is closed.');
    await waitTester();
    expect([...root.querySelectorAll('[data-testid="tester-finding"]')].map((f) => f.getAttribute('data-rule'))).toEqual(['acme.islands']);
  });
});
