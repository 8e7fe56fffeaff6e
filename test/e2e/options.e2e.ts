/**
 * Issue 9's e2e: the options page in Chromium with the demo build. An admin writes a phrase rule,
 * sees the tester flag a draft with it, and the demo helpdesk underline it (switching the rule off
 * takes the underline away at once, without a keystroke); a rule pack is imported after a preview
 * and undone; a broken pattern is refused with its error and never stored; a hostile pack is
 * refused and changes nothing. No network requests.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTicket, demoPath, editorIn, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact, screenshot, type Tact, waitForTact } from './harness';
import { highlightTexts, readStorage, setSettings, waitForSession } from './tact-page';

const SENTENCE = 'Parcels to the islands go by ferry on Fridays.';
const DRAFT = `Hello Anna, thank you for writing to us about your order. ${SENTENCE} We will send you the tracking number today.`;

let tact: Tact;

const storage = () => readStorage(tact);
const storedSettings = async () => (await storage()).settings as { framing?: { customRules?: Array<{ id: string }>; disabledRules?: string[] } } | undefined;

async function openOptions(section: string): Promise<Page> {
  const page = await tact.newPage(`chrome-extension://${tact.extensionId}/options.html#${section}`);
  await page.locator(`[data-testid="section-${section}"]`).waitFor();
  return page;
}

const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The text under each range of the `tact-refusal` custom highlight. */
const refusalTexts = (page: Page) => highlightTexts(page, 'refusal');

async function writeIslandsRule(page: Page): Promise<void> {
  await byTestId(page, 'new-rule').click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('op-rule-editor-title');
  await byTestId(page, 'rule-id').fill('acme.islands');
  await byTestId(page, 'rule-lang').selectOption('en');
  await byTestId(page, 'rule-kind').selectOption('limit');
  await byTestId(page, 'rule-pattern').fill('islands .. ferry');
  await byTestId(page, 'rule-message-en').fill('Islands: say when the parcel arrives.');
  await byTestId(page, 'rule-message-ru').fill('Острова: скажите, когда придёт посылка.');
  await byTestId(page, 'example-match-0').locator('input').fill(SENTENCE);
  await byTestId(page, 'example-noMatch-0').locator('input').fill('The ferry leaves at noon.');
}

