/**
 * A video or audio opened in its own tab (middle click, Ctrl/Cmd-click, "open original"): the
 * browser shows the bare file in a media document. Supported where the content script runs, i.e.
 * when the file is served from a host Tact runs on (the helpdesk's own host, like the demo's
 * `files/`); a file on another host (a CDN) gets no content script and its playback is not seen.
 *
 * The tab knows only the file's URL, so the helpdesk tab leaves a link when the agent opens a media
 * attachment (`att1-link|<url>` → the attachment records); playback here is written to those
 * records, and the helpdesk tab hears about it through `storage.onChanged`.
 */
import { reportError } from '../platform/safe';
import { loadSettings } from '../settings/effective';
import { watchPlayback } from './detect';
import { linkKey, parseEntryKey } from './keys';
import { played } from './state';
import { AttachmentStore } from './store';

/** The browser's own page for a bare video or audio file (not a helpdesk page with a player). */
export function isMediaDocument(doc: Document): boolean {
  if (/^(video|audio)\//i.test(doc.contentType ?? '')) return true;
  const body = doc.body;
  const only = body?.children.length === 1 ? body.children[0] : null;
  return !!only && (only.localName === 'video' || only.localName === 'audio') && (only as HTMLMediaElement).currentSrc === doc.URL;
}

export function trackMediaDocument(doc: Document, signal: AbortSignal, store = new AttachmentStore()): void {
  const link = linkKey(doc.URL);
  if (!link) return;
  let refs: string[] = [];
  let looked = -Infinity;
  let days = 30;
  let allowed: (site: string) => boolean = () => true;
  const ready = loadSettings().then(
    (s) => {
      days = s.attachments.expiryDays;
      allowed = (site) => s.attachments.enabled && !s.attachments.disabledSites.includes(site);
    },
    (error: unknown) => reportError(error, 'attachments.standalone settings'),
  );

  // The link may be written a moment after this tab opened: look again (at most every 2 s) until found.
  const targets = async (): Promise<string[]> => {
    await ready;
    if (!refs.length && performance.now() - looked > 2000) {
      looked = performance.now();
      refs = (await store.lookup(link, days)).filter((ref) => {
        const parsed = parseEntryKey(ref);
        return parsed ? allowed(parsed.site) : false;
      });
    }
    return refs;
  };

  watchPlayback(
    doc,
    (media) => (media.currentSrc === doc.URL || media.src === doc.URL ? media : null),
    (_media, sample) => {
      targets()
        .then((keys) =>
          Promise.all(keys.map((key) => store.update(key, days, (previous) => played(previous, sample.spans, sample.duration, Date.now())))),
        )
        .catch((error: unknown) => reportError(error, 'attachments.standalone'));
    },
    signal,
  );
}
