import { defineContentScript } from 'wxt/utils/define-content-script';
import { KNOWN_HELPDESK_HOSTS } from '../lib/adapters/hosts';

export default defineContentScript({
  matches: [...KNOWN_HELPDESK_HOSTS, ...(__TACT_DEMO__ ? ['http://127.0.0.1/*', 'http://localhost/*'] : [])],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.tactLoaded = '1';
  },
});
