import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TAGS } from '../../feedback/defaultTags';
import { registerFeedbackHandlers } from '../../feedback/handlers';
import type { FeedbackItem } from '../../feedback/schema';
import type { Tag } from '../../feedback/tags';
import { dbName, item, T0, uuid } from '../../feedback/testing/fixtures';
import { messagingClient, type DownloadFile, type FeedbackClient } from '../client';
import { exportCsv } from '../exportFile';
import { utcZone } from '../weeks';
import { FeedbackView, type FeedbackViewProps } from './FeedbackView';

const TAGS: Tag[] = DEFAULT_TAGS.map((t) => ({ id: t.id, label: { ...t.label }, archived: false, builtin: true, createdAt: 0 }));
const DAY = 86_400_000;

// T0 is Wed 5 Nov 2025 (week of 3 Nov, 2025-W45); the week before starts 27 Oct.
const ITEMS: FeedbackItem[] = [
  item({ id: uuid(), tags: ['bug'], createdAt: T0 - 7 * DAY, customer: { userId: '1' }, quote: 'Old bug report' }),
  item({ id: uuid(), tags: ['bug'], createdAt: T0 - DAY, customer: { userId: '1' }, quote: 'Export is broken' }),
  item({ id: uuid(), tags: ['bug'], createdAt: T0, customer: { userId: '2', name: 'Олег' }, quote: 'Кнопка не работает', language: 'ru', helpdesk: 'usedesk', agent: 'Вера', ticketUrl: 'https://secure.usedesk.ru/tickets/77', ticketId: '77' }),
  item({ id: uuid(), tags: ['ux'], createdAt: T0, customer: { userId: '3' }, quote: '<img src=x onerror=alert(1)> the button is purple', note: 'asked\ntwice' }),
];

function fakeClient(items: FeedbackItem[] = ITEMS, over: Partial<FeedbackClient> = {}): FeedbackClient {
  let store = [...items];
  return {
    loadItems: vi.fn(async () => ({ items: store, pending: [] })),
    loadTags: vi.fn(async () => TAGS),
    existingIds: vi.fn(async (ids: string[]) => ids.filter((id) => store.some((i) => i.id === id))),
    commitImport: vi.fn(async (add: FeedbackItem[]) => {
      store = [...store, ...add];
      return { added: add.length, skipped: 0, tagsAdded: [] };
    }),
    loadSamples: vi.fn(async () => {
      store = [...ITEMS];
      return { added: ITEMS.length, skipped: 0, tagsAdded: [] };
    }),
    clearSamples: vi.fn(async () => ({ removed: 0 })),
    ...over,
  };
}

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
  }
}

async function mount(props: FeedbackViewProps): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  await act(async () => {
    render(<FeedbackView zone={utcZone} now={() => T0} locale="en" {...props} />, root);
  });
  await settle();
  return root;
}

