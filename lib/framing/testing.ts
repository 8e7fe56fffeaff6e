/** A custom rule for tests: flags "Parcels to the islands go by ferry…", which no built-in rule does. */
import type { CustomRuleSource } from '../settings/model';

export function customRule(over: Partial<CustomRuleSource> = {}): CustomRuleSource {
  return {
    id: 'acme.islands',
    lang: 'en',
    kind: 'limit',
    pattern: 'islands .. ferry',
    exceptions: [],
    message: { en: 'Islands: say when it arrives.', ru: '' },
    hint: { en: '', ru: '' },
    examples: { match: ['Parcels to the islands go by ferry on Fridays.'], noMatch: ['The ferry leaves at noon.'] },
    ...over,
  };
}
