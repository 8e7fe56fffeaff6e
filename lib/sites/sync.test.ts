import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomSite } from '../settings/model';
import type { InstallInfo } from './install';
import { syncSites, type RegisteredScript, type SyncApi } from './sync';
import { TEST_INSTALL_HOSTS } from './testing';

const INSTALL: InstallInfo = { hosts: TEST_INSTALL_HOSTS, script: { js: ['content-scripts/content.js'], css: [], matches: TEST_INSTALL_HOSTS } };
const site = (id: string, pattern: string, extra: Partial<CustomSite> = {}): CustomSite => ({ id, pattern, adapter: 'generic', selectors: {}, enabled: true, ...extra });

/** The browser as the sync sees it, in memory. */
function fakeApi() {
  const granted = new Set<string>();
  const scripts = new Map<string, RegisteredScript>();
  let needed: string[] = [];
  const log: string[] = [];
  const api: SyncApi = {
    contains: async (origins) => origins.every((o) => granted.has(o)),
    remove: async (origins) => {
      log.push(`remove ${origins.join(' ')}`);
      origins.forEach((o) => granted.delete(o));
      return true;
    },
    registered: async () => [...scripts.values()].map((s) => structuredClone(s)),
    register: async (s) => {
      if (scripts.has(s.id)) throw new Error('Duplicate script ID');
      log.push(`register ${s.id}`);
      scripts.set(s.id, structuredClone(s));
    },
    unregister: async (ids) => {
      log.push(`unregister ${ids.join(' ')}`);
      ids.forEach((id) => scripts.delete(id));
    },
    readNeeded: async () => [...needed],
    writeNeeded: async (o) => void (needed = [...o]),
    startOnOpenTabs: vi.fn(async () => {}),
  };
  return { api, granted, scripts, log, needed: () => needed };
}

let b: ReturnType<typeof fakeApi>;
beforeEach(() => {
  b = fakeApi();
});

