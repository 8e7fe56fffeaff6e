/**
 * The shapes of the settings that arrive from outside the options page — managed policy and rule
 * packs — as valibot schemas, checked part by part so one bad part is reported and dropped, never
 * applied half-read. Structure only: whether a rule's pattern compiles is lib/framing/custom.ts's
 * job (it needs the pattern compiler, which the content script does not load).
 */
import * as v from 'valibot';
import { ATTACHMENT_KINDS, SELECTOR_KEYS, type SelectorKey } from '../adapters/contract';
import { TAG_ID_RE } from '../feedback/schema';
import { TAG_LABEL_MAX } from '../feedback/tags';
import { LIMITS as PATTERN_LIMITS } from '../patterns/errors';
import type { AdapterSettings, CustomRuleSource, CustomSite } from './model';
import type { SettingPath } from './paths';

export const SETTINGS_LIMITS = {
  customRules: 300,
  exceptions: 20,
  examples: 30,
  exampleLength: 1000,
  message: 300,
  hint: 600,
  ruleIdLength: 80,
  disabledRules: 2000,
  customSites: 100,
  selectorLength: 1000,
  tags: 300,
  /** As long as a feedback item's agent field. */
  agentName: 200,
  expiryDays: 3650,
  hosts: 1000,
} as const;

/** Rule ids: lower-case letters, digits, dots, dashes and underscores (`acme.no-refunds`). */
export const RULE_ID_RE = /^[a-z0-9][a-z0-9._-]*$/;
export const SITE_ID_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const REFUSAL_KINDS = ['cannot', 'forbidden', 'limit', 'burden', 'blame', 'deflect', 'lecture', 'final', 'penalty'] as const;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const localized = (max: number) => v.object({ en: text(max), ru: text(max) });

export const RuleIdSchema = v.pipe(v.string(), v.maxLength(SETTINGS_LIMITS.ruleIdLength), v.regex(RULE_ID_RE));

export const CustomRuleSchema = v.object({
  id: RuleIdSchema,
  lang: v.picklist(['ru', 'en']),
  kind: v.optional(v.picklist(REFUSAL_KINDS), 'cannot'),
  pattern: v.pipe(v.string(), v.maxLength(PATTERN_LIMITS.sourceLength)),
  exceptions: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(PATTERN_LIMITS.sourceLength))), v.maxLength(SETTINGS_LIMITS.exceptions)), []),
  message: v.optional(localized(SETTINGS_LIMITS.message), { en: '', ru: '' }),
  hint: v.optional(localized(SETTINGS_LIMITS.hint), { en: '', ru: '' }),
  examples: v.optional(
    v.object({
      match: v.optional(v.pipe(v.array(text(SETTINGS_LIMITS.exampleLength)), v.maxLength(SETTINGS_LIMITS.examples)), []),
      noMatch: v.optional(v.pipe(v.array(text(SETTINGS_LIMITS.exampleLength)), v.maxLength(SETTINGS_LIMITS.examples)), []),
    }),
    { match: [], noMatch: [] },
  ),
}) satisfies v.GenericSchema<unknown, CustomRuleSource>;

export const CustomRulesSchema = v.pipe(
  v.array(CustomRuleSchema),
  v.maxLength(SETTINGS_LIMITS.customRules),
  v.check((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'duplicate_id'),
);

export const SelectorsSchema = v.object(
  Object.fromEntries(SELECTOR_KEYS.map((k) => [k, v.optional(text(SETTINGS_LIMITS.selectorLength))])),
) as unknown as v.GenericSchema<unknown, Partial<Record<SelectorKey, string>>>;

/** Only what a selector set really has: `undefined`s dropped, so stored settings stay minimal. */
export function cleanSelectors(selectors: Record<string, string | undefined>): Partial<Record<SelectorKey, string>> {
  const out: Partial<Record<SelectorKey, string>> = {};
  for (const k of SELECTOR_KEYS) if (typeof selectors[k] === 'string') out[k] = selectors[k];
  return out;
}

/** Known adapter ids are checked by the callers (the registry is not loaded where this is). */
export const AdapterSettingsSchema = v.object({
  enabled: v.optional(v.boolean(), true),
  selectors: v.optional(SelectorsSchema, {}),
});

export const AdaptersSchema = v.record(v.pipe(v.string(), v.maxLength(64)), AdapterSettingsSchema);

export const CustomSiteSchema = v.object({
  id: v.pipe(v.string(), v.regex(SITE_ID_RE)),
  pattern: text(500),
  adapter: v.optional(text(64), 'generic'),
  selectors: v.optional(SelectorsSchema, {}),
  enabled: v.optional(v.boolean(), true),
});

export const CustomSitesSchema = v.pipe(
  v.array(CustomSiteSchema),
  v.maxLength(SETTINGS_LIMITS.customSites),
  v.check((sites) => new Set(sites.map((s) => s.id)).size === sites.length, 'duplicate_id'),
);

export const TagDefSchema = v.object({
  id: v.pipe(v.string(), v.regex(TAG_ID_RE)),
  label: v.object({ en: text(TAG_LABEL_MAX), ru: text(TAG_LABEL_MAX) }),
  archived: v.optional(v.boolean(), false),
});
export type TagDef = v.InferOutput<typeof TagDefSchema>;

export const TagDefsSchema = v.pipe(
  v.array(TagDefSchema),
  v.maxLength(SETTINGS_LIMITS.tags),
  v.check((tags) => new Set(tags.map((t) => t.id)).size === tags.length, 'duplicate_id'),
);

/** The schema each setting path's value must pass (paths.ts lists the paths). */
export const SETTING_PATHS = {
  agentName: text(SETTINGS_LIMITS.agentName),
  pausedHosts: v.pipe(v.array(text(255)), v.maxLength(SETTINGS_LIMITS.hosts)),
  adapters: AdaptersSchema,
  customSites: CustomSitesSchema,
  'framing.enabled': v.boolean(),
  'framing.holdOnSend': v.boolean(),
  'framing.disabledRules': v.pipe(v.array(RuleIdSchema), v.maxLength(SETTINGS_LIMITS.disabledRules)),
  'framing.customRules': CustomRulesSchema,
  'names.enabled': v.boolean(),
  'names.holdOnSend': v.boolean(),
  'attachments.enabled': v.boolean(),
  'attachments.threshold': v.picklist(['started', 'half', 'end']),
  'attachments.kinds': v.pipe(v.array(v.picklist(ATTACHMENT_KINDS)), v.maxLength(ATTACHMENT_KINDS.length)),
  'attachments.disabledSites': v.pipe(v.array(text(64)), v.maxLength(SETTINGS_LIMITS.customSites + 50)),
  'attachments.expiryDays': v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(SETTINGS_LIMITS.expiryDays)),
} as const satisfies Record<SettingPath, v.GenericSchema>;

export type { AdapterSettings, CustomRuleSource, CustomSite };
