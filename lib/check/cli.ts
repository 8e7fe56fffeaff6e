/**
 * `npm run --silent check -- --jsonl FILE`: one output line per input line, on the same code the
 * extension runs (see ./jsonl.ts). A malformed line is reported on stderr with its line number and
 * skipped; the run goes on and exits 2 at the end if there was any.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkJsonl } from './jsonl';

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run --silent check -- --jsonl FILE\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--jsonl');
  const file = at >= 0 ? argv[at + 1] : undefined;
  if (!file) usage('missing --jsonl FILE');
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const run = await checkJsonl(
    lines,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
    file,
  );
  if (run.malformed) {
    process.stderr.write(`${run.malformed} malformed line(s) skipped, ${run.checked} checked\n`);
    process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`check failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
