import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachePolicy } from '../settings/policy-cache';
import { SETTINGS_KEY } from '../settings/store';
import { OptionsStore } from './store';
import { byTestId, click, mountOptions, q, settle, typeInto } from './testing';

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, any> | undefined;

describe('options page shell', () => {
  it('lists the sections in both languages and marks the open one', async () => {
    const { root } = await mountOptions('general');
    const links = [...root.querySelectorAll('nav a')];
    expect(links.map((a) => a.textContent)).toEqual(['Phrase rules', 'Tags', 'Helpdesk sites', 'Rule packs', 'General']);
    expect(byTestId(root, 'nav-general').getAttribute('aria-current')).toBe('page');
    expect(byTestId(root, 'section-general')).toBeTruthy();
    const ru = await mountOptions('sites', { locale: 'ru' });
    expect([...ru.root.querySelectorAll('nav a')].map((a) => a.textContent)).toEqual(['Правила фраз', 'Теги', 'Сайты хелпдесков', 'Наборы правил', 'Общие']);
    expect(byTestId(ru.root, 'section-sites')).toBeTruthy();
  });

  it('opens a section from the address hash and moves focus to its heading', async () => {
    const { root } = await mountOptions('rules');
    location.hash = '#general';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(byTestId(root, 'nav-general').getAttribute('aria-current')).toBe('page');
    expect(document.activeElement?.id).toBe('general-title');
    location.hash = '';
    await settle();
  });

  it('saves General settings and says so', async () => {
    const { root } = await mountOptions('general');
    await typeInto(byTestId<HTMLInputElement>(root, 'agent-name'), '  Olga   Petrova ');
    await click(byTestId(root, 'framing-hold'));
    await click(byTestId(root, 'kind-archive'));
    await click(byTestId(root, 'threshold-end'));
    await typeInto(byTestId<HTMLInputElement>(root, 'expiry-days'), '14');
    const s = await stored();
    expect(s?.agentName).toBe('Olga Petrova');
    expect(s?.framing.holdOnSend).toBe(true);
    expect(s?.attachments.kinds).not.toContain('archive');
    expect(s?.attachments.threshold).toBe('end');
    expect(s?.attachments.expiryDays).toBe(14);
    expect(byTestId(root, 'status').textContent).toBe('Saved.');
  });

  it('refuses an impossible expiry with a message tied to the field', async () => {
    const { root } = await mountOptions('general');
    const input = byTestId<HTMLInputElement>(root, 'expiry-days');
    await typeInto(input, '0');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(input.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(error?.textContent).toMatch(/1 to 3,650/);
    expect((await stored())?.attachments?.expiryDays).toBeUndefined();
  });

  it('shows managed settings with a badge, disabled, and lists what the policy got wrong', async () => {
    await cachePolicy({ settings: { agentName: 'Support team', attachments: { expiryDays: 'soon' } }, locks: ['names'] });
    const { root } = await mountOptions('general');
    const name = byTestId<HTMLInputElement>(root, 'agent-name');
    expect(name.value).toBe('Support team');
    expect(name.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>(root, 'names-hold').disabled).toBe(true);
    expect(byTestId<HTMLInputElement>(root, 'framing-hold').disabled).toBe(false);
    expect(root.querySelectorAll('[data-testid="managed-badge"]').length).toBe(3);
    expect(q(root, 'managed-badge')!.getAttribute('title')).toMatch(/organisation/);
    expect(byTestId(root, 'policy-problems').textContent).toMatch(/settings\.attachments\.expiryDays/);
  });

  it('uses Russian plurals in the policy notice', async () => {
    await cachePolicy({ a: 1, b: 2, c: 3, d: 4, e: 5 });
    const { root } = await mountOptions('general', { locale: 'ru' });
    expect(byTestId(root, 'policy-problems').querySelector('summary')!.textContent).toMatch(/5 частей, которые/);
  });

  it('says in Russian what went wrong, with the browser’s English only as the detail', async () => {
    const failing = new OptionsStore({
      refreshPolicy: async () => {},
      area: { get: async () => ({}), set: async () => Promise.reject(new Error('IO error: disk')) },
    });
    const { root } = await mountOptions('general', { locale: 'ru', store: failing });
    await typeInto(byTestId<HTMLInputElement>(root, 'agent-name'), 'Ольга');
    expect(byTestId(root, 'status').textContent).toBe('Не сохранено: Непредвиденная ошибка: IO error: disk');

    const unreadable = new OptionsStore({ refreshPolicy: async () => {}, readPolicy: () => Promise.reject(new Error('storage gone')) });
    const other = await mountOptions('general', { locale: 'ru', store: unreadable });
    expect(other.root.querySelector('[role="alert"] p')?.textContent).toBe('Не удалось загрузить настройки: Непредвиденная ошибка: storage gone');
  });
});
