/**
 * The background's part of logging: a context-menu item on selections and the `log-feedback`
 * keyboard command. Neither reads the page; both ask the tab's content script to open the picker
 * for what the agent selected, and the content script decides whether that is the customer's text.
 *
 * The menu shows only on pages Tact runs on: the known helpdesk hosts, the admin's custom sites,
 * and (demo build) the loopback demo. It is rebuilt when the custom sites change.
 *
 * Demo build only: `globalThis.__tactFeedbackLog` exposes the very functions the two listeners
 * call, because Playwright cannot click a native context menu or press a browser command shortcut.
 */
import { browser, type Browser } from 'wxt/browser';
import { KNOWN_HELPDESK_HOSTS } from '../adapters/hosts';
import { reportError } from '../platform/safe';
import { loadSettings, watchSettings } from '../settings/effective';
import { isUsablePattern } from '../sites/patterns';
import type { Settings } from '../settings/model';
import { openLogPicker, type OpenReply, type OpenSource } from './protocol';
import { t } from './strings';

export const MENU_ID = 'tact-log-feedback';
export const COMMAND = 'log-feedback';
/** As `DEMO_HOSTS` in wxt.config.ts: where the demo build runs. */
const DEMO_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

type Tab = Browser.tabs.Tab;
type MenuInfo = Browser.contextMenus.OnClickData;

/** The reply, or why there is none (no content script: a page Tact does not run on). */
export type AskResult = OpenReply | { status: 'unreachable' } | { status: 'ignored' };

/** Where the menu item shows: everywhere the content script runs or may be added to run. */
export function menuPatterns(settings: Pick<Settings, 'customSites'>, demo: boolean): string[] {
  // The same check the site registration uses: the menu shows where Tact may run, no wider.
  const custom = settings.customSites.filter((s) => s.enabled && isUsablePattern(s.pattern)).map((s) => s.pattern);
  return [...new Set([...KNOWN_HELPDESK_HOSTS, ...custom, ...(demo ? DEMO_HOSTS : [])])];
}

async function askTab(tabId: number, source: OpenSource): Promise<AskResult> {
  try {
    // The top frame: Tact's content script runs there only and reads same-origin frames from it.
    return await openLogPicker.sendToTab(tabId, { source }, 0);
  } catch {
    return { status: 'unreachable' };
  }
}

export async function handleMenuClick(info: Pick<MenuInfo, 'menuItemId'>, tab?: Pick<Tab, 'id'>): Promise<AskResult> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || tab.id < 0) return { status: 'ignored' };
  return askTab(tab.id, 'menu');
}

export async function handleCommand(command: string, tab?: Pick<Tab, 'id'>): Promise<AskResult> {
  if (command !== COMMAND) return { status: 'ignored' };
  let id = tab?.id;
  if (id === undefined || id < 0) {
    // Older Chrome and Firefox call onCommand without the tab.
    const [current] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    id = current?.id;
  }
  if (id === undefined || id < 0) return { status: 'ignored' };
  return askTab(id, 'command');
}

/** Rebuilds the menu item when its patterns change; one rebuild at a time, in order. */
function menuSync(): (patterns: string[]) => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  let current = '';
  return (patterns) => {
    const key = JSON.stringify(patterns);
    if (key === current) return chain;
    current = key;
    chain = chain
      .then(async () => {
        const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
        if (!menus) return;
        // Menus outlive a service-worker restart; removing first makes creating idempotent.
        await menus.removeAll();
        await new Promise<void>((resolve) => {
          menus.create({ id: MENU_ID, title: t('menuTitle'), contexts: ['selection'], documentUrlPatterns: patterns }, () => {
            const error = browser.runtime.lastError;
            if (error) reportError(new Error(error.message), 'feedback-log menu');
            resolve();
          });
        });
      })
      .catch((error: unknown) => reportError(error, 'feedback-log menu'));
    return chain;
  };
}

export interface FeedbackLogTestHook {
  menuClicked: typeof handleMenuClick;
  command: typeof handleCommand;
  menuPatterns: () => string[];
  menuId: string;
}

/**
 * Called once from entrypoints/background.ts, synchronously, so a click that wakes the worker finds
 * its listener. Resolves when the menu is first built (tests wait for it; the background need not);
 * `signal` takes the listeners away again (tests).
 */
export function registerFeedbackLogEntry(signal?: AbortSignal): Promise<void> {
  const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
  const onMenu = (info: MenuInfo, tab?: Tab) => {
    void handleMenuClick(info, tab).catch((error: unknown) => reportError(error, 'feedback-log menu click'));
  };
  const onCommand = (command: string, tab?: Tab) => {
    void handleCommand(command, tab).catch((error: unknown) => reportError(error, 'feedback-log command'));
  };
  try {
    menus?.onClicked.addListener(onMenu);
  } catch (error) {
    reportError(error, 'feedback-log menu listener');
  }
  try {
    browser.commands?.onCommand.addListener(onCommand);
  } catch (error) {
    reportError(error, 'feedback-log command listener');
  }
  signal?.addEventListener(
    'abort',
    () => {
      try {
        menus?.onClicked.removeListener(onMenu);
        browser.commands?.onCommand.removeListener(onCommand);
      } catch {
        // nothing to remove
      }
    },
    { once: true },
  );

  const syncMenu = menuSync();
  let patterns = menuPatterns({ customSites: [] }, __TACT_DEMO__);
  const apply = (settings: Settings) => {
    patterns = menuPatterns(settings, __TACT_DEMO__);
    return syncMenu(patterns);
  };
  const built = loadSettings().then(apply, (error: unknown) => {
    reportError(error, 'feedback-log settings');
    return syncMenu(patterns);
  });
  watchSettings(apply, signal);

  if (__TACT_DEMO__) {
    const hook: FeedbackLogTestHook = { menuClicked: handleMenuClick, command: handleCommand, menuPatterns: () => patterns, menuId: MENU_ID };
    (globalThis as { __tactFeedbackLog?: FeedbackLogTestHook }).__tactFeedbackLog = hook;
  }
  return built;
}
