import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { KNOWN_HELPDESK_HOSTS } from './hosts';
import { BUILT_IN, resolveAdapter } from './registry';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...over });

describe('resolveAdapter', () => {
  it('runs nowhere it was not asked to', () => {
    expect(resolveAdapter('https://example.com/inbox', settings(), false)).toBeNull();
    expect(resolveAdapter('not a url', settings(), false)).toBeNull();
  });

  it('maps the loopback demo and fixtures only in the demo build', () => {
    expect(resolveAdapter('http://127.0.0.1:5173/demo/#/tickets/1', settings(), true)?.adapter.id).toBe('demo');
    expect(resolveAdapter('http://127.0.0.1:5173/demo/#/tickets/1', settings(), false)).toBeNull();
    expect(resolveAdapter('http://127.0.0.1:5173/unknown/', settings(), true)).toBeNull();
    expect(resolveAdapter('http://127.0.0.1:5173/generic/', settings(), true)).toBeNull();
  });

  it('uses an admin-added site with its selectors over the adapter’s', () => {
    const s = settings({
      customSites: [{ id: 'acme', pattern: 'https://help.acme.com/*', adapter: 'generic', selectors: { sendButton: '#send' }, enabled: true }],
    });
    const r = resolveAdapter('https://help.acme.com/t/5', s, false)!;
    expect(r).toMatchObject({ siteId: 'acme', custom: true });
    expect(r.adapter.selectors.sendButton).toBe('#send');
    expect(resolveAdapter('https://help.acme.com/t/5', { ...s, customSites: [{ ...s.customSites[0]!, enabled: false }] }, false)).toBeNull();
  });

  it('every built-in helpdesk runs only on hosts the manifest asks for at install', () => {
    for (const def of BUILT_IN) for (const host of def.hosts) expect(KNOWN_HELPDESK_HOSTS as readonly string[], def.id).toContain(host);
  });

  it.each([
    ['https://acme.zendesk.com/agent/tickets/48213', 'zendesk'],
    ['https://app.intercom.com/a/inbox/k7t2x9qa/inbox/shared/all/conversation/215467364118891', 'intercom'],
    ['https://app.eu.intercom.com/a/inbox/k7t2x9qa/inbox/conversation/1', 'intercom'],
    ['https://secure.helpscout.net/conversation/2561849073/8123/?folderId=7731904', 'helpscout'],
    ['https://app.helpscout.com/conversation/2561849073/8123/', 'helpscout'],
    ['https://app.frontapp.com/inboxes/teammates/4417/inbox/all/21718549321', 'front'],
  ])('%s → %s', (url, id) => {
    expect(resolveAdapter(url, settings(), false)?.adapter.id).toBe(id);
  });

  it('maps helpdesk hosts to their adapters, only on the agent UI paths', () => {
    expect(resolveAdapter('https://acme.zendesk.com/agent/tickets/48213', settings(), false)?.adapter.id).toBe('zendesk');
    expect(resolveAdapter('https://acme.zendesk.com/hc/en-us/articles/1', settings(), false)).toBeNull();
  });

  it('runs a built-in adapter on a company’s own helpdesk domain, with the admin’s selectors over its own', () => {
    const s = settings({
      customSites: [{ id: 'acme-support', pattern: 'https://support.acme.com/*', adapter: 'zendesk', selectors: { sendButton: '#acme-send' }, enabled: true }],
      adapters: { zendesk: { enabled: true, selectors: { customerName: '.acme-requester' } } },
    });
    const r = resolveAdapter('https://support.acme.com/agent/tickets/7', s, false)!;
    expect(r).toMatchObject({ siteId: 'acme-support', custom: true });
    expect(r.adapter.id).toBe('zendesk');
    expect(r.adapter.selectors.sendButton).toBe('#acme-send');
    expect(r.adapter.selectors.customerName).toBe('.acme-requester');
    expect(r.adapter.selectors.ticketUrlPattern).toBe('/agent/tickets/(\\d+)');
  });

  it('stays off on a host the agent paused and for an adapter an admin switched off', () => {
    expect(resolveAdapter('http://127.0.0.1:5173/demo/', settings({ pausedHosts: ['127.0.0.1:5173'] }), true)).toBeNull();
    expect(resolveAdapter('http://127.0.0.1:5173/demo/', settings({ adapters: { demo: { enabled: false, selectors: {} } } }), true)).toBeNull();
  });

  it('an invalid admin pattern matches nothing instead of throwing', () => {
    const s = settings({ customSites: [{ id: 'x', pattern: 'not a pattern', adapter: 'generic', selectors: {}, enabled: true }] });
    expect(resolveAdapter('https://help.acme.com/', s, false)).toBeNull();
  });

  it('maps the hosted helpdesks to their adapters, each on its agent UI only', () => {
    const id = (url: string) => resolveAdapter(url, settings(), false)?.adapter.id ?? null;
    expect(id('https://acme.freshdesk.com/a/tickets/8452')).toBe('freshdesk');
    expect(id('https://acme.freshdesk.com/support/tickets/8452')).toBeNull();
    expect(id('https://secure.usedesk.ru/tickets/98310455')).toBe('usedesk');
    expect(id('https://acme.zammad.com/#ticket/zoom/1245')).toBe('zammad');
    expect(id('https://acme.zammad.com/desktop/tickets/1245')).toBe('zammad-desktop');
    expect(id('https://acme.zammad.com/mobile/tickets/1245')).toBeNull();
  });

  it('asks for no host at install for a self-hosted-only helpdesk (FreeScout comes through admin-added sites)', () => {
    expect(BUILT_IN.find((d) => d.id === 'freescout')?.hosts).toEqual([]);
  });

  it('runs FreeScout on a self-hosted site an admin added, with the admin’s selectors over its own', () => {
    const s = settings({
      customSites: [{ id: 'acme-fs', pattern: 'https://help.acme.org/*', adapter: 'freescout', selectors: { customerName: '.acme-customer' }, enabled: true }],
    });
    const r = resolveAdapter('https://help.acme.org/conversation/4818?folder_id=3', s, false)!;
    expect(r).toMatchObject({ siteId: 'acme-fs', custom: true });
    expect(r.adapter.id).toBe('freescout');
    expect(r.adapter.selectors.customerName).toBe('.acme-customer');
    expect(r.adapter.selectors.editor).toContain('.note-editable');
    // Not a FreeScout host without the admin's site.
    expect(resolveAdapter('https://help.acme.org/conversation/4818', settings(), false)).toBeNull();
  });

  it('a self-hosted Zammad added once runs the classic or the desktop adapter by the page’s path', () => {
    const s = settings({ customSites: [{ id: 'acme-zammad', pattern: 'https://support.acme.org/*', adapter: 'zammad', selectors: {}, enabled: true }] });
    expect(resolveAdapter('https://support.acme.org/#ticket/zoom/1245', s, false)?.adapter.id).toBe('zammad');
    expect(resolveAdapter('https://support.acme.org/desktop/tickets/1245', s, false)).toMatchObject({ siteId: 'acme-zammad', custom: true, adapter: { id: 'zammad-desktop' } });
    // Named the other way round, the same.
    const d = settings({ customSites: [{ id: 'z', pattern: 'https://support.acme.org/*', adapter: 'zammad-desktop', selectors: {}, enabled: true }] });
    expect(resolveAdapter('https://support.acme.org/#ticket/zoom/1245', d, false)?.adapter.id).toBe('zammad');
    // An adapter without a family keeps the admin's choice whatever the path (Zendesk on a company domain).
    const z = settings({ customSites: [{ id: 'zd', pattern: 'https://support.acme.org/*', adapter: 'zendesk', selectors: {}, enabled: true }] });
    expect(resolveAdapter('https://support.acme.org/hc/en-us', z, false)?.adapter.id).toBe('zendesk');
    // A Zammad served under a sub-path.
    const sub = settings({ customSites: [{ id: 's', pattern: 'https://acme.org/support/*', adapter: 'zammad', selectors: {}, enabled: true }] });
    expect(resolveAdapter('https://acme.org/support/desktop/tickets/1245', sub, false)?.adapter.id).toBe('zammad-desktop');
    expect(resolveAdapter('https://acme.org/support/#ticket/zoom/1245', sub, false)?.adapter.id).toBe('zammad');
  });

  it('maps each look-alike fixture to its adapter in the demo build, by its first path segment', () => {
    const id = (path: string) => resolveAdapter(`http://127.0.0.1:5173${path}`, settings(), true)?.adapter.id ?? null;
    expect(id('/freshdesk/a/tickets/8452')).toBe('freshdesk');
    expect(id('/zammad/#ticket/zoom/1245')).toBe('zammad');
    expect(id('/zammad-desktop/desktop/tickets/1245')).toBe('zammad-desktop');
    expect(id('/freescout/conversation/4818?folder_id=3')).toBe('freescout');
    expect(id('/usedesk/tickets/98310455')).toBe('usedesk');
  });
});
