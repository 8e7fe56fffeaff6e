/** Helpers for reading what Tact drew on a page (its shadow-root overlay and custom highlights). */
import type { Page } from 'playwright-core';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Waits until Tact follows a ticket on the page (`<html data-tact-ticket>` in the demo build). */
export async function waitForSession(page: Page, ticketId?: string): Promise<void> {
  await page.waitForFunction(
    (id) => (id ? document.documentElement.dataset.tactTicket === id : Boolean(document.documentElement.dataset.tactTicket)),
    ticketId,
    { timeout: 10_000 },
  );
}

/** Underline boxes of one kind in Tact's shadow layer (the fallback and textarea renderers). */
export function overlayBoxes(page: Page, kind: string): Promise<Rect[]> {
  return page.evaluate((k) => {
    const root = document.querySelector('tact-overlay')?.shadowRoot;
    return [...(root?.querySelectorAll<HTMLElement>(`.tact-box[data-kind="${k}"]:not([data-active])`) ?? [])].map((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
  }, kind);
}

/** Rects of the ranges in a custom highlight (`tact-<kind>`), one list per range. */
export function highlightRects(page: Page, kind: string): Promise<Rect[][]> {
  return page.evaluate((k) => {
    const h = CSS.highlights.get(`tact-${k}`);
    if (!h) return [];
    return [...(h as unknown as Set<Range>)].map((r) =>
      [...r.getClientRects()].filter((x) => x.width > 0).map((x) => ({ left: x.left, top: x.top, right: x.right, bottom: x.bottom })),
    );
  }, kind);
}

/** The text under each range of a custom highlight (`tact-<kind>`), in document order. */
export function highlightTexts(page: Page, kind: string): Promise<string[]> {
  return page.evaluate((k) => {
    const h = CSS.highlights.get(`tact-${k}`) as unknown as Set<Range> | undefined;
    return h ? [...h].sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString()) : [];
  }, kind);
}

/** Rects of every occurrence of `word` in the element's text nodes, measured by the page itself. */
export function wordRects(page: Page, selector: string, word: string): Promise<Rect[][]> {
  return page.evaluate(
    ({ selector, word }) => {
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const out: { left: number; top: number; right: number; bottom: number }[][] = [];
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        for (let at = n.data.indexOf(word); at >= 0; at = n.data.indexOf(word, at + word.length)) {
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + word.length);
          out.push([...r.getClientRects()].map((x) => ({ left: x.left, top: x.top, right: x.right, bottom: x.bottom })));
        }
      }
      return out;
    },
    { selector, word },
  );
}

/** Where a textarea draws `word` on its first line, from the textarea's own font metrics. */
export function textareaWordRect(page: Page, selector: string, word: string): Promise<Rect> {
  return page.evaluate(
    ({ selector, word }) => {
      const ta = document.querySelector<HTMLTextAreaElement>(selector)!;
      const cs = getComputedStyle(ta);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const at = ta.value.indexOf(word);
      const r = ta.getBoundingClientRect();
      const left = r.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft) + ctx.measureText(ta.value.slice(0, at)).width - ta.scrollLeft;
      const top = r.top + parseFloat(cs.borderTopWidth) + parseFloat(cs.paddingTop) - ta.scrollTop;
      const lineHeight = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
      return { left, right: left + ctx.measureText(word).width, top, bottom: top + lineHeight };
    },
    { selector, word },
  );
}

export function holdDialog(page: Page) {
  return page.locator('tact-overlay [data-testid="tact-hold-dialog"]');
}

export function tactCard(page: Page) {
  return page.locator('tact-overlay [data-testid="tact-card"]');
}

/** Sets (or, with `null`, removes) an attribute on `<html>`: the demo build's test hooks (`data-tact-test-mark`, `data-tact-fault`, …). */
export function setHtmlAttr(page: Page, name: string, value: string | null): Promise<void> {
  return page.evaluate(([n, v]) => (v === null ? document.documentElement.removeAttribute(n!) : document.documentElement.setAttribute(n!, v!)), [name, value] as const);
}

interface ExtensionStorage {
  get(keys: null | string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
type WithWorker = { serviceWorker: import('playwright-core').Worker | undefined };

/** Everything in the extension's `storage.local`, read from its service worker (the area the content script and the options page use). */
export function readStorage(tact: WithWorker): Promise<Record<string, unknown>> {
  return tact.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: ExtensionStorage } } }).chrome.storage.local.get(null));
}

/** Removes the stored keys that start with one of `prefixes`, or every key when none is given: a fresh install for the next test. */
export async function clearStorage(tact: WithWorker, prefixes?: string[]): Promise<void> {
  await tact.serviceWorker!.evaluate(async (wanted) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: ExtensionStorage } } }).chrome.storage.local;
    const keys = Object.keys(await local.get(null));
    await local.remove(wanted ? keys.filter((k) => wanted.some((p) => k.startsWith(p))) : keys);
  }, prefixes);
}

/**
 * Writes Tact's user settings (partial: missing parts take their defaults) from the service worker,
 * the same storage the options page writes; open pages pick the change up live.
 */
export async function setSettings(tact: WithWorker, settings: Record<string, unknown>): Promise<void> {
  await tact.serviceWorker!.evaluate(
    (s) => (globalThis as unknown as { chrome: { storage: { local: ExtensionStorage } } }).chrome.storage.local.set({ settings: s }),
    settings,
  );
}

/** What the popup would show for the (newest) tab with this URL (the content script's `tab/status` answer). */
export async function tabStatusOf(tact: WithWorker, url: string): Promise<import('../../lib/host/status').TabStatus> {
  return tact.serviceWorker!.evaluate(async (u) => {
    type Tab = { id: number; url?: string };
    const api = (globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Tab[]>; sendMessage(id: number, m: unknown, o: object): Promise<{ ok: boolean; value: never }> } };
    }).chrome;
    // The newest tab with that URL: a page closed a moment ago may still be listed.
    const tab = (await api.tabs.query({})).filter((t) => t.url === u).sort((a, b) => b.id - a.id)[0]!;
    const reply = await api.tabs.sendMessage(tab.id, { tact: 1, type: 'tab/status' }, { frameId: 0 });
    return reply.value;
  }, url);
}
