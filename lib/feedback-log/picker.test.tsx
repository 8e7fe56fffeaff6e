import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TagWithUse } from '../feedback/messages';
import { setLocale } from '../i18n';
import { TagPicker, type PickerProps, preview } from './picker';

const tag = (id: string, en: string, ru: string, uses: number): TagWithUse => ({ id, label: { en, ru }, archived: false, builtin: true, createdAt: 0, uses });
const TAGS = [tag('bug', 'Bug', 'Ошибка', 5), tag('pricing', 'Pricing', 'Цены', 3), tag('ux', 'UX / design', 'Удобство и дизайн', 1), tag('billing', 'Billing / payments', 'Оплата и счета', 0)];

let host: HTMLElement;
let shadow: ShadowRoot;
let onPick: ReturnType<typeof vi.fn<(tagId: string, note: string) => void>>;
let onClose: ReturnType<typeof vi.fn<() => void>>;
let pageKeys: string[];
const onPageKey = (e: KeyboardEvent) => pageKeys.push(e.key);

function show(props: Partial<PickerProps> = {}): void {
  act(() => {
    render(
      <TagPicker
        quote="The export button does nothing in Firefox."
        customerName="Anna Smirnova"
        tags={TAGS}
        locale="en"
        position={{ left: 10, top: 10 }}
        saving={false}
        onPick={onPick}
        onClose={onClose}
        onRetryTags={() => undefined}
        {...props}
      />,
      shadow as unknown as HTMLElement,
    );
  });
}

const $ = <T extends Element = HTMLElement>(css: string) => shadow.querySelector<T>(css);
const options = () => Array.from(shadow.querySelectorAll('[role="option"]')).map((o) => o.getAttribute('data-tag'));
const highlighted = () => $('[role="option"][aria-selected="true"]')?.getAttribute('data-tag');
const focused = () => shadow.activeElement;

function key(target: Element, k: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}
function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  shadow = host.attachShadow({ mode: 'open' });
  onPick = vi.fn<(tagId: string, note: string) => void>();
  onClose = vi.fn<() => void>();
  pageKeys = [];
  document.addEventListener('keydown', onPageKey);
});
afterEach(() => {
  act(() => render(null, shadow as unknown as HTMLElement));
  document.removeEventListener('keydown', onPageKey);
  host.remove();
});

