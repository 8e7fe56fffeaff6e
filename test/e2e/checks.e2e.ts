/**
 * The text checks in the demo helpdesk, as an agent meets them: refusal framing underlined with a
 * card that says why and hints at a better wording, "ignore in this draft", the badge's count; a
 * greeting with someone else's name marked, fixed in one click in the draft's style, undoable,
 * and asked about before sending.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTicket, composerText, demoPath, editorIn, sendButtonIn, sentCount, waitForDemo } from './demo-page';
import { assertNoExtensionRequests, launchTact, screenshot, type Tact, waitForTact } from './harness';
import { highlightRects, highlightTexts, holdDialog, setSettings, tabStatusOf, tactCard, waitForSession, wordRects } from './tact-page';

const EDITOR = 'section.dd-ticket[data-active="true"] .dd-editor .ProseMirror';

async function open(tact: Tact, ticket: string): Promise<Page> {
  const page = await tact.newPage(demoPath(ticket));
  await waitForDemo(page);
  await waitForTact(page);
  await waitForSession(page, ticket);
  return page;
}

async function typeDraft(page: Page, text: string): Promise<void> {
  await editorIn(activeTicket(page), 'rich').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Refusals the checks always flag: typed last, they show when a check has seen the whole draft. */
const CONTROL_EN = 'We cannot refund the delivery fee.';
const CONTROL_RU = 'К сожалению, вернуть деньги за доставку мы не можем.';

const badge = (page: Page) => page.locator('tact-overlay [data-testid="tact-badge"]');

describe('text checks in the demo helpdesk', () => {
  let tact: Tact;
  beforeAll(async () => {
    tact = await launchTact({ name: 'checks' });
    await setSettings(tact, { attachments: { disabledSites: ['demo'] } });
  });
  afterAll(async () => {
    await tact?.close();
    assertNoExtensionRequests(tact);
  });

  it('underlines the refusal, explains it on hover, counts it in the badge, and "Ignore in this draft" clears it', async () => {
    const page = await open(tact, '1042');
    const refusal = 'We cannot refund the second charge after 14 days.';
    await typeDraft(page, `Hi Vadim,\nThanks for the screenshots. ${refusal} I have reported the double charge to our billing team.`);
    await expect.poll(async () => (await highlightRects(page, 'refusal')).length, { timeout: 10_000 }).toBe(1);
    // The underline covers the refusal sentence and nothing else.
    const [rects] = await highlightRects(page, 'refusal');
    const [word] = await wordRects(page, EDITOR, refusal);
    expect(Math.abs(rects![0]!.left - word![0]!.left)).toBeLessThan(1);
    expect(Math.abs(rects![rects!.length - 1]!.right - word![word!.length - 1]!.right)).toBeLessThan(1);
    await expect.poll(() => badge(page).textContent()).toBe('1');

    await page.mouse.move(word![0]!.left + 10, (word![0]!.top + word![0]!.bottom) / 2);
    await tactCard(page).waitFor();
    const card = await tactCard(page).textContent();
    expect(card).toContain('Refusal framing');
    await screenshot(page, 'framing-card');
    expect((await tabStatusOf(tact, page.url())).features.framing).toMatchObject({ state: 'on', data: { findings: 1 } });

    await tactCard(page).locator('[data-action="ignore"]').click();
    await expect.poll(async () => (await highlightRects(page, 'refusal')).length).toBe(0);
    await expect.poll(() => badge(page).count()).toBe(0);
    // Typing elsewhere re-checks, and the ignored sentence stays ignored in this draft: once the new
    // refusal typed after it is underlined, the check has seen the whole draft, and only that is marked.
    await page.keyboard.press('End');
    await page.keyboard.type(` Talk soon. ${CONTROL_EN}`);
    await expect.poll(() => highlightTexts(page, 'refusal'), { timeout: 10_000 }).toEqual([CONTROL_EN]);
    await expect.poll(() => badge(page).textContent()).toBe('1');
    await page.close();
  });

  it('leaves reassurance, conditionals and polite requests alone', async () => {
    const page = await open(tact, '1042');
    await typeDraft(page, `Hi Vadim,\nDon't worry, you won't be charged twice. If the refund doesn't appear by Friday, write back and I'll chase it. Could you send the last four digits of the card? ${CONTROL_EN}`);
    // The control refusal at the end is underlined once the check has read the whole draft: then
    // nothing else may be.
    await expect.poll(() => highlightTexts(page, 'refusal'), { timeout: 10_000 }).toEqual([CONTROL_EN]);
    await expect.poll(() => badge(page).textContent()).toBe('1');
    await page.close();
  });

  it('marks a greeting with someone else’s name, fixes it in one click in the same style, and Ctrl+Z undoes it', async () => {
    const page = await open(tact, '1042');
    await typeDraft(page, 'Hi Alexander,\nThe duplicate $49.00 is refunded.');
    await expect.poll(async () => (await highlightRects(page, 'name')).length, { timeout: 10_000 }).toBe(1);
    const [name] = await wordRects(page, EDITOR, 'Alexander');
    await page.mouse.move(name![0]!.left + 5, (name![0]!.top + name![0]!.bottom) / 2);
    await tactCard(page).waitFor();
    expect(await tactCard(page).textContent()).toContain('Vadim Petrov');
    await screenshot(page, 'names-card');
    await tactCard(page).locator('[data-action="replace"]').click();
    await expect.poll(() => composerText(page, 'rich')).toBe('Hi Vadim,\nThe duplicate $49.00 is refunded.');
    await expect.poll(async () => (await highlightRects(page, 'name')).length).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => composerText(page, 'rich')).toBe('Hi Alexander,\nThe duplicate $49.00 is refunded.');
    await page.close();
  });

  it('accepts the customer’s name in Russian, in a case form and in a short form', async () => {
    const page = await open(tact, '1042');
    for (const greeting of ['Вадим, добрый день!', 'Вадиму — добрый день!', 'Вадик, добрый день!']) {
      await typeDraft(page, `${greeting}\nВозврат оформили. ${CONTROL_RU}`);
      // Both checks answer in one reply and are drawn in one frame: once the control refusal is
      // underlined, the name check has seen this greeting too.
      await expect.poll(() => highlightTexts(page, 'refusal'), { timeout: 10_000 }).toEqual([CONTROL_RU]);
      expect(await highlightRects(page, 'name'), greeting).toHaveLength(0);
    }
    await page.close();
  });

  it('asks before sending a reply that greets someone else; "Send anyway" sends it once', async () => {
    const page = await open(tact, '1042');
    await typeDraft(page, 'Hi Alexander,\nThe duplicate $49.00 is refunded.');
    // Sent right away: the guard checks the draft as it is, even before the debounced check ran.
    await sendButtonIn(activeTicket(page)).click();
    await holdDialog(page).waitFor();
    expect(await holdDialog(page).textContent()).toContain('Vadim Petrov');
    await screenshot(page, 'names-hold');
    expect(await sentCount(page)).toBe(0);
    await holdDialog(page).locator('[data-action="send"]').click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.close();
  });
});
