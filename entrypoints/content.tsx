import { defineContentScript } from 'wxt/utils/define-content-script';
import { KNOWN_HELPDESK_HOSTS } from '../lib/adapters/hosts';
import { framingFeature } from '../lib/framing/feature';
import { startTact } from '../lib/host/main';
import { testMarkFeature } from '../lib/host/test-feature';
import { namesFeature } from '../lib/names/feature';
import { reportError } from '../lib/platform/safe';

export default defineContentScript({
  matches: [...KNOWN_HELPDESK_HOSTS, ...(__TACT_DEMO__ ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
  runAt: 'document_idle',
  main(ctx) {
    if (__TACT_DEMO__) document.documentElement.dataset.tactLoaded = '1';
    const features = [testMarkFeature, framingFeature, namesFeature];
    // The e2e suite draws with boxes on demand to test the fallback renderer in Chromium too.
    const painter = __TACT_DEMO__ && new URLSearchParams(location.search).get('tactPaint') === 'boxes' ? { mode: 'boxes' as const } : undefined;
    startTact({ features, signal: ctx.signal, painter }).catch((error: unknown) => reportError(error, 'start'));
  },
});
