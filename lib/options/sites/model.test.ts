import { describe, expect, it } from 'vitest';
import { demo } from '../../adapters/helpdesks/demo';
import { DEFAULT_SETTINGS } from '../../settings/model';
import { baseSelectorsOf, checkDraft, hasProblems, probeSelectorsOf, siteIdFor } from './model';
import { tabMatches } from './tabs';

describe('custom-site form helpers', () => {
  it('ids come from the host, unique among sites and apart from adapter ids', () => {
    expect(siteIdFor('https://help.acme.com/*', [])).toBe('help.acme.com');
    expect(siteIdFor('*://*.acme.com/agent/*', [])).toBe('acme.com');
    expect(siteIdFor('https://help.acme.com/*', ['help.acme.com', 'help.acme.com-2'])).toBe('help.acme.com-3');
    // The attachment check's list holds adapter ids and site ids alike.
    expect(siteIdFor('https://demo/*', [])).toBe('demo-2');
    expect(siteIdFor('nonsense', [])).toBe('site');
    expect(siteIdFor(`https://${'a'.repeat(70)}.io/*`, [])).toMatch(/^[a-z0-9][a-z0-9._-]{0,63}$/);
  });

  it('a site reads its adapter’s selectors with the admin’s overrides for that adapter, then its own', () => {
    const settings = { ...DEFAULT_SETTINGS, adapters: { demo: { enabled: true, selectors: { sendButton: 'button.go' } } } };
    expect(baseSelectorsOf('demo', settings)).toEqual({ ...demo.selectors, sendButton: 'button.go' });
    expect(baseSelectorsOf('unknown', settings).editor).toMatch(/textarea/);
    expect(probeSelectorsOf({ adapter: 'demo', selectors: { sendButton: 'button.mine', editor: '  ' } }, settings)).toEqual({ sendButton: 'button.mine' });
  });

  it('the form refuses a bad pattern (with a fix), a taken pattern, a broken selector', () => {
    expect(hasProblems(checkDraft({ pattern: 'https://help.acme.com/*', adapter: 'generic', selectors: {} }, []))).toBe(false);
    expect(checkDraft({ pattern: 'https://help.acme.com', adapter: 'generic', selectors: {} }, [])).toMatchObject({ suggestion: 'https://help.acme.com/*' });
    expect(checkDraft({ pattern: 'https://help.acme.com/*', adapter: 'generic', selectors: {} }, ['https://help.acme.com/*']).taken).toBe(true);
    expect(Object.keys(checkDraft({ pattern: 'https://help.acme.com/*', adapter: 'generic', selectors: { editor: 'div[' } }, []).selectors)).toEqual(['editor']);
  });

  it('the open-tab check lists the tabs a site or a built-in helpdesk runs on', () => {
    expect(tabMatches({ kind: 'site', pattern: 'https://help.acme.com/agent/*' }, 'https://help.acme.com/agent/t/1')).toBe(true);
    expect(tabMatches({ kind: 'site', pattern: 'https://help.acme.com/agent/*' }, 'https://help.acme.com/kb/1')).toBe(false);
    expect(tabMatches({ kind: 'site', pattern: 'https://help.acme.com/*' }, 'chrome-extension://x/options.html')).toBe(false);
    const zd = { ...demo, id: 'zendesk', hosts: ['https://*.zendesk.com/*'], pathPattern: '^/agent/' };
    expect(tabMatches({ kind: 'builtin', def: zd }, 'https://acme.zendesk.com/agent/tickets/1', false)).toBe(true);
    expect(tabMatches({ kind: 'builtin', def: zd }, 'https://acme.zendesk.com/hc/en-us', false)).toBe(false);
    // The demo build serves each fixture under its adapter's id on loopback.
    expect(tabMatches({ kind: 'builtin', def: demo }, 'http://127.0.0.1:4000/demo/#/tickets/1', true)).toBe(true);
    expect(tabMatches({ kind: 'builtin', def: demo }, 'http://127.0.0.1:4000/zendesk/agent/tickets/1', true)).toBe(false);
    expect(tabMatches({ kind: 'builtin', def: demo }, 'http://127.0.0.1:4000/demo/', false)).toBe(false);
  });
});
