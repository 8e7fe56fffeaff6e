/**
 * e2e global setup: build the demo extension and the helpdesk fixtures once, serve the fixtures on
 * 127.0.0.1, and hand the URL to the tests (`inject('fixturesUrl')`). Teardown stops the server and
 * merges every run's request log into test-results/requests.json.
 *
 * `TACT_E2E_SKIP_BUILD=1` reuses existing builds (faster when iterating on tests only).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURES_DIR, startFixtureServer } from '../fixtures/server';
import { buildDemo, DEMO_EXTENSION_DIR, ROOT } from '../support/build';
import { findChromium } from '../support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fixture server, e.g. `http://127.0.0.1:41234`. */
    fixturesUrl: string;
    extensionDir: string;
  }
}

const RESULTS = resolve(ROOT, 'test-results');
const REQUEST_LOGS = join(RESULTS, 'requests');

export default async function setup(project: TestProject) {
  findChromium(); // fail early, with the install hint, when there is no Chromium
  const started = Date.now();
  const reuse = process.env.TACT_E2E_SKIP_BUILD === '1' && existsSync(join(DEMO_EXTENSION_DIR, 'manifest.json')) && existsSync(join(FIXTURES_DIR, 'index.html'));
  if (!reuse) await buildDemo();
  const built = Date.now();

  // Old profiles from runs that were killed before they could clean up.
  const tmp = resolve(ROOT, '.tmp');
  if (existsSync(tmp)) {
    for (const entry of readdirSync(tmp)) {
      const dir = join(tmp, entry);
      if (entry.startsWith('e2e-') && Date.now() - statSync(dir).mtimeMs > 10 * 60_000) rmSync(dir, { recursive: true, force: true });
    }
  }
  // Request logs and screenshots are the last run's.
  rmSync(REQUEST_LOGS, { recursive: true, force: true });
  rmSync(join(RESULTS, 'screenshots'), { recursive: true, force: true });
  mkdirSync(REQUEST_LOGS, { recursive: true });

  const server = await startFixtureServer();
  project.provide('fixturesUrl', server.url);
  project.provide('extensionDir', DEMO_EXTENSION_DIR);
  console.log(`[e2e] ${reuse ? 'reused builds' : `built demo extension + fixtures in ${built - started} ms`}; fixtures at ${server.url}`);

  return async () => {
    await server.close();
    const runs = existsSync(REQUEST_LOGS)
      ? readdirSync(REQUEST_LOGS)
          .filter((f) => f.endsWith('.json'))
          .sort()
          .map((f) => JSON.parse(readFileSync(join(REQUEST_LOGS, f), 'utf8')) as { name: string; extension: boolean; selfTest: boolean; violations: unknown[]; requests: Array<{ source: string; initiator: string }> })
      : [];
    const summary = {
      generatedAt: new Date().toISOString(),
      fixturesUrl: server.url,
      servedByFixtureServer: server.requests.length,
      runs: runs.map((r) => ({
        name: r.name,
        extension: r.extension,
        selfTest: r.selfTest,
        requests: r.requests.length,
        bySource: count(r.requests.map((q) => q.source)),
        byInitiator: count(r.requests.map((q) => q.initiator)),
        violations: r.violations,
      })),
      // The harness self-test's leaky extension is meant to have violations; they are not Tact's.
      totalViolations: runs.filter((r) => !r.selfTest).reduce((n, r) => n + r.violations.length, 0),
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'requests.json'), `${JSON.stringify(summary, null, 2)}\n`);
  };
}

function count(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
