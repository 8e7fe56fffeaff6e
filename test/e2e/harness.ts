/**
 * The e2e harness: Debian's Chromium (never a downloaded one) driven by playwright-core, with the
 * demo build of Tact loaded, on the helpdesk fixtures the global setup serves.
 *
 *   const tact = await launchTact();                       // or launchTact({ extension: false })
 *   const page = await tact.newPage('/demo/#/tickets/1042');
 *   await waitForTact(page);
 *   …
 *   await tact.close();                                    // also writes test-results/requests/<name>.json
 *   assertNoExtensionRequests(tact);
 *
 * See test/e2e/requests.ts for what the request log records and what counts as a violation.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page, type Worker } from 'playwright-core';
import { inject } from 'vitest';
import { DEMO_EXTENSION_DIR, ROOT } from '../support/build';
import { extensionArgs, findChromium, LOOPBACK_ONLY } from '../support/chromium';
import { type CdpInitiator, extensionScriptIn, findViolations, formatViolations, type LoggedRequest, readNetLog, type Violation } from './requests';

export type { LoggedRequest, Violation } from './requests';

export const RESULTS_DIR = resolve(ROOT, 'test-results');
export const SCREENSHOTS_DIR = resolve(RESULTS_DIR, 'screenshots');
export const REQUEST_LOGS_DIR = resolve(RESULTS_DIR, 'requests');
const TMP_DIR = resolve(ROOT, '.tmp');

export interface LaunchOptions {
  /** Load Tact (default). `false`: the same browser and flags without it, the "Tact absent" baseline. */
  extension?: boolean;
  /** Names the request log file (test-results/requests/<name>.json). */
  name?: string;
  /** Default true; `TACT_E2E_HEADED=1` shows the browser (needs a display). */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Extra Chromium flags. */
  args?: string[];
  /** Defaults to the fixture server the global setup started (vitest `inject('fixturesUrl')`). */
  baseUrl?: string;
  /** Further fixture servers the pages may load from (a second loopback address), counted like `baseUrl`. */
  otherFixtureUrls?: string[];
  /** Defaults to .output/chrome-mv3-demo. */
  extensionDir?: string;
  /** A run that is meant to have violations (the harness's own self-test); not counted in requests.json's total. */
  selfTest?: boolean;
}

export interface Tact {
  context: BrowserContext;
  /** `undefined` when launched with `extension: false`. */
  extensionId: string | undefined;
  serviceWorker: Worker | undefined;
  /** The fixture server, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  /** A new tab on `baseUrl + path` (or on an absolute URL such as `chrome-extension://<id>/popup.html`), loaded, with its request recorders attached. */
  newPage(pathOrUrl: string): Promise<Page>;
  /** Every request seen so far; net-log entries are added by `close()`. */
  requests: LoggedRequest[];
  /** Violations of "no network requests from Tact" in `requests` (complete after `close()`). */
  violations(): Violation[];
  /** Closes the browser, reads the net-log, writes the request log, removes the profile. Idempotent. */
  close(): Promise<LoggedRequest[]>;
}

const live = new Set<string>();
process.on('exit', () => {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
});

let runCounter = 0;

function defaultBaseUrl(): string {
  try {
    return inject('fixturesUrl');
  } catch {
    throw new Error('launchTact() outside the e2e vitest project needs { baseUrl } (the global setup provides it otherwise)');
  }
}

