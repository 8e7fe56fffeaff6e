/**
 * `npm start`: build the demo build of Tact and the demo helpdesk, serve the helpdesk on
 * 127.0.0.1, and open Chromium with Tact loaded on it (a ProseMirror tab and a textarea tab).
 * Runs until the browser window is closed or Ctrl+C; the temporary browser profile is removed.
 *
 *   npm start                  # port 4780, or a free one if that is taken
 *   npm start -- --port 5000
 *   CHROMIUM_PATH=/path/to/chrome npm start
 *
 * With no display (Linux without $DISPLAY / $WAYLAND_DISPLAY) it only serves the helpdesk and says
 * how to load the unpacked build into a browser by hand.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { type FixtureServer, startFixtureServer } from '../fixtures/server';
import { buildDemo, ROOT } from './build';
import { extensionArgs, findChromium } from './chromium';

const DEFAULT_PORT = 4780;

function portArg(): number | undefined {
  const i = process.argv.indexOf('--port');
  const raw = i >= 0 ? process.argv[i + 1] : process.env.PORT;
  if (raw === undefined) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${raw}`);
  return port;
}

async function serve(): Promise<FixtureServer> {
  const wanted = portArg();
  try {
    return await startFixtureServer({ port: wanted ?? DEFAULT_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || wanted !== undefined) throw error;
    return startFixtureServer({ port: 0 });
  }
}

function manualSteps(extensionDir: string, urls: string[]): string {
  return [
    'To try Tact in a Chromium or Chrome of your own:',
    '  1. open chrome://extensions and switch on "Developer mode" (top right);',
    `  2. click "Load unpacked" and choose ${extensionDir}`,
    `  3. open ${urls[0]}`,
    `     (plain-textarea editor: ${urls[1]})`,
  ].join('\n');
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((ok) => {
    process.once('SIGINT', () => ok('SIGINT'));
    process.once('SIGTERM', () => ok('SIGTERM'));
  });
}

async function main() {
  const t0 = Date.now();
  process.stdout.write('Building Tact (demo build) and the demo helpdesk… ');
  const { extensionDir } = await buildDemo();
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const server = await serve();
  const urls = [`${server.url}/demo/#/tickets/1042`, `${server.url}/demo/?editor=textarea#/tickets/1042`];
  console.log(`Demo helpdesk (Northwind Desk): ${urls[0]}`);

  const display = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!display) {
    console.log(`\nNo display here ($DISPLAY and $WAYLAND_DISPLAY are unset), so no browser window is opened.`);
    console.log(manualSteps(extensionDir, urls));
    console.log('\nServing the demo helpdesk until Ctrl+C.');
    await waitForSignal();
    await server.close();
    return;
  }

  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const profile = mkdtempSync(join(ROOT, '.tmp', 'start-profile-'));
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.on('exit', () => rmSync(profile, { recursive: true, force: true }));

  try {
    const executablePath = findChromium();
    const launch = (sandbox: boolean) =>
      chromium.launchPersistentContext(profile, {
        executablePath,
        headless: false,
        viewport: null, // the window's own size
        // Chromium refuses its sandbox as root; for anyone else keep it (and no --no-sandbox warning bar).
        chromiumSandbox: sandbox,
        // No "controlled by automated test software" bar: this is a window for a person.
        ignoreDefaultArgs: ['--enable-automation'],
        args: [
          ...extensionArgs(extensionDir),
          '--window-size=1440,960',
          ...(process.env.WAYLAND_DISPLAY && !process.env.DISPLAY ? ['--ozone-platform-hint=auto'] : []),
        ],
      });
    const root = process.getuid?.() === 0;
    context = await launch(!root).catch((error: unknown) => {
      if (root) throw error;
      return launch(false); // e.g. no user namespaces for the sandbox on this machine
    });
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(urls[0]!);
    const second = await context.newPage();
    await second.goto(urls[1]!);
    await first.bringToFront();
    console.log(`Chromium (${executablePath}) is open with Tact loaded from ${relative(ROOT, extensionDir)}/.`);
    console.log('Close the browser window or press Ctrl+C to stop.');
  } catch (error) {
    console.error(`\nCould not open Chromium: ${(error as Error).message.split('\n')[0]}`);
    console.log(manualSteps(extensionDir, urls));
    console.log('\nServing the demo helpdesk until Ctrl+C.');
    await context?.close().catch(() => {});
    context = undefined;
    await waitForSignal();
    await cleanup();
    return;
  }

  const closed = new Promise<'closed'>((ok) => context!.once('close', () => ok('closed')));
  const why = await Promise.race([closed, waitForSignal()]);
  console.log(why === 'closed' ? 'Browser closed; stopping.' : 'Stopping.');
  await cleanup();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
