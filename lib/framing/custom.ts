/**
 * Admins' own phrase rules and switched-off built-in rules, turned into the packs the check runs.
 *
 * A custom rule is data (`CustomRuleSource`, lib/settings/model.ts) from the options page, a rule
 * pack or managed policy. Here it is checked the way the checker will run it — its pattern and
 * exceptions compiled against its language's pack, so the pack's word classes (@us, @nt, @neg…) work
 * in it — and a rule that does not compile is reported with what and where, and left out: a broken
 * rule never reaches the checker, and never stops the other rules.
 *
 * Custom rules go before the built-in ones, so when both match a sentence the admin's message is
 * the one the agent reads. The pack's exceptions (reassurance, conditionals, polite requests…)
 * excuse custom rules' matches as they excuse the built-in ones'.
 */
import type { CheckLang } from '../check/types';
import type { Localized } from '../i18n';
import { compilePattern, type PatternError } from '../patterns';
import type { CustomRuleSource, Settings } from '../settings/model';
import { RULE_ID_RE, SETTINGS_LIMITS } from '../settings/schema';
import { rulesKey } from '../settings/stamp';
import { analyzeDraft } from '../text/analyze';
import { ruleFlags, type CompiledPack } from './engine';
import { compiledPack } from './index';
import { KIND_TEXT } from './kinds';
import { EN_PACK } from './packs/en';
import { RU_PACK } from './packs/ru';
import type { FramingPack, FramingRule } from './types';

const BUILTIN: Readonly<Record<CheckLang, FramingPack>> = { en: EN_PACK, ru: RU_PACK };

export const BUILTIN_RULE_IDS: ReadonlySet<string> = new Set([...EN_PACK.rules, ...RU_PACK.rules].map((r) => r.id));

/** What is wrong with a custom rule, and in which field (with the span, for a pattern). */
export interface RuleProblem {
  field: 'id' | 'pattern' | 'exceptions';
  /** Which exception, for `exceptions`. */
  index?: number;
  message: Localized;
  /** Offsets into the pattern (or the exception) the message is about. */
  start?: number;
  end?: number;
}

export type RuleCheck = { ok: true; rule: FramingRule } | { ok: false; problems: RuleProblem[] };

const msg = (en: string, ru: string): Localized => ({ en, ru });

function patternProblem(field: 'pattern' | 'exceptions', error: PatternError, index?: number): RuleProblem {
  return { field, ...(index === undefined ? {} : { index }), message: error.message, start: error.start, end: error.end };
}

/** Message and hint with empty languages filled from the other language, then from the kind. */
export function toFramingRule(source: CustomRuleSource): FramingRule {
  const fill = (own: Localized, fallback: Localized): Localized => {
    const en = own.en.trim() || own.ru.trim();
    const ru = own.ru.trim() || own.en.trim();
    return { en: en || fallback.en, ru: ru || fallback.ru };
  };
  const kind = KIND_TEXT[source.kind] ? source.kind : 'cannot';
  return {
    id: source.id,
    lang: source.lang,
    kind,
    pattern: source.pattern,
    exceptions: source.exceptions.filter((e) => e.trim() !== ''),
    message: fill(source.message, KIND_TEXT[kind].message),
    hint: fill(source.hint, KIND_TEXT[kind].hint),
    examples: { match: source.examples.match.filter((e) => e.trim()), noMatch: source.examples.noMatch.filter((e) => e.trim()) },
  };
}

export interface CheckRuleOptions {
  /** Ids already used by other custom rules. */
  takenIds?: ReadonlySet<string>;
}

