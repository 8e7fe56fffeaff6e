import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CustomSite } from '../../settings/model';
import { cachePolicy } from '../../settings/policy-cache';
import { SETTINGS_KEY } from '../../settings/store';
import { registerSiteSync } from '../../sites/background';
import { siteProbe } from '../../sites/messages';
import type { ProbeReport } from '../../sites/probe';
import { installFakeAccess, type FakeAccess } from '../../sites/testing';
import { byTestId, click, mountOptions, q, settle, typeInto } from '../testing';

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, any> | undefined;
const site = (id: string, pattern: string, extra: Partial<CustomSite> = {}): CustomSite => ({ id, pattern, adapter: 'generic', selectors: {}, enabled: true, ...extra });
const storeSettings = (settings: Record<string, unknown>) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings });
const accessState = (root: HTMLElement, id: string) => q(root, `site-access-${id}`)?.getAttribute('data-state');

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

let b: FakeAccess;
let stop: AbortController;
beforeEach(async () => {
  b = installFakeAccess();
  stop = new AbortController();
  // The background answers the page's `sites/sync` in the same context here.
  await registerSiteSync({ signal: stop.signal });
});
afterEach(() => {
  stop.abort();
  b.restore();
  vi.restoreAllMocks();
});

describe('built-in helpdesks', () => {
  it('lists them with on/off and the attachment check; each switch saves', async () => {
    const { root } = await mountOptions('sites');
    expect(q(root, 'adapter-demo')).toBeTruthy();
    expect(q(root, 'adapter-generic')).toBeNull();
    await click(byTestId(root, 'adapter-enabled-demo'));
    expect((await stored())?.adapters.demo).toEqual({ enabled: false, selectors: {} });
    await click(byTestId(root, 'adapter-attachments-demo'));
    expect((await stored())?.attachments.disabledSites).toEqual(['demo']);
    expect(byTestId<HTMLInputElement>(root, 'adapter-attachments-demo').checked).toBe(false);
  });

  it('selector overrides: the built-in selector as placeholder; a broken one refused with the browser’s message; a good one saved; reset', async () => {
    const { root } = await mountOptions('sites');
    await click(byTestId(root, 'adapter-selectors-demo'));
    const name = byTestId<HTMLInputElement>(root, 'adapter-sel-customerName');
    expect(name.placeholder).toBe('.dd-requester-name');
    expect(byTestId<HTMLInputElement>(root, 'adapter-sel-ticketUrlPattern').placeholder).toBe('#/tickets/(\\d+)');

    await typeInto(name, 'span[', false);
    await typeInto(byTestId<HTMLInputElement>(root, 'adapter-sel-ticketUrlPattern'), '#/t/(\\d+', false);
    await click(byTestId(root, 'selectors-save'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(name.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent;
    let browserMessage = '';
    try {
      document.querySelector('span[');
    } catch (error) {
      browserMessage = (error as Error).message;
    }
    expect(message).toBe(browserMessage);
    expect(byTestId(root, 'status').textContent).toBe('Not saved: 2 selectors do not work. The browser’s message is under each.');
    expect((await stored())?.adapters?.demo).toBeUndefined();

    await typeInto(name, '  .dd-ticket-subject ', false);
    await typeInto(byTestId<HTMLInputElement>(root, 'adapter-sel-ticketUrlPattern'), '', false);
    await click(byTestId(root, 'selectors-save'));
    expect((await stored())?.adapters.demo).toEqual({ enabled: true, selectors: { customerName: '.dd-ticket-subject' } });
    expect(byTestId(root, 'adapter-own-demo').textContent).toBe('1 selector of your own');
    expect(q(root, 'adapter-editor-demo')).toBeNull();

    await click(byTestId(root, 'adapter-selectors-demo'));
    expect(byTestId<HTMLInputElement>(root, 'adapter-sel-customerName').value).toBe('.dd-ticket-subject');
    await click(byTestId(root, 'selectors-reset'));
    expect((await stored())?.adapters.demo).toBeUndefined();
    expect(q(root, 'adapter-own-demo')).toBeNull();
  });

  it('what the policy manages shows as managed and cannot be changed', async () => {
    await cachePolicy({ settings: { adapters: { demo: { enabled: true, selectors: { editor: 'textarea' } } }, attachments: { disabledSites: ['demo'] } } });
    const { root } = await mountOptions('sites');
    const row = byTestId(root, 'adapter-demo');
    expect(byTestId<HTMLInputElement>(root, 'adapter-enabled-demo').disabled).toBe(true);
    expect(byTestId<HTMLInputElement>(root, 'adapter-attachments-demo').disabled).toBe(true);
    expect(byTestId<HTMLInputElement>(root, 'adapter-attachments-demo').checked).toBe(false);
    expect(q(root, 'adapter-selectors-demo')).toBeNull();
    expect(row.querySelectorAll('[data-testid="managed-badge"]').length).toBeGreaterThan(0);
  });

  it('Russian: every string, and plurals right', async () => {
    await storeSettings({ adapters: { demo: { enabled: true, selectors: { editor: 'textarea', sendButton: 'button' } } } });
    const { root } = await mountOptions('sites', { locale: 'ru' });
    expect(byTestId(root, 'section-sites').querySelector('h2')!.textContent).toBe('Сайты хелпдесков');
    expect(byTestId(root, 'adapter-own-demo').textContent).toBe('2 своих селектора');
    expect(byTestId(root, 'no-sites').textContent).toBe('Сайтов пока нет.');
    await storeSettings({ adapters: { demo: { enabled: true, selectors: { editor: 'a', sendButton: 'b', message: 'c', customerName: 'd', customerId: 'e' } } } });
    await settle();
    expect(byTestId(root, 'adapter-own-demo').textContent).toBe('5 своих селекторов');
  });
});

describe('custom sites', () => {
  it('adding one asks the browser first thing in the click, saves it, and the background registers Tact there', async () => {
    const order: string[] = [];
    const request = fakeBrowser.permissions.request.bind(fakeBrowser.permissions);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((p) => {
      order.push('request');
      return request(p);
    });
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items) => {
      if (SETTINGS_KEY in items) order.push('save');
      return set(items);
    });

    const { root } = await mountOptions('sites');
    await click(byTestId(root, 'add-site'));
    await typeInto(byTestId<HTMLInputElement>(root, 'site-pattern'), 'https://help.acme.com/*', false);
    await choose(byTestId<HTMLSelectElement>(root, 'site-adapter'), 'demo');
    await typeInto(byTestId<HTMLInputElement>(root, 'site-sel-sendButton'), 'button.send', false);
    await click(byTestId(root, 'site-submit'));
    await settle();

    expect(order[0]).toBe('request');
    expect(b.requests).toEqual([['https://help.acme.com/*']]);
    expect((await stored())?.customSites).toEqual([{ id: 'help.acme.com', pattern: 'https://help.acme.com/*', adapter: 'demo', selectors: { sendButton: 'button.send' }, enabled: true }]);
    await vi.waitFor(() => expect(accessState(root, 'help.acme.com')).toBe('active'));
    expect([...b.scripts.keys()]).toEqual(['tact-site-help.acme.com']);
    expect(byTestId(root, 'status').textContent).toBe('Access allowed. Tact runs on https://help.acme.com/*.');
    expect(byTestId(root, 'site-help.acme.com').textContent).toContain('Read as Northwind Desk (demo)');
    expect(q(root, 'site-form')).toBeNull();
  });

  it('a bare host is tidied into a pattern; a bad one is refused with the reason and a fix, asking nothing', async () => {
    const { root } = await mountOptions('sites');
    await click(byTestId(root, 'add-site'));
    const input = byTestId<HTMLInputElement>(root, 'site-pattern');
    await typeInto(input, 'https://help.acme.com:8443/*', false);
    await click(byTestId(root, 'site-submit'));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(byTestId(root, 'site-form').textContent).toMatch(/Leave the port out/);
    expect(b.requests).toEqual([]);
    expect((await stored())?.customSites ?? []).toEqual([]);
    await click(byTestId(root, 'site-suggestion'));
    expect(input.value).toBe('https://help.acme.com/*');

    await typeInto(input, 'desk.beta.io', false);
    await click(byTestId(root, 'site-submit'));
    await settle();
    expect((await stored())?.customSites.map((s: CustomSite) => s.pattern)).toEqual(['https://desk.beta.io/*']);
  });

  it('refuses a second site with the same pattern, and a broken selector', async () => {
    await storeSettings({ customSites: [site('acme', 'https://help.acme.com/*')] });
    const { root } = await mountOptions('sites');
    await click(byTestId(root, 'add-site'));
    await typeInto(byTestId<HTMLInputElement>(root, 'site-pattern'), 'https://help.acme.com/*', false);
    await click(byTestId(root, 'site-submit'));
    expect(byTestId(root, 'site-form').textContent).toContain('Another site already has this pattern.');
    await typeInto(byTestId<HTMLInputElement>(root, 'site-pattern'), 'https://help2.acme.com/*', false);
    await typeInto(byTestId<HTMLInputElement>(root, 'site-sel-editor'), 'div[', false);
    await click(byTestId(root, 'site-submit'));
    expect(byTestId<HTMLInputElement>(root, 'site-sel-editor').getAttribute('aria-invalid')).toBe('true');
    expect(b.requests).toEqual([]);
    expect((await stored())?.customSites).toHaveLength(1);
  });

  it('when the browser says no, the site is kept waiting, with "Allow access" to ask again', async () => {
    b.answer = false;
    const { root } = await mountOptions('sites');
    await click(byTestId(root, 'add-site'));
    await typeInto(byTestId<HTMLInputElement>(root, 'site-pattern'), 'https://help.acme.com/*', false);
    await click(byTestId(root, 'site-submit'));
    await vi.waitFor(() => expect(accessState(root, 'help.acme.com')).toBe('missing'));
    expect(byTestId(root, 'status').textContent).toMatch(/did not allow access to https:\/\/help\.acme\.com/);
    expect(byTestId(root, 'site-access-help.acme.com').textContent).toBe('The browser has not allowed Tact on https://help.acme.com/* yet.');
    expect(b.scripts.size).toBe(0);

    b.answer = true;
    await click(byTestId(root, 'site-allow-help.acme.com'));
    await vi.waitFor(() => expect(accessState(root, 'help.acme.com')).toBe('active'));
    expect(b.requests).toEqual([['https://help.acme.com/*'], ['https://help.acme.com/*']]);
  });

  it('removing a site gives everything back; switching one off too, and on asks again from the switch', async () => {
    b.granted.add('https://help.acme.com/*');
    b.granted.add('https://desk.beta.io/*');
    await storeSettings({ customSites: [site('acme', 'https://help.acme.com/*'), site('beta', 'https://desk.beta.io/*')] });
    const { root } = await mountOptions('sites');
    await vi.waitFor(() => expect(accessState(root, 'acme')).toBe('active'));

    await click(byTestId(root, 'site-remove-acme'));
    expect((await stored())?.customSites.map((s: CustomSite) => s.id)).toEqual(['beta']);
    expect(byTestId(root, 'status').textContent).toBe('Removed https://help.acme.com/*. Tact no longer runs there.');
    await vi.waitFor(() => expect([...b.scripts.keys()]).toEqual(['tact-site-beta']));
    await vi.waitFor(() => expect(b.granted.has('https://help.acme.com/*')).toBe(false));

    await click(byTestId(root, 'site-enabled-beta'));
    await vi.waitFor(() => expect(b.scripts.size).toBe(0));
    await vi.waitFor(() => expect(accessState(root, 'beta')).toBe('off'));
    expect(b.granted.size).toBe(0);

    await click(byTestId(root, 'site-enabled-beta'));
    expect(b.requests.at(-1)).toEqual(['https://desk.beta.io/*']);
    await vi.waitFor(() => expect(accessState(root, 'beta')).toBe('active'));
  });

  it('sites the policy pushes: managed, not editable, but "Allow access" is there; a lock hides "Add a site"', async () => {
    await cachePolicy({ settings: { customSites: [site('corp', 'https://help.corp.example/*', { adapter: 'demo' })] } });
    await storeSettings({ customSites: [site('mine', 'https://mine.acme.com/*')] });
    const { root } = await mountOptions('sites');
    await vi.waitFor(() => expect(accessState(root, 'corp')).toBe('missing'));
    const corp = byTestId(root, 'site-corp');
    expect(corp.querySelector('[data-testid="managed-badge"]')).toBeTruthy();
    expect(q(root, 'site-edit-corp')).toBeNull();
    expect(q(root, 'site-remove-corp')).toBeNull();
    expect(byTestId<HTMLInputElement>(root, 'site-enabled-corp').disabled).toBe(true);
    expect(byTestId(root, 'site-access-corp').textContent).toMatch(/Your organisation added this site/);
    expect(q(root, 'site-edit-mine')).toBeTruthy();
    await click(byTestId(root, 'site-allow-corp'));
    await vi.waitFor(() => expect(accessState(root, 'corp')).toBe('active'));
    expect(b.scripts.has('tact-site-corp')).toBe(true);

    await cachePolicy({ settings: { customSites: [site('corp', 'https://help.corp.example/*')] }, locks: ['customSites'] });
    await settle();
    expect(q(root, 'add-site')).toBeNull();
    expect(byTestId(root, 'sites-locked').textContent).toMatch(/organisation manages/);
    expect(q(root, 'site-mine')).toBeNull();
  });

  it('an unusable pattern from a pack or policy is shown with the reason', async () => {
    await storeSettings({ customSites: [site('wide', 'https://*/*')] });
    const { root } = await mountOptions('sites');
    await vi.waitFor(() => expect(accessState(root, 'wide')).toBe('invalid'));
    expect(byTestId(root, 'site-access-wide').textContent).toMatch(/cannot be used: Tact does not ask for every site/);
  });
});

describe('check on an open tab', () => {
  const REPORT: ProbeReport = {
    url: 'https://help.acme.com/t/7',
    title: 'Ticket 7',
    adapter: { id: 'generic', name: 'Any site' },
    findings: [
      { key: 'editor', selector: 'textarea', scope: 'ticket', count: 1, sample: null, error: null },
      { key: 'customerName', selector: '.who', scope: 'ticket', count: 1, sample: '<img src=x onerror="alert(1)">Eve', error: null },
      { key: 'sendButton', selector: 'button[', scope: 'ticket', count: 0, sample: null, error: "'button[' is not a valid selector" },
    ],
    ticketRoot: true,
    ticketId: '7',
    customer: { name: '<img src=x onerror="alert(1)">Eve', email: null },
    editors: 1,
    engine: 'textarea',
    sendButtons: 0,
    messages: { total: 2, customer: 1, agent: 1 },
    customerAttachments: 0,
  };

  async function openCheck() {
    b.granted.add('https://help.acme.com/*');
    await storeSettings({ customSites: [site('acme', 'https://help.acme.com/*', { selectors: { customerName: '.who' } })], adapters: { generic: { enabled: true, selectors: { sendButton: 'button.go' } } } });
    const mounted = await mountOptions('sites');
    await vi.waitFor(() => expect(accessState(mounted.root, 'acme')).toBe('active'));
    // Opened after the registration, so the background leaves them to the page's next load.
    const tab = await fakeBrowser.tabs.create({ url: 'https://help.acme.com/t/7' });
    await fakeBrowser.tabs.create({ url: 'https://other.example/' });
    await click(byTestId(mounted.root, 'site-check-acme'));
    await settle();
    return { ...mounted, tab };
  }

  it('lists the site’s open tabs, asks the chosen one’s content script, and shows page text as text', async () => {
    const ask = vi.spyOn(siteProbe, 'sendToTab').mockResolvedValue(REPORT);
    const { root, tab } = await openCheck();
    const check = byTestId(root, 'check-acme');
    expect(check.querySelectorAll('[data-testid^="check-tab-"]')).toHaveLength(1);
    await click(byTestId(check, 'check-run'));
    await settle();
    // The site's selectors over the adapter's overrides, as the content script lays them.
    expect(ask).toHaveBeenCalledWith(tab.id, { adapterId: 'generic', selectors: { sendButton: 'button.go', customerName: '.who' } }, 0);
    expect(byTestId(check, 'sum-customer').textContent).toBe('<img src=x onerror="alert(1)">Eve');
    expect(check.querySelector('img')).toBeNull();
    expect(byTestId(check, 'sum-ticket-id').textContent).toBe('7');
    expect(byTestId(check, 'sum-editor').textContent).toBe('found (textarea)');
    expect(byTestId(check, 'sum-messages').textContent).toBe('2 messages (1 from the customer, 1 from agents)');
    expect(byTestId(check, 'check-count-sendButton').textContent).toBe("'button[' is not a valid selector");
    expect(byTestId(check, 'check-count-editor').textContent).toBe('1');
    expect(byTestId(check, 'check-result').textContent).toContain('Read by Tact’s script in the tab.');
  });

  it('where Tact is not running yet, runs the probe in the tab once', async () => {
    vi.spyOn(siteProbe, 'sendToTab').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    b.injectResult = (injection) => (injection.func ? [{ frameId: 0, result: REPORT }] : [{ frameId: 0, result: null }]);
    const { root, tab } = await openCheck();
    const check = byTestId(root, 'check-acme');
    await click(byTestId(check, 'check-run'));
    await settle();
    expect(b.injected[0]).toMatchObject({ target: { tabId: tab.id, frameIds: [0] }, files: ['probe.js'] });
    expect(b.injected[1]).toMatchObject({ target: { tabId: tab.id, frameIds: [0] }, args: [{ adapterId: 'generic' }] });
    expect(byTestId(check, 'check-result').textContent).toContain('Tact is not running in that tab yet');
    expect(byTestId(check, 'sum-ticket-id').textContent).toBe('7');
  });

  it('says so when the tab cannot be read, and when no tab of the site is open', async () => {
    vi.spyOn(siteProbe, 'sendToTab').mockRejectedValue(new Error('no receiver'));
    b.injectResult = () => {
      throw new Error('Cannot access contents of the page.');
    };
    const { root } = await openCheck();
    const check = byTestId(root, 'check-acme');
    await click(byTestId(check, 'check-run'));
    await settle();
    expect(byTestId(check, 'check-error').textContent).toBe(
      'Could not check that tab: Tact may not read this page: the browser keeps it off-limits, or access to the site was withdrawn (Cannot access contents of the page.)',
    );

    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: 'https://other.example/' }] as never);
    await click(byTestId(check, 'check-refresh'));
    expect(q(check, 'check-no-tabs')!.textContent).toBe('No tab of this site is open.');
  });

  it('a site without access cannot see its tabs and says so', async () => {
    await storeSettings({ customSites: [site('acme', 'https://help.acme.com/*')] });
    const { root } = await mountOptions('sites');
    await vi.waitFor(() => expect(accessState(root, 'acme')).toBe('missing'));
    await click(byTestId(root, 'site-check-acme'));
    expect(byTestId(root, 'check-acme').textContent).toMatch(/no access to this site yet/);
  });
});
