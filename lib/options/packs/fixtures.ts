/** Rule pack files for tests: a good one, and corrupt or hostile ones with what their refusal must say. */
import { customRule } from '../../framing/testing';
import { PACK_MAX_BYTES } from './schema';

export const GOOD_PACK = {
  tactPack: 1,
  name: 'Acme support',
  exportedAt: '2025-11-05T10:00:00.000Z',
  rules: {
    custom: [customRule(), customRule({ id: 'acme.ostrova', lang: 'ru', pattern: 'остров* ~ паром*', message: { en: '', ru: 'Острова: скажите, когда придёт.' } })],
    disabled: ['en.limit.only'],
  },
  tags: [
    { id: 'refund', label: { en: 'Refund request', ru: 'Запрос возврата' }, archived: false },
    { id: 'bug', label: { en: 'Defect', ru: 'Дефект' }, archived: false },
  ],
  sites: {
    adapters: { demo: { enabled: true, selectors: { sendButton: 'button.dd-send' } } },
    custom: [{ id: 'acme-help', pattern: 'https://help.acme.example/*', adapter: 'generic', selectors: { editor: 'textarea.reply' }, enabled: true }],
  },
};

const good = () => structuredClone(GOOD_PACK) as Record<string, any>;
const json = (x: unknown) => JSON.stringify(x);
const withRule = (over: Record<string, unknown>) => {
  const p = good();
  p.rules.custom = [{ ...customRule(), ...over }];
  return json(p);
};

function nested(depth: number): string {
  return `{"tactPack":1,"rules":${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

/** [what it is, file text, what the refusal must mention (English)]. */
export const HOSTILE_PACKS: Array<[string, string, RegExp]> = [
  ['an empty file', '', /empty/],
  ['only whitespace', '  \n\t ', /empty/],
  ['a truncated file', json(GOOD_PACK).slice(0, 180), /not valid JSON.*cut off/],
  ['a CSV export instead of a pack', 'id,tags,quote\n1,bug,hello\n', /not valid JSON/],
  ['binary garbage', '\u0000\u0001PK\u0003\u0004\u00ff\u00fe', /not valid JSON/],
  ['a JSON array', '[1,2,3]', /expected an object/],
  ['JSON null', 'null', /expected an object/],
  ['a JSON object that is not a pack', json({ settings: { agentName: 'x' } }), /no “tactPack” field/],
  ['a pack from a newer Tact', json({ ...good(), tactPack: 2 }), /version 2, made by a newer Tact/],
  ['a version written as text', json({ ...good(), tactPack: '1' }), /“tactPack” is "1"/],
  ['version zero', json({ ...good(), tactPack: 0 }), /“tactPack” is 0/],
  ['rules that are not a list', json({ tactPack: 1, rules: { custom: 'no refunds' } }), /rules\.custom: expected a list, found text/],
  ['a rule id that is a number', withRule({ id: 42 }), /rules\.custom\[0\]\.id: expected text, found a number/],
  ['a rule id with spaces and capitals', withRule({ id: 'Acme Rule' }), /rules\.custom\[0\]\.id: may only have lower-case/],
  ['a rule language that is not RU or EN', withRule({ lang: 'uk' }), /rules\.custom\[0\]\.lang: expected one of/],
  ['a kind that does not exist', withRule({ kind: 'rude' }), /rules\.custom\[0\]\.kind: expected one of/],
  ['examples that are not text', withRule({ examples: { match: [1, 2], noMatch: [] } }), /rules\.custom\[0\]\.examples\.match\[0\]: expected text/],
  ['a broken pattern', withRule({ pattern: 'islands (ferry' }), /Rule “acme\.islands” \(rules\.custom\[0\]\.pattern\) does not work \(at 9\): “\(” is never closed/],
  ['a broken exception', withRule({ exceptions: ['fine', 'a ~ '] }), /rules\.custom\[0\]\.exceptions\[1\]/],
  ['an unknown word class', withRule({ pattern: '@nosuch refund' }), /Unknown word class/],
  ['a pattern over the size limit', withRule({ pattern: 'a '.repeat(1001) }), /too long: at most 2000 characters/],
  ['a pattern too complex to run quickly', withRule({ pattern: '((a ~20 b) ~20 (c ~20 d)) ~20 ((e ~20 f) ~20 (g ~20 h)) ~20 i' }), /too complex/],
  ['a giant repetition count', withRule({ pattern: 'refund ..99999 days' }), /at most 20 are allowed/],
  ['the id of a built-in rule', withRule({ id: 'en.limit.only' }), /id of a built-in rule/],
  ['two rules with the same id', json({ tactPack: 1, rules: { custom: [customRule(), customRule()] } }), /rules\.custom: two entries have the same id/],
  ['too many rules', json({ tactPack: 1, rules: { custom: Array.from({ length: 301 }, (_, i) => customRule({ id: `r${i}` })) } }), /too many entries: at most 300/],
  ['a file over the size limit', json({ ...good(), name: 'x'.repeat(PACK_MAX_BYTES) }), /a rule pack is at most 2\.0 MB/],
  ['a __proto__ key (prototype pollution)', '{"tactPack":1,"__proto__":{"polluted":true},"rules":{"custom":[]}}', /field named “__proto__”/],
  ['a nested constructor key', json({ tactPack: 1, rules: { custom: [{ ...customRule(), constructor: { prototype: { x: 1 } } }] } }), /field named “(constructor|prototype)”/],
  ['deeply nested arrays', nested(5000), /nests too deeply|rules: expected an object, found a list/],
  ['very deeply nested arrays', nested(500_000), /nests too deeply|rules: expected an object, found a list/],
  ['an unknown helpdesk adapter', json({ tactPack: 1, sites: { adapters: { zendesk2: { enabled: true } } } }), /no built-in helpdesk has the id “zendesk2”/],
  ['a custom site on an unknown adapter', json({ tactPack: 1, sites: { custom: [{ id: 's', pattern: 'https://x.example/*', adapter: 'nosuch' }] } }), /sites\.custom\[0\]\.adapter/],
  ['a custom site for every site', json({ tactPack: 1, sites: { custom: [{ id: 's', pattern: '*://*/*', adapter: 'generic' }] } }), /not a match pattern/],
  ['a custom site with a broken pattern', json({ tactPack: 1, sites: { custom: [{ id: 's', pattern: 'help desk', adapter: 'generic' }] } }), /not a match pattern/],
  ['a selector of the wrong type', json({ tactPack: 1, sites: { adapters: { demo: { selectors: { editor: ['.a'] } } } } }), /sites\.adapters\.demo\.selectors\.editor: expected text, found a list/],
  ['a tag with an invalid id', json({ tactPack: 1, tags: [{ id: 'Bug!', label: { en: 'Bug', ru: 'Ошибка' } }] }), /tags\[0\]\.id/],
  ['a tag name over 40 characters', json({ tactPack: 1, tags: [{ id: 'long', label: { en: 'x'.repeat(41), ru: '' } }] }), /tags\[0\]\.label\.en: too long: at most 40 characters/],
];
