/**
 * Brings the browser in line with the custom sites: Tact's content script registered exactly for
 * the enabled sites whose host access is granted, and host access given back for origins no enabled
 * site needs any more.
 *
 * Giving back is limited to origins some site needed at the previous sync (kept in storage, so it
 * survives the worker's restarts): an origin granted a moment before the site that needs it is
 * saved — the options page asks first, from the click — is never taken back in between, and access
 * the agent gave Tact for other reasons in the browser's own menu is not Tact's to revoke.
 *
 * One registration per site (`tact-site-<id>`), so adding or removing one site rarely touches
 * another's. Pages the manifest's script or an earlier site already covers are excluded from a
 * registration, so no page loads Tact twice.
 */
import { reportError } from '../platform/safe';
import type { CustomSite } from '../settings/model';
import { neededOrigins, SCRIPT_ID_PREFIX, scriptIdOf, siteNeeds, type SitesReport } from './access';
import type { InstallInfo } from './install';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The parts of `permissions` and `scripting` the sync uses (Chrome and Firefox MV3 have them all). */
export interface SyncApi {
  contains(origins: string[]): Promise<boolean>;
  remove(origins: string[]): Promise<boolean>;
  registered(): Promise<RegisteredScript[]>;
  register(script: RegisteredScript): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  /** Origins the previous sync found needed. */
  readNeeded(): Promise<string[]>;
  writeNeeded(origins: string[]): Promise<void>;
  /** Tabs already open on a newly registered site get Tact now rather than on their next load. */
  startOnOpenTabs?(patterns: string[]): Promise<void>;
}

export interface SyncResult {
  report: SitesReport;
  registered: string[];
  unregistered: string[];
  revoked: string[];
}

function wanted(site: CustomSite, install: InstallInfo, before: string[]): RegisteredScript {
  return {
    id: scriptIdOf(site.id),
    matches: [site.pattern],
    excludeMatches: [...install.script.matches, ...before],
    js: [...install.script.js],
    ...(install.script.css.length ? { css: [...install.script.css] } : {}),
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

const sorted = (list: string[] | undefined) => JSON.stringify([...(list ?? [])].sort());

function same(a: RegisteredScript, b: RegisteredScript): boolean {
  return (
    sorted(a.matches) === sorted(b.matches) &&
    sorted(a.excludeMatches) === sorted(b.excludeMatches) &&
    JSON.stringify(a.js ?? []) === JSON.stringify(b.js ?? []) &&
    JSON.stringify(a.css ?? []) === JSON.stringify(b.css ?? []) &&
    (a.runAt ?? 'document_idle') === (b.runAt ?? 'document_idle')
  );
}

export async function syncSites(sites: readonly CustomSite[], install: InstallInfo, api: SyncApi): Promise<SyncResult> {
  const report: SitesReport = {};
  const want = new Map<string, RegisteredScript>();
  const seen = new Set<string>();

  for (const site of sites) {
    // Ids are unique in valid settings; a duplicate from a hand-edited store is ignored, not fatal.
    if (seen.has(site.id)) continue;
    seen.add(site.id);
    const access = siteNeeds(site, install.hosts);
    report[site.id] = access;
    if (access.state !== 'missing') continue;
    let granted = false;
    try {
      granted = await api.contains(access.origins);
    } catch (error) {
      reportError(error, `sites: permission check for ${site.pattern}`);
    }
    if (!granted) continue;
    // Pages an earlier site already covers are that site's: the content script picks the first
    // matching site too (resolveAdapter), and one copy per page is enough.
    want.set(scriptIdOf(site.id), wanted(site, install, [...want.values()].flatMap((s) => s.matches ?? [])));
  }

  const existing = (await api.registered().catch((error: unknown) => {
    reportError(error, 'sites: registered scripts');
    return [] as RegisteredScript[];
  })).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
  const byId = new Map(existing.map((s) => [s.id, s]));

  const stale = existing.filter((s) => !want.has(s.id) || !same(s, want.get(s.id)!)).map((s) => s.id);
  if (stale.length) {
    try {
      await api.unregister(stale);
    } catch (error) {
      reportError(error, 'sites: unregister');
    }
  }

  const registered: string[] = [];
  for (const site of sites) {
    const script = want.get(scriptIdOf(site.id));
    if (!script || report[site.id]!.state !== 'missing') continue;
    const current = byId.get(script.id);
    if (current && !stale.includes(script.id)) {
      report[site.id] = { ...report[site.id]!, state: 'active' };
      continue;
    }
    try {
      // One at a time: the browser rejects a whole batch for one bad entry.
      await api.register(script);
      registered.push(site.pattern);
      report[site.id] = { ...report[site.id]!, state: 'active' };
    } catch (error) {
      reportError(error, `sites: register ${site.pattern}`);
      report[site.id] = { ...report[site.id]!, state: 'failed', error: error instanceof Error ? error.message : String(error) };
    }
  }

  const needed = neededOrigins(sites, install.hosts);
  const before = await api.readNeeded().catch(() => [] as string[]);
  const revoked: string[] = [];
  for (const origin of before) {
    if (needed.has(origin)) continue;
    try {
      if ((await api.contains([origin])) && (await api.remove([origin]))) revoked.push(origin);
    } catch (error) {
      reportError(error, `sites: give back ${origin}`);
    }
  }
  const next = [...needed].sort();
  if (JSON.stringify(next) !== JSON.stringify([...before].sort())) {
    await api.writeNeeded(next).catch((error: unknown) => reportError(error, 'sites: remember origins'));
  }

  if (registered.length && api.startOnOpenTabs) await api.startOnOpenTabs(registered).catch((error: unknown) => reportError(error, 'sites: open tabs'));

  return { report, registered, unregistered: stale.filter((id) => !want.has(id)), revoked };
}
