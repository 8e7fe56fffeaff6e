/**
 * The options page's side of host access: asking the browser (from the admin's click) and following
 * where each site stands (the background syncs and answers; browser events refresh the answer).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SitesReport } from '../../sites/access';
import { installInfo } from '../../sites/install';
import { sitesSync } from '../../sites/messages';
import { coveredBy, originsFor } from '../../sites/patterns';
import type { CustomSite } from '../../settings/model';

/** Origins a pattern needs beyond what Tact has from install. */
export function originsToAsk(pattern: string): string[] {
  const hosts = installInfo().hosts;
  return originsFor(pattern).filter((o) => !coveredBy(o, hosts));
}

/**
 * Asks the browser for host access. Call it first thing in a click handler, before any `await`:
 * browsers only show the prompt during the user's gesture (Firefox strictly so). Resolves false
 * when the admin (or the browser) says no.
 */
export function askForAccess(origins: string[]): Promise<boolean> {
  if (!origins.length) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Where each custom site stands; refreshed when the sites change and when the browser grants or takes back access. */
export function useSitesReport(sites: readonly CustomSite[]): { report: SitesReport | null; refresh: () => Promise<SitesReport | null> } {
  const [report, setReport] = useState<SitesReport | null>(null);
  const alive = useRef(true);
  const refresh = useCallback(async () => {
    try {
      const next = await sitesSync.send();
      if (alive.current) setReport(next);
      return next;
    } catch {
      // No background to answer (it is restarting): keep the last answer; the next event refreshes.
      return null;
    }
  }, []);

  const key = JSON.stringify(sites);
  useEffect(() => {
    void refresh();
  }, [key, refresh]);

  useEffect(() => {
    alive.current = true;
    const onChange = () => void refresh();
    try {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
    } catch {
      // a browser without these events: the list refreshes on the next settings change
    }
    return () => {
      alive.current = false;
      try {
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
      } catch {
        // nothing to remove
      }
    };
  }, [refresh]);

  return { report, refresh };
}
