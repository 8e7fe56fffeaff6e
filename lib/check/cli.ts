/**
 * `npm run --silent check -- --jsonl FILE`: one output line per input line, on the same code the
 * extension runs. Reads only `id`, `draft` and `record` of each input line.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkDraft } from './index';
import type { CustomerRecord } from './types';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent check -- --jsonl FILE\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--jsonl');
  const file = at >= 0 ? argv[at + 1] : undefined;
  if (!file) usage('missing --jsonl FILE');
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: { id?: unknown; draft?: unknown; record?: unknown };
    try {
      input = JSON.parse(line) as typeof input;
    } catch (error) {
      usage(`${file}:${n}: not JSON (${(error as Error).message})`);
    }
    const draft = typeof input.draft === 'string' ? input.draft : '';
    const hasRecord = input.record !== undefined && input.record !== null && typeof input.record === 'object';
    const result = checkDraft(draft, hasRecord ? { record: input.record as CustomerRecord } : {});
    const out = {
      id: input.id,
      findings: result.findings.map((f) => ({ start: f.start, end: f.end, rule: f.ruleId, severity: f.severity })),
      warning: hasRecord && result.warning
        ? { start: result.warning.start, end: result.warning.end, addressed: result.warning.addressed, record: result.warning.recordName }
        : null,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`check failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
