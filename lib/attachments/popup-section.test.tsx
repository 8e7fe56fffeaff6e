import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import type { TabStatus } from '../host/status';
import { attachmentsSection } from './popup-section';
import type { AttachmentsReport } from './summary';

const tab = {} as TabStatus;
const data: AttachmentsReport = {
  pending: 2,
  items: [
    { key: 'a', name: 'bank-statement.png', kind: 'image', state: 'opened', done: true, counted: true, played: null, required: null },
    { key: 'b', name: 'checkout-recording.webm', kind: 'video', state: 'opened', done: false, counted: true, played: 0.2, required: 0.5 },
    { key: 'c', name: 'invoice.pdf', kind: 'document', state: 'unopened', done: false, counted: false, played: null, required: null },
  ],
};

function show(): HTMLElement {
  const host = document.createElement('dl');
  render(<>{attachmentsSection.render({ state: 'on', data }, tab)}</>, host);
  return host;
}

describe('popup: attachments of the open ticket', () => {
  it('lists each file with what the agent has done with it', () => {
    const host = show();
    expect(host.querySelector('dt')!.textContent).toBe('Attachments');
    const rows = [...host.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      'bank-statement.png · Image · Opened',
      'checkout-recording.webm · Video · Played 20% of the 50% needed',
      'invoice.pdf · Document · Not opened · not checked before sending',
    ]);
    expect(host.textContent).toContain('1 of 3 opened');
  });

  it('speaks Russian', () => {
    setLocale('ru');
    const host = show();
    expect(host.querySelector('dt')!.textContent).toBe('Вложения');
    expect(host.textContent).toContain('Открыто 1 из 3');
    expect(host.textContent).toContain('Воспроизведено 20% из нужных 50%');
  });

  it('says when the check is off', () => {
    const host = document.createElement('dl');
    render(<>{attachmentsSection.render({ state: 'off' }, tab)}</>, host);
    expect(host.querySelector('dd')!.textContent).toBe('Off on this site');
  });
});