describe('registering Tact for custom sites', () => {
  it('registers the content script the manifest uses for a granted site, and starts it in open tabs', async () => {
    b.granted.add('https://help.acme.com/*');
    const { report, registered } = await syncSites([site('acme', 'https://help.acme.com/*')], INSTALL, b.api);
    expect(report.acme).toMatchObject({ state: 'active', origins: ['https://help.acme.com/*'] });
    expect(b.scripts.get('tact-site-acme')).toEqual({
      id: 'tact-site-acme',
      matches: ['https://help.acme.com/*'],
      excludeMatches: TEST_INSTALL_HOSTS,
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(registered).toEqual(['https://help.acme.com/*']);
    expect(b.api.startOnOpenTabs).toHaveBeenCalledWith(['https://help.acme.com/*']);
  });

  it('a site without access waits for it: nothing registered, the report says what is missing', async () => {
    const { report } = await syncSites([site('acme', '*://help.acme.com/*')], INSTALL, b.api);
    expect(report.acme).toMatchObject({ state: 'missing', origins: ['http://help.acme.com/*', 'https://help.acme.com/*'] });
    expect(b.scripts.size).toBe(0);
    // Half the access is not enough.
    b.granted.add('https://help.acme.com/*');
    expect((await syncSites([site('acme', '*://help.acme.com/*')], INSTALL, b.api)).report.acme!.state).toBe('missing');
  });

  it('a host the manifest already reads needs neither access nor a registration', async () => {
    const { report } = await syncSites([site('zd', 'https://acme.zendesk.com/*', { adapter: 'zendesk' })], INSTALL, b.api);
    expect(report.zd).toMatchObject({ state: 'install', origins: [] });
    expect(b.scripts.size).toBe(0);
    expect(b.needed()).toEqual([]);
  });

  it('an unusable pattern (from a pack or a policy) is reported, never registered', async () => {
    b.granted.add('https://*/*');
    const { report } = await syncSites([site('all', 'https://*/*'), site('port', 'https://help.acme.com:8080/*')], INSTALL, b.api);
    expect(report.all).toMatchObject({ state: 'invalid', reason: { en: expect.stringMatching(/every site/) } });
    expect(report.port!.state).toBe('invalid');
    expect(b.scripts.size).toBe(0);
  });

  it('leaves a registration that is already right alone (a worker restart, a browser restart)', async () => {
    b.granted.add('https://help.acme.com/*');
    const sites = [site('acme', 'https://help.acme.com/*')];
    await syncSites(sites, INSTALL, b.api);
    b.log.length = 0;
    const again = await syncSites(sites, INSTALL, b.api);
    expect(b.log).toEqual([]);
    expect(again.report.acme!.state).toBe('active');
    expect(b.api.startOnOpenTabs).toHaveBeenCalledTimes(1);
  });

  it('re-registers a site whose pattern changed, and gives back the host it no longer needs', async () => {
    b.granted.add('https://help.acme.com/*');
    await syncSites([site('acme', 'https://help.acme.com/*')], INSTALL, b.api);
    b.granted.add('https://desk.acme.com/*');
    b.log.length = 0;
    await syncSites([site('acme', 'https://desk.acme.com/agent/*')], INSTALL, b.api);
    expect(b.log).toEqual(['unregister tact-site-acme', 'register tact-site-acme', 'remove https://help.acme.com/*']);
    expect(b.scripts.get('tact-site-acme')!.matches).toEqual(['https://desk.acme.com/agent/*']);
    expect([...b.granted]).toEqual(['https://desk.acme.com/*']);
  });

  it('removing or switching off a site unregisters it and gives its host back', async () => {
    b.granted.add('https://help.acme.com/*');
    b.granted.add('https://desk.beta.io/*');
    const both = [site('acme', 'https://help.acme.com/*'), site('beta', 'https://desk.beta.io/*')];
    await syncSites(both, INSTALL, b.api);
    expect([...b.scripts.keys()]).toEqual(['tact-site-acme', 'tact-site-beta']);

    const r1 = await syncSites([both[0]!, { ...both[1]!, enabled: false }], INSTALL, b.api);
    expect(r1.report.beta!.state).toBe('off');
    expect(r1.unregistered).toEqual(['tact-site-beta']);
    expect(r1.revoked).toEqual(['https://desk.beta.io/*']);

    const r2 = await syncSites([], INSTALL, b.api);
    expect(r2.unregistered).toEqual(['tact-site-acme']);
    expect(r2.revoked).toEqual(['https://help.acme.com/*']);
    expect(b.scripts.size).toBe(0);
    expect(b.granted.size).toBe(0);
  });

  it('keeps a host while another enabled site on it still needs it', async () => {
    b.granted.add('https://help.acme.com/*');
    const a = site('agent', 'https://help.acme.com/agent/*');
    const c = site('chat', 'https://help.acme.com/chat/*');
    await syncSites([a, c], INSTALL, b.api);
    const r1 = await syncSites([c], INSTALL, b.api);
    expect(r1.unregistered).toEqual(['tact-site-agent']);
    expect(r1.revoked).toEqual([]);
    expect(b.granted.has('https://help.acme.com/*')).toBe(true);
    expect((await syncSites([{ ...c, enabled: false }], INSTALL, b.api)).revoked).toEqual(['https://help.acme.com/*']);
  });

  it('gives back only hosts a site needed: not one granted just before its site is saved, nor one the agent gave for other reasons', async () => {
    // The options page asks from the click and saves after; a sync in between must not take it back.
    b.granted.add('https://help.acme.com/*');
    b.granted.add('https://intranet.acme.com/*');
    expect((await syncSites([], INSTALL, b.api)).revoked).toEqual([]);
    const r = await syncSites([site('acme', 'https://help.acme.com/*')], INSTALL, b.api);
    expect(r.report.acme!.state).toBe('active');
    expect(b.granted.has('https://intranet.acme.com/*')).toBe(true);
  });

  it('never tries to give back an install-time host', async () => {
    const remove = vi.spyOn(b.api, 'remove');
    await syncSites([site('zd', 'https://acme.zendesk.com/*')], INSTALL, b.api);
    await syncSites([], INSTALL, b.api);
    expect(remove).not.toHaveBeenCalled();
  });

  it('overlapping sites: a page an earlier site covers is left to it, so no page loads Tact twice', async () => {
    b.granted.add('https://help.acme.com/*');
    await syncSites([site('all', 'https://help.acme.com/*'), site('agent', 'https://help.acme.com/agent/*')], INSTALL, b.api);
    expect(b.scripts.get('tact-site-all')!.excludeMatches).toEqual(TEST_INSTALL_HOSTS);
    expect(b.scripts.get('tact-site-agent')!.excludeMatches).toEqual([...TEST_INSTALL_HOSTS, 'https://help.acme.com/*']);
  });

  it('a registration the browser refuses fails that site only', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    b.granted.add('https://help.acme.com/*');
    b.granted.add('https://desk.beta.io/*');
    const register = b.api.register;
    b.api.register = async (s) => {
      if (s.id === 'tact-site-acme') throw new Error('Invalid url pattern');
      return register(s);
    };
    const { report } = await syncSites([site('acme', 'https://help.acme.com/*'), site('beta', 'https://desk.beta.io/*')], INSTALL, b.api);
    expect(report.acme).toMatchObject({ state: 'failed', error: 'Invalid url pattern' });
    expect(report.beta!.state).toBe('active');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('registrations of other kinds are not Tact sites’ to touch; a stray old one of ours is removed', async () => {
    b.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.io/*'], js: ['x.js'] });
    b.scripts.set('tact-site-gone', { id: 'tact-site-gone', matches: ['https://old.acme.com/*'], js: ['content-scripts/content.js'] });
    const r = await syncSites([], INSTALL, b.api);
    expect(r.unregistered).toEqual(['tact-site-gone']);
    expect([...b.scripts.keys()]).toEqual(['someone-else']);
  });

  it('a script path from an older build is re-registered with the current one', async () => {
    b.granted.add('https://help.acme.com/*');
    b.scripts.set('tact-site-acme', { id: 'tact-site-acme', matches: ['https://help.acme.com/*'], excludeMatches: TEST_INSTALL_HOSTS, js: ['content-scripts/old.js'] });
    await syncSites([site('acme', 'https://help.acme.com/*')], INSTALL, b.api);
    expect(b.scripts.get('tact-site-acme')!.js).toEqual(['content-scripts/content.js']);
  });
});