export async function launchTact(options: LaunchOptions = {}): Promise<Tact> {
  const withExtension = options.extension ?? true;
  const baseUrl = (options.baseUrl ?? defaultBaseUrl()).replace(/\/$/, '');
  const fixtureOrigins = [baseUrl, ...(options.otherFixtureUrls ?? [])];
  const extensionDir = resolve(options.extensionDir ?? DEMO_EXTENSION_DIR);
  const name = `${options.name ?? 'run'}-${withExtension ? 'with' : 'without'}-tact-${process.pid}-${++runCounter}`;

  mkdirSync(TMP_DIR, { recursive: true });
  const tmp = mkdtempSync(join(TMP_DIR, 'e2e-'));
  live.add(tmp);
  const netLogFile = join(tmp, 'netlog.json');
  const launchedAt = Date.now();
  const requests: LoggedRequest[] = [];
  const at = () => Date.now() - launchedAt;

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: findChromium(),
      headless: options.headless ?? process.env.TACT_E2E_HEADED !== '1',
      viewport: options.viewport ?? { width: 1440, height: 900 },
      locale: 'en-US',
      timezoneId: 'Europe/London',
      acceptDownloads: true,
      args: [
        ...(withExtension ? extensionArgs(extensionDir) : []),
        LOOPBACK_ONLY,
        `--log-net-log=${netLogFile}`,
        '--net-log-capture-mode=Default',
        '--mute-audio',
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    live.delete(tmp);
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }

  // ---- recorder 1: Playwright, every page, frame and service worker (extension SW included)
  context.on('request', (request) => {
    const sw = request.serviceWorker();
    let initiator: LoggedRequest['initiator'] = 'page';
    let initiatorUrl: string | undefined;
    if (sw) {
      initiatorUrl = sw.url();
      initiator = initiatorUrl.startsWith('chrome-extension://') ? 'extension-service-worker' : 'service-worker';
    } else {
      try {
        const frame = request.frame();
        const frameUrl = frame.url();
        const pageUrl = frame.page().url();
        initiatorUrl = frameUrl;
        if (frameUrl.startsWith('chrome-extension://') || pageUrl.startsWith('chrome-extension://')) initiator = 'extension-page';
      } catch {
        initiatorUrl = undefined;
      }
    }
    requests.push({ url: request.url(), method: request.method(), resourceType: request.resourceType(), initiator, initiatorUrl, source: 'playwright', at: at() });
  });

  // ---- recorder 2: CDP per page, to attribute requests to content scripts (initiator stacks)
  const sessions = new Map<Page, Promise<CDPSession | undefined>>();
  const attach = (page: Page) => {
    if (!sessions.has(page)) {
      sessions.set(
        page,
        (async () => {
          try {
            const cdp = await context.newCDPSession(page);
            cdp.on('Network.requestWillBeSent', (e: { request: { url: string; method: string }; type?: string; initiator: CdpInitiator }) => {
              const script = extensionScriptIn(e.initiator);
              if (script) {
                // On an extension's own page the script is the page's; on a web page it is a content script.
                const initiator = page.url().startsWith('chrome-extension://') ? 'extension-page' : 'content-script';
                requests.push({ url: e.request.url, method: e.request.method, resourceType: (e.type ?? 'other').toLowerCase(), initiator, initiatorUrl: script, source: 'cdp', at: at() });
              }
            });
            cdp.on('Network.webSocketCreated', (e: { url: string; initiator?: CdpInitiator }) => {
              const script = extensionScriptIn(e.initiator);
              const onExtensionPage = page.url().startsWith('chrome-extension://');
              const initiator = onExtensionPage ? 'extension-page' : script ? 'content-script' : 'page';
              requests.push({ url: e.url, method: 'GET', resourceType: 'websocket', initiator, initiatorUrl: script ?? page.url(), source: 'cdp', at: at() });
            });
            await cdp.send('Network.enable');
            return cdp;
          } catch {
            return undefined; // the page closed while attaching
          }
        })(),
      );
    }
    return sessions.get(page)!;
  };
  context.on('page', (page) => void attach(page));
  for (const page of context.pages()) void attach(page);

  // ---- the extension
  let serviceWorker: Worker | undefined;
  let extensionId: string | undefined;
  let closed: Promise<LoggedRequest[]> | undefined;

  const close = () =>
    (closed ??= (async () => {
      try {
        await context.close().catch(() => {});
        requests.push(...readNetLog(netLogFile, extensionId, launchedAt));
        const violations = findViolations(requests, fixtureOrigins);
        mkdirSync(REQUEST_LOGS_DIR, { recursive: true });
        writeFileSync(
          join(REQUEST_LOGS_DIR, `${name}.json`),
          `${JSON.stringify({ name, extension: withExtension, extensionDir: withExtension ? extensionDir : undefined, selfTest: !!options.selfTest, extensionId, baseUrl, launchedAt: new Date(launchedAt).toISOString(), violations, requests }, null, 1)}\n`,
        );
        return requests;
      } finally {
        live.delete(tmp);
        rmSync(tmp, { recursive: true, force: true });
      }
    })());

  if (withExtension) {
    try {
      serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
      serviceWorker ??= await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      });
      extensionId = new URL(serviceWorker.url()).host;
    } catch (error) {
      await close();
      throw new Error(`Tact's service worker did not start (is ${extensionDir} a built extension?): ${(error as Error).message}`);
    }
  }

  return {
    context,
    extensionId,
    serviceWorker,
    baseUrl,
    requests,
    violations: () => findViolations(requests, fixtureOrigins),
    close,
    async newPage(path: string) {
      const page = await context.newPage();
      await attach(page);
      const absolute = /^[a-z][a-z0-9+.-]*:/i.test(path); // chrome-extension://…/options.html, about:blank
      await page.goto(absolute ? path : `${baseUrl}${path.startsWith('/') ? '' : '/'}${path}`);
      return page;
    },
  };
}

/** Waits until Tact's content script has run in the page (`<html data-tact-loaded="1">`). */
export async function waitForTact(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.tactLoaded === '1', undefined, { timeout });
}

/** Throws, listing them, if the run has any request that breaks "Tact makes no network requests". Call after `close()` for the net-log too. */
export function assertNoExtensionRequests(tact: Pick<Tact, 'violations'>): void {
  const violations = tact.violations();
  if (violations.length) {
    throw new Error(`Tact made ${violations.length} network request(s) (the extension must make none):\n${formatViolations(violations)}`);
  }
}

/** Saves a PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: 'disabled', caret: 'hide' });
  return path;
}
