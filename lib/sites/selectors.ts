/**
 * Checking an admin's selector before it is saved: what the browser itself says about it, so a
 * broken selector is refused with the browser's own message and never reaches a helpdesk tab.
 */
import type { AdapterSelectors, SelectorKey } from '../adapters/contract';
import { SELECTOR_KEYS } from '../adapters/contract';
import { parseSelector, selectorError } from '../adapters/query';

/** Selectors that read a value (text, or an attribute with ` @attr`); the rest pick elements. */
export const VALUE_KEYS: ReadonlySet<SelectorKey> = new Set<SelectorKey>(['ticketId', 'customerName', 'customerEmail', 'customerId', 'attachmentName', 'attachmentKind']);

/** As the settings schema's limit (lib/settings/schema.ts), without loading the schema library here. */
export const SELECTOR_MAX = 1000;

/** The browser's message for a selector that does not parse (or a ticket-address pattern that does not compile); null when fine or empty. */
export function selectorProblem(key: SelectorKey, value: string, doc: Document = document): string | null {
  const text = value.trim();
  if (!text) return null;
  if (text.length > SELECTOR_MAX) return `At most ${SELECTOR_MAX} characters.`;
  if (key === 'ticketUrlPattern') {
    try {
      new RegExp(text);
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }
  if (VALUE_KEYS.has(key)) {
    const { css, attr } = parseSelector(text);
    if (!css && !attr) return selectorError(text, doc);
    return selectorError(css, doc);
  }
  return selectorError(text, doc);
}

export function selectorProblems(values: Partial<Record<SelectorKey, string>>, doc: Document = document): Partial<Record<SelectorKey, string>> {
  const out: Partial<Record<SelectorKey, string>> = {};
  for (const key of SELECTOR_KEYS) {
    const problem = selectorProblem(key, values[key] ?? '', doc);
    if (problem) out[key] = problem;
  }
  return out;
}

/** The overrides worth storing: trimmed, non-empty, known keys only. */
export function cleanOverrides(values: Partial<Record<string, string | undefined>>): Partial<AdapterSelectors> {
  const out: Partial<Record<SelectorKey, string>> = {};
  for (const key of SELECTOR_KEYS) {
    const value = values[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  return out;
}
