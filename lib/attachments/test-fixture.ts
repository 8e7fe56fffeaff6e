/**
 * A two-ticket page in the demo helpdesk's markup (literal test markup, no page text), for the
 * attachments tests: ticket 2002 is open, 1001 is mounted but hidden, as helpdesk tabs do.
 */
import { mount } from '../../test/support/dom';

const attachment = (kind: string, name: string, extra = '') =>
  `<li class="dd-attachment" data-kind="${kind}" data-name="${name}"><a class="dd-attachment-link" href="files/${name}" ${extra}><img class="dd-attachment-thumb" src="files/${name}" alt="">${name}</a></li>`;

const ticket = (id: string, active: boolean) => `
  <section class="dd-ticket" data-ticket-id="${id}" data-active="${active}" ${active ? '' : 'hidden'}>
    <ol class="dd-thread">
      <li class="dd-message" data-author="customer" data-message-id="m-${id}-1"><div class="dd-message-body">Files attached</div>
        <ul class="dd-attachments">
          ${attachment('image', `shot-${id}.png`)}
          ${attachment('document', `invoice-${id}.pdf`, 'target="_blank"')}
          ${attachment('video', `bug-${id}.webm`)}
        </ul></li>
      <li class="dd-message" data-author="agent" data-message-id="m-${id}-2"><div class="dd-message-body">Our guide</div>
        <ul class="dd-attachments">${attachment('document', `guide-${id}.pdf`)}</ul></li>
    </ol>
    <form class="dd-reply"><textarea class="dd-reply-textarea">Draft for ${id}</textarea><button class="dd-send" type="submit">Send</button></form>
  </section>`;

export function mountTickets(): { open: HTMLElement; hidden: HTMLElement } {
  document.body.replaceChildren();
  // happy-dom follows some synthetic link activations; every test starts from the same address.
  history.replaceState(null, '', '/demo/#/tickets/2002');
  const wrap = mount(ticket('1001', false) + ticket('2002', true));
  // Like the helpdesk's previews: the page stays put (happy-dom would otherwise follow the link).
  wrap.addEventListener('click', (e) => {
    if ((e.target as Element).closest('.dd-attachment-link')) e.preventDefault();
  });
  return {
    hidden: wrap.querySelector<HTMLElement>('[data-ticket-id="1001"]')!,
    open: wrap.querySelector<HTMLElement>('[data-ticket-id="2002"]')!,
  };
}

export function link(root: Element, name: string): HTMLAnchorElement {
  return root.querySelector<HTMLAnchorElement>(`li.dd-attachment[data-name="${name}"] a`)!;
}

/** A media element whose playback the test controls (happy-dom does not play media). */
export function fakeMedia(kind: 'video' | 'audio', src: string, state: { played: [number, number][]; duration: number }): HTMLMediaElement {
  const media = document.createElement(kind);
  media.setAttribute('src', src);
  const abs = new URL(src, location.href).href;
  Object.defineProperty(media, 'currentSrc', { get: () => abs });
  Object.defineProperty(media, 'duration', { get: () => state.duration });
  Object.defineProperty(media, 'played', {
    get: () => ({ length: state.played.length, start: (i: number) => state.played[i]![0], end: (i: number) => state.played[i]![1] }),
  });
  return media;
}

export const flush = (ms = 0) => new Promise((r) => setTimeout(r, ms));
