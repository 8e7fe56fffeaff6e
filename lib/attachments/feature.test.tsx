import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAdapter } from '../adapters/create';
import { demo } from '../adapters/helpdesks/demo';
import type { FeatureStatus } from '../host/feature';
import { startSession, type Session } from '../host/session';
import { setLocale } from '../i18n';
import { getSurface } from '../overlay/surface';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { attachmentsFeature } from './feature';
import { entryKey } from './keys';
import type { AttachmentsReport } from './summary';
import { fakeMedia, flush, link, mountTickets } from './test-fixture';

let settings: Settings;
let statuses: Record<string, FeatureStatus>;
let session: Session | null = null;
let sent: string[];
let page: ReturnType<typeof mountTickets>;

function start(): Session {
  const adapter = createAdapter(demo);
  const root = adapter.root(document)!;
  session = startSession({
    adapter,
    siteId: 'demo',
    open: { ticket: adapter.ticket(document)!, root },
    doc: document,
    surface: getSurface(document),
    features: [attachmentsFeature],
    settings: () => settings,
    onStatus: (id, status) => {
      statuses[id] = status;
    },
  });
  return session;
}

const report = () => statuses.attachments?.data as AttachmentsReport | undefined;
const stateOf = (name: string) => report()?.items.find((i) => i.name === name)?.state;
const dialog = () => getSurface(document).shadow.querySelector<HTMLElement>('[data-testid="tact-hold-dialog"]');
const send = () => page.open.querySelector<HTMLButtonElement>('.dd-send')!.click();

beforeEach(async () => {
  settings = structuredClone(DEFAULT_SETTINGS);
  statuses = {};
  sent = [];
  page = mountTickets();
  for (const form of document.querySelectorAll('form')) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sent.push((form.querySelector('textarea') as HTMLTextAreaElement).value);
    });
  }
  document.documentElement.removeAttribute('data-tact-fault');
});

afterEach(() => {
  session?.stop();
  session = null;
});

describe('attachments feature', () => {
  it("lists the open ticket's customer attachments only — not the agent's, not the hidden ticket's", async () => {
    start();
    await flush(10);
    expect(report()?.items.map((i) => [i.name, i.kind, i.state])).toEqual([
      ['shot-2002.png', 'image', 'unopened'],
      ['invoice-2002.pdf', 'document', 'unopened'],
      ['bug-2002.webm', 'video', 'unopened'],
    ]);
  });

  it('holds the send while attachments are unopened, lists them, and "Send anyway" sends once', async () => {
    start();
    await flush(10);
    send();
    expect(sent).toEqual([]);
    const d = dialog()!;
    expect(d.querySelector('[data-section="attachments"] h3')!.textContent).toBe("3 of the customer's attachments are not opened yet");
    expect([...d.querySelectorAll('[data-testid="tact-attachments-hold"] li')].map((li) => li.getAttribute('data-name'))).toEqual([
      'shot-2002.png',
      'invoice-2002.pdf',
      'bug-2002.webm',
    ]);
    const sendAnyway = d.querySelector<HTMLButtonElement>('[data-action="send"]')!;
    sendAnyway.click();
    sendAnyway.click();
    expect(sent).toEqual(['Draft for 2002']);
  });

  it('says it in Russian with the right plural form', async () => {
    setLocale('ru');
    settings.attachments.kinds = ['image', 'document'];
    start();
    await flush(10);
    send();
    expect(dialog()!.querySelector('[data-section="attachments"] h3')!.textContent).toBe('2 вложения клиента ещё не открыты');
    expect(dialog()!.querySelector('[data-action="open-attachment"]')!.textContent).toBe('Открыть');
  });

  it('"Open" leaves the dialog unsent and opens the file through the helpdesk’s own link', async () => {
    start();
    await flush(10);
    const clicked: string[] = [];
    link(page.open, 'invoice-2002.pdf').addEventListener('click', (e) => {
      e.preventDefault();
      clicked.push('invoice');
    });
    send();
    const open = [...dialog()!.querySelectorAll<HTMLButtonElement>('[data-action="open-attachment"]')][1]!;
    expect(open.getAttribute('aria-label')).toBe('Open invoice-2002.pdf');
    open.click();
    expect(dialog()).toBeNull();
    expect(clicked).toEqual(['invoice']);
    expect(sent).toEqual([]);
    expect(page.open.querySelector('textarea')!.value).toBe('Draft for 2002');
    expect(stateOf('invoice-2002.pdf')).toBe('opened');
  });

  it('lets the send through once every counted attachment is opened (the video: played to half)', async () => {
    start();
    await flush(10);
    for (const name of ['shot-2002.png', 'invoice-2002.pdf']) link(page.open, name).click();
    const playback = { played: [[0, 2]] as [number, number][], duration: 5 };
    const player = fakeMedia('video', 'files/bug-2002.webm', playback);
    document.body.append(player);
    player.dispatchEvent(new Event('pause'));
    expect(stateOf('bug-2002.webm')).toBe('opened');
    send();
    expect(dialog()!.querySelectorAll('[data-testid="tact-attachments-hold"] li')).toHaveLength(1);
    dialog()!.querySelector<HTMLButtonElement>('[data-action="back"]')!.click();
    playback.played = [[0, 2.6]];
    player.dispatchEvent(new Event('pause'));
    expect(stateOf('bug-2002.webm')).toBe('watched');
    send();
    expect(dialog()).toBeNull();
    expect(sent).toEqual(['Draft for 2002']);
  });

  it('honours the admin: kinds that count, the threshold, and off per site', async () => {
    settings.attachments.kinds = ['video'];
    settings.attachments.threshold = 'started';
    start();
    await flush(10);
    document.body.append(fakeMedia('video', 'files/bug-2002.webm', { played: [[0, 1.5]], duration: 60 }));
    document.body.lastElementChild!.dispatchEvent(new Event('pause'));
    send();
    expect(dialog()).toBeNull();
    expect(sent).toHaveLength(1);
    session!.stop();

    settings = structuredClone(DEFAULT_SETTINGS);
    settings.attachments.disabledSites = ['demo'];
    statuses = {};
    start();
    await flush(10);
    expect(statuses.attachments?.state).toBe('off');
    send();
    expect(sent).toHaveLength(2);
  });

  it('keeps the state across a reload, scoped to the ticket', async () => {
    start();
    await flush(10);
    link(page.open, 'shot-2002.png').click();
    await flush(20);
    const stored = await fakeBrowser.storage.local.get(null);
    const key = entryKey({ site: 'demo', host: location.host, ticket: '2002' }, `url:${link(page.open, 'shot-2002.png').href}`);
    expect(stored[key]).toMatchObject({ via: 'click' });
    session!.stop();

    page = mountTickets();
    statuses = {};
    start();
    await flush(20);
    expect(stateOf('shot-2002.png')).toBe('opened');
    expect(stateOf('invoice-2002.pdf')).toBe('unopened');
  });

  it('fails open: a fault in its dialog section lets the held send through', async () => {
    start();
    await flush(10);
    document.documentElement.dataset.tactFault = 'attachments-dialog';
    send();
    expect(sent).toEqual(['Draft for 2002']);
    expect(dialog()).toBeNull();
  });

  it('removes its markers and stops holding when the agent leaves the ticket', async () => {
    start();
    await flush(10);
    session!.stop();
    session = null;
    expect(getSurface(document).marks.querySelector('[data-testid="tact-attachment-markers"]')).toBeNull();
    send();
    expect(sent).toHaveLength(1);
  });
});
