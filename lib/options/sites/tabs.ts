/**
 * Open tabs of a site, and asking one what selectors find there: its content script when Tact runs
 * in it, otherwise the probe script injected once (a tab opened before its site was added). The
 * browser shows a tab's address only where Tact has host access, so a site without access has no
 * tabs to offer.
 */
import { MatchPattern } from '@webext-core/match-patterns';
import { browser } from 'wxt/browser';
import type { AdapterDefinition } from '../../adapters/contract';
import { LocalizedError } from '../../i18n';
import { siteProbe } from '../../sites/messages';
import type { ProbeReport, ProbeRequest } from '../../sites/probe';

export interface OpenTab {
  id: number;
  title: string;
  url: string;
}

/** Which pages a check lists: a custom site's pattern, or a built-in helpdesk's hosts. */
export type CheckTarget = { kind: 'site'; pattern: string } | { kind: 'builtin'; def: AdapterDefinition };

export const PROBE_FILE = 'probe.js';
const DEMO_HOSTS = new Set(['127.0.0.1', 'localhost']);

const includes = (pattern: string, url: string): boolean => {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
};

export function tabMatches(target: CheckTarget, url: string, demoBuild: boolean = __TACT_DEMO__): boolean {
  if (!/^https?:/.test(url)) return false;
  if (target.kind === 'site') return includes(target.pattern, url);
  const { def } = target;
  const parsed = new URL(url);
  // As resolveAdapter: the demo build serves each fixture under its adapter's id on loopback.
  if (demoBuild && DEMO_HOSTS.has(parsed.hostname)) return parsed.pathname.startsWith(`/${def.id}/`);
  if (!def.hosts.some((h) => includes(h, url))) return false;
  if (!def.pathPattern) return true;
  try {
    return new RegExp(def.pathPattern).test(parsed.pathname + parsed.hash);
  } catch {
    return false;
  }
}

export async function openTabsOf(target: CheckTarget): Promise<OpenTab[]> {
  const tabs = await browser.tabs.query({});
  return tabs
    .filter((tab) => tab.id !== undefined && tab.id >= 0 && typeof tab.url === 'string' && tabMatches(target, tab.url))
    .map((tab) => ({ id: tab.id!, title: tab.title ?? '', url: tab.url! }));
}

export type ProbeResult = ProbeReport & { via: 'content-script' | 'injected' };

export async function probeTab(tabId: number, request: ProbeRequest): Promise<ProbeResult> {
  try {
    return { ...(await siteProbe.sendToTab(tabId, request, 0)), via: 'content-script' };
  } catch {
    // No Tact in that tab (or an older one without the probe): run the probe in it once.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PROBE_FILE] as never });
  } catch (error) {
    // Chrome and Firefox word this in English (and differently): say it in the UI's language.
    const detail = error instanceof Error ? error.message : String(error);
    if (/cannot access|missing host permission|cannot be scripted|permission/i.test(detail)) {
      throw new LocalizedError({
        en: `Tact may not read this page: the browser keeps it off-limits, or access to the site was withdrawn (${detail})`,
        ru: `Tact не может читать эту страницу: браузер её не открывает расширениям или доступ к сайту отозван (${detail})`,
      });
    }
    throw error;
  }
  const [result] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (req: ProbeRequest) => (globalThis as { __tactProbe?: (r: ProbeRequest) => unknown }).__tactProbe?.(req) ?? null,
    args: [request],
  } as never);
  const report = (result as { result?: unknown } | undefined)?.result as ProbeReport | null | undefined;
  if (!report || typeof report !== 'object') throw new LocalizedError({ en: 'the page did not answer; reload the tab and try again', ru: 'страница не ответила; перезагрузите вкладку и попробуйте снова' });
  return { ...report, via: 'injected' };
}
