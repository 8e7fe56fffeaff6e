import type { CheckLang } from '../check/types';
import type { Localized } from '../i18n';
import { KIND_TEXT } from './kinds';
import type { FramingRule, RefusalKind, RuleExamples } from './types';

export interface RuleSpec {
  id: string;
  kind: RefusalKind;
  pattern: string;
  exceptions?: string[];
  message?: Localized;
  hint?: Localized;
  examples: RuleExamples;
}

/** A rule of a pack; message and hint default to its kind's. */
export function defineRules(lang: CheckLang, specs: RuleSpec[]): FramingRule[] {
  return specs.map((s) => ({
    id: `${lang}.${s.kind}.${s.id}`,
    lang,
    kind: s.kind,
    pattern: s.pattern,
    exceptions: s.exceptions ?? [],
    message: s.message ?? KIND_TEXT[s.kind].message,
    hint: s.hint ?? KIND_TEXT[s.kind].hint,
    examples: s.examples,
  }));
}
