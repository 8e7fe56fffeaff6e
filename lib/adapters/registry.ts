/**
 * Which adapter reads a page. Built-in helpdesks match by host; admin-added sites by their pattern;
 * the demo build also maps the loopback demo and fixtures, served under the adapter's id (`/demo/`, `/zendesk/…`).
 */
import { MatchPattern } from '@webext-core/match-patterns';
import type { AdapterDefinition, HelpdeskAdapter } from './contract';
import { createAdapter, mergeSelectors } from './create';
import { generic } from './helpdesks/generic';
import { HELPDESKS } from './helpdesks';
import type { Settings } from '../settings/model';
import { reportError } from '../platform/safe';

export const BUILT_IN: readonly AdapterDefinition[] = HELPDESKS;

export function definitionById(id: string): AdapterDefinition | undefined {
  return BUILT_IN.find((d) => d.id === id);
}

function patternIncludes(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch (error) {
    reportError(error, `match pattern "${pattern}"`);
    return false;
  }
}

function pathMatches(def: AdapterDefinition, url: URL): boolean {
  if (!def.pathPattern) return true;
  try {
    return new RegExp(def.pathPattern).test(url.pathname + url.hash);
  } catch (error) {
    reportError(error, `path pattern "${def.pathPattern}"`);
    return false;
  }
}

/**
 * A site added for one UI of a product whose UIs share the host (Zammad classic and its desktop UI):
 * the family member whose path the page is on. Otherwise the adapter the admin named, whatever the path.
 */
function familyMemberFor(def: AdapterDefinition, url: URL): AdapterDefinition {
  if (!def.family || pathMatches(def, url)) return def;
  return BUILT_IN.find((d) => d.family === def.family && d.pathPattern && pathMatches(d, url)) ?? def;
}

export interface Resolved {
  adapter: HelpdeskAdapter;
  /** The settings key for per-site switches: the adapter id or the custom site's id. */
  siteId: string;
  custom: boolean;
}

export function resolveAdapter(url: string, settings: Settings, demoBuild: boolean): Resolved | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (settings.pausedHosts.includes(parsed.host)) return null;

  for (const site of settings.customSites) {
    if (!site.enabled || !patternIncludes(site.pattern, url)) continue;
    const def = familyMemberFor(definitionById(site.adapter) ?? generic, parsed);
    const own = settings.adapters[def.id]?.selectors;
    return { adapter: createAdapter(def, mergeSelectors(mergeSelectors(def.selectors, own), site.selectors)), siteId: site.id, custom: true };
  }

  const make = (def: AdapterDefinition): Resolved | null => {
    const conf = settings.adapters[def.id];
    if (conf && !conf.enabled) return null;
    return { adapter: createAdapter(def, conf?.selectors), siteId: def.id, custom: false };
  };

  if (demoBuild && (parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost')) {
    // Fixtures are served under their adapter's id: /demo/, /zendesk/agent/tickets/1, …
    const id = /^\/([\w-]+)\//.exec(parsed.pathname)?.[1];
    const def = id && id !== 'generic' ? definitionById(id) : undefined;
    return def ? make(def) : null;
  }

  for (const def of BUILT_IN) {
    if (!def.hosts.some((h) => patternIncludes(h, url))) continue;
    if (!pathMatches(def, parsed)) continue;
    return make(def);
  }
  return null;
}
