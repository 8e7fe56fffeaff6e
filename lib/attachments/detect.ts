/**
 * How Tact sees the agent open an attachment, without touching the page:
 *  - gestures on its link: click (Ctrl/Cmd/Shift-click opens a new tab), middle click (auxclick),
 *    Enter, and any other link to the same file (a lightbox's "download" or "open original");
 *  - a preview: an image, player or embedded viewer of the file appearing outside the thread
 *    (a lightbox, a player modal). Images count only in a dialog or when shown large, so a sidebar
 *    of thumbnails does not mark everything opened;
 *  - playback: media events do not bubble, so they are heard in the capture phase on the document,
 *    and the playing element's `currentSrc` is matched to the attachment's URL.
 * All listeners are passive observers in the capture phase; none cancels or alters the page's event.
 */
import { isOwnNode } from '../overlay/surface';
import { safely } from '../platform/safe';
import { spansFrom, type Span } from './progress';
import type { OpenVia } from './state';

export interface OpenTarget<T> {
  /** The attachment this element opens (the element itself or any ancestor on the event path). */
  byElement(el: Element): T | null;
  byUrl(url: string): T | null;
  /** Is this node part of the ticket thread (where thumbnails are), not a preview? */
  inThread(el: Element): boolean;
}

const PREVIEW_SELECTOR = 'img, video, audio, source, iframe, embed, object';
/** An image shown at least this large outside the thread is a preview, not a thumbnail. */
const LARGE_PX = 200;

function linkIn(path: Element[]): HTMLAnchorElement | null {
  return (path.find((el) => el.localName === 'a' && el.hasAttribute('href')) as HTMLAnchorElement | undefined) ?? null;
}

function elementsOf(e: Event): Element[] {
  return e.composedPath().filter((n): n is Element => typeof (n as Element).localName === 'string');
}

/** Clicks, middle clicks and Enter on an attachment or on any link to the same file. */
export function watchOpenGestures<T>(doc: Document, target: OpenTarget<T>, onOpen: (item: T, via: OpenVia) => void, signal: AbortSignal): void {
  const resolve = (path: Element[]): { item: T; link: HTMLAnchorElement | null } | null => {
    for (const el of path) {
      const item = target.byElement(el);
      if (item) return { item, link: linkIn(path) };
    }
    const link = linkIn(path);
    const item = link ? target.byUrl(link.href) : null;
    return item ? { item, link } : null;
  };

  const onClick = safely('attachments.click', (e: MouseEvent) => {
    if (e.button !== 0 || isOwnNode(e.target)) return;
    const hit = resolve(elementsOf(e));
    if (!hit) return;
    const via: OpenVia = hit.link?.hasAttribute('download') ? 'download' : e.ctrlKey || e.metaKey || e.shiftKey ? 'new-tab' : 'click';
    onOpen(hit.item, via);
  });
  const onAux = safely('attachments.auxclick', (e: MouseEvent) => {
    if (e.button !== 1 || isOwnNode(e.target)) return;
    const hit = resolve(elementsOf(e));
    if (hit) onOpen(hit.item, 'middle-click');
  });
  const onKey = safely('attachments.keydown', (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.isComposing || e.repeat || isOwnNode(e.target)) return;
    const hit = resolve(elementsOf(e));
    if (hit) onOpen(hit.item, e.ctrlKey || e.metaKey || e.shiftKey ? 'new-tab' : 'keyboard');
  });
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onAux, true);
  doc.addEventListener('keydown', onKey, true);
  signal.addEventListener(
    'abort',
    () => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('auxclick', onAux, true);
      doc.removeEventListener('keydown', onKey, true);
    },
    { once: true },
  );
}

function sourceOf(el: Element): string | null {
  const media = el as Partial<HTMLMediaElement & HTMLIFrameElement & HTMLObjectElement>;
  if (el.localName === 'object') return media.data || el.getAttribute('data');
  return media.currentSrc || media.src || el.getAttribute('src');
}

function inDialog(el: Element): boolean {
  return el.closest('dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]') !== null;
}

function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

function looksLikePreview(el: Element): boolean {
  if (isHidden(el)) return false;
  if (el.localName !== 'img') return true;
  if (inDialog(el)) return true;
  const r = el.getBoundingClientRect();
  return r.width >= LARGE_PX || r.height >= LARGE_PX;
}

