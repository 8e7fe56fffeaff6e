import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSurface } from '../overlay/surface';
import { SURFACE_CSS } from '../overlay/surface-css';
import { MarkerLayer, type MarkerItem } from './markers';
import { link, mountTickets } from './test-fixture';

let layer: MarkerLayer;
let page: ReturnType<typeof mountTickets>;

function place(el: Element, left: number, top: number, width = 200, height = 50) {
  el.getBoundingClientRect = () => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
}

const item = (el: Element, state: MarkerItem['state'], extra: Partial<MarkerItem> = {}): MarkerItem => ({
  id: el.closest('li')!.getAttribute('data-name')!,
  element: el,
  state,
  pending: false,
  played: null,
  label: `${el.closest('li')!.getAttribute('data-name')}: ${state}`,
  name: el.closest('li')!.getAttribute('data-name')!,
  ...extra,
});

const markers = () => [...getSurface(document).marks.querySelectorAll<HTMLElement>('[data-testid="tact-attachment-marker"]')];

beforeEach(() => {
  // happy-dom computes no overflow; the page here has no scrollers, as a browser would report.
  const computed = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((el, pseudo) => {
    const style = computed(el, pseudo);
    return new Proxy(style, { get: (s, p) => (p === 'overflowX' || p === 'overflowY' ? 'visible' : Reflect.get(s, p)) });
  });
  page = mountTickets();
  layer = new MarkerLayer(getSurface(document), document);
});
afterEach(() => {
  layer.dispose();
  vi.restoreAllMocks();
});

describe('attachment markers', () => {
  it('lets a click through to the link under the dot (pointer-transparent, so the file opens and counts)', () => {
    const rule = /\.tact-marker \{[^}]*\}/.exec(SURFACE_CSS)?.[0] ?? '';
    expect(rule).toContain('pointer-events: none');
    expect(SURFACE_CSS).not.toMatch(/\.tact-marker[^{]*\{[^}]*pointer-events: auto/);
  });

  it('draws one marker per attachment at its top-right corner, in Tact’s layer only', () => {
    const shot = link(page.open, 'shot-2002.png');
    const video = link(page.open, 'bug-2002.webm');
    place(shot, 100, 100);
    place(video, 100, 200);
    const before = page.open.outerHTML;
    layer.set([item(shot, 'opened'), item(video, 'opened', { pending: true, played: 0.4 })]);
    layer.repaint();
    const [a, b] = markers();
    expect(a!.dataset.state).toBe('opened');
    expect(a!.style.left).toBe('290px');
    expect(a!.style.top).toBe('94px');
    expect(a!.getAttribute('role')).toBe('img');
    expect(a!.getAttribute('aria-label')).toBe('shot-2002.png: opened');
    expect(a!.hasAttribute('title')).toBe(false);
    expect(b!.hasAttribute('data-pending')).toBe(true);
    expect(b!.style.getPropertyValue('--tact-played')).toBe('0.4');
    expect(page.open.outerHTML).toBe(before);
  });

  it('follows the element when it moves, and updates state in place', () => {
    const shot = link(page.open, 'shot-2002.png');
    place(shot, 100, 100);
    layer.set([item(shot, 'unopened')]);
    layer.repaint();
    const el = markers()[0]!;
    place(shot, 100, 40);
    layer.set([item(shot, 'opened')]);
    layer.repaint();
    expect(markers()).toEqual([el]);
    expect(el.style.top).toBe('34px');
    expect(el.dataset.state).toBe('opened');
  });

  it('hides a marker when its attachment is hidden, scrolled away, or covered by a lightbox', () => {
    const shot = link(page.open, 'shot-2002.png');
    const pdf = link(page.open, 'invoice-2002.pdf');
    const video = link(page.open, 'bug-2002.webm');
    place(shot, 100, -80);
    place(pdf, 100, 100);
    place(video, 100, 300);
    pdf.closest('li')!.hidden = true;
    const modal = document.createElement('div');
    document.body.append(modal);
    vi.spyOn(document, 'elementFromPoint').mockImplementation((_x, y) => (y > 250 ? modal : null));
    layer.set([item(shot, 'unopened'), item(pdf, 'unopened'), item(video, 'unopened')]);
    layer.repaint();
    expect(markers()).toEqual([]);
    pdf.closest('li')!.hidden = false;
    layer.repaint();
    expect(markers().map((m) => m.dataset.name)).toEqual(['invoice-2002.pdf']);
  });

  it('is removed with everything it added', () => {
    const shot = link(page.open, 'shot-2002.png');
    place(shot, 10, 10);
    layer.set([item(shot, 'unopened')]);
    layer.repaint();
    layer.dispose();
    expect(markers()).toEqual([]);
    expect(getSurface(document).marks.querySelector('.tact-attachment-markers')).toBeNull();
  });
});
