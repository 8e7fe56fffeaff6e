/**
 * The greeting name check: warns when the draft addresses someone other than the customer on record.
 *
 * This entry point loads the name tables (tens of kilobytes), so it belongs to the background worker
 * and the popup; the content script must not import it.
 */
import type { CustomerRecord, NameWarning } from '../check/types';
import type { Localized } from '../i18n';
import { attempt } from '../platform/safe';
import { findAddresses, type NameOracle } from './addressee';
import { lookup, lookupDative } from './lexicon';
import { prepareRecord, wordKeys, type PreparedRecord } from './prepare';
import { buildReplacement } from './replacement';
import { judge } from './verdict';

export { describeRecord, type CustomerName, type RecordDescription, type UnusableReason } from './record';
export { warmLexicon, lexiconStats } from './lexicon';

/** "The customer on record is Vadim Petrov" / "Клиент в карточке — Вадим Петров". */
export function recordMessage(recordName: string): Localized {
  return {
    en: `The customer on record is ${recordName}`,
    ru: `Клиент в карточке — ${recordName}`,
  };
}

function oracleFor(record: PreparedRecord): NameOracle {
  return {
    isName(word: string, dative = false): boolean {
      if (lookup(word).length || (dative && lookupDative(word).length)) return true;
      const keys = wordKeys(word);
      const parts = [record.given, record.surname, record.patronymic, ...record.others];
      return parts.some((p) => p && keys.some((k) => p.forms.has(k)));
    },
  };
}

function check(draft: string, record: CustomerRecord | null | undefined): NameWarning | null {
  if (typeof draft !== 'string' || !draft.trim()) return null;
  const prepared = prepareRecord(record);
  if (!prepared) return null;
  for (const address of findAddresses(draft, oracleFor(prepared))) {
    const verdict = judge(address, prepared);
    if (verdict.kind === 'match') return null;
    if (verdict.kind === 'unknown') continue;
    // Several people greeted at once: wrong only if none of them is the customer, surely.
    const others = (address.group ?? []).map((a) => judge(a, prepared).kind);
    if (others.includes('match')) return null;
    if (others.includes('unknown')) continue;
    const replacement = buildReplacement(address, verdict.roles, prepared);
    const addressed = draft.slice(address.start, address.end);
    if (!replacement || replacement === addressed) return null;
    return {
      kind: 'name',
      start: address.start,
      end: address.end,
      addressed,
      recordName: prepared.display,
      replacement,
      message: recordMessage(prepared.display),
    };
  }
  return null;
}

/**
 * Who the draft greets, compared with the customer on record. Returns a warning only when the draft
 * surely addresses someone else; null for a match, for no address, for an unusable record, and for
 * anything unclear. Never throws.
 */
export function checkAddressee(draft: string, record: CustomerRecord | null | undefined): NameWarning | null {
  return attempt('names.checkAddressee', () => check(draft, record), null);
}
