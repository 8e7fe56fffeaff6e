import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryKey, linkKey } from './keys';
import { opened } from './state';
import { AttachmentStore } from './store';
import { isMediaDocument, trackMediaDocument } from './standalone';
import { fakeMedia, flush } from './test-fixture';

describe('a media file in its own tab', () => {
  it('is told apart from a helpdesk page', () => {
    document.body.replaceChildren();
    expect(isMediaDocument(document)).toBe(false);
    history.replaceState(null, '', '/demo/files/bug.webm');
    document.body.append(fakeMedia('video', location.href, { played: [], duration: 5 }));
    expect(isMediaDocument(document)).toBe(true);
  });

  it('writes its playback to the records the helpdesk tab linked to this URL', async () => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/demo/files/bug.webm');
    const key = entryKey({ site: 'demo', host: location.host, ticket: '2002' }, `url:${location.href}`);
    const store = new AttachmentStore();
    await store.update(key, 30, (e) => opened(e, 'middle-click', Date.now()));
    await store.link(linkKey(location.href)!, [key]);

    const controller = new AbortController();
    const playback = { played: [[0, 3]] as [number, number][], duration: 5 };
    const video = fakeMedia('video', location.href, playback);
    document.body.append(video);
    trackMediaDocument(document, controller.signal, store);
    video.dispatchEvent(new Event('pause'));
    await flush(20);
    const saved = (await fakeBrowser.storage.local.get(key))[key];
    expect(saved).toMatchObject({ via: 'middle-click', spans: [[0, 3]], duration: 5 });
    controller.abort();
  });

  it('writes nothing for a file no ticket linked, or where the admin turned the check off', async () => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/demo/files/other.webm');
    const key = entryKey({ site: 'demo', host: location.host, ticket: '2002' }, `url:${location.href}`);
    await fakeBrowser.storage.local.set({ settings: { attachments: { disabledSites: ['demo'] } } });
    const store = new AttachmentStore();
    await store.link(linkKey(location.href)!, [key]);
    const controller = new AbortController();
    const video = fakeMedia('video', location.href, { played: [[0, 3]], duration: 5 });
    document.body.append(video);
    trackMediaDocument(document, controller.signal, store);
    video.dispatchEvent(new Event('pause'));
    await flush(20);
    expect((await fakeBrowser.storage.local.get(key))[key]).toBeUndefined();
    controller.abort();
  });
});
