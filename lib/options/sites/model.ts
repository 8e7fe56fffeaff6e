/** Pure helpers of the custom-site form: ids, the selectors a site's adapter reads, the form's checks. */
import type { AdapterSelectors, SelectorKey } from '../../adapters/contract';
import { mergeSelectors } from '../../adapters/create';
import { generic } from '../../adapters/helpdesks/generic';
import { BUILT_IN, definitionById } from '../../adapters/registry';
import type { Localized } from '../../i18n';
import type { CustomSite, Settings } from '../../settings/model';
import { checkPattern } from '../../sites/patterns';
import { cleanOverrides, selectorProblems } from '../../sites/selectors';

/** The fields the form shows first: the list, what a generic site needs most. */
export const PRIMARY_KEYS: readonly SelectorKey[] = ['ticketRoot', 'editor', 'sendButton', 'customerName', 'customerEmail', 'attachment'];

/**
 * A readable id from the host (`help.acme.com`), unique among the sites and apart from the adapter
 * ids — both kinds share the attachment check's list of switched-off sites.
 */
export function siteIdFor(pattern: string, taken: Iterable<string>): string {
  const used = new Set([...taken, ...BUILT_IN.map((d) => d.id)]);
  const host = /^[^:]+:\/\/(?:\*\.)?([^/:]+)/.exec(pattern)?.[1] ?? '';
  const base = host.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 56) || 'site';
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** What a site's adapter reads before the site's own selectors: its built-in ones with the admin's overrides for that adapter. */
export function baseSelectorsOf(adapterId: string, settings: Pick<Settings, 'adapters'>): AdapterSelectors {
  const def = definitionById(adapterId) ?? generic;
  return mergeSelectors(def.selectors, settings.adapters[def.id]?.selectors);
}

/** The overrides a probe of this site applies over its adapter: as resolveAdapter lays them. */
export function probeSelectorsOf(site: Pick<CustomSite, 'adapter' | 'selectors'>, settings: Pick<Settings, 'adapters'>): Partial<AdapterSelectors> {
  const def = definitionById(site.adapter) ?? generic;
  return cleanOverrides({ ...settings.adapters[def.id]?.selectors, ...site.selectors });
}

export interface SiteDraft {
  pattern: string;
  adapter: string;
  selectors: Partial<Record<SelectorKey, string>>;
}

export interface DraftProblems {
  pattern?: Localized;
  /** A pattern the admin may have meant (a missing path, a port left in). */
  suggestion?: string;
  taken?: boolean;
  selectors: Partial<Record<SelectorKey, string>>;
}

export function checkDraft(draft: SiteDraft, otherPatterns: readonly string[], doc: Document = document): DraftProblems {
  const out: DraftProblems = { selectors: selectorProblems(draft.selectors, doc) };
  const pattern = draft.pattern.trim();
  const check = checkPattern(pattern);
  if (!check.ok) {
    out.pattern = check.reason;
    if (check.suggestion && checkPattern(check.suggestion).ok) out.suggestion = check.suggestion;
  } else if (otherPatterns.includes(pattern)) out.taken = true;
  return out;
}

export const hasProblems = (p: DraftProblems): boolean => Boolean(p.pattern || p.taken || Object.keys(p.selectors).length);
