/**
 * The request log of an e2e run and the "Tact made no network requests" check.
 *
 * Three independent recorders feed one list:
 *  - `playwright`: `context.on('request')` — every request from pages, frames (extension iframes
 *    included), and service workers (Playwright reports service-worker network by default, with
 *    `request.serviceWorker()` set; the extension's MV3 background is one of them).
 *  - `cdp`: a CDP session per page with `Network` enabled. Its `initiator.stack` names the script
 *    that made a request, which is the only way to tell a content script's `fetch` (it runs in the
 *    page, with the page's origin) from the page's own. Also WebSocket creations.
 *  - `netlog`: Chromium's `--log-net-log` file, parsed after the browser exits. It sees every
 *    URLRequest in the network service, whoever made it: requests from the extension carry
 *    `initiator: chrome-extension://<id>`, web requests the page origin, the browser's own
 *    background requests `not an origin`. The backstop for anything the other two miss (offscreen
 *    documents, workers Playwright does not attach to).
 */
import { existsSync, readFileSync } from 'node:fs';

export type Initiator =
  | 'page'
  | 'service-worker'
  | 'extension-service-worker'
  | 'extension-page'
  | 'content-script'
  | 'extension'
  | 'browser';

export interface LoggedRequest {
  url: string;
  method: string;
  /** Playwright's resource type, CDP's type, or the net-log's request type. */
  resourceType: string;
  initiator: Initiator;
  /** The page, worker or script URL (or, for net-log entries, the initiator origin). */
  initiatorUrl?: string;
  source: 'playwright' | 'cdp' | 'netlog';
  /** ms since the browser was launched */
  at: number;
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

export function isNetworkUrl(url: string): boolean {
  try {
    return NETWORK_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

function origin(url: string): string {
  try {
    const u = new URL(url);
    // ws://127.0.0.1:PORT is the same server as http://127.0.0.1:PORT
    return `${u.protocol.replace(/^ws/, 'http')}//${u.host}`;
  } catch {
    return '';
  }
}

/**
 * Hosts of Chromium's own background services (component updater, account check, autofill
 * server). Requests the browser makes to them carry no web or extension initiator; they are
 * recorded but not charged to Tact. Any other browser-initiated request is.
 */
const BROWSER_SERVICE_HOSTS = [/\.googleapis\.com$/, /(^|\.)google\.com$/, /\.gvt1\.com$/, /\.gstatic\.com$/];

const EXTENSION_INITIATORS = new Set<Initiator>(['extension-service-worker', 'extension-page', 'content-script', 'extension']);

export interface Violation {
  request: LoggedRequest;
  reason: string;
}

/**
 * Requests that break "Tact makes no network requests at all":
 *  1. any network request made by the extension (service worker, extension page or frame, content
 *     script), wherever it goes, the fixture server included;
 *  2. any network request to anywhere but the fixture server (from the page, a worker, or a web
 *     origin in the net-log: e.g. an <img src="https://…"> a content script inserted);
 *  3. a browser-initiated request to a host that is not one of Chromium's own services.
 */
export function findViolations(requests: readonly LoggedRequest[], fixtureOrigin: string | readonly string[]): Violation[] {
  // More than one when a test serves the fixtures on a second loopback address too.
  const origins = new Set((typeof fixtureOrigin === 'string' ? [fixtureOrigin] : fixtureOrigin).map(origin));
  const out: Violation[] = [];
  for (const request of requests) {
    if (!isNetworkUrl(request.url)) continue;
    if (EXTENSION_INITIATORS.has(request.initiator)) {
      out.push({ request, reason: `made by the extension (${request.initiator})` });
    } else if (request.initiator === 'browser') {
      const host = new URL(request.url).hostname;
      if (!origins.has(origin(request.url)) && !BROWSER_SERVICE_HOSTS.some((re) => re.test(host))) {
        out.push({ request, reason: 'browser-initiated request to a host that is not a Chromium service' });
      }
    } else if (!origins.has(origin(request.url))) {
      out.push({ request, reason: `${request.initiator} request to ${origin(request.url)}, not the fixture server` });
    }
  }
  return out;
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map(({ request: r, reason }) => `  ${r.method} ${r.url}\n    ${reason}; ${r.resourceType} via ${r.source}${r.initiatorUrl ? `, from ${r.initiatorUrl}` : ''}`)
    .join('\n');
}

// ------------------------------------------------------------------------------------ CDP initiator

interface CdpCallFrame {
  url: string;
  functionName?: string;
  lineNumber?: number;
}
interface CdpStack {
  callFrames: CdpCallFrame[];
  parent?: CdpStack;
  parentId?: unknown;
}
export interface CdpInitiator {
  type: string;
  url?: string;
  stack?: CdpStack;
}

/** The first extension script (chrome-extension://…) on the initiator's stack, sync or async. */
export function extensionScriptIn(initiator: CdpInitiator | undefined): string | undefined {
  if (!initiator) return undefined;
  if (initiator.url?.startsWith('chrome-extension://')) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url.startsWith('chrome-extension://'));
    if (frame) return `${frame.url}:${(frame.lineNumber ?? 0) + 1}`;
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------ net-log

/** Chromium writes the net-log as one JSON object, closed when the browser exits; a crash leaves it open. */
function parseNetLog(text: string): { constants: { logEventTypes: Record<string, number>; timeTickOffset?: string | number }; events: Array<{ type: number; time?: string; params?: Record<string, unknown> }> } {
  try {
    return JSON.parse(text);
  } catch {
    const cut = text.replace(/,?\s*$/, '');
    return JSON.parse(`${cut.endsWith(']}') ? cut : `${cut.replace(/,\s*$/, '')}]}`}`);
  }
}

/** Every URLRequest the network service started, classified by its initiator. */
export function readNetLog(file: string, extensionId: string | undefined, launchedAt: number): LoggedRequest[] {
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  if (!text.trim()) return [];
  let log: ReturnType<typeof parseNetLog>;
  try {
    log = parseNetLog(text);
  } catch (error) {
    throw new Error(`Could not parse Chromium's net-log ${file}: ${(error as Error).message}`);
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const tickOffset = Number(log.constants.timeTickOffset ?? 0);
  const out: LoggedRequest[] = [];
  for (const event of log.events) {
    if (event.type !== startJob || typeof event.params?.url !== 'string') continue;
    const init = String(event.params.initiator ?? 'not an origin');
    let initiator: Initiator;
    if (init.startsWith('chrome-extension://')) {
      // Another extension's requests would be a bug in the harness (only Tact is loaded); count them too.
      initiator = 'extension';
    } else if (init === 'not an origin' || init === 'null') {
      initiator = 'browser';
    } else {
      initiator = 'page';
    }
    out.push({
      url: event.params.url,
      method: String(event.params.method ?? 'GET'),
      resourceType: String(event.params.request_type ?? 'other'),
      initiator,
      initiatorUrl: init === 'not an origin' ? undefined : init,
      source: 'netlog',
      at: event.time && tickOffset ? Number(event.time) + tickOffset - launchedAt : 0,
    });
  }
  // Keep the extension id in the record even if Chromium ever reports it without the scheme.
  if (extensionId) for (const r of out) if (r.initiatorUrl?.includes(extensionId)) r.initiator = 'extension';
  return out;
}
