/** Helpers for the options page's component tests (happy-dom + the fake browser). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { Locale } from '../i18n';
import { OptionsApp, type OptionsAppProps } from './App';
import type { SectionId } from './sections';
import { OptionsStore } from './store';

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/** Lets effects, storage promises and re-renders run. */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

export async function mountOptions(section: SectionId, options: { locale?: Locale } & Partial<OptionsAppProps> = {}): Promise<{ root: HTMLElement; store: OptionsStore }> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  const store = options.store ?? new OptionsStore({ refreshPolicy: async () => {} });
  await act(() => {
    render(<OptionsApp {...options} store={store} locale={options.locale ?? 'en'} initialSection={section} />, root);
  });
  await settle();
  return { root, store };
}

export const q = <T extends Element = HTMLElement>(root: ParentNode, testId: string): T | null => root.querySelector<T>(`[data-testid="${testId}"]`);

export function byTestId<T extends Element = HTMLElement>(root: ParentNode, testId: string): T {
  const el = q<T>(root, testId);
  if (!el) throw new Error(`no [data-testid="${testId}"]`);
  return el;
}

/** Types into an input or textarea the way a user does (input event per value), then commits (change). */
export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string, commit = true): Promise<void> {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    if (commit) el.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

export async function click(el: Element): Promise<void> {
  await act(() => {
    (el as HTMLElement).click();
  });
  await settle();
}
