/**
 * Rule packs: a team's phrase rules, tags and helpdesk-site settings as one JSON file.
 *
 *   { "tactPack": 1,
 *     "name": "Acme support",                      optional
 *     "exportedAt": "2025-11-05T10:00:00.000Z",    optional
 *     "rules": { "custom": [ …rules… ], "disabled": [ "en.limit.only", … ] },
 *     "tags":  [ { "id": "refund", "label": { "en": "Refund", "ru": "Возврат" }, "archived": false } ],
 *     "sites": { "adapters": { "demo": { "enabled": true, "selectors": { … } } }, "custom": [ …sites… ] } }
 *
 * Every section is optional; a section in the file replaces that part of the settings on import
 * (tags are added or updated, never deleted: items refer to them). A file is read as untrusted:
 * size capped before parsing, prototype keys refused, every field checked by type and size
 * (valibot), every rule compiled, every adapter id and site pattern checked. Anything wrong rejects
 * the whole file with the reason, before anything changes.
 */
import { MatchPattern } from '@webext-core/match-patterns';
import * as v from 'valibot';
import { HELPDESKS } from '../../adapters/helpdesks';
import { checkCustomRule } from '../../framing/custom';
import type { Localized } from '../../i18n';
import { jsonErrorPlace } from '../../leads/importJson';
import { describeIssues } from '../../settings/issues';
import type { CustomRuleSource, CustomSite, Settings } from '../../settings/model';
import { AdaptersSchema, cleanSelectors, CustomRulesSchema, CustomSitesSchema, RuleIdSchema, SETTINGS_LIMITS, TagDefsSchema, type TagDef } from '../../settings/schema';

export const PACK_VERSION = 1;
/** A pack with every limit filled is well under this; anything bigger is not a pack. */
export const PACK_MAX_BYTES = 2 * 1024 * 1024;

export const PackSchema = v.object({
  tactPack: v.literal(PACK_VERSION),
  name: v.optional(v.pipe(v.string(), v.maxLength(200))),
  exportedAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
  rules: v.optional(
    v.object({
      custom: v.optional(CustomRulesSchema),
      disabled: v.optional(v.pipe(v.array(RuleIdSchema), v.maxLength(SETTINGS_LIMITS.disabledRules))),
    }),
  ),
  tags: v.optional(TagDefsSchema),
  sites: v.optional(
    v.object({
      adapters: v.optional(AdaptersSchema),
      custom: v.optional(CustomSitesSchema),
    }),
  ),
});

export interface Pack {
  tactPack: typeof PACK_VERSION;
  name?: string;
  exportedAt?: string;
  rules?: { custom?: CustomRuleSource[]; disabled?: string[] };
  tags?: TagDef[];
  sites?: { adapters?: Settings['adapters']; custom?: CustomSite[] };
}

export type ParsedPack = { ok: true; pack: Pack } | { ok: false; reason: Localized };

