/**
 * public/managed-schema.json is what Chrome checks policies against, and Chrome refuses to load an
 * extension whose schema it cannot parse. These tests hold the schema to the subset Chrome's
 * policy schema parser accepts (components/policy/core/common/schema.cc: per-type attributes,
 * `type` or `$ref` on every node, no `additionalProperties` at the top), keep it complete for every
 * setting, lock and selector, and check that every example policy in README.md (section "Managed policy") passes
 * the schema and Tact's own checks, with rules that compile and examples that pass.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_KINDS, SELECTOR_KEYS } from '../adapters/contract';
import { compiledPack } from '../framing';
import { effectivePacks, runExamples, toFramingRule } from '../framing/custom';
import { applyParsedPolicy } from './merge';
import { DEFAULT_SETTINGS } from './model';
import { LOCKABLE, SETTING_PATH_LIST } from './paths';
import { parsePolicy } from './policy';
import { REFUSAL_KINDS } from './schema';

type Node = Record<string, unknown>;
const ROOT = resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed-schema.json'), 'utf8')) as Node;
// The README's policy section is the admins' documentation; its examples must stay valid.
const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const policyDoc = readme.slice(readme.indexOf('### Managed policy'), readme.indexOf('\n## Helpdesks'));

/** Attributes Chrome's parser accepts for each type (anything else makes the schema invalid). */
const ALLOWED: Record<string, string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
  $ref: ['description', '$ref', 'title'],
};

function walk(node: Node, visit: (node: Node, path: string) => void, path = '$'): void {
  visit(node, path);
  for (const [key, child] of Object.entries((node.properties as Record<string, Node>) ?? {})) walk(child, visit, `${path}.${key}`);
  if (node.items) walk(node.items as Node, visit, `${path}[]`);
  if (node.additionalProperties) walk(node.additionalProperties as Node, visit, `${path}.*`);
}

const ids = new Map<string, Node>();
walk(schema, (n) => {
  if (typeof n.id === 'string') ids.set(n.id, n);
});
const deref = (n: Node): Node => (typeof n.$ref === 'string' ? ids.get(n.$ref)! : n);

/** Validates a value the way Chrome does, strictly (unknown properties are errors here). */
function validate(value: unknown, node: Node, path = '$'): string[] {
  const n = deref(node);
  const type = n.type as string;
  const errors: string[] = [];
  const typeOk =
    (type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'number' && typeof value === 'number');
  if (!typeOk) return [`${path}: expected ${type}`];
  if (Array.isArray(n.enum) && !n.enum.includes(value)) errors.push(`${path}: ${String(value)} not in enum`);
  if (typeof n.minimum === 'number' && (value as number) < n.minimum) errors.push(`${path}: below minimum`);
  if (typeof n.maximum === 'number' && (value as number) > n.maximum) errors.push(`${path}: above maximum`);
  if (type === 'array') (value as unknown[]).forEach((v, i) => errors.push(...validate(v, n.items as Node, `${path}[${i}]`)));
  if (type === 'object') {
    const props = (n.properties as Record<string, Node>) ?? {};
    for (const [k, v] of Object.entries(value as Node)) {
      if (props[k]) errors.push(...validate(v, props[k], `${path}.${k}`));
      else if (n.additionalProperties) errors.push(...validate(v, n.additionalProperties as Node, `${path}.${k}`));
      else errors.push(`${path}.${k}: unknown property`);
    }
  }
  return errors;
}

describe('the managed schema Chrome checks policies against', () => {
  it('uses only what Chrome’s policy schema parser accepts', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const problems: string[] = [];
    const seen = new Set<string>();
    walk(schema, (n, path) => {
      const kind = typeof n.$ref === 'string' ? '$ref' : (n.type as string);
      if (!ALLOWED[kind]) return problems.push(`${path}: needs a type or $ref (has ${String(kind)})`);
      for (const key of Object.keys(n)) if (!ALLOWED[kind]!.includes(key)) problems.push(`${path}: attribute "${key}" is not allowed for ${kind}`);
      if (kind === '$ref' && !ids.has(n.$ref as string)) problems.push(`${path}: $ref ${String(n.$ref)} has no schema`);
      if (typeof n.id === 'string') {
        if (seen.has(n.id)) problems.push(`${path}: id ${n.id} twice`);
        seen.add(n.id);
      }
      if (n.enum !== undefined) {
        const itemType = n.type === 'integer' ? 'number' : 'string';
        if (!Array.isArray(n.enum) || n.enum.length === 0 || n.enum.some((e) => typeof e !== itemType)) problems.push(`${path}: enum must be a non-empty list of ${n.type}`);
      }
    });
    expect(problems).toEqual([]);
  });

  it('has every setting path, lock, selector and kind Tact reads', () => {
    const settings = schema.properties as Record<string, Node>;
    for (const path of SETTING_PATH_LIST) {
      let node: Node | undefined = settings.settings;
      for (const part of path.split('.')) node = (node?.properties as Record<string, Node> | undefined)?.[part];
      expect(node, path).toBeDefined();
    }
    expect(((settings.locks!.items as Node).enum as string[]).sort()).toEqual([...LOCKABLE].sort());
    expect(Object.keys(ids.get('Selectors')!.properties as object).sort()).toEqual([...SELECTOR_KEYS].sort());
    const rule = ((((settings.settings!.properties as Record<string, Node>).framing!.properties as Record<string, Node>).customRules!.items as Node).properties as Record<string, Node>);
    expect(rule.kind!.enum).toEqual([...REFUSAL_KINDS]);
    const attachments = ((settings.settings!.properties as Record<string, Node>).attachments!.properties as Record<string, Node>);
    expect((attachments.kinds!.items as Node).enum).toEqual([...ATTACHMENT_KINDS]);
  });
});

describe('the example policies in README.md (Managed policy)', () => {
  const blocks = [...policyDoc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Node);
  const policies = blocks.map((b) => {
    const chrome = (b['3rdparty'] as Node | undefined)?.extensions as Record<string, Node> | undefined;
    const firefox = ((b.policies as Node | undefined)?.['3rdparty'] as Node | undefined)?.Extensions as Record<string, Node> | undefined;
    return chrome ? chrome['<extension-id>']! : firefox ? firefox['tact@tact.example']! : b;
  });

  it('are there: the full example, Chrome on Linux, Firefox', () => expect(policies).toHaveLength(3));

  it.each(policies.map((p, i) => [i, p] as const))('example %i passes Chrome’s schema and Tact’s own checks', (_i, policy) => {
    expect(validate(policy, schema)).toEqual([]);
    const parsed = parsePolicy(policy);
    expect(parsed.problems).toEqual([]);
    const effective = applyParsedPolicy(structuredClone(DEFAULT_SETTINGS), parsed);
    const { packs, broken } = effectivePacks(effective);
    expect(broken).toEqual([]);
    for (const rule of effective.framing.customRules) {
      const r = runExamples(toFramingRule(rule), compiledPack(packs[rule.lang]));
      expect([...r.match, ...r.noMatch].every((x) => x.passes), rule.id).toBe(true);
    }
  });

  it('switches off rules that exist', () => {
    const parsed = parsePolicy(policies[0]);
    const all = [...effectivePacks(structuredClone(DEFAULT_SETTINGS)).packs.en.rules, ...effectivePacks(structuredClone(DEFAULT_SETTINGS)).packs.ru.rules].map((r) => r.id);
    for (const id of parsed.values['framing.disabledRules'] as string[]) expect(all).toContain(id);
  });
});
