/**
 * The labelled corpus lives in ../shared/corpus beside the repo on the team's machines and in CI; a
 * user's clone has none. Tests and benchmarks that need it skip with this message instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = resolve(root, '../shared/corpus');
export const corpusAvailable = existsSync(resolve(CORPUS_DIR, 'score.mjs'));
export const CORPUS_SKIP_MESSAGE = `../shared/corpus not found at ${CORPUS_DIR}: corpus scoring skipped (only the team's machines and CI have it)`;

export function corpusPath(name: string): string {
  return resolve(CORPUS_DIR, name);
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
