/**
 * The harness checks itself: a deliberately leaky extension (test/fixtures/extensions/leaky) and a
 * page request to the outside must show up as violations, each caught by the recorder that can see
 * it. If this test fails, "0 extension network requests" elsewhere proves nothing.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';
import { demoPath, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact } from './harness';

const LEAKY = resolve(ROOT, 'test/fixtures/extensions/leaky');

describe('request log (harness self-test)', () => {
  it('catches requests from an extension service worker, content script and extension page', async () => {
    const leaky = await launchTact({ extensionDir: LEAKY, name: 'self-test-leaky', selfTest: true });
    try {
      const page = await leaky.newPage(demoPath('1042'));
      await page.waitForFunction(() => document.documentElement.dataset.leakyDone === '1');
      const extPage = await leaky.newPage(`chrome-extension://${leaky.extensionId}/page.html`);
      await extPage.waitForFunction(() => document.title === 'done');
      await expect.poll(() => leaky.requests.filter((r) => r.url.includes('/leak/content-script')).length).toBeGreaterThan(0);
      const onDemand = ['http://127.0.0.1:9/leak/service-worker', 'https://leak.example/service-worker'];
      await expect.poll(() => onDemand.every((url) => leaky.requests.some((r) => r.initiator === 'extension-service-worker' && r.url === url))).toBe(true);
    } finally {
      await leaky.close();
    }

    const caught = leaky.violations().map((v) => `${v.request.source} ${v.request.initiator} ${v.request.url}`);
    const expected = [
      // Playwright sees service-worker network (request.serviceWorker()).
      'playwright extension-service-worker http://127.0.0.1:9/leak/service-worker',
      'playwright extension-service-worker https://leak.example/service-worker',
      // Only the CDP initiator stack tells a content script's same-origin fetch from the page's own.
      `cdp content-script ${leaky.baseUrl}/leak/content-script`,
      'cdp content-script https://leak.example/content-script-beacon',
      // An <img> a content script inserts is the page's request, to a host that is not the fixture server.
      'playwright page https://leak.example/pixel.gif',
      'playwright extension-page https://leak.example/extension-page',
      'cdp extension-page https://leak.example/extension-page',
      // The net-log backstop attributes everything the extension's own origin started, start-up included.
      'netlog extension https://leak.example/service-worker-startup',
      'netlog extension http://127.0.0.1:9/leak/service-worker',
      'netlog extension https://leak.example/service-worker',
      'netlog extension https://leak.example/extension-page',
      'netlog page https://leak.example/pixel.gif',
    ];
    for (const line of expected) expect(caught).toContain(line);
    expect(() => assertNoExtensionRequests(leaky)).toThrow(/network request\(s\)/);
  });

  it('catches a page request to anywhere but the fixture server, without any extension', async () => {
    const tact = await launchTact({ extension: false, name: 'self-test-page', selfTest: true });
    try {
      const page = await tact.newPage(demoPath('1042'));
      await waitForDemo(page);
      await page.evaluate(() => fetch('https://leak.example/from-the-page').catch(() => undefined));
    } finally {
      await tact.close();
    }
    const caught = tact.violations().map((v) => `${v.request.source} ${v.request.initiator} ${v.request.url}`);
    expect(caught).toContain('playwright page https://leak.example/from-the-page');
    expect(caught).toContain('netlog page https://leak.example/from-the-page');
  });
});
