/**
 * A dot at the corner of each attachment — not opened / opened / watched — drawn in Tact's
 * pointer-transparent marks layer, never in the helpdesk's DOM. Positions come from the element's
 * rect and follow scrolling (any scroller, captured), resizing and layout changes, one repaint per
 * animation frame. A marker is hidden when its attachment is hidden, scrolled out of its scroller
 * or the viewport, or covered by something else (a lightbox over the thread).
 */
import { isVisible } from '../adapters/query';
import { clippingAncestors, contains, frameOffset, visibleBox } from '../overlay/geometry';
import type { Surface } from '../overlay/surface';
import { reportError } from '../platform/safe';
import type { AttachmentState } from './state';

export interface MarkerItem {
  /** Stable per attachment occurrence (the same file twice gets two markers). */
  id: string;
  element: Element;
  state: AttachmentState;
  /** Opened but not yet enough (media below the threshold). */
  pending: boolean;
  /** Share played, 0–1, for media. */
  played: number | null;
  label: string;
  name: string;
}

/** The marker sits over the element's top-right corner, this far in from it. */
const INSET_X = 2;
const INSET_Y = 2;
/** Matches `.tact-marker` in surface-css. */
const SIZE = 16;

export class MarkerLayer {
  private items: MarkerItem[] = [];
  private readonly els = new Map<string, HTMLElement>();
  private readonly layer: HTMLElement;
  private readonly view: Window & typeof globalThis;
  private frame = 0;
  private ro: ResizeObserver | null = null;
  private observed = new Set<Element>();
  private readonly cleanup: (() => void)[] = [];

  constructor(
    private readonly surface: Surface,
    private readonly doc: Document,
  ) {
    this.view = doc.defaultView!;
    this.layer = doc.createElement('div');
    this.layer.className = 'tact-attachment-markers';
    this.layer.dataset.testid = 'tact-attachment-markers';
    surface.marks.append(this.layer);
    const onLayout = () => this.invalidate();
    this.view.addEventListener('scroll', onLayout, { capture: true, passive: true });
    this.view.addEventListener('resize', onLayout, { passive: true });
    this.cleanup.push(() => {
      this.view.removeEventListener('scroll', onLayout, { capture: true });
      this.view.removeEventListener('resize', onLayout);
    });
    if (this.view.ResizeObserver) this.ro = new this.view.ResizeObserver(onLayout);
  }

  set(items: MarkerItem[]): void {
    this.items = items;
    const wanted = new Set(items.map((i) => i.element));
    for (const el of this.observed) {
      if (!wanted.has(el)) this.ro?.unobserve(el);
    }
    for (const el of wanted) {
      if (!this.observed.has(el)) this.ro?.observe(el);
    }
    this.observed = wanted;
    this.invalidate();
  }

  invalidate(): void {
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.repaint();
      } catch (error) {
        reportError(error, 'attachments.markers');
      }
    });
  }

  /** Draws now; normally once per frame after a change. */
  repaint(): void {
    const used = new Set<string>();
    for (const item of this.items) {
      const at = this.placement(item.element);
      if (!at) continue;
      used.add(item.id);
      let el = this.els.get(item.id);
      if (!el) {
        el = this.doc.createElement('span');
        el.className = 'tact-marker';
        el.setAttribute('role', 'img');
        el.dataset.testid = 'tact-attachment-marker';
        this.layer.append(el);
        this.els.set(item.id, el);
      }
      el.dataset.state = item.state;
      // Attribute values are data, never parsed as markup: the file name is the customer's text.
      el.dataset.name = item.name;
      // No title tooltip: the dot is pointer-transparent so a click on the link's corner reaches the
      // link (opens the file and counts), and a transparent element never shows one. The state stays
      // in the label and the popup.
      el.setAttribute('aria-label', item.label);
      if (item.pending) el.dataset.pending = '';
      else delete el.dataset.pending;
      el.style.cssText = `left:${at.left}px;top:${at.top}px;--tact-played:${item.played ?? 0}`;
    }
    for (const [id, el] of this.els) {
      if (used.has(id)) continue;
      el.remove();
      this.els.delete(id);
    }
  }

  private placement(element: Element): { left: number; top: number } | null {
    if (!element.isConnected || !isVisible(element)) return null;
    const clip = visibleBox(element, clippingAncestors(element));
    if (!clip) return null;
    const r = element.getBoundingClientRect();
    const off = frameOffset(element.ownerDocument);
    const cx = r.right + off.x - INSET_X;
    const cy = r.top + off.y + INSET_Y;
    // The corner itself must be on screen: half a marker over a scroller's edge reads as a glitch.
    if (!contains(clip, cx, cy, 1)) return null;
    if (this.covered(element, clip)) return null;
    return { left: cx - SIZE / 2, top: cy - SIZE / 2 };
  }

  /** Something else (a modal, a sticky header) is on top of the attachment's visible part. */
  private covered(element: Element, clip: { left: number; top: number; right: number; bottom: number }): boolean {
    const doc = element.ownerDocument;
    if (doc !== this.doc || typeof doc.elementFromPoint !== 'function') return false;
    const x = (clip.left + clip.right) / 2;
    const y = (clip.top + clip.bottom) / 2;
    const hit = doc.elementFromPoint(x, y);
    if (!hit) return false;
    // Tact's own dialog over the page does not hide the markers under it; the backdrop does.
    if (hit === this.surface.host) return false;
    return !(hit === element || element.contains(hit) || hit.contains(element));
  }

  dispose(): void {
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    for (const fn of this.cleanup.splice(0)) fn();
    this.ro?.disconnect();
    this.layer.remove();
    this.els.clear();
  }
}
