import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSurface } from '../overlay/surface';
import { Toaster, toasterFor, TOAST_TIMEOUT } from './toast';

let slot: HTMLElement;
let toaster: Toaster;
const el = () => slot.querySelector<HTMLElement>('[data-testid="tact-feedback-toast"]');
const text = () => el()?.querySelector('.tact-toast__text')?.textContent ?? null;
const fire = (type: string) => act(() => void el()!.dispatchEvent(new Event(type, { bubbles: type.startsWith('focus') })));

beforeEach(() => {
  vi.useFakeTimers();
  slot = document.createElement('div');
  document.body.append(slot);
  toaster = new Toaster(() => slot);
});
afterEach(() => {
  toaster.dispose();
  slot.remove();
  vi.useRealTimers();
});

describe('the toast', () => {
  it('confirms politely and goes after its time', () => {
    act(() => toaster.show({ text: 'Logged as “Bug”.', tone: 'info' }));
    expect(text()).toBe('Logged as “Bug”.');
    expect(el()!.getAttribute('role')).toBe('status');
    act(() => void vi.advanceTimersByTime(TOAST_TIMEOUT.info - 1));
    expect(el()).not.toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(el()).toBeNull();
  });

  it('warnings and errors are alerts and stay longer', () => {
    act(() => toaster.show({ text: 'Storage is full.', tone: 'warn' }));
    expect(el()!.getAttribute('role')).toBe('alert');
    expect(el()!.dataset.tone).toBe('warn');
    act(() => void vi.advanceTimersByTime(TOAST_TIMEOUT.info + 1));
    expect(el()).not.toBeNull();
  });

  it('waits while the pointer is on it, so Undo cannot vanish under the cursor', () => {
    act(() => toaster.show({ text: 'Logged.', tone: 'info' }));
    act(() => void vi.advanceTimersByTime(6_000));
    fire('pointerenter');
    act(() => void vi.advanceTimersByTime(60_000));
    expect(el()).not.toBeNull();
    fire('pointerleave');
    // What was left (2 s), at least the minimum after leaving.
    act(() => void vi.advanceTimersByTime(1_999));
    expect(el()).not.toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(el()).toBeNull();
  });

  it('waits while focus is on it too', () => {
    act(() => toaster.show({ text: 'Logged.', tone: 'info' }));
    fire('focusin');
    act(() => void vi.advanceTimersByTime(60_000));
    expect(el()).not.toBeNull();
    fire('focusout');
    act(() => void vi.advanceTimersByTime(TOAST_TIMEOUT.info));
    expect(el()).toBeNull();
  });

  it('Undo runs once however often it is clicked while running; its result replaces the toast', async () => {
    let finish!: () => void;
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    act(() => toaster.show({ text: 'Logged.', tone: 'info', actions: [{ id: 'undo', label: 'Undo', run }] }));
    const undo = () => el()!.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    act(() => undo().click());
    await act(async () => {
      await Promise.resolve();
    });
    expect(undo().disabled).toBe(true);
    act(() => undo().click());
    expect(run).toHaveBeenCalledOnce();
    await act(async () => {
      toaster.show({ text: 'Removed from the feedback log.', tone: 'info', timeout: 4_000 });
      finish();
      await Promise.resolve();
    });
    expect(text()).toBe('Removed from the feedback log.');
    expect(el()!.querySelector('[data-action="undo"]')).toBeNull();
  });

  it('Escape and the × dismiss it', () => {
    act(() => toaster.show({ text: 'One.', tone: 'info' }));
    act(() => void el()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(el()).toBeNull();
    act(() => toaster.show({ text: 'Two.', tone: 'info' }));
    act(() => el()!.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!.click());
    expect(el()).toBeNull();
  });

  it('a new toast replaces the last one and gets its own full time', () => {
    act(() => toaster.show({ text: 'One.', tone: 'info' }));
    act(() => void vi.advanceTimersByTime(7_000));
    act(() => toaster.show({ text: 'Two.', tone: 'info' }));
    act(() => void vi.advanceTimersByTime(7_000));
    expect(text()).toBe('Two.');
  });

  it('one toaster per page, drawn in the overlay, shared by every ticket', () => {
    const surface = getSurface(document);
    expect(toasterFor(document, surface)).toBe(toasterFor(document, surface));
    act(() => toasterFor(document, surface).show({ text: 'Hi.', tone: 'info' }));
    expect(surface.shadow.querySelector('[data-slot="feedback-toast"] [data-testid="tact-feedback-toast"]')).not.toBeNull();
    expect(document.body.querySelector('[data-testid="tact-feedback-toast"]')).toBeNull();
    act(() => toasterFor(document, surface).dismiss());
  });
});
