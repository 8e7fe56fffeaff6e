import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSurface } from '../overlay/surface';
import { watchOpenGestures, watchPlayback, watchPreviews, type OpenTarget, type PlaybackSample } from './detect';
import type { OpenVia } from './state';
import { normalizeUrl } from './urls';
import { fakeMedia, link, mountTickets } from './test-fixture';

let controller: AbortController;
let opened: string[];
let page: ReturnType<typeof mountTickets>;

/** The open ticket's customer attachments, by link element and by URL (what the tracker does). */
function target(): OpenTarget<string> {
  const links = [...page.open.querySelectorAll<HTMLAnchorElement>('li.dd-message[data-author="customer"] a.dd-attachment-link')];
  return {
    byElement: (el) => (links.includes(el as HTMLAnchorElement) ? el.closest('li')!.getAttribute('data-name') : null),
    byUrl: (url) => links.find((a) => normalizeUrl(a.href) === normalizeUrl(url, location.href))?.closest('li')!.getAttribute('data-name') ?? null,
    inThread: (el) => el.closest('li.dd-message') !== null,
  };
}
const record = (name: string, via: OpenVia) => opened.push(`${name}:${via}`);

beforeEach(() => {
  page = mountTickets();
  controller = new AbortController();
  opened = [];
});
afterEach(() => controller.abort());

describe('opening gestures', () => {
  beforeEach(() => watchOpenGestures(document, target(), record, controller.signal));

  it('sees a click, a Ctrl/Cmd/Shift-click, a middle click and Enter, on the link or inside it', () => {
    const a = link(page.open, 'shot-2002.png');
    a.querySelector('img')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true }));
    a.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, metaKey: true }));
    a.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    a.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
    expect(opened).toEqual(['shot-2002.png:click', 'shot-2002.png:new-tab', 'shot-2002.png:new-tab', 'shot-2002.png:middle-click', 'shot-2002.png:keyboard']);
  });

  it('ignores a right click, other keys, the agent’s own files and the hidden ticket', () => {
    const a = link(page.open, 'shot-2002.png');
    a.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, button: 2 }));
    a.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: ' ' }));
    link(page.open, 'guide-2002.pdf').click();
    link(page.hidden, 'shot-1001.png').click();
    expect(opened).toEqual([]);
  });

  it('counts any link to the same file: a lightbox’s download button', () => {
    const modal = document.createElement('div');
    modal.setAttribute('role', 'dialog');
    const download = document.createElement('a');
    download.href = 'files/invoice-2002.pdf?download=1';
    download.setAttribute('download', 'invoice-2002.pdf');
    modal.append(download);
    document.body.append(modal);
    download.addEventListener('click', (e) => e.preventDefault());
    download.click();
    expect(opened).toEqual(['invoice-2002.pdf:download']);
  });

  it('does not count clicks in Tact’s own UI, and stops when aborted', () => {
    const button = document.createElement('button');
    getSurface(document).slot('test').append(button);
    button.click();
    controller.abort();
    link(page.open, 'shot-2002.png').click();
    expect(opened).toEqual([]);
  });
});

describe('previews', () => {
  beforeEach(() => watchPreviews(document, target(), record, controller.signal));
  const settle = () => new Promise((r) => setTimeout(r, 0));

  it('counts an image shown in a lightbox dialog, not its thumbnail in the thread', async () => {
    const thumb = document.createElement('img');
    thumb.src = 'files/shot-2002.png';
    page.open.querySelector('.dd-message-body')!.append(thumb);
    await settle();
    expect(opened).toEqual([]);
    const box = document.createElement('div');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-modal', 'true');
    box.innerHTML = '<img class="dd-lightbox-image" src="files/shot-2002.png" alt="">';
    document.body.append(box);
    await settle();
    expect(opened).toEqual(['shot-2002.png:preview']);
  });

  it('counts a player or viewer of the file, and a lightbox that moves on to the next file', async () => {
    const box = document.createElement('div');
    box.setAttribute('role', 'dialog');
    const img = document.createElement('img');
    img.src = 'files/unrelated.png';
    box.append(img);
    document.body.append(box);
    await settle();
    img.src = 'files/shot-2002.png';
    const viewer = document.createElement('embed');
    viewer.src = 'files/invoice-2002.pdf';
    document.body.append(viewer);
    await settle();
    expect(opened.sort()).toEqual(['invoice-2002.pdf:preview', 'shot-2002.png:preview']);
  });

  it('does not count a small image outside any dialog (a sidebar of thumbnails) or a hidden one', async () => {
    const side = document.createElement('aside');
    side.innerHTML = '<img src="files/shot-2002.png" width="48" height="32"><div hidden role="dialog"><video src="files/bug-2002.webm"></video></div>';
    document.body.append(side);
    await settle();
    expect(opened).toEqual([]);
  });
});

describe('playback', () => {
  let samples: { name: string; sample: PlaybackSample }[];
  beforeEach(() => {
    samples = [];
    const t = target();
    watchPlayback(document, (media) => t.byUrl(media.currentSrc), (name, sample) => samples.push({ name, sample }), controller.signal);
  });

  it('hears non-bubbling media events in the capture phase and reads the played ranges', () => {
    const state = { played: [[0, 1.2], [3, 4]] as [number, number][], duration: 5 };
    const video = fakeMedia('video', 'files/bug-2002.webm', state);
    document.body.append(video);
    video.dispatchEvent(new Event('pause'));
    expect(samples).toEqual([{ name: 'bug-2002.webm', sample: { spans: [[0, 1.2], [3, 4]], duration: 5 } }]);
  });

  it('samples at most once a second while playing, at once on pause and end', () => {
    const state = { played: [[0, 1]] as [number, number][], duration: 5 };
    const video = fakeMedia('video', 'files/bug-2002.webm', state);
    document.body.append(video);
    for (let i = 0; i < 5; i++) video.dispatchEvent(new Event('timeupdate'));
    expect(samples).toHaveLength(1);
    video.dispatchEvent(new Event('ended'));
    expect(samples).toHaveLength(2);
  });

  it('ignores media that is not a customer attachment, and players that played nothing', () => {
    document.body.append(fakeMedia('audio', 'files/jingle.mp3', { played: [[0, 3]], duration: 3 }));
    document.body.lastElementChild!.dispatchEvent(new Event('pause'));
    document.body.append(fakeMedia('video', 'files/bug-2002.webm', { played: [], duration: 5 }));
    document.body.lastElementChild!.dispatchEvent(new Event('play'));
    expect(samples).toEqual([]);
  });
});
