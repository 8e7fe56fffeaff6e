import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { browser } from 'wxt/browser';
import { KNOWN_HELPDESK_HOSTS } from '../adapters/hosts';
import { DEFAULT_SETTINGS, type CustomSite } from '../settings/model';
import { COMMAND, handleCommand, handleMenuClick, MENU_ID, menuPatterns, registerFeedbackLogEntry, type FeedbackLogTestHook } from './background';
import { openLogPicker } from './protocol';

const site = (pattern: string, enabled = true): CustomSite => ({ id: pattern, pattern, adapter: 'generic', selectors: {}, enabled });

let ask: MockInstance<typeof openLogPicker.sendToTab>;
beforeEach(() => {
  ask = vi.spyOn(openLogPicker, 'sendToTab').mockResolvedValue({ status: 'opened' });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('where the menu item shows', () => {
  it("the known helpdesks, the admin's enabled custom sites, and the loopback demo in the demo build", () => {
    const patterns = menuPatterns({ customSites: [site('https://help.acme.com/*'), site('https://old.acme.com/*', false), site('not a pattern')] }, false);
    expect(patterns).toEqual([...KNOWN_HELPDESK_HOSTS, 'https://help.acme.com/*']);
    expect(menuPatterns({ customSites: [] }, true)).toEqual([...KNOWN_HELPDESK_HOSTS, 'http://127.0.0.1/*', 'http://localhost/*']);
  });
});

describe('asking the tab to open the picker', () => {
  it('a click on our menu item asks that tab, top frame, as "menu"', async () => {
    expect(await handleMenuClick({ menuItemId: MENU_ID }, { id: 7 })).toEqual({ status: 'opened' });
    expect(ask).toHaveBeenCalledWith(7, { source: 'menu' }, 0);
  });

  it("someone else's menu item, or no tab: nothing", async () => {
    expect(await handleMenuClick({ menuItemId: 'other' }, { id: 7 })).toEqual({ status: 'ignored' });
    expect(await handleMenuClick({ menuItemId: MENU_ID }, undefined)).toEqual({ status: 'ignored' });
    expect(ask).not.toHaveBeenCalled();
  });

  it('the command asks the tab it came with, else the active one', async () => {
    expect(await handleCommand(COMMAND, { id: 3 })).toEqual({ status: 'opened' });
    expect(ask).toHaveBeenLastCalledWith(3, { source: 'command' }, 0);
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 5 }] as never);
    await handleCommand(COMMAND);
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect(ask).toHaveBeenLastCalledWith(5, { source: 'command' }, 0);
    expect(await handleCommand('other-command', { id: 3 })).toEqual({ status: 'ignored' });
  });

  it('a page without our content script is "unreachable", never an error', async () => {
    ask.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await handleMenuClick({ menuItemId: MENU_ID }, { id: 9 })).toEqual({ status: 'unreachable' });
  });
});

describe('registration', () => {
  type MenuListener = (info: { menuItemId: string | number }, tab?: { id?: number }) => void;
  let created: { id?: string | number; contexts?: string[]; documentUrlPatterns?: string[] }[];
  let menuListeners: MenuListener[];
  let commandListeners: ((command: string, tab?: { id?: number }) => void)[];
  let stop: AbortController;

  beforeEach(() => {
    created = [];
    menuListeners = [];
    commandListeners = [];
    stop = new AbortController();
    // The fake browser has no menus or commands: record what the code does with them.
    vi.spyOn(browser.contextMenus, 'removeAll').mockImplementation(async () => {
      created = [];
    });
    vi.spyOn(browser.contextMenus, 'create').mockImplementation(((props: (typeof created)[number], done?: () => void) => {
      created.push(props);
      done?.();
      return props.id!;
    }) as never);
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((l) => void menuListeners.push(l as MenuListener));
    vi.spyOn(browser.contextMenus.onClicked, 'removeListener').mockImplementation(() => undefined);
    vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation((l) => void commandListeners.push(l as never));
    vi.spyOn(browser.commands.onCommand, 'removeListener').mockImplementation(() => undefined);
  });
  afterEach(() => stop.abort());

  it('one selection-only item, limited to where Tact runs, rebuilt when the custom sites change', async () => {
    await registerFeedbackLogEntry(stop.signal);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ id: MENU_ID, contexts: ['selection'] });
    expect(created[0]!.documentUrlPatterns).not.toContain('https://help.acme.com/*');

    await browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, customSites: [site('https://help.acme.com/*')] } });
    await vi.waitFor(() => expect(created[0]?.documentUrlPatterns).toContain('https://help.acme.com/*'));
    expect(created).toHaveLength(1);
  });

  it("the browser's listeners and the demo build's test hook call the same handlers", async () => {
    await registerFeedbackLogEntry(stop.signal);
    menuListeners[0]!({ menuItemId: MENU_ID }, { id: 11 });
    commandListeners[0]!(COMMAND, { id: 12 });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    expect(ask.mock.calls.map((c) => [c[0], c[1]])).toEqual([
      [11, { source: 'menu' }],
      [12, { source: 'command' }],
    ]);
    const hook = (globalThis as { __tactFeedbackLog?: FeedbackLogTestHook }).__tactFeedbackLog!;
    expect(hook.menuClicked).toBe(handleMenuClick);
    expect(hook.command).toBe(handleCommand);
    expect(hook.menuPatterns()).toContain('http://127.0.0.1/*');
  });
});
