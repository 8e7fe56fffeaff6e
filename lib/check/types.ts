import type { Localized } from '../i18n';

/** Languages the text checks understand. Anything else is `other` and never flagged. */
export type CheckLang = 'ru' | 'en';
export type DetectedLang = CheckLang | 'other' | 'und';

/** The customer on record, as the helpdesk adapter reads it. Every field may be missing. */
export interface CustomerRecord {
  name?: string | null;
  email?: string | null;
  userId?: string | null;
}

/** A draft sentence that frames a refusal. Offsets are UTF-16 indices into the draft. */
export interface FramingFinding {
  kind: 'framing';
  start: number;
  end: number;
  ruleId: string;
  lang: CheckLang;
  /** `refusal`: what we won't do. `soft`: a refusal that already offers a way forward. */
  severity: 'refusal' | 'soft';
  message: Localized;
  hint: Localized;
}

/** The greeting addresses someone other than the customer on record. */
export interface NameWarning {
  kind: 'name';
  /** Offsets of the addressed name in the draft. */
  start: number;
  end: number;
  /** The name as written in the draft. */
  addressed: string;
  /** The record's name as the helpdesk shows it (for "The customer on record is …"). */
  recordName: string;
  /** The record's given name (or title + surname) in the draft's language and style, for the one-click fix. */
  replacement: string;
  message: Localized;
}

export interface CheckResult {
  lang: DetectedLang;
  findings: FramingFinding[];
  warning: NameWarning | null;
}
