import { defineContentScript } from 'wxt/utils/define-content-script';
import { KNOWN_HELPDESK_HOSTS } from '../lib/adapters/hosts';
import { attachmentsFeature } from '../lib/attachments/feature';
import { isMediaDocument, trackMediaDocument } from '../lib/attachments/standalone';
import { listenForLogRequests } from '../lib/feedback-log/bridge';
import { feedbackLogFeature } from '../lib/feedback-log/feature';
import { framingFeature } from '../lib/framing/feature';
import { startTact } from '../lib/host/main';
import { testMarkFeature } from '../lib/host/test-feature';
import { namesFeature } from '../lib/names/feature';
import { reportError } from '../lib/platform/safe';
import { listenForProbes } from '../lib/sites/content';

export default defineContentScript({
  matches: [...KNOWN_HELPDESK_HOSTS, ...(__TACT_DEMO__ ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
  runAt: 'document_idle',
  main(ctx) {
    if (__TACT_DEMO__) document.documentElement.dataset.tactLoaded = '1';
    // A bare video or audio file opened from a ticket in its own tab: only its playback matters.
    try {
      if (isMediaDocument(document)) {
        trackMediaDocument(document, ctx.signal);
        return;
      }
    } catch (error) {
      reportError(error, 'media document');
      return;
    }
    const features = [testMarkFeature, framingFeature, namesFeature, attachmentsFeature, feedbackLogFeature];
    // The context menu and the shortcut reach the page even when no ticket is open, to say so.
    listenForLogRequests(ctx.signal);
    // The options page's "Check on an open tab" asks this page what the selectors find.
    listenForProbes(ctx.signal);
    // The e2e suite draws with boxes on demand to test the fallback renderer in Chromium too.
    const painter = __TACT_DEMO__ && new URLSearchParams(location.search).get('tactPaint') === 'boxes' ? { mode: 'boxes' as const } : undefined;
    startTact({ features, signal: ctx.signal, painter }).catch((error: unknown) => reportError(error, 'start'));
  },
});
