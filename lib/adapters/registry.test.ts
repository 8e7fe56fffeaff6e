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
});
