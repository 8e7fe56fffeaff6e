/**
 * Where a custom site stands with the browser: what it needs (origins beyond the install-time
 * hosts) and what Tact has. Shared by the background's sync and the options page's status line.
 */
import type { Localized } from '../i18n';
import type { CustomSite } from '../settings/model';
import { checkPattern, coveredBy } from './patterns';

/**
 * - `off`: switched off; nothing registered, nothing asked for.
 * - `invalid`: the pattern cannot be used (from a rule pack or a policy; the options page refuses it).
 * - `install`: Tact already reads that host from install; the manifest's script runs there.
 * - `missing`: the browser has not given access yet (the admin or the agent must approve it).
 * - `active`: access given and Tact's content script registered for the pattern.
 * - `failed`: access given, but the browser refused the registration (`error` says why).
 */
export type SiteAccessState = 'off' | 'invalid' | 'install' | 'missing' | 'active' | 'failed';

export interface SiteAccess {
  id: string;
  pattern: string;
  state: SiteAccessState;
  /** Origins the site needs that the manifest does not give. */
  origins: string[];
  reason?: Localized;
  error?: string;
}

export type SitesReport = Record<string, SiteAccess>;

/** The site's needs before asking the browser anything: `origins` empty when the manifest covers it. */
export function siteNeeds(site: Pick<CustomSite, 'id' | 'pattern' | 'enabled'>, installHosts: readonly string[]): SiteAccess {
  const base = { id: site.id, pattern: site.pattern, origins: [] as string[] };
  const check = checkPattern(site.pattern);
  if (!check.ok) return { ...base, state: 'invalid', reason: check.reason };
  const origins = check.origins.filter((o) => !coveredBy(o, installHosts));
  if (!site.enabled) return { ...base, origins, state: 'off' };
  return { ...base, origins, state: origins.length ? 'missing' : 'install' };
}

/** Origins every enabled, usable site needs: what Tact may keep. */
export function neededOrigins(sites: readonly Pick<CustomSite, 'id' | 'pattern' | 'enabled'>[], installHosts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const site of sites) {
    const needs = siteNeeds(site, installHosts);
    if (needs.state === 'missing') for (const o of needs.origins) out.add(o);
  }
  return out;
}

export const SCRIPT_ID_PREFIX = 'tact-site-';
export const scriptIdOf = (siteId: string): string => `${SCRIPT_ID_PREFIX}${siteId}`;
