/**
 * The Phrase rules section's logic, apart from its components: which rules there are and where
 * they come from, what may be switched or edited under the policy, and how a rule edit changes the
 * user's settings. Validation is lib/framing/custom.ts's (the same the checker uses).
 */
import type { CheckLang } from '../../check/types';
import { BUILTIN_PACKS, type FramingRule } from '../../framing';
import { checkCustomRule, effectivePacks, type EffectivePacks, type RuleCheck, type RuleProblem } from '../../framing/custom';
import type { Localized } from '../../i18n';
import { isLocked } from '../../settings/merge';
import type { CustomRuleSource, Settings } from '../../settings/model';
import type { OptionsState } from '../store';

export type RuleSource = 'builtin' | 'custom' | 'managed';

export interface RuleRow {
  id: string;
  lang: CheckLang;
  kind: string;
  pattern: string;
  message: Localized;
  source: RuleSource;
  /** On in the effective settings. */
  enabled: boolean;
  /** Why the on/off switch is not the user's: the list of switched-off rules is locked, or the policy switched it off. */
  toggleManaged: 'locked' | 'policy' | null;
  /** A custom rule that does not compile (it is not used). */
  broken: RuleProblem[] | null;
  /** The source to open in the editor (custom rules), or the built-in rule to view. */
  custom: CustomRuleSource | null;
  builtin: FramingRule | null;
}

export function ruleRows(state: OptionsState, packs: EffectivePacks = effectivePacks(state.effective)): RuleRow[] {
  const disabled = new Set(state.effective.framing.disabledRules);
  const policyDisabled = new Set((state.policy.values['framing.disabledRules'] as string[] | undefined) ?? []);
  const switchesLocked = isLocked(state.managed, 'framing.disabledRules');
  const toggleManaged = (id: string): RuleRow['toggleManaged'] => (switchesLocked ? 'locked' : policyDisabled.has(id) ? 'policy' : null);
  const broken = new Map(packs.broken.map((b) => [b.id, b.problems]));
  const rows: RuleRow[] = [];
  for (const rule of state.effective.framing.customRules) {
    rows.push({
      id: rule.id,
      lang: rule.lang,
      kind: rule.kind,
      pattern: rule.pattern,
      message: rule.message,
      source: state.managed.ruleIds.has(rule.id) ? 'managed' : 'custom',
      enabled: !disabled.has(rule.id),
      toggleManaged: toggleManaged(rule.id),
      broken: broken.get(rule.id) ?? null,
      custom: rule,
      builtin: null,
    });
  }
  for (const lang of ['ru', 'en'] as const) {
    for (const rule of BUILTIN_PACKS[lang].rules) {
      rows.push({
        id: rule.id,
        lang,
        kind: rule.kind,
        pattern: rule.pattern,
        message: rule.message,
        source: 'builtin',
        enabled: !disabled.has(rule.id),
        toggleManaged: toggleManaged(rule.id),
        broken: null,
        custom: null,
        builtin: rule,
      });
    }
  }
  return rows;
}

/** Rows matching a search: id, pattern, or message in either language, ignoring case. */
export function filterRows(rows: readonly RuleRow[], query: string): RuleRow[] {
  const q = query.trim().toLocaleLowerCase();
  if (!q) return [...rows];
  return rows.filter((r) => [r.id, r.pattern, r.message.en, r.message.ru].some((s) => s.toLocaleLowerCase().includes(q)));
}

export function emptyRule(lang: CheckLang): CustomRuleSource {
  return {
    id: '',
    lang,
    kind: 'cannot',
    pattern: '',
    exceptions: [],
    message: { en: '', ru: '' },
    hint: { en: '', ru: '' },
    examples: { match: [''], noMatch: [''] },
  };
}

/** A rule as it is stored: blank exceptions and examples dropped, text trimmed. */
export function cleanRule(rule: CustomRuleSource): CustomRuleSource {
  const trim = (l: Localized): Localized => ({ en: l.en.trim(), ru: l.ru.trim() });
  const lines = (list: string[]) => list.map((s) => s.trim()).filter(Boolean);
  return {
    id: rule.id.trim(),
    lang: rule.lang,
    kind: rule.kind,
    pattern: rule.pattern.trim(),
    exceptions: lines(rule.exceptions),
    message: trim(rule.message),
    hint: trim(rule.hint),
    examples: { match: lines(rule.examples.match), noMatch: lines(rule.examples.noMatch) },
  };
}

/** Checks a draft against every other rule's id: the user's and the organisation's. */
export function checkDraft(state: OptionsState, draft: CustomRuleSource, originalId: string | null): RuleCheck {
  const taken = new Set(state.effective.framing.customRules.map((r) => r.id).filter((id) => id !== originalId));
  // an id the organisation uses is taken even when editing a rule of the same name
  for (const id of state.managed.ruleIds) taken.add(id);
  return checkCustomRule(cleanRule(draft), { takenIds: taken });
}

/** Saves a rule into the user's settings: replaces the one it was opened from, keeps its on/off. */
export function upsertRule(settings: Settings, draft: CustomRuleSource, originalId: string | null): void {
  const rule = cleanRule(draft);
  const rules = settings.framing.customRules;
  const at = originalId === null ? -1 : rules.findIndex((r) => r.id === originalId);
  if (at >= 0) rules[at] = rule;
  else rules.push(rule);
  if (originalId !== null && originalId !== rule.id) {
    settings.framing.disabledRules = settings.framing.disabledRules.map((id) => (id === originalId ? rule.id : id));
  }
}

export function deleteRule(settings: Settings, id: string): void {
  settings.framing.customRules = settings.framing.customRules.filter((r) => r.id !== id);
  settings.framing.disabledRules = settings.framing.disabledRules.filter((d) => d !== id);
}

export function setRuleEnabled(settings: Settings, id: string, on: boolean): void {
  const rest = settings.framing.disabledRules.filter((d) => d !== id);
  settings.framing.disabledRules = on ? rest : [...rest, id];
}

/**
 * The packs as they would be with `draft` saved — for the tester and the draft's examples. A draft
 * that does not compile is simply absent (effectivePacks leaves broken rules out).
 */
export function packsWithDraft(state: OptionsState, draft: CustomRuleSource | null, originalId: string | null): EffectivePacks {
  if (!draft) return effectivePacks(state.effective);
  const framing = structuredClone(state.effective.framing);
  const rule = cleanRule(draft);
  framing.customRules = [rule, ...framing.customRules.filter((r) => r.id !== originalId && r.id !== rule.id)];
  framing.disabledRules = framing.disabledRules.filter((id) => id !== rule.id && id !== originalId);
  return effectivePacks({ framing });
}
