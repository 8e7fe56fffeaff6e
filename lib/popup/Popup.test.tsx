import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import type { TabStatus } from '../host/status';
import { Popup } from './Popup';

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

async function show(s: TabStatus): Promise<string> {
  const host = document.createElement('div');
  await act(async () => {
    render(<Popup load={async () => ({ state: 'ok', status: s, tabId: 1 })} />, host);
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
});
