import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import type { TabStatus } from '../host/status';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_POLICY, type ParsedPolicy } from '../settings/merge';
import { SETTINGS_KEY } from '../settings/store';
import { pauseManaged, Popup } from './Popup';

const status = (over: Partial<TabStatus>): TabStatus => ({
  helpdesk: { id: 'generic', name: 'Any site', siteId: 'acme-help', custom: true },
  paused: false,
  host: 'help.acme.example',
  ticket: { id: '7', url: 'https://help.acme.example/t/7' },
  customer: null,
  editors: 1,
  features: { framing: { state: 'off' }, names: { state: 'error' } },
  errors: 0,
  ...over,
});

async function mount(s: TabStatus, policy: ParsedPolicy = EMPTY_POLICY): Promise<HTMLElement> {
  const host = document.createElement('div');
  await act(async () => {
    render(<Popup load={async () => ({ state: 'ok', status: s, tabId: 1 })} policy={async () => policy} />, host);
  });
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
  return host;
}

async function show(s: TabStatus): Promise<string> {
  const host = document.createElement('div');
  await act(async () => {
    render(<Popup load={async () => ({ state: 'ok', status: s, tabId: 1 })} policy={async () => EMPTY_POLICY} />, host);
  });
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
  return host.textContent!.replace(/\s+/g, ' ');
}

describe('popup', () => {
  it('names an admin-added site by its host, in either language, not by the generic adapter’s English name', async () => {
    expect(await show(status({}))).toContain('Running on help.acme.example');
    setLocale('ru');
    const ru = await show(status({}));
    expect(ru).toContain('Работает: help.acme.example');
    expect(ru).not.toContain('Any site');
  });

  it('says a built-in helpdesk’s own name', async () => {
    expect(await show(status({ helpdesk: { id: 'zendesk', name: 'Zendesk', siteId: 'zendesk', custom: false } }))).toContain('Running on Zendesk');
  });

  it('Russian: a switched-off or failed check agrees with any feature’s name', async () => {
    setLocale('ru');
    const ru = await show(status({}));
    expect(ru).toContain('Формулировки-отказыВыключено');
    expect(ru).toContain('Проверка имениОстановлено из-за ошибки');
  });

  it('Pause is the organisation’s when pausedHosts is locked or the policy pauses the host: disabled, said in both languages, nothing written', async () => {
    const locked: ParsedPolicy = { ...EMPTY_POLICY, locks: ['pausedHosts'] };
    const byPolicy: ParsedPolicy = { ...EMPTY_POLICY, values: { pausedHosts: ['help.acme.example'] } };
    expect(pauseManaged(locked, 'help.acme.example')).toBe(true);
    expect(pauseManaged(byPolicy, 'help.acme.example')).toBe(true);
    expect(pauseManaged(byPolicy, 'other.example')).toBe(false);

    const root = await mount(status({}), locked);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="pause"]')!;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toBe('Managed by your organisation');
    await act(async () => button.click());
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toBeUndefined();

    setLocale('ru');
    const ru = await mount(status({ paused: true }), byPolicy);
    expect(ru.querySelector('[data-testid="pause"]')!.textContent).toBe('Управляется вашей организацией');
  });

  it('Pause writes the user’s list when the policy leaves it alone', async () => {
    const root = await mount(status({}));
    const button = root.querySelector<HTMLButtonElement>('[data-testid="pause"]')!;
    expect(button.disabled).toBe(false);
    await act(async () => button.click());
    await expect.poll(async () => ((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { pausedHosts?: string[] } | undefined)?.pausedHosts).toEqual(['help.acme.example']);
  });
});
