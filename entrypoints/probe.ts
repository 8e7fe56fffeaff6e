import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { probePage, type ProbeRequest } from '../lib/sites/probe';

/**
 * "Check on an open tab" where Tact's content script is not running yet (a tab opened before its
 * site was added): the options page injects this file, then calls the function it leaves behind in
 * the extension's isolated world. It only reads the page.
 */
export default defineUnlistedScript(() => {
  (globalThis as { __tactProbe?: (request: ProbeRequest) => unknown }).__tactProbe = (request) => probePage(document, request);
});