const q = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const qa = (root: HTMLElement, id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

async function choose(root: HTMLElement, id: string, value: string) {
  const select = q(root, id) as HTMLSelectElement;
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

async function click(el: HTMLElement | null) {
  expect(el).not.toBeNull();
  await act(async () => {
    el!.click();
  });
  await settle();
}

describe('FeedbackView', () => {
  it('renders the table of distinct customers and items per tag and week, with headlines and charts', async () => {
    const root = await mount({ client: fakeClient() });
    const bug45 = q(root, 'cell-bug-2025-W45')!;
    expect(bug45.textContent).toBe('22'); // 2 customers, 2 items
    expect(bug45.getAttribute('title')).toBe('Bug, week of 3 Nov: 2 customers, 2 items');
    expect(q(root, 'cell-bug-2025-W44')!.textContent).toBe('11');
    expect(q(root, 'cell-ux-2025-W44')!.textContent).toBe('·');
    expect(q(root, 'cell-__all-2025-W45')!.textContent).toBe('33');
    expect(qa(root, 'week-table')[0]!.querySelectorAll('thead th').length).toBe(8 + 3);
    // The change column compares the last complete week (27 Oct) with the one before.
    expect(q(root, 'change-header')!.textContent).toBe('Change27 Oct vs 20 Oct');
    expect(q(root, 'wow-bug')!.textContent).toBe('▲ 1');

    const headlines = qa(root, 'headline').map((h) => h.textContent);
    expect(headlines[0]).toBe('2 customers said in the week of 3 Nov: bug — “Кнопка не работает” and 1 more quote');
    expect(headlines[1]).toMatch(/^1 customer said in the week of 3 Nov: UX \/ design — “<img src=x onerror=alert\(1\)> the button is purple”$/);

    const titles = [...q(root, 'chart-bug')!.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles).toContain('Week of 3 Nov: 2 customers, 2 items');
    expect(titles).toHaveLength(8);
  });

  it('never turns a quote into markup', async () => {
    const root = await mount({ client: fakeClient() });
    await click(q(root, 'cell-ux-2025-W45'));
    expect(root.querySelector('img')).toBeNull();
    expect(qa(root, 'quote')[0]!.querySelector('blockquote')!.textContent).toBe('<img src=x onerror=alert(1)> the button is purple');
  });

  it('applies filters: tag, helpdesk, agent, period, and resets them', async () => {
    const root = await mount({ client: fakeClient() });
    await choose(root, 'filter-tag', 'ux');
    expect(q(root, 'row-bug')).toBeNull();
    expect(q(root, 'cell-ux-2025-W45')!.textContent).toBe('11');

    await choose(root, 'filter-tag', '');
    await choose(root, 'filter-helpdesk', 'usedesk');
    expect(q(root, 'cell-bug-2025-W45')!.textContent).toBe('11');
    expect(q(root, 'row-ux')).toBeNull();

    await choose(root, 'filter-helpdesk', '');
    await choose(root, 'filter-agent', 'Kate');
    expect(q(root, 'cell-bug-2025-W45')!.textContent).toBe('11');

    await choose(root, 'filter-period', '4');
    expect(qa(root, 'week-table')[0]!.querySelectorAll('thead th').length).toBe(4 + 3);
    await click(q(root, 'filter-reset'));
    expect(q(root, 'cell-bug-2025-W45')!.textContent).toBe('22');
    expect((q(root, 'filter-period') as HTMLSelectElement).value).toBe('8');
  });

  it('custom dates narrow the weeks shown', async () => {
    const root = await mount({ client: fakeClient() });
    await choose(root, 'filter-period', 'custom');
    const from = q(root, 'filter-from') as HTMLInputElement;
    await act(async () => {
      from.value = '2025-11-03';
      from.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(q(root, 'week-2025-W44')).toBeNull();
    expect(q(root, 'cell-bug-2025-W45')!.textContent).toBe('22');
  });

  it('opens the quotes behind a cell, with the sentence and links back to the tickets', async () => {
    const copy = vi.fn(async () => undefined);
    const root = await mount({ client: fakeClient(), copy });
    await click(q(root, 'cell-bug-2025-W45'));
    const panel = q(root, 'cell-quotes')!;
    expect(q(panel, 'cell-sentence')!.textContent).toBe('2 customers said in the week of 3 Nov: bug — “Кнопка не работает” and 1 more quote');
    const quotes = qa(panel, 'quote');
    expect(quotes.map((el) => el.querySelector('blockquote')!.textContent)).toEqual(['Кнопка не работает', 'Export is broken']);
    expect(quotes[0]!.querySelector('blockquote')!.getAttribute('lang')).toBe('ru');
    const links = qa(panel, 'ticket-link') as HTMLAnchorElement[];
    expect(links[0]!.getAttribute('href')).toBe('https://secure.usedesk.ru/tickets/77');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0]!.textContent).toContain('usedesk #77');
    expect(quotes[0]!.textContent).toContain('logged by Вера');
    await click(q(panel, 'copy-sentence'));
    expect(copy).toHaveBeenCalledWith('2 customers said in the week of 3 Nov: bug — “Кнопка не работает” and 1 more quote');
    await click(q(root, 'close-quotes'));
    expect(q(root, 'cell-quotes')).toBeNull();
  });

  it('speaks Russian with the right plurals', async () => {
    const root = await mount({ client: fakeClient(), locale: 'ru' });
    expect(root.querySelector('h1')!.textContent).toBe('Отзывы клиентов');
    expect(q(root, 'cell-bug-2025-W45')!.getAttribute('title')).toBe('Ошибка, неделя с 3 ноября: 2 клиента, 2 записи');
    expect(q(root, 'cell-bug-2025-W44')!.getAttribute('title')).toBe('Ошибка, неделя с 27 октября: 1 клиент, 1 запись');
    expect(qa(root, 'headline')[0]!.textContent).toBe('2 клиента сказали на неделе с 3 ноября: ошибка — «Кнопка не работает» и ещё 1 цитата');
    expect(q(root, 'export-scope-all')!.parentElement!.textContent).toBe('Все отзывы (4 записи)');
  });

  it('offers sample data on an empty store, then shows it', async () => {
    const client = fakeClient([]);
    const root = await mount({ client });
    expect(q(root, 'empty')).not.toBeNull();
    await click(q(root, 'load-samples'));
    expect(client.loadSamples).toHaveBeenCalled();
    expect(q(root, 'notice')!.textContent).toBe('Added 4 sample items.');
    expect(q(root, 'cell-bug-2025-W45')).not.toBeNull();
  });

  it('exports CSV and JSON, the filtered view or everything, with a delimiter override', async () => {
    const download = vi.fn<(file: DownloadFile) => void>();
    const root = await mount({ client: fakeClient(), download });
    await choose(root, 'filter-tag', 'ux');
    await click(q(root, 'export-csv'));
    let file = download.mock.calls.at(-1)![0];
    expect(file.name).toBe('tact-feedback-filtered-2025-11-05.csv');
    expect(file.text.startsWith('\uFEFFid,created_at,')).toBe(true);
    expect(file.text.trim().split('\r\n')).toHaveLength(2);
    expect(q(root, 'export-done')!.textContent).toBe('Exported 1 item to tact-feedback-filtered-2025-11-05.csv.');

    await click(q(root, 'export-scope-all'));
    await choose(root, 'export-delimiter', ';');
    await click(q(root, 'export-csv'));
    file = download.mock.calls.at(-1)![0];
    expect(file.name).toBe('tact-feedback-2025-11-05.csv');
    expect(file.text.startsWith('\uFEFFid;created_at;')).toBe(true);
    expect(file.text.trim().split('\r\n')).toHaveLength(5);

    await click(q(root, 'export-json'));
    file = download.mock.calls.at(-1)![0];
    expect(JSON.parse(file.text)).toMatchObject({ format: 'tact-feedback', schemaVersion: 2, scope: 'all' });
    expect(JSON.parse(file.text).items).toHaveLength(4);
  });

  it('imports with a preview, then confirms', async () => {
    const client = fakeClient();
    const root = await mount({ client });
    const fresh = item({ id: uuid(), tags: ['pricing'], createdAt: T0, quote: 'Too expensive' });
    const csv = exportCsv([ITEMS[0]!, fresh], TAGS, { locale: 'en', zone: utcZone });
    const bad = `${csv.trimEnd()}\r\nnot-a-row`;
    const input = q(root, 'import-input') as HTMLInputElement;
    await act(async () => {
      Object.defineProperty(input, 'files', { configurable: true, value: [new File([bad], 'team.csv', { type: 'text/csv' }), new File(['{"oops"'], 'cut.json')] });
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    await vi.waitFor(() => expect(q(root, 'import-preview')).not.toBeNull());
    expect(q(root, 'preview-add')!.textContent).toBe('1 item will be added');
    expect(q(root, 'preview-skip')!.textContent).toBe('1 skipped as a duplicate');
    expect(q(root, 'preview-reject')!.textContent).toBe('1 rejected');
    expect(qa(root, 'preview-rejection').map((r) => r.textContent)).toEqual(['team.csv, row 4: 1 cells instead of 18']);
    expect(qa(root, 'preview-file').map((f) => f.textContent)).toEqual([
      'team.csv: 3 rows read',
      'cut.json: The JSON file ends too early: it was probably cut off while copying or downloading.',
    ]);
    await click(q(root, 'import-confirm'));
    await vi.waitFor(() => expect(q(root, 'import-result')?.textContent).toBe('Imported 1 item.'));
    expect(client.commitImport).toHaveBeenCalledWith([fresh], [], expect.any(Function));
    await settle();
    expect(q(root, 'row-pricing')).not.toBeNull();
  });

  it('shows a load error with a retry', async () => {
    let fail = true;
    const client = fakeClient(ITEMS, {
      loadItems: vi.fn(async () => {
        if (fail) throw new Error('[feedback:write_failed] disk');
        return { items: ITEMS, pending: [] };
      }),
    });
    const root = await mount({ client });
    expect(q(root, 'load-error')!.textContent).toContain('Feedback could not be loaded: The item could not be saved yet.');
    fail = false;
    await click(q(root, 'load-error')!.querySelector('button'));
    expect(q(root, 'cell-bug-2025-W45')).not.toBeNull();
  });
});

describe('FeedbackView over the real background API', () => {
  it('loads sample data through the messages, renders it, and removes it again', async () => {
    const api = registerFeedbackHandlers({ dbName: dbName() });
    try {
      const root = await mount({ client: messagingClient, now: () => Date.now() });
      expect(q(root, 'empty')).not.toBeNull();
      await click(q(root, 'load-samples'));
      await vi.waitFor(() => expect(q(root, 'week-table')).not.toBeNull());
      expect(q(root, 'notice')!.textContent).toBe('Added 240 sample items.');
      expect(qa(root, 'headline').length).toBeGreaterThan(0);
      await click(q(root, 'clear-samples'));
      await vi.waitFor(() => expect(q(root, 'empty')).not.toBeNull());
    } finally {
      api.unregister();
    }
  });
});
