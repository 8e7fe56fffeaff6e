/**
 * Builds what `npm start` and the e2e suite load: the demo build of Tact (`TACT_DEMO=1 wxt build`,
 * the only build with access to the loopback hosts the fixtures are served from) and the helpdesk
 * fixtures.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from '../fixtures/build';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const DEMO_EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-demo');

export interface BuildOptions {
  /** Print the build's output as it runs (default: only when it fails). */
  verbose?: boolean;
}

/** `TACT_DEMO=1 wxt build` (Chrome MV3) into .output/chrome-mv3-demo/; returns that folder. */
export function buildDemoExtension(options: BuildOptions = {}): Promise<string> {
  const wxt = resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  if (!existsSync(wxt)) return Promise.reject(new Error('wxt is not installed: run `npm ci` first'));
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [wxt, 'build'], {
      cwd: ROOT,
      env: { ...process.env, TACT_DEMO: '1', FORCE_COLOR: '0' },
      stdio: options.verbose ? 'inherit' : 'pipe',
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d));
    child.stderr?.on('data', (d: Buffer) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0 && existsSync(resolve(DEMO_EXTENSION_DIR, 'manifest.json'))) ok(DEMO_EXTENSION_DIR);
      else fail(new Error(`TACT_DEMO=1 wxt build failed (exit ${code}):\n${output}`));
    });
  });
}

/** Both builds, in parallel. */
export async function buildDemo(options: BuildOptions = {}): Promise<{ extensionDir: string; fixturesDir: string }> {
  const [extensionDir, fixturesDir] = await Promise.all([buildDemoExtension(options), buildFixtures()]);
  return { extensionDir, fixturesDir };
}
