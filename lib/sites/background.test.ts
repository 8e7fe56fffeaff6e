import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachePolicy } from '../settings/policy-cache';
import type { CustomSite } from '../settings/model';
import { SETTINGS_KEY } from '../settings/store';
import { NEEDED_KEY, registerSiteSync } from './background';
import { sitesSync } from './messages';
import { installFakeAccess, type FakeAccess } from './testing';

const site = (id: string, pattern: string, extra: Partial<CustomSite> = {}): CustomSite => ({ id, pattern, adapter: 'generic', selectors: {}, enabled: true, ...extra });
const storeSites = (customSites: CustomSite[]) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { customSites } });
const ids = (b: FakeAccess) => [...b.scripts.keys()].sort();

let b: FakeAccess;
let stop: AbortController;
beforeEach(() => {
  b = installFakeAccess();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  b.restore();
});

describe('the background keeps registrations in line', () => {
  it('at start-up: registers the granted sites from the settings and answers where each stands', async () => {
    b.granted.add('https://help.acme.com/*');
    await storeSites([site('acme', 'https://help.acme.com/*'), site('beta', 'https://desk.beta.io/*')]);
    const report = await registerSiteSync({ signal: stop.signal });
    expect(report.acme!.state).toBe('active');
    expect(report.beta!.state).toBe('missing');
    expect(ids(b)).toEqual(['tact-site-acme']);
    // The script is the manifest's, and pages the manifest covers are left to it.
    expect(b.scripts.get('tact-site-acme')).toMatchObject({ js: ['content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true });
    expect(b.scripts.get('tact-site-acme')!.excludeMatches).toContain('https://*.zendesk.com/*');
    expect((await fakeBrowser.storage.local.get(NEEDED_KEY))[NEEDED_KEY]).toEqual(['https://desk.beta.io/*', 'https://help.acme.com/*']);
  });

  it('when the sites change: a removed site is unregistered and its host given back', async () => {
    b.granted.add('https://help.acme.com/*');
    await storeSites([site('acme', 'https://help.acme.com/*')]);
    await registerSiteSync({ signal: stop.signal });
    await storeSites([]);
    await vi.waitFor(() => expect(b.scripts.size).toBe(0));
    await vi.waitFor(() => expect(b.granted.size).toBe(0));
    expect(b.removed).toEqual([['https://help.acme.com/*']]);
  });

  it('when the browser grants access (the admin approved it): registers without a settings change', async () => {
    await storeSites([site('acme', 'https://help.acme.com/*')]);
    expect((await registerSiteSync({ signal: stop.signal })).acme!.state).toBe('missing');
    await browser.permissions.request({ origins: ['https://help.acme.com/*'] });
    await vi.waitFor(() => expect(ids(b)).toEqual(['tact-site-acme']));
    // And when the agent takes it back in the browser's menu, the registration goes too.
    await browser.permissions.remove({ origins: ['https://help.acme.com/*'] });
    await vi.waitFor(() => expect(b.scripts.size).toBe(0));
    expect((await sitesSync.send()).acme!.state).toBe('missing');
  });

  it('sites the policy pushes: registered where access is granted, waiting otherwise; gone when the policy drops them', async () => {
    b.granted.add('https://help.acme.com/*');
    await cachePolicy({ settings: { customSites: [site('corp', 'https://help.acme.com/*'), site('corp2', 'https://desk.acme.com/*')] } });
    const report = await registerSiteSync({ signal: stop.signal });
    expect(report.corp!.state).toBe('active');
    expect(report.corp2!.state).toBe('missing');
    await cachePolicy({ settings: { customSites: [] } });
    await vi.waitFor(() => expect(b.scripts.size).toBe(0));
    await vi.waitFor(() => expect(b.granted.has('https://help.acme.com/*')).toBe(false));
  });

  it('a lock on the sites: the user’s own sites stop running', async () => {
    b.granted.add('https://mine.acme.com/*');
    await storeSites([site('mine', 'https://mine.acme.com/*')]);
    await registerSiteSync({ signal: stop.signal });
    expect(ids(b)).toEqual(['tact-site-mine']);
    await cachePolicy({ locks: ['customSites'] });
    await vi.waitFor(() => expect(b.scripts.size).toBe(0));
  });

  it('starts Tact in tabs already open on a newly registered site, once, and only where it is not running', async () => {
    await storeSites([site('acme', 'https://help.acme.com/*')]);
    await fakeBrowser.tabs.create({ url: 'https://help.acme.com/agent/tickets/7' });
    await fakeBrowser.tabs.create({ url: 'https://elsewhere.io/' });
    await registerSiteSync({ signal: stop.signal });
    expect(b.injected).toEqual([]);
    await browser.permissions.request({ origins: ['https://help.acme.com/*'] });
    await vi.waitFor(() => expect(b.injected).toHaveLength(1));
    expect(b.injected[0]).toMatchObject({ files: ['content-scripts/content.js'] });
    expect((b.injected[0] as { target: { tabId: number } }).target.tabId).toBeGreaterThan(0);
  });

  it('a failing browser API never throws out of the background', async () => {
    await storeSites([site('acme', 'https://help.acme.com/*')]);
    (fakeBrowser as unknown as { scripting: { getRegisteredContentScripts(): Promise<never> } }).scripting.getRegisteredContentScripts = () => Promise.reject(new Error('boom'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    b.granted.add('https://help.acme.com/*');
    await expect(registerSiteSync({ signal: stop.signal })).resolves.toMatchObject({ acme: { state: 'active' } });
    warn.mockRestore();
  });
});
