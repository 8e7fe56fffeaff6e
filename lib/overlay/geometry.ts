/**
 * Rectangles in the top window's viewport. Underlines are clipped to what the agent can see of the
 * editor: its own box, every scrolling ancestor, the viewport, and the frames it sits in.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const box = (r: { left: number; top: number; right: number; bottom: number }): Box => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});

export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

export function contains(b: Box, x: number, y: number, slop = 0): boolean {
  return x >= b.left - slop && x <= b.right + slop && y >= b.top - slop && y <= b.bottom + slop;
}

/** Offset of a document's viewport inside the top window's viewport (0,0 for the top document). */
export function frameOffset(doc: Document): { x: number; y: number; clip: Box | null } {
  let x = 0;
  let y = 0;
  let clip: Box | null = null;
  let view: Window | null = doc.defaultView;
  while (view && view.frameElement) {
    const frame = view.frameElement as HTMLElement;
    const r = frame.getBoundingClientRect();
    const cs = view.parent.getComputedStyle(frame);
    const fx = r.left + (parseFloat(cs.borderLeftWidth) || 0) + (parseFloat(cs.paddingLeft) || 0);
    const fy = r.top + (parseFloat(cs.borderTopWidth) || 0) + (parseFloat(cs.paddingTop) || 0);
    const frameBox = { left: fx, top: fy, right: fx + frame.clientWidth, bottom: fy + frame.clientHeight };
    // Clip accumulated so far is in the inner frame's coordinates: move it out before intersecting.
    clip = clip ? intersect({ left: clip.left + fx, top: clip.top + fy, right: clip.right + fx, bottom: clip.bottom + fy }, frameBox) : frameBox;
    x += fx;
    y += fy;
    view = view.parent;
  }
  return { x, y, clip };
}

/** Ancestors that clip their content (overflow other than visible), nearest first. */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  const view = el.ownerDocument.defaultView!;
  for (let p = el.parentElement; p && p !== el.ownerDocument.documentElement; p = p.parentElement) {
    const cs = view.getComputedStyle(p);
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') out.push(p);
  }
  return out;
}

/** The part of `el`'s padding box the agent can see, in top-window viewport coordinates. */
export function visibleBox(el: Element, ancestors: Element[] = clippingAncestors(el)): Box | null {
  const doc = el.ownerDocument;
  const view = doc.defaultView!;
  const r = el.getBoundingClientRect();
  const cs = view.getComputedStyle(el);
  let clip: Box | null = {
    left: r.left + (parseFloat(cs.borderLeftWidth) || 0),
    top: r.top + (parseFloat(cs.borderTopWidth) || 0),
    right: r.right - (parseFloat(cs.borderRightWidth) || 0),
    bottom: r.bottom - (parseFloat(cs.borderBottomWidth) || 0),
  };
  for (const a of ancestors) {
    if (!clip) return null;
    const ar = a.getBoundingClientRect();
    clip = intersect(clip, { left: ar.left + a.clientLeft, top: ar.top + a.clientTop, right: ar.left + a.clientLeft + a.clientWidth, bottom: ar.top + a.clientTop + a.clientHeight });
  }
  if (!clip) return null;
  clip = intersect(clip, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
  if (!clip) return null;
  const frame = frameOffset(doc);
  const moved = { left: clip.left + frame.x, top: clip.top + frame.y, right: clip.right + frame.x, bottom: clip.bottom + frame.y };
  return frame.clip ? intersect(moved, frame.clip) : moved;
}

/** Client rects of a range in top-window coordinates, merged per line and clipped. */
export function rangeBoxes(rects: ArrayLike<DOMRect>, offset: { x: number; y: number }, clip: Box | null): Box[] {
  const out: Box[] = [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (r.width === 0 && r.height === 0) continue;
    const b = { left: r.left + offset.x, top: r.top + offset.y, right: r.right + offset.x, bottom: r.bottom + offset.y };
    const last = out[out.length - 1];
    // Inline elements split a line into several rects; one underline per line is enough.
    if (last && Math.abs(last.top - b.top) < 2 && Math.abs(last.bottom - b.bottom) < 2 && b.left <= last.right + 1) {
      last.right = Math.max(last.right, b.right);
      continue;
    }
    out.push(b);
  }
  if (!clip) return out;
  return out.map((b) => intersect(b, clip)).filter((b): b is Box => b !== null);
}
