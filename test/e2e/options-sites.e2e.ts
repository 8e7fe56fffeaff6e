/**
 * Issue 9's "add the demo as a custom site", in Chromium with the demo build. The demo helpdesk is
 * served a second time on 127.0.0.2 — a loopback host the demo build has no install-time access to
 * (it has 127.0.0.1 and localhost) — and added in the options page as a site read by the demo
 * adapter. Tact asks for the host from the click, registers its content script, starts in the tab
 * already open and on every load after; the open-tab check reads the page; a selector override takes
 * effect; removing the site unregisters the script and gives the host back.
 *
 * Granting: Chromium's permission prompt cannot be clicked headless. The browser's own site-access
 * control can grant instead: chrome://extensions calls `developerPrivate.addHostPermission` when a
 * user adds a site under "Site access", and Chromium then grants a later `permissions.request` for
 * that host without a prompt (the user already allowed it). So the test allows the host the way an
 * agent would in chrome://extensions, and the options page's click still makes the real
 * `permissions.request` call, which resolves true.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server';
import { LOOPBACK_ONLY } from '../support/chromium';
import { assertNoExtensionRequests, launchTact, screenshot, type Tact, waitForTact } from './harness';
import { demoPath, waitForDemo } from './demo-page';
import { setSettings, tabStatusOf, waitForSession } from './tact-page';

const ALT_HOST = '127.0.0.2';
const PATTERN = `http://${ALT_HOST}/*`;
const SITE_ID = ALT_HOST;
const SCRIPT_ID = `tact-site-${SITE_ID}`;
// The harness's rule keeps every name off the network; the later flag wins, adding one more loopback address.
const RESOLVER = `${LOOPBACK_ONLY}, EXCLUDE ${ALT_HOST}`;

type Chrome = {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; excludeMatches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean }[]> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
};

let tact: Tact;
let alt: FixtureServer;
let options: Page;

const registered = () => tact.serviceWorker!.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith('tact-site-')));
const hasHost = () => tact.serviceWorker!.evaluate((o) => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ origins: [o] }), PATTERN);
const byTestId = (id: string) => options.locator(`[data-testid="${id}"]`);

/** What an agent does in chrome://extensions → Site access → "Add a site". */
async function allowInBrowser(): Promise<void> {
  const page = await tact.newPage(`chrome://extensions/?id=${tact.extensionId}`);
  await page.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
    [tact.extensionId, PATTERN] as const,
  );
  await page.close();
}

/** Opens the demo on the second address, then brings the options page back to the front (Playwright's clicks wait on frames a background tab does not draw). */
async function openDemoOnAlt(): Promise<Page> {
  const page = await tact.newPage(`${alt.url}${demoPath('1042')}`);
  await waitForDemo(page);
  await options.bringToFront();
  return page;
}

