/**
 * Knows which ticket is open. Content scripts cannot see the app's pushState, so the URL is polled
 * (what every helpdesk integration does) and re-read on popstate/hashchange; the active ticket root
 * is re-read when the page's DOM changes, because tabbed helpdesks switch tickets without a URL
 * change or keep the old pane mounted.
 */
import type { HelpdeskAdapter, TicketRef } from '../adapters/contract';
import { safely } from '../platform/safe';

export interface OpenTicket {
  ticket: TicketRef;
  root: Element;
}

export function sameTicket(a: OpenTicket | null, b: OpenTicket | null): boolean {
  return a === b || (!!a && !!b && a.ticket.id === b.ticket.id && a.root === b.root);
}

export function readOpenTicket(adapter: HelpdeskAdapter, doc: Document): OpenTicket | null {
  const root = adapter.root(doc);
  if (!root) return null;
  const ticket = adapter.ticket(doc);
  return ticket ? { ticket, root } : null;
}

export function watchOpenTicket(
  adapter: HelpdeskAdapter,
  doc: Document,
  onChange: (open: OpenTicket | null) => void,
  signal: AbortSignal,
  pollMs = 500,
): void {
  const view = doc.defaultView!;
  let current: OpenTicket | null = null;
  let href = view.location.href;
  const check = safely('navigation.check', () => {
    if (signal.aborted) return;
    const next = readOpenTicket(adapter, doc);
    href = view.location.href;
    if (sameTicket(current, next)) return;
    current = next;
    onChange(next);
  });
  let timer = 0;
  const soon = () => {
    if (!timer) timer = view.setTimeout(() => {
      timer = 0;
      check();
    }, 100);
  };
  const poll = view.setInterval(() => {
    if (view.location.href !== href || (current && !current.root.isConnected)) check();
  }, pollMs);
  view.addEventListener('popstate', soon);
  view.addEventListener('hashchange', soon);
  // Attribute changes catch tab switches that flip an "active" flag; the callback only schedules.
  const observer = new view.MutationObserver(soon);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', 'data-active', 'data-is-active', 'aria-current', 'aria-selected', 'style'] });
  signal.addEventListener(
    'abort',
    () => {
      view.clearInterval(poll);
      view.clearTimeout(timer);
      view.removeEventListener('popstate', soon);
      view.removeEventListener('hashchange', soon);
      observer.disconnect();
    },
    { once: true },
  );
  check();
}