/** Checks one rule as the checker would run it; never throws. */
export function checkCustomRule(source: CustomRuleSource, options: CheckRuleOptions = {}): RuleCheck {
  const problems: RuleProblem[] = [];
  const id = source.id;
  if (!id) problems.push({ field: 'id', message: msg('Give the rule an id.', 'Задайте правилу id.') });
  else if (id.length > SETTINGS_LIMITS.ruleIdLength || !RULE_ID_RE.test(id)) {
    problems.push({
      field: 'id',
      message: msg(
        `The id may have lower-case Latin letters, digits, “.”, “-” and “_” (at most ${SETTINGS_LIMITS.ruleIdLength}), starting with a letter or a digit: acme.no-refunds.`,
        `В id допустимы строчные латинские буквы, цифры, «.», «-» и «_» (не больше ${SETTINGS_LIMITS.ruleIdLength}), первой — буква или цифра: acme.no-refunds.`,
      ),
    });
  } else if (BUILTIN_RULE_IDS.has(id)) {
    problems.push({ field: 'id', message: msg(`“${id}” is the id of a built-in rule; choose another.`, `«${id}» — id встроенного правила; выберите другой.`) });
  } else if (options.takenIds?.has(id)) {
    problems.push({ field: 'id', message: msg(`Another rule already has the id “${id}”.`, `Id «${id}» уже занят другим правилом.`) });
  }
  const pack = BUILTIN[source.lang];
  if (!pack) return { ok: false, problems: [...problems, { field: 'pattern', message: msg('Choose Russian or English.', 'Выберите русский или английский язык.') }] };
  const compiled = compilePattern(source.pattern, { classes: pack.classes });
  if (!compiled.ok) problems.push(patternProblem('pattern', compiled.error));
  source.exceptions.forEach((e, index) => {
    if (!e.trim()) return;
    const r = compilePattern(e, { classes: pack.classes });
    if (!r.ok) problems.push(patternProblem('exceptions', r.error, index));
  });
  return problems.length ? { ok: false, problems } : { ok: true, rule: toFramingRule(source) };
}

export interface BrokenRule {
  id: string;
  problems: RuleProblem[];
}

export interface EffectivePacks {
  packs: Record<CheckLang, FramingPack>;
  /** Custom rules left out because they do not compile (or clash). */
  broken: BrokenRule[];
}

/** A pack with the settings' switched-off rules removed and its language's custom rules first. */
function packFor(lang: CheckLang, custom: FramingRule[], disabled: ReadonlySet<string>): FramingPack {
  const base = BUILTIN[lang];
  return { ...base, rules: [...custom.filter((r) => r.lang === lang), ...base.rules].filter((r) => !disabled.has(r.id)) };
}

const cache = new Map<string, EffectivePacks>();

/**
 * The packs the check runs for these settings: built-in rules minus the switched-off ones, plus the
 * custom rules that compile. Built once per distinct rule set. Never throws: if a pack still fails
 * to compile as a whole, its language falls back to the built-in rules.
 */
export function effectivePacks(settings: Pick<Settings, 'framing'>): EffectivePacks {
  const key = rulesKey(settings);
  const hit = cache.get(key);
  if (hit) return hit;
  const disabled = new Set(Array.isArray(settings.framing.disabledRules) ? settings.framing.disabledRules : []);
  const broken: BrokenRule[] = [];
  const custom: FramingRule[] = [];
  const taken = new Set<string>();
  for (const source of Array.isArray(settings.framing.customRules) ? settings.framing.customRules : []) {
    let check: RuleCheck;
    try {
      check = checkCustomRule(source, { takenIds: taken });
    } catch {
      // a malformed entry (wrong types from storage) is as broken as a bad pattern
      check = { ok: false, problems: [{ field: 'pattern', message: msg('The rule could not be read.', 'Правило не удалось прочитать.') }] };
    }
    const id = typeof source?.id === 'string' ? source.id : '';
    taken.add(id);
    if (check.ok) custom.push(check.rule);
    else broken.push({ id, problems: check.problems });
  }
  const packs = {} as Record<CheckLang, FramingPack>;
  for (const lang of ['en', 'ru'] as const) {
    const pack = packFor(lang, custom, disabled);
    try {
      compiledPack(pack);
      packs[lang] = pack;
    } catch {
      packs[lang] = packFor(lang, [], disabled);
    }
  }
  const out = { packs, broken };
  // A handful of rule sets in a session (each edit makes one); keep the last few.
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(key, out);
  return out;
}

export interface ExampleResult {
  text: string;
  /** Whether the rule flags it (alone, with its own and the pack's exceptions). */
  flagged: boolean;
  /** Flagged when it should be, left alone when it should be. */
  passes: boolean;
}

/** Runs a rule's examples the way the test suite runs the built-in rules'. */
export function runExamples(rule: FramingRule, pack: CompiledPack): { match: ExampleResult[]; noMatch: ExampleResult[] } {
  const flags = (text: string): boolean => analyzeDraft(text).sentences.some((s) => s.words.length > 0 && ruleFlags(pack, rule.id, s.words));
  return {
    match: rule.examples.match.map((text) => {
      const flagged = flags(text);
      return { text, flagged, passes: flagged };
    }),
    noMatch: rule.examples.noMatch.map((text) => {
      const flagged = flags(text);
      return { text, flagged, passes: !flagged };
    }),
  };
}
