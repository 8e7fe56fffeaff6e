/**
 * Where the Log button, the message affordance and the picker go, in viewport coordinates. Pure
 * arithmetic so it can be tested without layout; callers pass rects measured on the page.
 */
import type { Box } from '../overlay/geometry';

export interface Size {
  width: number;
  height: number;
}

const MARGIN = 8;
const GAP = 6;

/**
 * The last line of a selection (rects in document order), where the reader's eye ends. Zero-width
 * rects are caret positions — a triple click ends at the start of the next paragraph — not text.
 */
export function lastLine(rects: ArrayLike<{ left: number; top: number; right: number; bottom: number; width: number; height: number }>): Box | null {
  for (let i = rects.length - 1; i >= 0; i--) {
    const r = rects[i]!;
    if (r.width > 0 && r.height > 0) return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return null;
}

/** Just after the end of the selection's last line, vertically centred on it; below it when the line ends at the right edge. */
export function placeAfter(line: Box, button: Size, viewport: Size): { left: number; top: number } {
  const middle = (line.top + line.bottom) / 2 - button.height / 2;
  if (line.right + GAP + button.width <= viewport.width - MARGIN) {
    return { left: line.right + GAP, top: clamp(middle, MARGIN, viewport.height - button.height - MARGIN) };
  }
  return {
    left: clamp(line.right - button.width, MARGIN, viewport.width - button.width - MARGIN),
    top: clamp(line.bottom + GAP, MARGIN, viewport.height - button.height - MARGIN),
  };
}

/**
 * Inside the element's bottom-right corner. Helpdesks put the time, the channel and their own
 * actions at the top right of a message; the bottom right, after the signature, is usually empty.
 */
export function placeInCorner(element: Box, button: Size, inset = 6): { left: number; top: number } {
  return { left: element.right - inset - button.width, top: element.bottom - inset - button.height };
}

/** Below the anchor when it fits, above it otherwise, always inside the viewport. */
export function placePopover(anchor: Box, popover: Size, viewport: Size): { left: number; top: number } {
  const left = clamp(anchor.left, MARGIN, viewport.width - popover.width - MARGIN);
  // An anchor scrolled out of view (a passage above or below the fold) still gets a picker on screen.
  const below = Math.max(anchor.bottom + GAP, MARGIN);
  if (below + popover.height <= viewport.height - MARGIN) return { left, top: below };
  const above = Math.min(anchor.top - GAP - popover.height, viewport.height - popover.height - MARGIN);
  if (above >= MARGIN) return { left, top: above };
  return { left, top: clamp(viewport.height - popover.height - MARGIN, MARGIN, Infinity) };
}

function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, max));
}

/** Is the point inside the viewport (with the element's clip), i.e. worth drawing a button at? */
export function onScreen(box: Box | null, viewport: Size): boolean {
  return Boolean(box && box.bottom > 0 && box.top < viewport.height && box.right > 0 && box.left < viewport.width);
}
