import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAdapter } from '../adapters/create';
import { demo } from '../adapters/helpdesks/demo';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { entryKey, linkKey } from './keys';
import { opened } from './state';
import { AttachmentStore } from './store';
import { TicketAttachments } from './tracker';
import { flush, link, mountTickets } from './test-fixture';

const adapter = createAdapter(demo);
let settings: Settings['attachments'];
let page: ReturnType<typeof mountTickets>;

function trackerFor(root: Element, ticket: string) {
  return new TicketAttachments({
    scope: { site: 'demo', host: location.host, ticket },
    list: () => adapter.customerAttachments(root),
    store: new AttachmentStore(),
    settings: () => settings,
    baseUrl: location.href,
  });
}

beforeEach(() => {
  settings = structuredClone(DEFAULT_SETTINGS.attachments);
  page = mountTickets();
});

describe('TicketAttachments', () => {
  it('counts an opening at once, before storage answers, so a send right after sees it', async () => {
    const tracker = trackerFor(page.open, '2002');
    await tracker.refresh();
    tracker.open(tracker.byElement(link(page.open, 'shot-2002.png'))!, 'click');
    expect(tracker.pending().map((t) => t.info.name)).toEqual(['invoice-2002.pdf', 'bug-2002.webm']);
  });

  it('never lets one ticket’s record answer for another’s, even for the same file', async () => {
    // Ticket 1001 (hidden now) had its image opened earlier, under the same URL as 2002's.
    const same = link(page.open, 'shot-2002.png').href;
    link(page.hidden, 'shot-1001.png').href = same;
    const hidden = trackerFor(page.hidden, '1001');
    await hidden.refresh();
    hidden.open(hidden.byUrl(same)!, 'click');
    await flush(10);
    const open = trackerFor(page.open, '2002');
    await open.refresh();
    expect(open.byUrl(same)!.derived.state).toBe('unopened');
  });

  it('shows a file attached twice as one record, with a marker for each occurrence', async () => {
    const second = link(page.open, 'invoice-2002.pdf');
    second.href = link(page.open, 'shot-2002.png').href;
    const tracker = trackerFor(page.open, '2002');
    await tracker.refresh();
    expect(tracker.items()).toHaveLength(3);
    expect(tracker.unique()).toHaveLength(2);
  });

  it('picks up playback another tab recorded, and ignores records of other tickets', async () => {
    const tracker = trackerFor(page.open, '2002');
    await tracker.refresh();
    let changes = 0;
    tracker.onChange(() => changes++);
    const video = tracker.byUrl(link(page.open, 'bug-2002.webm').href)!;
    tracker.external(video.key, { at: 5, opened: 5, via: 'playback', spans: [[0, 4]], duration: 5 });
    tracker.external(entryKey({ site: 'demo', host: location.host, ticket: '1001' }, 'id:x'), opened(null, 'click', 1));
    expect(changes).toBe(1);
    expect(tracker.byUrl(link(page.open, 'bug-2002.webm').href)!.derived.state).toBe('watched');
  });

  it('stores again a fact another tab wrote over (two tabs saving one record in the same instant)', async () => {
    const tracker = trackerFor(page.open, '2002');
    await tracker.refresh();
    const shot = tracker.byUrl(link(page.open, 'shot-2002.png').href)!;
    tracker.open(shot, 'click');
    await flush(10);
    // The other tab read the record before this tab's write and now writes it back without the opening.
    const theirs = { at: Date.now() + 1, spans: [[0, 1]] as [number, number][], duration: 2 };
    await fakeBrowser.storage.local.set({ [shot.key]: theirs });
    tracker.external(shot.key, theirs);
    await flush(10);
    const stored = (await fakeBrowser.storage.local.get(shot.key))[shot.key] as { opened?: number; spans?: unknown };
    expect(stored.opened).toBeTypeOf('number');
    expect(stored.spans).toEqual([[0, 1]]);
    // Storage now holds everything this page knows: hearing it back writes nothing more.
    let writes = 0;
    fakeBrowser.storage.local.onChanged.addListener(() => writes++);
    tracker.external(shot.key, (await fakeBrowser.storage.local.get(shot.key))[shot.key] as typeof theirs);
    await flush(10);
    expect(writes).toBe(0);
  });

  it('leaves a link from a media file’s URL to its record, for a tab showing only the file', async () => {
    const tracker = trackerFor(page.open, '2002');
    await tracker.refresh();
    const video = tracker.byUrl(link(page.open, 'bug-2002.webm').href)!;
    tracker.open(video, 'middle-click');
    await flush(10);
    const stored = await fakeBrowser.storage.local.get(linkKey(video.url!)!);
    expect(Object.values(stored)[0]).toMatchObject({ refs: [video.key] });
  });

  it('attributes a blob: player only to the media file opened in the last minute', async () => {
    let now = 1000;
    const tracker = new TicketAttachments({
      scope: { site: 'demo', host: location.host, ticket: '2002' },
      list: () => adapter.customerAttachments(page.open),
      store: new AttachmentStore(),
      settings: () => settings,
      baseUrl: location.href,
      now: () => now,
    });
    await tracker.refresh();
    expect(tracker.recentMedia('video')).toBeNull();
    tracker.open(tracker.byUrl(link(page.open, 'bug-2002.webm').href)!, 'click');
    expect(tracker.recentMedia('audio')).toBeNull();
    expect(tracker.recentMedia('video')?.info.name).toBe('bug-2002.webm');
    now += 61_000;
    expect(tracker.recentMedia('video')).toBeNull();
  });
});
