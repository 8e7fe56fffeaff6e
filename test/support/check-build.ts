/**
 * `npm run test:build` runs this after the production builds: what the shipped manifests ask for,
 * and what every helpdesk tab loads. Sizes are bytes (deterministic), not timings.
 * - host access at install only for the helpdesks Tact knows; admin-added sites through
 *   optional_host_permissions; no all-sites access; no loopback; no permission Tact does not use;
 * - Firefox: a gecko id and data_collection_permissions;
 * - the content script stays within its gzip budget and carries no name tables (those load in the
 *   background worker with the check).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KNOWN_HELPDESK_HOSTS } from '../../lib/adapters/hosts';
import { ROOT } from './build';

const CONTENT_SCRIPT_BUDGET_GZ = 60 * 1024;
/** Each permission and the feature that needs it. */
const USED_PERMISSIONS: Record<string, string> = {
  storage: 'settings, attachment state, the feedback outbox',
  contextMenus: '"Log feedback" on selected customer text',
  scripting: 'registering the content script on admin-added sites',
  alarms: 'retrying feedback writes that failed',
};

const problems: string[] = [];
const fail = (message: string) => problems.push(message);

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

for (const dir of ['chrome-mv3', 'firefox-mv3']) {
  const m = manifest(dir);
  const hosts = (m.host_permissions as string[] | undefined) ?? [];
  const optional = (m.optional_host_permissions as string[] | undefined) ?? [];
  const permissions = (m.permissions as string[] | undefined) ?? [];
  const scripts = (m.content_scripts as { matches: string[] }[] | undefined) ?? [];
  const known = new Set<string>(KNOWN_HELPDESK_HOSTS);
  for (const h of hosts) if (!known.has(h)) fail(`${dir}: host permission ${h} is not a known helpdesk host`);
  for (const h of known) if (!hosts.includes(h)) fail(`${dir}: known helpdesk host ${h} missing from host_permissions`);
  for (const s of scripts) for (const h of s.matches) if (!known.has(h)) fail(`${dir}: content script runs on ${h}, not a known helpdesk host`);
  if ([...hosts, ...permissions].some((h) => /<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\/|127\.0\.0\.1|localhost/.test(h))) fail(`${dir}: all-sites or loopback access at install`);
  if (!optional.length) fail(`${dir}: no optional_host_permissions for admin-added sites`);
  for (const p of permissions) if (!USED_PERMISSIONS[p]) fail(`${dir}: permission "${p}" is not one Tact uses`);
  if (dir.startsWith('firefox')) {
    const gecko = (m.browser_specific_settings as { gecko?: { id?: string; data_collection_permissions?: unknown } } | undefined)?.gecko;
    if (!gecko?.id) fail(`${dir}: no gecko id`);
    if (!gecko?.data_collection_permissions) fail(`${dir}: no data_collection_permissions`);
  }
}

const content = readFileSync(resolve(ROOT, '.output/chrome-mv3/content-scripts/content.js'));
const gz = gzipSync(content, { level: 9 }).length;
if (gz > CONTENT_SCRIPT_BUDGET_GZ) fail(`content script is ${gz} bytes gzipped, over the ${CONTENT_SCRIPT_BUDGET_GZ}-byte budget`);
// esbuild writes non-ASCII as \u escapes; read them back before looking for table entries.
const text = content.toString('utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
for (const marker of ['Вадимка', 'Витюша']) if (text.includes(marker)) fail(`content script contains the name tables ("${marker}")`);

console.log(`content script: ${content.length} bytes, ${gz} gzipped (budget ${CONTENT_SCRIPT_BUDGET_GZ})`);
if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log('✓ manifests: known helpdesk hosts only, optional hosts for admin sites, no unused permission; Firefox id and data collection declared');