describe('options page', () => {
  beforeAll(async () => {
    tact = await launchTact({ name: 'options' });
    // the demo's unopened attachments would hold sends; not what these tests are about
    await setSettings(tact, { attachments: { disabledSites: ['demo'] } });
  });
  afterAll(async () => {
    await tact?.close();
    assertNoExtensionRequests(tact);
  });

  it('opens from the manifest in a tab, in the browser’s language', async () => {
    const manifest = await tact.serviceWorker!.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { options_ui?: { page: string; open_in_tab?: boolean } } } } }).chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    const page = await openOptions('rules');
    expect(await page.locator('h1').textContent()).toBe('Tact options');
    await byTestId(page, 'rules-en').scrollIntoViewIfNeeded();
    await screenshot(page, 'options-rules-list');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('creates a rule, sees the tester flag a draft with it, and the demo helpdesk underline it', async () => {
    const options = await openOptions('rules');
    await writeIslandsRule(options);
    await expect.poll(() => byTestId(options, 'examples-summary').textContent()).toBe('All examples pass (2).');
    await byTestId(options, 'tester-input').fill(DRAFT);
    await expect.poll(() => byTestId(options, 'tester-finding').getAttribute('data-rule')).toBe('acme.islands');
    expect(await byTestId(options, 'tester-finding').locator('q').textContent()).toBe(SENTENCE);
    await screenshot(options, 'options-rule-editor', { fullPage: true });
    await byTestId(options, 'rule-save').click();
    await expect.poll(() => byTestId(options, 'status').textContent()).toBe('Rule acme.islands saved.');
    expect((await storedSettings())?.framing?.customRules?.map((r) => r.id)).toEqual(['acme.islands']);

    const page = await tact.newPage(demoPath('1044', 'rich'));
    await waitForDemo(page, 'rich');
    await waitForTact(page);
    await waitForSession(page, '1044');
    const editor = editorIn(activeTicket(page), 'rich');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(DRAFT);
    await expect.poll(() => refusalTexts(page), { timeout: 10_000 }).toEqual([SENTENCE]);
    await screenshot(page, 'options-rule-underlined');

    // Switching the rule off in the options takes the underline away, with no keystroke in the draft.
    await options.bringToFront();
    await byTestId(options, 'rule-toggle-acme.islands').click();
    await expect.poll(() => byTestId(options, 'status').textContent()).toBe('Rule acme.islands is off.');
    await expect.poll(() => refusalTexts(page), { timeout: 10_000 }).toEqual([]);
    await byTestId(options, 'rule-toggle-acme.islands').click();
    await expect.poll(() => refusalTexts(page), { timeout: 10_000 }).toEqual([SENTENCE]);
    await page.close();
    await options.close();
  });

  it('refuses a broken pattern with what is wrong and where, and never stores it', async () => {
    const before = await storedSettings();
    const options = await openOptions('rules');
    await byTestId(options, 'new-rule').click();
    await byTestId(options, 'rule-id').fill('acme.broken');
    await byTestId(options, 'rule-pattern').fill('islands (ferry');
    await expect.poll(() => byTestId(options, 'rule-pattern-error').textContent()).toBe('At character 9: “(” is never closed.');
    expect(await byTestId(options, 'pattern-echo').locator('mark').textContent()).toBe('(');
    expect(await byTestId(options, 'rule-pattern').getAttribute('aria-invalid')).toBe('true');
    await byTestId(options, 'rule-save').click();
    await expect.poll(() => byTestId(options, 'status').textContent()).toBe('Not saved: fix what is marked first.');
    expect(await options.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('rule-pattern');
    await screenshot(options, 'options-broken-pattern');
    expect(await storedSettings()).toEqual(before);
    await options.close();
  });

  it('imports a rule pack after a preview, and undoes it', async () => {
    const before = await storedSettings();
    const options = await openOptions('packs');
    const pack = {
      tactPack: 1,
      name: 'Northwind support',
      rules: {
        custom: [
          {
            id: 'northwind.weekend',
            lang: 'en',
            kind: 'limit',
            pattern: '(no | not) ~3 (weekend | weekends)',
            examples: { match: ['Couriers do not come at weekends.'], noMatch: ['Have a nice weekend!'] },
          },
        ],
        disabled: ['en.limit.only'],
      },
      tags: [{ id: 'refund-request', label: { en: 'Refund request', ru: 'Запрос возврата' } }],
    };
    await byTestId(options, 'pack-import-input').setInputFiles({ name: 'northwind.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await byTestId(options, 'pack-preview').waitFor();
    expect(await byTestId(options, 'pack-preview').locator('h3').textContent()).toBe('What importing “Northwind support” changes');
    const lines = (await byTestId(options, 'pack-preview-list').locator('> li').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    expect(lines[0]).toMatch(/^Phrase rules: 1 added.*northwind\.weekend.*1 removed.*acme\.islands/);
    expect(lines[1]).toMatch(/^Switched-off rules: 1 switched off/);
    expect(lines[2]).toMatch(/^Tags: 1 added.*Refund request/);
    await screenshot(options, 'options-pack-preview', { fullPage: true });
    // nothing written before Import
    expect(await storedSettings()).toEqual(before);

    await byTestId(options, 'pack-import-confirm').click();
    await expect.poll(() => byTestId(options, 'status').textContent()).toBe('Imported “Northwind support”.');
    let s = await storedSettings();
    expect(s?.framing?.customRules?.map((r) => r.id)).toEqual(['northwind.weekend']);
    expect(s?.framing?.disabledRules).toEqual(['en.limit.only']);

    await byTestId(options, 'nav-tags').click();
    await byTestId(options, 'tag-row-refund-request').waitFor();

    await byTestId(options, 'nav-packs').click();
    await byTestId(options, 'pack-undo-button').click();
    await expect.poll(() => byTestId(options, 'status').textContent()).toBe('The import was undone: your previous rules, tags and sites are back.');
    s = await storedSettings();
    expect(s?.framing?.customRules?.map((r) => r.id)).toEqual(before?.framing?.customRules?.map((r) => r.id));
    expect(s?.framing?.disabledRules).toEqual(before?.framing?.disabledRules);
    await byTestId(options, 'nav-tags').click();
    await byTestId(options, 'tags-table').waitFor();
    expect(await byTestId(options, 'tag-row-refund-request').count()).toBe(0);
    await options.close();
  });

  it('refuses a hostile pack with the reason and changes nothing', async () => {
    const before = await storage();
    const options = await openOptions('packs');
    const hostile = '{"tactPack":1,"__proto__":{"polluted":true},"rules":{"custom":[]}}';
    await byTestId(options, 'pack-import-input').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(hostile) });
    await expect.poll(() => byTestId(options, 'pack-refused').textContent()).toMatch(/^The file was not imported, and nothing changed\. The file has a field named “__proto__”/);
    expect(await options.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await storage()).toEqual(before);
    await options.close();
  });
});
