/**
 * The first click. happy-dom has no layout, so rects are given: every element fills 800×600 of the
 * viewport and a selection's last line runs from x 100 to 300 at y 50–70.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSurface } from '../overlay/surface';
import { LogAffordance, LOG_BUTTON } from './affordance';
import type { Passage } from './quote';
import { mountTickets, rangeOver, select, type TwoTickets } from './test-fixture';

let page: TwoTickets;
let leave: AbortController;
let onLog: ReturnType<typeof vi.fn<(passage: Passage, anchor: { left: number; top: number }) => void>>;
let busy: boolean;

const shadow = () => getSurface(document).shadow;
const logButton = () => shadow().querySelector<HTMLButtonElement>('[data-testid="tact-log-button"]');
const messageButton = () => shadow().querySelector<HTMLButtonElement>('[data-testid="tact-log-message-button"]');
const msg = (id: string, root: ParentNode = page.open) => root.querySelector(`li.dd-message[data-message-id="${id}"]`)!;
const settle = () => new Promise((r) => setTimeout(r, 200));
const selectionChanged = () => document.dispatchEvent(new Event('selectionchange'));
const rect = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

beforeEach(() => {
  page = mountTickets();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(rect(0, 0, 800, 600));
  // happy-dom computes no overflow, which would make every ancestor a zero-sized scroller.
  const computed = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((el, pseudo) => {
    const style = computed(el, pseudo);
    return new Proxy(style, { get: (t, k) => (k === 'overflowX' || k === 'overflowY' ? 'visible' : Reflect.get(t, k, t)) });
  });
  vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(100, 30, 700, 50), rect(100, 50, 300, 70)] as unknown as DOMRectList);
  onLog = vi.fn();
  busy = false;
  leave = new AbortController();
  new LogAffordance({ doc: document, root: page.open, surface: getSurface(document), scope: page.scope, onLog, busy: () => busy, signal: leave.signal });
});
afterEach(() => {
  leave.abort();
  document.getSelection()?.removeAllRanges();
  vi.restoreAllMocks();
});

describe('the Log button beside a selection', () => {
  it("appears just after the selection's last line for a customer's words, and opens the picker", async () => {
    select(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'export button', 'Firefox'));
    selectionChanged();
    await settle();
    const button = logButton()!;
    expect(button).not.toBeNull();
    expect(button.style.left).toBe('306px');
    expect(button.style.top).toBe(`${60 - LOG_BUTTON.height / 2}px`);
    expect(button.getAttribute('aria-label')).toBe('Log this as customer feedback');
    // Its mousedown is cancelled: the click must not collapse the page's selection.
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    button.click();
    expect(onLog).toHaveBeenCalledOnce();
    expect(onLog.mock.calls[0]![0].quote).toBe('export button does nothing in Firefox');
    expect(onLog.mock.calls[0]![1]).toMatchObject({ left: 100, top: 50, right: 300, bottom: 70 });
    expect(logButton()).toBeNull();
  });

  it("does not appear for the agent's message, the draft, or the hidden ticket", async () => {
    for (const range of [
      rangeOver(msg('m-2002-2'), 'p', 'looking into it'),
      rangeOver(page.open, '.ProseMirror', 'draft reply'),
      rangeOver(msg('m-1001-1', page.hidden), 'p:nth-child(2)', 'export button'),
    ]) {
      select(range);
      selectionChanged();
      await settle();
      expect(logButton()).toBeNull();
    }
  });

  it('waits for the end of a drag', async () => {
    msg('m-2002-1').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    select(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'export button'));
    selectionChanged();
    await settle();
    expect(logButton()).toBeNull();
    msg('m-2002-1').dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    await settle();
    expect(logButton()).not.toBeNull();
  });

  it('Escape puts it away until the selection changes', async () => {
    select(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'export button'));
    selectionChanged();
    await settle();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(logButton()).toBeNull();
    selectionChanged();
    await settle();
    expect(logButton()).toBeNull();
    select(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'does nothing'));
    selectionChanged();
    await settle();
    expect(logButton()).not.toBeNull();
  });

  it('stays away while the picker is open, and goes when the agent leaves the ticket', async () => {
    busy = true;
    select(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'export button'));
    selectionChanged();
    await settle();
    expect(logButton()).toBeNull();
    busy = false;
    selectionChanged();
    await settle();
    expect(logButton()).not.toBeNull();
    leave.abort();
    expect(logButton()).toBeNull();
  });
});

describe("the button at a customer message's corner", () => {
  it('appears while the pointer is on a customer message and logs the whole of it, quoted reply left out', async () => {
    msg('m-2002-3').querySelector('p')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    const button = messageButton()!;
    expect(button).not.toBeNull();
    // Bottom-right, inside.
    expect(button.style.left).toBe(`${800 - 6 - LOG_BUTTON.width}px`);
    expect(button.style.top).toBe(`${600 - 6 - LOG_BUTTON.height}px`);
    button.click();
    expect(onLog.mock.calls[0]![0].quote).toBe('It still fails for me.');
  });

  it("not on the agent's message; it leaves shortly after the pointer does", async () => {
    msg('m-2002-1').querySelector('p')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(messageButton()).not.toBeNull();
    msg('m-2002-2').querySelector('p')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    expect(messageButton()).not.toBeNull();
    await new Promise((r) => setTimeout(r, 350));
    expect(messageButton()).toBeNull();
  });

  it('keyboard focus inside a customer message shows it too', () => {
    const link = document.createElement('a');
    link.href = '#x';
    link.textContent = 'attachment';
    msg('m-2002-1').querySelector('.dd-message-body')!.append(link);
    link.focus();
    expect(messageButton()).not.toBeNull();
  });
});
