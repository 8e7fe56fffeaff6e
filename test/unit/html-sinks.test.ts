/**
 * "Page text is data": no code Tact ships parses a string as HTML or as code. Page and user text
 * reaches the DOM only as text (Preact's children, `textContent`, `Text` nodes). This scans every
 * shipped source file (tests and test helpers aside) for the APIs that would parse it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SINKS = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|parseFromString|srcdoc)\b|\bdocument\.write(?:ln)?\s*\(|\bnew\s+Function\s*\(|(?<![.\w])eval\s*\(/;

function shipped(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...shipped(path));
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$|^testing\.tsx?$|^test-fixture\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe('no HTML or code parsing in shipped code', () => {
  it('lib/ and entrypoints/ use no innerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval or the like', () => {
    const files = [...shipped(resolve(ROOT, 'lib')), ...shipped(resolve(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(100);
    const hits: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (SINKS.test(line)) hits.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
