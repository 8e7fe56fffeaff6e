/**
 * The support matrix's bookkeeping: which tests make up each cell (helpdesk × feature), what each
 * did in this run, and the two files the run leaves behind:
 * - `test-results/support-matrix.json`: `{"<helpdesk>": {"underline": "pass"|"fail", …}}`. A cell is
 *   "pass" only when every one of its tests ran and passed in this run; a test that failed, timed out,
 *   was skipped or filtered out makes it "fail".
 * - `test-results/support-matrix.details.json`: the same with each test's outcome, time and error,
 *   and a note where a cell cannot pass yet (what `npm run matrix:readme` prints under the table).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { RESULTS_DIR } from '../harness';
import type { Rect } from '../tact-page';
import type { HelpdeskDriver } from './driver';

export const FEATURES = ['underline', 'names', 'attachments', 'feedback', 'send-guard'] as const;
export type Feature = (typeof FEATURES)[number];
export type CellResult = 'pass' | 'fail';
export type SupportMatrix = Record<string, Record<Feature, CellResult>>;

const ENGINE_NAMES: Partial<Record<string, string>> = {
  ckeditor5: 'CKEditor 5',
  prosemirror: 'ProseMirror',
  slate: 'Slate',
  froala: 'Froala',
  summernote: 'Summernote',
  lexical: 'Lexical',
  draftjs: 'Draft.js',
  quill: 'Quill',
  plain: 'contenteditable',
  textarea: 'textarea',
};

export const MATRIX_FILE = join(RESULTS_DIR, 'support-matrix.json');
export const MATRIX_DETAILS_FILE = join(RESULTS_DIR, 'support-matrix.details.json');

interface TestOutcome {
  name: string;
  state: 'pass' | 'fail' | 'not run';
  ms?: number;
  error?: string;
}

export interface MatrixDetails {
  generatedAt: string;
  helpdesks: Record<string, { name: string; engine: string; editor: string; cells: Record<Feature, { result: CellResult; note?: string; tests: TestOutcome[] }> }>;
}

export class MatrixRecorder {
  private readonly tests = new Map<string, TestOutcome[]>();
  private readonly notes = new Map<string, string>();

  constructor(private readonly drivers: readonly HelpdeskDriver[]) {}

  private key(helpdesk: string, feature: Feature) {
    return `${helpdesk}\u0000${feature}`;
  }

  /** Declares a test as part of a cell (at collection time, so a test that never runs counts against it). */
  expect(helpdesk: string, feature: Feature, name: string): void {
    const list = this.tests.get(this.key(helpdesk, feature)) ?? [];
    list.push({ name, state: 'not run' });
    this.tests.set(this.key(helpdesk, feature), list);
  }

  /** Why a cell cannot pass yet (shown in the details and under the README table). */
  note(helpdesk: string, feature: Feature, note: string): void {
    this.notes.set(this.key(helpdesk, feature), note);
  }

  /** Runs a declared test's body and records its outcome; rethrows so vitest reports the failure. */
  async run(helpdesk: string, feature: Feature, name: string, body: () => Promise<void>): Promise<void> {
    const outcome = this.tests.get(this.key(helpdesk, feature))?.find((t) => t.name === name);
    if (!outcome) throw new Error(`undeclared matrix test ${helpdesk}/${feature}: ${name}`);
    const started = Date.now();
    try {
      await body();
      outcome.state = 'pass';
    } catch (error) {
      outcome.state = 'fail';
      outcome.error = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n');
      throw error;
    } finally {
      outcome.ms = Date.now() - started;
    }
  }

  matrix(): SupportMatrix {
    const out: SupportMatrix = {};
    for (const d of this.drivers) {
      const row = {} as Record<Feature, CellResult>;
      for (const f of FEATURES) {
        const tests = this.tests.get(this.key(d.id, f)) ?? [];
        row[f] = tests.length > 0 && tests.every((t) => t.state === 'pass') ? 'pass' : 'fail';
      }
      out[d.id] = row;
    }
    return out;
  }

  details(): MatrixDetails {
    const matrix = this.matrix();
    const helpdesks: MatrixDetails['helpdesks'] = {};
    for (const d of this.drivers) {
      const cells = {} as MatrixDetails['helpdesks'][string]['cells'];
      for (const f of FEATURES) {
        const note = this.notes.get(this.key(d.id, f));
        cells[f] = { result: matrix[d.id]![f], ...(note ? { note } : {}), tests: this.tests.get(this.key(d.id, f)) ?? [] };
      }
      helpdesks[d.id] = { name: d.name, engine: d.engine, editor: d.editorLabel ?? ENGINE_NAMES[d.engine] ?? d.engine, cells };
    }
    return { generatedAt: new Date().toISOString(), helpdesks };
  }

  write(): void {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(MATRIX_FILE, `${JSON.stringify(this.matrix(), null, 2)}\n`);
    writeFileSync(MATRIX_DETAILS_FILE, `${JSON.stringify(this.details(), null, 2)}\n`);
  }
}

/** Rects of every occurrence of `word` in the text nodes under `scope`, measured by the page. */
export function wordRectsIn(scope: Locator, word: string): Promise<Rect[][]> {
  return scope.evaluate((root, w) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const out: { left: number; top: number; right: number; bottom: number }[][] = [];
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      for (let at = n.data.indexOf(w); at >= 0; at = n.data.indexOf(w, at + w.length)) {
        const r = root.ownerDocument.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + w.length);
        out.push([...r.getClientRects()].map((x) => ({ left: x.left, top: x.top, right: x.right, bottom: x.bottom })));
      }
    }
    return out;
  }, word);
}
