/**
 * The README's run command, `npm start`: it builds Tact, serves the demo helpdesk and opens Chromium
 * with Tact loaded on it; with no display it serves the demo and says how to load the build by hand.
 * Both ways are run here as a person would (the display one under Xvfb where the machine has it),
 * and stopped with Ctrl+C.
 */
import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/build';

const XVFB_RUN = '/usr/bin/xvfb-run';
const TSX = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
const START = resolve(ROOT, 'test/support/start.ts');

interface Started {
  child: ChildProcess;
  /** Ctrl+C in the terminal: SIGINT to the whole process group. */
  interrupt: () => void;
  output: () => string;
  waitFor: (text: RegExp) => Promise<RegExpMatchArray>;
  exited: Promise<number | null>;
}

function start(withDisplay: boolean): Started {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const args = [TSX, START, '--port', '0'];
  // Its own process group, so Ctrl+C reaches every process of it as it does in a terminal (xvfb-run
  // and its virtual display too).
  const options: SpawnOptions = { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true };
  const child = withDisplay ? spawn(XVFB_RUN, ['-a', process.execPath, ...args], options) : spawn(process.execPath, args, options);
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const check of waiters) check();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  return {
    child,
    interrupt: () => process.kill(-child.pid!, 'SIGINT'),
    output: () => out,
    exited,
    waitFor: (text) =>
      new Promise((ok, fail) => {
        const check = () => {
          const m = out.match(text);
          if (m) {
            waiters.delete(check);
            ok(m);
          }
        };
        waiters.add(check);
        void exited.then(() => {
          if (waiters.delete(check)) fail(new Error(`npm start exited before printing ${text}:\n${out}`));
        });
        check();
      }),
  };
}

let running: Started | undefined;
afterEach(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    try {
      process.kill(-running.child.pid!, 'SIGKILL');
    } catch {
      // The group is gone already.
    }
    await running.exited;
  }
  running = undefined;
});

async function demoServed(url: string): Promise<void> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(await res.text()).toContain('Northwind');
}

describe('npm start', () => {
  it('without a display: builds, serves the demo helpdesk, says how to load the build, stops on Ctrl+C', async () => {
    running = start(false);
    const [, url] = await running.waitFor(/Demo helpdesk \(Northwind Desk\): (http:\/\/127\.0\.0\.1:\d+\/demo\/)/);
    await running.waitFor(/Serving the demo helpdesk until Ctrl\+C/);
    expect(running.output()).toContain('Load unpacked');
    expect(existsSync(resolve(ROOT, '.output/chrome-mv3-demo/manifest.json'))).toBe(true);
    await demoServed(url!);
    running.interrupt();
    expect(await running.exited).toBe(0);
  });

  it.skipIf(!existsSync(XVFB_RUN))(
    existsSync(XVFB_RUN) ? 'with a display: opens Chromium with Tact loaded on the demo, stops on Ctrl+C' : `${XVFB_RUN} not installed: the windowed npm start is not run here`,
    async () => {
      running = start(true);
      const [, url] = await running.waitFor(/Demo helpdesk \(Northwind Desk\): (http:\/\/127\.0\.0\.1:\d+\/demo\/)/);
      await running.waitFor(/Chromium \(.+\) is open with Tact loaded from \.output\/chrome-mv3-demo\//);
      expect(running.output()).not.toContain('Could not open Chromium');
      await demoServed(url!);
      running.interrupt();
      // npm start closes the browser and the server; xvfb-run itself, a shell script, dies of the signal.
      await running.waitFor(/Stopping\./);
      await running.exited;
    },
  );
});
