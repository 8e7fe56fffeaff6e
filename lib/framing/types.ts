/**
 * Refusal-framing rules as data. A rule pairs a phrase pattern (lib/patterns) with the message and
 * hint the agent sees, and carries its own examples: sentences it must flag and sentences it must
 * leave alone, which the test suite runs for every rule (like LanguageTool's <example> and Harper's
 * test/allows).
 */
import type { CheckLang } from '../check/types';
import type { Localized } from '../i18n';

/** What kind of refusal a rule catches; the hint follows from it. */
export type RefusalKind =
  /** We can't, won't, don't do it. */
  | 'cannot'
  /** It is not allowed, not possible, not included, not covered. */
  | 'forbidden'
  /** A limit stated as the message: "only within 14 days", "только до подъезда". */
  | 'limit'
  /** The customer has to do the work: "you will have to contact", "вам придётся". */
  | 'burden'
  /** The customer is at fault: "you should have read", "по вашей вине". */
  | 'blame'
  /** Not our problem: "outside our responsibility", "a matter between you and the seller". */
  | 'deflect'
  /** Lecturing: "as I already explained", "please understand", "как я уже писал". */
  | 'lecture'
  /** The door is shut: "the decision is final", "your application has been refused". */
  | 'final'
  /** A charge or a loss as the message: "the fee applies", "non-refundable". */
  | 'penalty';

export interface RuleExamples {
  /** Sentences the rule must flag (written for the rule, never copied from the corpus). */
  match: string[];
  /** Sentences it must leave alone. */
  noMatch: string[];
}

export interface FramingRule {
  /** Stable id, e.g. `ru.cannot.we-cannot`; reported in findings and the CLI output. */
  id: string;
  lang: CheckLang;
  kind: RefusalKind;
  /** A phrase pattern; see lib/patterns for the syntax. */
  pattern: string;
  /** Patterns that excuse a match they overlap, matched over the whole sentence ("under the terms, you get"). */
  exceptions: string[];
  message: Localized;
  hint: Localized;
  examples: RuleExamples;
}

/** A phrase that looks like a refusal but is not one; it excuses every rule's match it overlaps. */
export interface FramingException {
  id: string;
  pattern: string;
  /**
   * Matched per clause (between commas, dashes, colons) by default, so "if it doesn't arrive, we
   * can't refund it" excuses only the condition; `sentence` lets it span commas.
   */
  scope?: 'clause' | 'sentence';
  examples: RuleExamples;
}

/** A way forward in the same sentence ("but I can…", "instead", "но можем…"): the finding turns soft. */
export interface WayForward {
  id: string;
  pattern: string;
  examples: RuleExamples;
}

export interface FramingPack {
  lang: CheckLang;
  /** Word classes the pack's patterns use, as pattern sources by name. */
  classes: Record<string, string>;
  /** Non-refusals shared by all rules: reassurance, no-cost, reminders, conditionals, requests, idioms. */
  exceptions: FramingException[];
  wayForward: WayForward[];
  /** Checked in order; the first rule that matches a sentence names the finding. */
  rules: FramingRule[];
}
