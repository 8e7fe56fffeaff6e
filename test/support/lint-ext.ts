/**
 * `npm run test:lint-ext`: Mozilla's add-on linter (web-ext lint) on the Firefox MV3 build.
 * Fails on any error, printing each; warnings and notices are listed but allowed.
 * Run the production builds first (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './build';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const sourceDir = resolve(ROOT, process.argv[2] ?? '.output/firefox-mv3');
const webExt = resolve(ROOT, 'node_modules/web-ext/bin/web-ext.js');

if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
  console.error(`No build in ${sourceDir}: run \`npm run build\` (wxt build -b firefox --mv3) first.`);
  process.exit(1);
}

const run = spawnSync(process.execPath, [webExt, 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
  cwd: ROOT,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});

let report: { summary: { errors: number; warnings: number; notices: number }; errors: Finding[]; warnings: Finding[]; notices: Finding[] };
try {
  // web-ext may print a line before the JSON; the report is the last {...} block.
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`web-ext lint did not produce a JSON report (exit ${run.status}).\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const where = (f: Finding) => (f.file ? ` (${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''})` : '');
const list = (label: string, findings: Finding[]) => {
  for (const f of findings) console.log(`  ${label} ${f.code}: ${f.message}${where(f)}`);
};

const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${sourceDir}: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
list('error  ', report.errors);
list('warning', report.warnings);
list('notice ', report.notices);
if (errors > 0 || report.errors.length > 0) {
  console.error('web-ext lint found errors: the Firefox build would be rejected by addons.mozilla.org.');
  process.exit(1);
}
