/**
 * The `--jsonl` batch check behind lib/check/cli.ts, apart from the process so it can be tested:
 * one output line per well-formed input line, on the same code the extension runs. Reads only
 * `id`, `draft` and `record` of each input line.
 */
import { checkDraft } from './index';
import type { CustomerRecord } from './types';

export interface JsonlRun {
  /** Lines checked. */
  checked: number;
  /** Malformed lines, reported and skipped. */
  malformed: number;
}

export async function checkJsonl(
  lines: AsyncIterable<string> | Iterable<string>,
  out: (line: string) => void,
  err: (line: string) => void,
  file = 'input',
): Promise<JsonlRun> {
  const run: JsonlRun = { checked: 0, malformed: 0 };
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (error) {
      // One bad line in a large file must not cost the rest of the run: say which, and go on.
      run.malformed++;
      err(`${file}:${n}: not JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      run.malformed++;
      err(`${file}:${n}: not a JSON object`);
      continue;
    }
    const { id, draft, record } = input as { id?: unknown; draft?: unknown; record?: unknown };
    const hasRecord = record !== undefined && record !== null && typeof record === 'object';
    const result = checkDraft(typeof draft === 'string' ? draft : '', hasRecord ? { record: record as CustomerRecord } : {});
    run.checked++;
    out(
      JSON.stringify({
        id,
        findings: result.findings.map((f) => ({ start: f.start, end: f.end, rule: f.ruleId, severity: f.severity })),
        warning: hasRecord && result.warning
          ? { start: result.warning.start, end: result.warning.end, addressed: result.warning.addressed, record: result.warning.recordName }
          : null,
      }),
    );
  }
  return run;
}
