import { findFraming, type FramingOptions } from '../framing';
import { checkAddressee } from '../names';
import { analyzeDraft } from '../text/analyze';
import type { Checker } from './incremental';
import type { CheckResult, CustomerRecord } from './types';

export type { CheckResult, CustomerRecord } from './types';

export interface CheckOptions extends FramingOptions {
  /** The customer on record; the name check runs only when it is given. */
  record?: CustomerRecord | null;
}

/** The full check the extension runs on a draft: language, refusal framing, greeting name. */
export function checkDraft(draft: string, options: CheckOptions = {}): CheckResult {
  const analysis = analyzeDraft(draft);
  const warning = options.record ? checkAddressee(draft, options.record) : null;
  return { lang: analysis.lang, findings: findFraming(analysis, options), warning };
}

/**
 * What the background worker runs for each draft the content script sends (the whole draft, on
 * every keystroke): the editor's incremental framing check, then the name check when a customer is
 * on record. The benches time this, so they time what the extension does.
 */
export function checkWith(checker: Checker, draft: string, record?: CustomerRecord | null): CheckResult {
  const result = checker.check(draft);
  return { ...result, warning: record ? checkAddressee(draft, record) : null };
}

export { createChecker, type Checker, type CheckerStats } from './incremental';
