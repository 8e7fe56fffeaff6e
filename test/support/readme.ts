/**
 * Keeps the README's generated parts true to the last measured run:
 *   npm run readme:assets    copies the screenshots the README shows from the last e2e run
 *                            (test-results/screenshots/) into test/screenshots/, and renders the
 *                            support matrix (test-results/support-matrix.json);
 *   npm run readme:figures   scores the checks on ../shared/corpus and runs the benchmarks, and
 *                            writes both tables with the commands that produced them.
 * Each block sits between `<!-- name:start -->` and `<!-- name:end -->`; nothing else is touched.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CORPUS_DIR, corpusAvailable, CORPUS_SKIP_MESSAGE } from './corpus';
import { ROOT } from './build';

const README = resolve(ROOT, 'README.md');
const SHOTS = ['framing-card', 'names-card', 'names-hold', 'attachments-markers-closeup', 'attachments-dialog', 'feedback-log-button', 'feedback-picker', 'feedback-toast', 'feedback-view'];

export function replaceBlock(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README has no ${start} … ${end} block`);
  return `${text.slice(0, a + start.length)}\n${body.trim()}\n${text.slice(b)}`;
}

function assets(): void {
  const from = resolve(ROOT, 'test-results/screenshots');
  const to = resolve(ROOT, 'test/screenshots');
  mkdirSync(to, { recursive: true });
  for (const name of SHOTS) {
    const src = join(from, `${name}.png`);
    if (!existsSync(src)) throw new Error(`${src} missing: run the e2e suite first (npm run test:e2e)`);
    copyFileSync(src, join(to, `${name}.png`));
  }
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), resolve(ROOT, 'test/support/render-matrix.ts')], { stdio: 'inherit' });
  console.log(`copied ${SHOTS.length} screenshots into test/screenshots/`);
}

function corpus(): string {
  if (!corpusAvailable) return `_${CORPUS_SKIP_MESSAGE}_`;
  const dir = mkdtempSync(join(tmpdir(), 'tact-corpus-'));
  const score = join(CORPUS_DIR, 'score.mjs');
  const rows: string[] = [];
  try {
    for (const file of ['framing.en.jsonl', 'framing.ru.jsonl', 'names.jsonl']) {
      const input = join(dir, `${file}.in`);
      const output = join(dir, `${file}.out`);
      writeFileSync(input, execFileSync(process.execPath, [score, '--strip', join(CORPUS_DIR, file)], { encoding: 'utf8' }));
      writeFileSync(output, execFileSync('npm', ['run', '--silent', 'check', '--', '--jsonl', input], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }));
      const report = execFileSync(process.execPath, [score, join(CORPUS_DIR, file), output], { encoding: 'utf8' });
      for (const line of report.trim().split('\n').slice(0, -1)) {
        const m = /^(\w+): precision ([\d.]+) recall ([\d.]+) \(tp (\d+), fp (\d+), fn (\d+)\)/.exec(line);
        if (m) rows.push(`| ${file} | ${m[1]} | ${m[2]} | ${m[3]} | ${m[4]} | ${m[5]} | ${m[6]} |`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    '| corpus | language | precision | recall | tp | fp | fn |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run readme:figures\`, which runs, for each file,`,
    '`node ../shared/corpus/score.mjs --strip CORPUS > in.jsonl`, `npm run --silent check -- --jsonl in.jsonl > out.jsonl`,',
    'and `node ../shared/corpus/score.mjs CORPUS out.jsonl`. The bar is precision ≥ 0.92 and recall ≥ 0.88 per language for',
    'refusal framing, and precision ≥ 0.97 and recall ≥ 0.95 for the name check; `npm test` asserts both',
    '(`test/unit/corpus-*.test.ts`, skipped with a message where `../shared` is absent).',
  ].join('\n');
}

function bench(): string {
  const out = execFileSync('npm', ['run', '--silent', 'bench', '--', '--json'], { cwd: ROOT, encoding: 'utf8' });
  const results = out
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { name: string; median_ms: number; p99_ms: number; baseline_median_ms: number; ratio: number; max_ratio: number; baseline: string });
  return [
    '| bench | median ms | p99 ms | baseline median ms | ratio | budget | baseline |',
    '|---|---|---|---|---|---|---|',
    ...results.map((r) => `| \`${r.name}\` | ${r.median_ms} | ${r.p99_ms} | ${r.baseline_median_ms} | ${r.ratio} | ≤ ${r.max_ratio} | ${r.baseline} |`),
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench -- --json\` on a 2-core machine (Node ${process.versions.node}).`,
  ].join('\n');
}

const args = process.argv.slice(2);
if (args.includes('--assets')) assets();
if (args.includes('--figures')) {
  let text = readFileSync(README, 'utf8');
  text = replaceBlock(text, 'corpus', corpus());
  text = replaceBlock(text, 'bench', bench());
  writeFileSync(README, text);
  console.log('README: corpus and bench tables rewritten');
}