describe('the tag picker', () => {
  it('opens with focus in the filter box, tags most used first, the first highlighted', () => {
    show();
    expect(focused()).toBe($('[data-testid="tact-feedback-filter"]'));
    expect(options()).toEqual(['bug', 'pricing', 'ux', 'billing']);
    expect(highlighted()).toBe('bug');
    expect($('[data-testid="tact-feedback-filter"]')!.getAttribute('aria-activedescendant')).toBe('tact-fb-opt-bug');
    expect($('[data-testid="tact-feedback-quote"]')!.textContent).toBe('The export button does nothing in Firefox.');
  });

  it('typing filters (either language), ↓/↑ move and wrap, Enter picks the highlighted tag', () => {
    show();
    const input = $<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    type(input, 'дизайн');
    expect(options()).toEqual(['ux']);
    type(input, 'in');
    expect(options()).toEqual(['pricing', 'billing']);
    key(input, 'ArrowDown');
    expect(highlighted()).toBe('billing');
    key(input, 'ArrowDown');
    expect(highlighted()).toBe('pricing');
    key(input, 'ArrowUp');
    expect(highlighted()).toBe('billing');
    const enter = key(input, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(onPick).toHaveBeenCalledWith('billing', '');
  });

  it('says when nothing matches, and Enter then does nothing', () => {
    show();
    const input = $<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    type(input, 'zzz');
    expect(options()).toEqual([]);
    expect($('.tact-picker__empty')!.textContent).toBe('No tag matches “zzz”.');
    key(input, 'Enter');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('a click on a tag picks it (the second click)', () => {
    show();
    act(() => void $('[data-tag="pricing"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onPick).toHaveBeenCalledWith('pricing', '');
  });

  it('Escape clears the filter first, then closes', () => {
    show();
    const input = $<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    type(input, 'pri');
    key(input, 'Escape');
    expect(input.value).toBe('');
    expect(options()).toHaveLength(4);
    expect(onClose).not.toHaveBeenCalled();
    key(input, 'Escape');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('a note: Tab reaches "Add a note", the box takes focus, Enter saves with the highlighted tag, Shift+Enter does not', () => {
    show();
    const input = $<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    key(input, 'ArrowDown');
    key(input, 'Tab');
    expect(focused()).toBe($('[data-action="add-note"]'));
    act(() => $<HTMLButtonElement>('[data-action="add-note"]')!.click());
    const note = $<HTMLTextAreaElement>('[data-testid="tact-feedback-note"]')!;
    expect(focused()).toBe(note);
    type(note, 'third time this week');
    const shiftEnter = key(note, 'Enter', { shiftKey: true });
    expect(shiftEnter.defaultPrevented).toBe(false);
    expect(onPick).not.toHaveBeenCalled();
    key(note, 'Enter');
    expect(onPick).toHaveBeenCalledWith('pricing', 'third time this week');
    // Escape in the note goes back to the tags, keeping the note.
    key(note, 'Escape');
    expect(focused()).toBe(input);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('Tab stays inside the picker: filter → note → close → filter', () => {
    show();
    const input = $<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    key(input, 'Tab');
    key(focused()!, 'Tab');
    expect(focused()).toBe($('[data-action="close"]'));
    key(focused()!, 'Tab');
    expect(focused()).toBe(input);
    key(input, 'Tab', { shiftKey: true });
    expect(focused()).toBe($('[data-action="close"]'));
  });

  it("keys typed in the picker never reach the helpdesk's shortcuts", () => {
    show();
    const input = $<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!;
    for (const k of ['j', 'k', 'r', '?', 'ArrowDown', 'Escape']) key(input, k);
    expect(pageKeys).toEqual([]);
  });

  it('while saving, picks are ignored and it says so; an error is shown with the draft kept', () => {
    show({ saving: true });
    act(() => void $('[data-tag="bug"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onPick).not.toHaveBeenCalled();
    expect($('.tact-picker__keys')!.textContent).toBe('Saving…');
    show({ saving: false, error: 'The item could not be saved. Please try again.' });
    expect($('[data-testid="tact-feedback-error"]')!.textContent).toBe('The item could not be saved. Please try again.');
    expect($('[data-testid="tact-feedback-error"]')!.getAttribute('role')).toBe('alert');
  });

  it('loading, then a failure with Retry', () => {
    const retry = vi.fn();
    show({ tags: null });
    expect($('.tact-picker__muted')!.textContent).toBe('Loading tags…');
    show({ tags: null, tagsFailed: true, onRetryTags: retry });
    act(() => $<HTMLButtonElement>('[role="alert"] button')!.click());
    expect(retry).toHaveBeenCalledOnce();
  });

  it('Russian UI: Russian tag names and labels', () => {
    setLocale('ru');
    show({ locale: 'ru' });
    expect(Array.from(shadow.querySelectorAll('[role="option"]')).map((o) => o.textContent)).toEqual(['Ошибка', 'Цены', 'Удобство и дизайн', 'Оплата и счета']);
    expect($<HTMLInputElement>('[data-testid="tact-feedback-filter"]')!.placeholder).toBe('Найти тег…');
  });

  it('page text is shown as text: markup in a quote stays characters', () => {
    show({ quote: '<img src=x onerror=alert(1)> the button' });
    expect($('[data-testid="tact-feedback-quote"]')!.textContent).toBe('<img src=x onerror=alert(1)> the button');
    expect(shadow.querySelector('img')).toBeNull();
  });

  it('a long quote is previewed on one short line', () => {
    const long = `${'word '.repeat(100)}end`;
    expect(preview(long).length).toBeLessThanOrEqual(160);
    expect(preview(long).endsWith('…')).toBe(true);
    expect(preview('a\n\nb')).toBe('a b');
  });
});