/** A preview of the file appearing outside the thread: lightbox image, player modal, viewer frame. */
export function watchPreviews<T>(doc: Document, target: OpenTarget<T>, onOpen: (item: T, via: OpenVia) => void, signal: AbortSignal): void {
  const consider = (el: Element) => {
    const node = el.localName === 'source' && el.parentElement ? el.parentElement : el;
    const url = sourceOf(el) ?? sourceOf(node);
    if (!url || target.inThread(node)) return;
    const item = target.byUrl(url);
    if (item && looksLikePreview(node)) onOpen(item, 'preview');
  };
  const scan = (root: Element) => {
    if (root.matches(PREVIEW_SELECTOR)) consider(root);
    for (const el of root.querySelectorAll(PREVIEW_SELECTOR)) consider(el);
  };
  const view = doc.defaultView!;
  const observer = new view.MutationObserver(
    safely('attachments.previews', (records: MutationRecord[]) => {
      for (const r of records) {
        if (r.type === 'attributes') {
          if (r.target.nodeType === 1) scan(r.target as Element);
          continue;
        }
        for (const n of r.addedNodes) if (n.nodeType === 1) scan(n as Element);
      }
    }),
  );
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'data'] });
  // An image's size is known only once it loads; `load` does not bubble, so listen in the capture phase.
  const onLoad = safely('attachments.load', (e: Event) => {
    const el = e.target as Element | null;
    if (el && el.localName === 'img') consider(el);
  });
  doc.addEventListener('load', onLoad, true);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      doc.removeEventListener('load', onLoad, true);
    },
    { once: true },
  );
  if (doc.body) scan(doc.body);
}

export interface PlaybackSample {
  spans: Span[];
  duration: number | null;
}

const MEDIA_EVENTS = ['play', 'playing', 'timeupdate', 'pause', 'seeked', 'ended'] as const;
const SAMPLE_EVERY_MS = 1000;

function isMediaElement(el: unknown): el is HTMLMediaElement {
  return !!el && typeof (el as HTMLMediaElement).played === 'object' && typeof (el as HTMLMediaElement).currentSrc === 'string';
}

/** Reads what a media element has played; `ended` also settles an unknown (streamed) duration. */
export function sample(media: HTMLMediaElement, ended: boolean): PlaybackSample {
  const spans = spansFrom(media.played);
  let duration: number | null = Number.isFinite(media.duration) && media.duration > 0 ? media.duration : null;
  if (!duration && ended && media.currentTime > 0) duration = media.currentTime;
  return { spans, duration };
}

/**
 * Calls back with the played spans of media elements `match` recognises: on pause, seek and end at
 * once, and at most once a second while playing.
 */
export function watchPlayback<T>(
  doc: Document,
  match: (media: HTMLMediaElement) => T | null,
  onSample: (item: T, sample: PlaybackSample) => void,
  signal: AbortSignal,
): void {
  const last = new WeakMap<HTMLMediaElement, number>();
  // Players seen playing: when the helpdesk closes its player it removes the element, often before
  // the element's own `pause` event is dispatched, and events on a removed element never reach the
  // document. The last stretch watched is read from the element as it leaves.
  const playing = new Set<HTMLMediaElement>();
  const record = (media: HTMLMediaElement, ended: boolean) => {
    const item = match(media);
    if (!item) return;
    const s = sample(media, ended);
    // Nothing played yet (a player that only loaded metadata) is nothing to record.
    if (s.spans.length) onSample(item, s);
  };
  const handler = safely('attachments.media', (e: Event) => {
    const media = e.target;
    if (!isMediaElement(media)) return;
    playing.add(media);
    if (e.type === 'timeupdate') {
      const now = performance.now();
      if (now - (last.get(media) ?? -Infinity) < SAMPLE_EVERY_MS) return;
      last.set(media, now);
    }
    record(media, e.type === 'ended');
  });
  const view = doc.defaultView!;
  const removed = new view.MutationObserver(
    safely('attachments.media-removed', (records: MutationRecord[]) => {
      if (!playing.size) return;
      for (const media of Array.from(playing)) {
        if (media.isConnected) continue;
        playing.delete(media);
        if (records.some((r) => Array.from(r.removedNodes).some((n) => n === media || n.contains(media)))) record(media, media.ended);
      }
    }),
  );
  removed.observe(doc.documentElement, { childList: true, subtree: true });
  for (const type of MEDIA_EVENTS) doc.addEventListener(type, handler, true);
  signal.addEventListener(
    'abort',
    () => {
      for (const type of MEDIA_EVENTS) doc.removeEventListener(type, handler, true);
      removed.disconnect();
      playing.clear();
    },
    { once: true },
  );
}

/** The addresses a media element plays from: `currentSrc`, its `src`, its `<source>` children. */
export function mediaSources(media: HTMLMediaElement): string[] {
  const out = [media.currentSrc, media.src, media.getAttribute('src') ?? ''];
  for (const s of media.querySelectorAll('source')) out.push((s as HTMLSourceElement).src || s.getAttribute('src') || '');
  return out.filter(Boolean);
}
