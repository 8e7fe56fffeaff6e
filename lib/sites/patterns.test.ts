import { describe, expect, it } from 'vitest';
import { checkPattern, coveredBy, isUsablePattern, normalizePattern, originsFor } from './patterns';
import { TEST_INSTALL_HOSTS } from './testing';

const reason = (pattern: string) => {
  const c = checkPattern(pattern);
  return c.ok ? null : c.reason.en;
};

describe('custom-site URL patterns', () => {
  it('takes the usual forms and names the origins to ask for', () => {
    expect(checkPattern('https://help.acme.com/*')).toEqual({ ok: true, pattern: 'https://help.acme.com/*', origins: ['https://help.acme.com/*'] });
    expect(originsFor('https://help.acme.com/agent/tickets/*')).toEqual(['https://help.acme.com/*']);
    expect(originsFor('https://*.acme.com/*')).toEqual(['https://*.acme.com/*']);
    expect(originsFor('http://127.0.0.2/*')).toEqual(['http://127.0.0.2/*']);
    // `*://` is two origins: the manifest offers http and https as separate optional hosts.
    expect(originsFor('*://zammad.acme.io/*')).toEqual(['http://zammad.acme.io/*', 'https://zammad.acme.io/*']);
  });

  it('refuses all-sites patterns and wildcards over a whole domain (least privilege)', () => {
    for (const p of ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/agent/*']) expect(reason(p), p).toMatch(/every site/);
    expect(reason('https://*.com/*')).toMatch(/\*\.acme\.com, not \*\.com/);
    expect(isUsablePattern('https://*.com/*')).toBe(false);
  });

  it('refuses what browsers refuse, saying why and offering the likely fix', () => {
    expect(checkPattern('https://help.acme.com')).toMatchObject({ ok: false, suggestion: 'https://help.acme.com/*' });
    expect(checkPattern('https://help.acme.com:8443/*')).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/port/) }, suggestion: 'https://help.acme.com/*' });
    expect(checkPattern('https://help.acme.com/agent/tickets/42')).toMatchObject({ ok: false, reason: { en: expect.stringMatching(/one page only/) }, suggestion: 'https://help.acme.com/*' });
    expect(checkPattern('HTTPS://Help.Acme.com/*')).toMatchObject({ ok: false, suggestion: 'https://help.acme.com/*' });
    expect(reason('ftp://files.acme.com/*')).toMatch(/Only web pages/);
    expect(reason('file:///home/*')).toMatch(/Only web pages/);
    expect(reason('https://help.*.com/*')).toMatch(/first part/);
    expect(reason('https://help_desk.acme.com/*')).toMatch(/host is not valid/);
    expect(reason('https://[::1]/*')).toMatch(/port/);
    expect(reason('help.acme.com')).toMatch(/scheme:\/\/host\/path/);
    expect(reason('')).toMatch(/Enter a URL pattern/);
    expect(reason(`https://help.acme.com/${'a'.repeat(600)}*`)).toMatch(/at most 500/);
    // Both languages, always.
    const c = checkPattern('https://*/*');
    expect(c.ok ? '' : c.reason.ru).toMatch(/ко всем сайтам/);
  });

  it('tidies a bare host or an origin without a path into a pattern', () => {
    expect(normalizePattern(' help.acme.com ')).toBe('https://help.acme.com/*');
    expect(normalizePattern('http://Helpdesk.Acme.io')).toBe('http://helpdesk.acme.io/*');
    expect(normalizePattern('https://help.acme.com/agent/*')).toBe('https://help.acme.com/agent/*');
    expect(normalizePattern('')).toBe('');
  });

  it('knows which origins the install-time hosts already give', () => {
    expect(coveredBy('https://acme.zendesk.com/*', TEST_INSTALL_HOSTS)).toBe(true);
    expect(coveredBy('https://*.support.zendesk.com/*', TEST_INSTALL_HOSTS)).toBe(true);
    expect(coveredBy('https://zendesk.com/*', TEST_INSTALL_HOSTS)).toBe(true);
    expect(coveredBy('http://acme.zendesk.com/*', TEST_INSTALL_HOSTS)).toBe(false);
    expect(coveredBy('https://notzendesk.com/*', TEST_INSTALL_HOSTS)).toBe(false);
    expect(coveredBy('http://127.0.0.1/*', TEST_INSTALL_HOSTS)).toBe(true);
    expect(coveredBy('http://127.0.0.2/*', TEST_INSTALL_HOSTS)).toBe(false);
    expect(coveredBy('https://*.intercom.com/*', TEST_INSTALL_HOSTS)).toBe(false);
    expect(coveredBy('https://help.acme.com/*', TEST_INSTALL_HOSTS)).toBe(false);
  });
});
