/**
 * `npm run bench` prints a table; `npm run bench -- --json` one JSON object per line;
 * `npm run bench -- NAME…` runs only those benches. Exits 1 when a bench is over its budget.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure, type Bench, type BenchResult } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));

const benches: Bench[] = [];
for (const file of readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort()) {
  const mod = (await import(pathToFileURL(`${here}/${file}`).href)) as { benches?: Bench[] };
  benches.push(...(mod.benches ?? []));
}

const results: BenchResult[] = [];
for (const bench of benches) {
  if (only.length && !only.includes(bench.name)) continue;
  const result = await measure(bench);
  results.push(result);
  if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (!json) {
  const rows = results.map((r) => [
    r.name,
    r.median_ms.toFixed(3),
    r.p99_ms.toFixed(3),
    r.baseline_median_ms.toFixed(3),
    `${r.ratio.toFixed(2)} (≤ ${r.max_ratio})`,
    r.ok ? 'ok' : 'OVER',
    r.baseline,
  ]);
  const head = ['bench', 'median ms', 'p99 ms', 'baseline ms', 'ratio', '', 'baseline'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
