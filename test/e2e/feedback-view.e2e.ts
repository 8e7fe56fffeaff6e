/**
 * Issue 8's e2e: the leads' feedback page in Chromium with the demo build. It renders the seeded
 * sample data, a filter changes the table, the quotes behind a cell link back to their tickets,
 * export files are downloaded and read back (CSV: BOM, delimiter by locale and by override, a
 * formula-looking quote neutralised; JSON: a round trip through the import loses nothing), and the
 * popup's "Feedback view" link opens the page. No network requests.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoExtensionRequests, launchTact, screenshot, type Tact } from './harness';

interface StoredItem {
  id: string;
  tags: string[];
  quote: string;
  helpdesk: string;
  ticketUrl: string;
  createdAt: number;
}
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

const SAMPLES = 120;
const FORMULA = '=HYPERLINK("http://evil.example","click")\nsecond line';
const FORMULA_URL = 'http://127.0.0.1/demo/#/tickets/1042';

let tact: Tact;
let view: Page;

async function api<T>(page: Page, type: string, payload?: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ tact: 1, type: t, payload: p }),
    [type, payload] as const,
  );
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const allItems = async () => (await api<{ items: StoredItem[]; total: number }>(view, 'feedback/query', { order: 'asc', limit: 20_000 })).items;
const byTag = async (tag: string) => (await api<{ total: number }>(view, 'feedback/query', { tags: [tag], limit: 1 })).total;

const testId = (id: string) => view.locator(`[data-testid="${id}"]`);
/** The all-tags row's total: items (small number) over the period shown. */
const totalItems = async () => Number((await testId('row-__all').locator('td.fb-total .fb-cell-items').textContent())?.replace(/\D/g, ''));

async function download(click: () => Promise<void>): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([view.waitForEvent('download') as Promise<Download>, click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe("the leads' feedback view", () => {
  beforeAll(async () => {
    tact = await launchTact({ name: 'feedback-view' });
    view = await tact.newPage(`chrome-extension://${tact.extensionId}/feedback.html`);
    await testId('feedback-view').waitFor();
    // Seeded as lib/feedback/README.md says: sample items around today.
    const loaded = await api<{ added: number }>(view, 'feedback/samples/load', { count: SAMPLES, seed: 1, now: Date.now() });
    expect(loaded.added).toBe(SAMPLES);
    await view.reload();
    await testId('week-table').waitFor();
  });
  afterAll(async () => {
    await tact?.close();
    assertNoExtensionRequests(tact);
  });

  it('renders the demo data: weeks × tags, headlines, trends; every stored item counted over all time', async () => {
    expect(await view.locator('th[data-testid^="week-"]').count()).toBe(8);
    expect(await testId('headline').count()).toBeGreaterThan(0);
    expect(await view.locator('[data-testid^="trend-"]').count()).toBeGreaterThan(3);
    await screenshot(view, 'feedback-view', { fullPage: true });
    await testId('filter-period').selectOption('all');
    expect(await totalItems()).toBe(SAMPLES);

    // For the tests below: an agent logged a quote a spreadsheet would run as a formula.
    await api(view, 'feedback/log', { tags: ['bug'], quote: FORMULA, helpdesk: 'demo', ticketId: '1042', ticketUrl: FORMULA_URL, agent: 'Vera' });
    await view.reload();
    await testId('week-table').waitFor();
    await testId('filter-period').selectOption('all');
    expect(await totalItems()).toBe(SAMPLES + 1);
    await testId('filter-period').selectOption('8');
  });

  it('a filter changes the table; a cell shows its quotes with links back to their tickets', async () => {
    await testId('filter-period').selectOption('all');
    const rowsBefore = await view.locator('tr[data-testid^="row-"]').count();
    await testId('filter-tag').selectOption('bug');
    expect(await view.locator('tr[data-testid^="row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).toEqual(['row-bug', 'row-__all']);
    expect(rowsBefore).toBeGreaterThan(2);
    expect(await totalItems()).toBe(await byTag('bug'));

    await testId('filter-helpdesk').selectOption('demo');
    expect(await totalItems()).toBe(1);
    // The only cell with data is this week's: its quote, and a link to its ticket.
    await view.locator('tr[data-testid="row-bug"] button.fb-cell').click();
    await testId('cell-quotes').waitFor();
    expect(await testId('quote').count()).toBe(1);
    expect(await testId('ticket-link').getAttribute('href')).toBe(FORMULA_URL);
    await testId('filter-reset').click();
    expect(await view.locator('tr[data-testid^="row-"]').count()).toBeGreaterThan(2);
  });

  it('exports CSV that spreadsheets read: BOM, delimiter by locale and by choice, formulas neutralised', async () => {
    await testId('filter-period').selectOption('all');
    await testId('filter-tag').selectOption('bug');
    const csv = await download(() => testId('export-csv').click());
    expect(csv.name).toMatch(/^tact-feedback-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    // An English UI: Excel's list separator there is a comma.
    expect(csv.text.slice(1).split('\r\n')[0]).toMatch(/^id,created_at,created_at_utc,week,tag_ids,tags,quote,/);
    // The formula is a quoted text cell starting with an apostrophe, its newline kept inside the quotes.
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")\nsecond line"`);
    expect(csv.text).not.toMatch(/(^|[,\r\n])=HYPERLINK/);
    // Only the filtered rows: the header, then one row per bug item.
    const ids = csv.text.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[,;]/gm) ?? [];
    expect(ids).toHaveLength(await byTag('bug'));

    await testId('export-delimiter').selectOption(';');
    const semicolon = await download(() => testId('export-csv').click());
    expect(semicolon.text.slice(1).split('\r\n')[0]).toMatch(/^id;created_at;created_at_utc;week;tag_ids;tags;quote;/);
    await testId('filter-reset').click();
  });

  it('exports JSON and imports it back: nothing lost, nothing doubled', async () => {
    const before = await allItems();
    await testId('export-scope-all').check();
    const json = await download(() => testId('export-json').click());
    const doc = JSON.parse(json.text) as { format: string; schemaVersion: number; items: { id: string; quote: string }[] };
    expect(doc.format).toBe('tact-feedback');
    expect(doc.schemaVersion).toBe(2);
    expect(doc.items.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    expect(doc.items.find((i) => i.quote === FORMULA)).toBeDefined();

    // Remove the samples, then bring them back from the file: the formula item is already here and is skipped.
    await testId('clear-samples').click();
    await expect.poll(async () => (await allItems()).length).toBe(1);
    await testId('import-input').setInputFiles(json.path);
    await testId('import-preview').waitFor();
    expect(await testId('preview-add').textContent()).toContain(String(SAMPLES));
    expect(await testId('preview-skip').textContent()).toMatch(/\b1\b/);
    expect(await testId('preview-reject').textContent()).toMatch(/\b0\b/);
    await testId('import-confirm').click();
    await testId('import-result').waitFor();
    const after = await allItems();
    const key = (items: StoredItem[]) => JSON.stringify([...items].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(key(after)).toBe(key(before));
  });

  it('the popup\'s "Feedback view" link opens the page', async () => {
    const popup = await tact.newPage(`chrome-extension://${tact.extensionId}/popup.html`);
    await popup.locator('[data-testid="popup"]').waitFor();
    const [opened] = await Promise.all([tact.context.waitForEvent('page'), popup.locator('[data-testid="open-feedback"]').click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${tact.extensionId}/feedback.html`);
    await opened.locator('[data-testid="week-table"]').waitFor();
    await opened.close();
  });
});
