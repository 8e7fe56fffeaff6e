/**
 * Tact's own layer on a page: one element appended to <html> (outside <body>, which helpdesk apps
 * re-render) holding an open shadow root. Underline boxes, cards, the badge and dialogs all live in
 * it; the page's CSS cannot reach in and ours cannot leak out.
 */
import { SURFACE_CSS } from './surface-css';

export interface Surface {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Pointer-transparent layer for underline boxes and markers. */
  readonly marks: HTMLElement;
  /** Hidden layer where textarea mirrors are measured. */
  readonly measure: HTMLElement;
  /** A fresh container for one piece of interactive UI (card, badge, dialog, toast). */
  slot(name: string): HTMLElement;
}

const HOST_TAG = 'tact-overlay';
const surfaces = new WeakMap<Document, Surface>();

export function getSurface(doc: Document = document): Surface {
  const existing = surfaces.get(doc);
  if (existing?.host.isConnected) return existing;
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-tact', '');
  // Inline so no page stylesheet can move or hide the host.
  host.style.cssText =
    'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483600 !important; pointer-events: none !important; display: block !important;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SURFACE_CSS;
  const marks = doc.createElement('div');
  marks.className = 'tact-marks';
  const measure = doc.createElement('div');
  measure.className = 'tact-measure';
  measure.setAttribute('aria-hidden', 'true');
  shadow.append(style, marks, measure);
  doc.documentElement.append(host);
  const slots = new Map<string, HTMLElement>();
  const surface: Surface = {
    host,
    shadow,
    marks,
    measure,
    slot(name) {
      let el = slots.get(name);
      if (!el || !el.isConnected) {
        el = doc.createElement('div');
        el.className = 'tact-slot';
        el.dataset.slot = name;
        shadow.append(el);
        slots.set(name, el);
      }
      return el;
    },
  };
  surfaces.set(doc, surface);
  return surface;
}

/** Is this node part of Tact's own UI (so page-level listeners can ignore it)? */
export function isOwnNode(node: EventTarget | null): boolean {
  return node instanceof Node && (node as Element).closest?.(HOST_TAG) != null;
}

export function eventFromSurface(event: Event): boolean {
  return event.composedPath().some((n) => n instanceof Element && n.tagName.toLowerCase() === HOST_TAG);
}