describe('helpdesk sites: the demo added as a custom site', () => {
  beforeAll(async () => {
    alt = await startFixtureServer({ host: ALT_HOST });
    tact = await launchTact({ name: 'options-sites', args: [RESOLVER], otherFixtureUrls: [alt.url] });
    options = await tact.newPage(`chrome-extension://${tact.extensionId}/options.html#sites`);
    await byTestId('section-sites').waitFor();
  });
  afterAll(async () => {
    await tact?.close();
    await alt?.close();
    assertNoExtensionRequests(tact);
  });

  it('asks for the host from the click, registers Tact there, starts in the open tab and on every load', async () => {
    const page = await openDemoOnAlt();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.tactLoaded ?? null)).toBeNull();
    expect(await hasHost()).toBe(false);

    await allowInBrowser();
    // Not yet Tact's: the browser only records the agent's choice; the extension has it once it asks.
    expect(await hasHost()).toBe(false);

    await byTestId('add-site').click();
    await byTestId('site-pattern').fill(PATTERN);
    await byTestId('site-adapter').selectOption('demo');
    await screenshot(options, 'options-sites-add');
    await byTestId('site-submit').click();

    await expect.poll(() => byTestId(`site-access-${SITE_ID}`).getAttribute('data-state'), { timeout: 10_000 }).toBe('active');
    expect(await hasHost()).toBe(true);
    const scripts = await registered();
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ id: SCRIPT_ID, matches: [PATTERN], js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true });
    // Pages the manifest's script covers are left to it.
    expect(scripts[0]!.excludeMatches).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'https://*.zendesk.com/*']));

    // The tab open before the site was added gets Tact without a reload.
    await waitForTact(page);
    await waitForSession(page, '1042');
    const status = await tabStatusOf(tact, page.url());
    expect(status.helpdesk).toMatchObject({ id: 'demo', siteId: SITE_ID, custom: true });
    expect(status.editors).toBeGreaterThan(0);
    expect(status.customer?.name).toBe('Vadim Petrov');

    // A fresh load runs the registered script, once.
    await page.reload();
    await waitForDemo(page);
    await waitForTact(page);
    await waitForSession(page, '1042');
    expect((await tabStatusOf(tact, page.url())).helpdesk?.siteId).toBe(SITE_ID);
    expect(await page.locator('tact-overlay').count()).toBeLessThanOrEqual(1);
    await screenshot(options, 'options-sites-active');
    await page.close();
  });

  it('checks the selectors on the open tab and shows what each finds', async () => {
    const page = await openDemoOnAlt();
    await waitForTact(page);
    await byTestId(`site-check-${SITE_ID}`).click();
    const check = byTestId(`check-${SITE_ID}`);
    await check.locator('[data-testid^="check-tab-"]').first().waitFor();
    await check.locator('[data-testid="check-refresh"]').click();
    const tabRadio = check.locator('[data-testid^="check-tab-"]');
    await expect.poll(() => tabRadio.count()).toBeGreaterThan(0);
    await tabRadio.first().check();
    await check.locator('[data-testid="check-run"]').click();
    await check.locator('[data-testid="check-result"]').waitFor();
    expect(await check.locator('[data-testid="sum-ticket-id"]').textContent()).toBe('1042');
    expect(await check.locator('[data-testid="sum-customer"]').textContent()).toBe('Vadim Petrov');
    expect(await check.locator('[data-testid="sum-editor"]').textContent()).toMatch(/^found/);
    expect(Number(await check.locator('[data-testid="check-count-customerMessage"]').textContent())).toBeGreaterThan(0);
    expect(await check.locator('[data-testid="check-sample-customerEmail"]').textContent()).toContain('vadim.petrov@example.com');
    await screenshot(options, 'options-sites-check', { fullPage: true });
    await byTestId(`site-check-${SITE_ID}`).click();
    await page.close();
  });

  it('takes a selector override at once, in the tab and in the check', async () => {
    const page = await openDemoOnAlt();
    await waitForTact(page);
    await waitForSession(page, '1042');
    await byTestId(`site-edit-${SITE_ID}`).click();
    // A broken selector is refused with the browser's message and nothing is saved.
    await byTestId('site-sel-customerName').fill('.dd-ticket-number[');
    await byTestId('site-submit').click();
    await expect.poll(() => byTestId('site-sel-customerName').getAttribute('aria-invalid')).toBe('true');
    expect(await byTestId('site-form').textContent()).toMatch(/not a valid selector/i);
    expect((await tabStatusOf(tact, page.url())).customer?.name).toBe('Vadim Petrov');

    await byTestId('site-sel-customerName').fill('.dd-ticket-number');
    await byTestId('site-submit').click();
    await byTestId('site-form').waitFor({ state: 'detached' });
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).customer?.name, { timeout: 10_000 }).toBe('#1042');
    await page.close();
  });

  it('removing the site unregisters Tact, gives the host back, and stops Tact in the open tab', async () => {
    const page = await openDemoOnAlt();
    await waitForTact(page);
    await byTestId(`site-remove-${SITE_ID}`).click();
    await byTestId(`site-${SITE_ID}`).waitFor({ state: 'detached' });
    await expect.poll(() => registered(), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => hasHost(), { timeout: 10_000 }).toBe(false);
    await expect.poll(async () => (await tabStatusOf(tact, page.url()).catch(() => null))?.helpdesk ?? null).toBeNull();
    await page.close();
  });

  it('a built-in helpdesk’s selector override takes effect where it runs from install, and its check sees it', async () => {
    const page = await tact.newPage(demoPath('1042'));
    await waitForDemo(page);
    await waitForTact(page);
    await waitForSession(page, '1042');
    expect((await tabStatusOf(tact, page.url())).customer?.name).toBe('Vadim Petrov');

    await options.bringToFront();
    await byTestId('adapter-selectors-demo').click();
    expect(await byTestId('adapter-sel-customerName').getAttribute('placeholder')).toBe('.dd-requester-name');
    await byTestId('adapter-sel-customerName').fill('.dd-ticket-number');
    await byTestId('selectors-save').click();
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).customer?.name, { timeout: 10_000 }).toBe('#1042');

    await byTestId('adapter-check-demo').click();
    const check = byTestId('check-demo');
    const radios = check.locator('[data-testid^="check-tab-"]');
    await expect.poll(() => radios.count()).toBe(1);
    await check.locator('[data-testid="check-run"]').click();
    await check.locator('[data-testid="check-result"]').waitFor();
    expect(await check.locator('[data-testid="sum-customer"]').textContent()).toBe('#1042');
    expect(await check.locator('[data-testid="check-result"]').textContent()).toContain('Read by Tact’s script in the tab.');
    await byTestId('adapter-check-demo').click();

    await byTestId('adapter-selectors-demo').click();
    await byTestId('selectors-reset').click();
    await expect.poll(async () => (await tabStatusOf(tact, page.url())).customer?.name, { timeout: 10_000 }).toBe('Vadim Petrov');
    await page.close();
  });

  it('a site that arrives without access (a rule pack, a policy) waits for approval; "Allow access" gives it', async () => {
    await setSettings(tact, { customSites: [{ id: 'pushed', pattern: PATTERN, adapter: 'demo', selectors: {}, enabled: true }] });
    await expect.poll(() => byTestId('site-access-pushed').getAttribute('data-state'), { timeout: 10_000 }).toBe('missing');
    expect(await registered()).toEqual([]);
    await allowInBrowser();
    await byTestId('site-allow-pushed').click();
    await expect.poll(() => byTestId('site-access-pushed').getAttribute('data-state'), { timeout: 10_000 }).toBe('active');
    expect((await registered()).map((s) => s.id)).toEqual(['tact-site-pushed']);
    const page = await openDemoOnAlt();
    await waitForTact(page);
    await waitForSession(page, '1042');
    expect((await tabStatusOf(tact, page.url())).helpdesk).toMatchObject({ id: 'demo', siteId: 'pushed' });
    // Switching it off gives everything back, as removing does.
    await byTestId('site-enabled-pushed').click();
    await expect.poll(() => registered(), { timeout: 10_000 }).toEqual([]);
    await expect.poll(() => hasHost(), { timeout: 10_000 }).toBe(false);
    await page.close();
  });
});
