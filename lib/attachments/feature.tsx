/**
 * Knows which of the customer's attachments the agent has opened (videos and audio: played to the
 * admin's threshold), marks each one in Tact's overlay, lists them in the popup, and asks before a
 * reply goes out while some are not. Only the open ticket's customer messages count.
 */
import { defineFeature } from '../host/feature';
import { reportError, safely } from '../platform/safe';
import { watchSettings } from '../settings/effective';
import type { Settings } from '../settings/model';
import { mediaSources, watchOpenGestures, watchPlayback, watchPreviews, type OpenTarget } from './detect';
import { holdRequest } from './hold';
import { MarkerLayer } from './markers';
import { t } from './messages';
import type { OpenVia } from './state';
import { AttachmentStore } from './store';
import { stateText, summarize, type AttachmentsReport } from './summary';
import { TicketAttachments, type Tracked } from './tracker';

/** On for this site: the switch, and not in the admin's list of sites where it is off. */
export function attachmentsOn(settings: Settings, siteId: string): boolean {
  return settings.attachments.enabled && !settings.attachments.disabledSites.includes(siteId);
}

function closestAny(el: Element, selectors: (string | undefined)[]): boolean {
  for (const css of selectors) {
    if (!css?.trim()) continue;
    try {
      if (el.closest(css)) return true;
    } catch {
      // an admin's broken selector finds nothing (the adapter already reported it)
    }
  }
  return false;
}

export const attachmentsFeature = defineFeature({
  id: 'attachments',
  applies: (ctx) => attachmentsOn(ctx.settings(), ctx.siteId),
  init(ctx, signal) {
    const doc = ctx.doc;
    const view = doc.defaultView!;
    // The host's settings copy is refreshed on its own schedule; this feature reacts to changes itself.
    let live: Settings | null = null;
    const settings = () => live ?? ctx.settings();
    const on = () => attachmentsOn(settings(), ctx.siteId);

    const store = new AttachmentStore();
    const tracker = new TicketAttachments({
      scope: { site: ctx.siteId, host: view.location.host, ticket: ctx.ticket.id },
      list: () => ctx.adapter.customerAttachments(ctx.root),
      store,
      settings: () => settings().attachments,
      baseUrl: view.location.href,
    });
    const markers = new MarkerLayer(ctx.surface, doc);

    const render = safely('attachments.render', () => {
      if (signal.aborted) return;
      if (!on()) {
        markers.set([]);
        ctx.report('attachments', { state: 'off', note: { en: t.in('en')('popupOff'), ru: t.in('ru')('popupOff') } });
        return;
      }
      markers.set(
        tracker.items().map((item, i) => ({
          id: `${i}:${item.key}`,
          element: item.info.element,
          state: item.derived.state,
          pending: item.derived.state === 'opened' && !item.derived.done,
          played: item.derived.played,
          name: item.info.name,
          label: t('markerLabel', { name: item.info.name, state: stateText(summarize(item)) }),
        })),
      );
      const items = tracker.unique().map(summarize);
      const data: AttachmentsReport = { items, pending: items.filter((s) => s.counted && !s.done).length };
      ctx.report('attachments', { state: 'on', data });
    });
    tracker.onChange(render);

    const record = (item: Tracked, via: OpenVia) => {
      if (on()) tracker.open(item, via);
    };
    const target: OpenTarget<Tracked> = {
      byElement: (el) => tracker.byElement(el),
      byUrl: (url) => tracker.byUrl(url),
      inThread: (el) => closestAny(el, [ctx.adapter.selectors.message, ctx.adapter.selectors.attachment]),
    };
    watchOpenGestures(doc, target, record, signal);
    watchPreviews(doc, target, record, signal);
    watchPlayback(
      doc,
      (media) => {
        for (const src of mediaSources(media)) {
          const hit = tracker.byUrl(src);
          if (hit) return hit;
        }
        return media.currentSrc.startsWith('blob:') ? tracker.recentMedia(media.localName === 'audio' ? 'audio' : 'video') : null;
      },
      (item, s) => {
        if (on()) tracker.play(item, s.spans, s.duration);
      },
      signal,
    );

    // Attachments appear and re-render with the thread; layout anywhere on the page can move them.
    let timer = 0;
    const refresh = safely('attachments.refresh', () => {
      timer = 0;
      if (!signal.aborted) void tracker.refresh();
    });
    const refreshSoon = () => {
      if (!timer) timer = view.setTimeout(refresh, 120);
    };
    const rootObserver = new view.MutationObserver(refreshSoon);
    rootObserver.observe(ctx.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'data-name', 'data-kind', 'data-author', 'hidden'] });
    const pageObserver = new view.MutationObserver(() => markers.invalidate());
    pageObserver.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'] });

    store.watch((key, entry) => tracker.external(key, entry), signal);
    watchSettings((next) => {
      live = next;
      render();
    }, signal);

    const openByKey = (key: string) => {
      const el = tracker.elementFor(key) as HTMLElement | null;
      // The helpdesk's own link: its own lightbox, player or new tab (the agent's click is the user gesture).
      el?.click();
    };
    const decide = () => {
      const pending = tracker.pending().map(summarize);
      return pending.length ? holdRequest(pending, openByKey) : null;
    };
    const offGuard = ctx.guard.addCheck('attachments', () => {
      if (!on()) return null;
      void tracker.refresh();
      // Records still loading (a send in the first moments after opening the ticket): the guard waits briefly.
      return tracker.settled() ? decide() : tracker.ready().then(decide);
    });

    signal.addEventListener(
      'abort',
      () => {
        offGuard();
        view.clearTimeout(timer);
        rootObserver.disconnect();
        pageObserver.disconnect();
        markers.dispose();
      },
      { once: true },
    );

    void tracker.refresh();
    render();
    store.sweep(settings().attachments.expiryDays).catch((error: unknown) => reportError(error, 'attachments.sweep'));
  },
});
