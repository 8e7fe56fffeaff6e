/**
 * The background's part of custom sites: keeps Tact's content-script registrations and host access in
 * line with the effective settings (the options page, a rule pack and the policy all end there), at
 * start-up, whenever the custom sites change, and whenever the browser grants or takes back host
 * access (the agent can do that from the browser's menu). Syncs run one at a time, in order.
 *
 * Chrome and Firefox MV3 both have `scripting.registerContentScripts` (persistent registrations)
 * and `permissions.onAdded/onRemoved`; the code is the same for both.
 */
import { MatchPattern } from '@webext-core/match-patterns';
import { browser, type Browser } from 'wxt/browser';
import { tabStatus } from '../host/status';
import { reportError } from '../platform/safe';
import { loadSettings, watchSettings } from '../settings/effective';
import type { Settings } from '../settings/model';
import type { SitesReport } from './access';
import { installInfo, type InstallInfo } from './install';
import { sitesSync } from './messages';
import { syncSites, type RegisteredScript, type SyncApi } from './sync';

/** Origins the last sync found needed (sync.ts: only those are ever given back). */
export const NEEDED_KEY = 'sitesNeeded';

const includes = (pattern: string, url: string): boolean => {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
};

async function running(tabId: number): Promise<boolean> {
  try {
    await tabStatus.sendToTab(tabId, undefined, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts Tact in tabs already open on newly registered patterns (a registration only affects later
 * loads). A copy injected while the page's own is just loading replaces it (WXT invalidates the
 * older context of the same script), so a race still leaves one Tact in the tab.
 */
async function startOnOpenTabs(patterns: string[], install: InstallInfo): Promise<void> {
  const tabs = await browser.tabs.query({});
  for (const tab of tabs) {
    if (tab.id === undefined || tab.id < 0 || !tab.url || !patterns.some((p) => includes(p, tab.url!))) continue;
    if (await running(tab.id)) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id }, files: install.script.js as never })
      .catch((error: unknown) => reportError(error, 'sites: start in open tab'));
  }
}

export function browserSyncApi(install: InstallInfo): SyncApi {
  const scripting = browser.scripting;
  return {
    contains: (origins) => browser.permissions.contains({ origins }),
    remove: (origins) => browser.permissions.remove({ origins }),
    registered: async () => (await scripting.getRegisteredContentScripts()) as RegisteredScript[],
    register: (script) => scripting.registerContentScripts([script as Browser.scripting.RegisteredContentScript]),
    unregister: (ids) => scripting.unregisterContentScripts({ ids }),
    readNeeded: async () => {
      const value = (await browser.storage.local.get(NEEDED_KEY))[NEEDED_KEY];
      return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
    },
    writeNeeded: (origins) => browser.storage.local.set({ [NEEDED_KEY]: origins }),
    startOnOpenTabs: (patterns) => startOnOpenTabs(patterns, install),
  };
}

export interface SiteSyncOptions {
  api?: SyncApi;
  install?: InstallInfo;
  signal?: AbortSignal;
}

/**
 * Called once from entrypoints/background.ts, synchronously, so the events that wake the worker
 * find their listeners. Resolves with the first sync's report.
 */
export function registerSiteSync(options: SiteSyncOptions = {}): Promise<SitesReport> {
  const install = options.install ?? installInfo();
  const api = options.api ?? browserSyncApi(install);
  let chain: Promise<SitesReport> = Promise.resolve({});
  let last = '';

  const run = (settings?: Settings): Promise<SitesReport> => {
    chain = chain
      .then(async () => {
        const current = settings ?? (await loadSettings());
        last = JSON.stringify(current.customSites);
        return (await syncSites(current.customSites, install, api)).report;
      })
      .catch((error: unknown) => {
        reportError(error, 'sites: sync');
        return {};
      });
    return chain;
  };

  watchSettings((settings) => {
    if (JSON.stringify(settings.customSites) !== last) void run(settings);
  }, options.signal);

  const onPermissions = () => void run();
  try {
    browser.permissions.onAdded.addListener(onPermissions);
    browser.permissions.onRemoved.addListener(onPermissions);
  } catch (error) {
    reportError(error, 'sites: permission events');
  }
  const offMessage = sitesSync.handle(() => run());
  options.signal?.addEventListener(
    'abort',
    () => {
      offMessage();
      try {
        browser.permissions.onAdded.removeListener(onPermissions);
        browser.permissions.onRemoved.removeListener(onPermissions);
      } catch {
        // nothing to remove
      }
    },
    { once: true },
  );
  return run();
}