const KNOWN_ADAPTERS = new Set(HELPDESKS.map((h) => h.id));
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (en: string, ru: string): ParsedPack => ({ ok: false, reason: { en, ru } });

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Reads a pack file's text; never throws. `bytes` is the file's size (checked before reading it). */
export function parsePack(text: string, bytes = text.length): ParsedPack {
  if (bytes > PACK_MAX_BYTES) {
    return fail(`The file is ${mb(bytes)} MB; a rule pack is at most ${mb(PACK_MAX_BYTES)} MB.`, `Файл весит ${mb(bytes)} МБ, а набор правил — не больше ${mb(PACK_MAX_BYTES)} МБ.`);
  }
  if (!text.trim()) return fail('The file is empty.', 'Файл пуст.');
  let data: unknown;
  let badKey: string | null = null;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''), (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) badKey = key;
      return value;
    });
  } catch (error) {
    if (error instanceof RangeError) return fail('The file nests too deeply to be a rule pack.', 'В файле слишком глубокая вложенность для набора правил.');
    // The engine's message is English (and differs between browsers): only the place is kept.
    const place = jsonErrorPlace(text.replace(/^\uFEFF/, ''), error);
    if (place.truncated) return fail('This is not valid JSON: the file ends too early, it was probably cut off.', 'Это не корректный JSON: файл обрывается — вероятно, его обрезало.');
    if (place.line > 0) {
      return fail(
        `This is not valid JSON (broken at line ${place.line}, column ${place.column}): the file may be cut off or not a rule pack.`,
        `Это не корректный JSON (ошибка в строке ${place.line}, позиция ${place.column}): возможно, файл обрезан или это не набор правил.`,
      );
    }
    return fail('This is not valid JSON: the file may be cut off or not a rule pack.', 'Это не корректный JSON: возможно, файл обрезан или это не набор правил.');
  }
  if (badKey) return fail(`The file has a field named “${badKey}”, which no rule pack has; it was not read.`, `В файле есть поле «${badKey}», которого не бывает в наборах правил; файл не прочитан.`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('This is not a Tact rule pack: expected an object.', 'Это не набор правил Tact: ожидался объект.');
  const version = (data as Record<string, unknown>).tactPack;
  if (version === undefined) return fail('This is not a Tact rule pack: it has no “tactPack” field.', 'Это не набор правил Tact: в нём нет поля «tactPack».');
  if (version !== PACK_VERSION) {
    return typeof version === 'number' && version > PACK_VERSION
      ? fail(`This pack is version ${version}, made by a newer Tact; this one reads version ${PACK_VERSION}. Update Tact and try again.`, `Этот набор версии ${version}, его сделал более новый Tact; этот читает версию ${PACK_VERSION}. Обновите Tact и попробуйте снова.`)
      : fail(`“tactPack” is ${JSON.stringify(version)?.slice(0, 40)}; this Tact reads version ${PACK_VERSION}.`, `«tactPack» равно ${JSON.stringify(version)?.slice(0, 40)}; этот Tact читает версию ${PACK_VERSION}.`);
  }
  const parsed = v.safeParse(PackSchema, data);
  if (!parsed.success) {
    const where = describeIssues(parsed.issues);
    return fail(`The pack was refused: ${where.en}.`, `Набор отклонён: ${where.ru}.`);
  }
  const out = parsed.output;
  const pack: Pack = { tactPack: PACK_VERSION };
  if (out.name !== undefined) pack.name = out.name;
  if (out.exportedAt !== undefined) pack.exportedAt = out.exportedAt;

  if (out.rules) {
    pack.rules = {};
    if (out.rules.custom) {
      const taken = new Set<string>();
      for (const [i, rule] of out.rules.custom.entries()) {
        const check = checkCustomRule(rule, { takenIds: taken });
        taken.add(rule.id);
        if (!check.ok) {
          const p = check.problems[0]!;
          const field = p.field === 'exceptions' ? `exceptions[${p.index}]` : p.field;
          const at = p.start === undefined ? '' : ` (at ${p.start + 1})`;
          const atRu = p.start === undefined ? '' : ` (символ ${p.start + 1})`;
          return fail(`Rule “${rule.id}” (rules.custom[${i}].${field}) does not work${at}: ${p.message.en}`, `Правило «${rule.id}» (rules.custom[${i}].${field}) с ошибкой${atRu}: ${p.message.ru}`);
        }
      }
      pack.rules.custom = out.rules.custom;
    }
    if (out.rules.disabled) pack.rules.disabled = [...new Set(out.rules.disabled)];
  }

  if (out.tags) pack.tags = out.tags;

  if (out.sites) {
    pack.sites = {};
    if (out.sites.adapters) {
      const adapters: Settings['adapters'] = {};
      for (const [id, conf] of Object.entries(out.sites.adapters)) {
        if (!KNOWN_ADAPTERS.has(id)) return fail(`sites.adapters: no built-in helpdesk has the id “${id}”.`, `sites.adapters: встроенного хелпдеска с id «${id}» нет.`);
        adapters[id] = { enabled: conf.enabled, selectors: cleanSelectors(conf.selectors as Record<string, string | undefined>) };
      }
      pack.sites.adapters = adapters;
    }
    if (out.sites.custom) {
      for (const [i, site] of out.sites.custom.entries()) {
        if (!KNOWN_ADAPTERS.has(site.adapter)) {
          return fail(`sites.custom[${i}].adapter: no built-in helpdesk has the id “${site.adapter}”.`, `sites.custom[${i}].adapter: встроенного хелпдеска с id «${site.adapter}» нет.`);
        }
        try {
          new MatchPattern(site.pattern);
          // a pack names the helpdesk sites it is for, never every site
          if (/^<all_urls>$|^[^:]+:\/\/\*\//.test(site.pattern)) throw new Error('all sites');
        } catch {
          return fail(`sites.custom[${i}].pattern: “${site.pattern.slice(0, 80)}” is not a match pattern such as https://help.example.com/*.`, `sites.custom[${i}].pattern: «${site.pattern.slice(0, 80)}» — не шаблон адреса вида https://help.example.com/*.`);
        }
      }
      pack.sites.custom = out.sites.custom.map((s) => ({ ...s, selectors: cleanSelectors(s.selectors as Record<string, string | undefined>) }));
    }
  }
  return { ok: true, pack };
}
