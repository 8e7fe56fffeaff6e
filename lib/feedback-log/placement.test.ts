import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Box } from '../overlay/geometry';
import { lastLine, onScreen, placeAfter, placeInCorner, placePopover } from './placement';

const viewport = { width: 1000, height: 800 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height });

describe('lastLine', () => {
  it('is the last rect with area, skipping the caret position a triple click ends on', () => {
    expect(lastLine([rect(10, 10, 300, 18), rect(10, 30, 120, 18), rect(10, 52, 0, 18)])).toEqual(box(10, 30, 130, 48));
  });
  it('is null for no rects or only empty ones', () => {
    expect(lastLine([])).toBeNull();
    expect(lastLine([rect(5, 5, 0, 18), rect(5, 5, 40, 0)])).toBeNull();
  });
});

describe('placeAfter', () => {
  const button = { width: 64, height: 26 };
  it('goes just after the line, centred on it, when there is room on the right', () => {
    expect(placeAfter(box(100, 200, 400, 220), button, viewport)).toEqual({ left: 406, top: 197 });
  });
  it('goes below the line, its right edge on the line end, when the line ends at the right edge', () => {
    expect(placeAfter(box(100, 200, 980, 220), button, viewport)).toEqual({ left: 916, top: 226 });
  });
  it('stays inside the viewport at the bottom edge', () => {
    expect(placeAfter(box(100, 780, 980, 798), button, viewport).top).toBe(800 - 26 - 8);
  });
});

describe('placeInCorner', () => {
  it('sits inside the bottom-right corner, inset', () => {
    expect(placeInCorner(box(100, 100, 500, 300), { width: 64, height: 26 })).toEqual({ left: 430, top: 268 });
    expect(placeInCorner(box(100, 100, 500, 300), { width: 64, height: 26 }, 0)).toEqual({ left: 436, top: 274 });
  });
});

describe('placePopover', () => {
  const popover = { width: 320, height: 300 };
  it('goes below the anchor when it fits', () => {
    expect(placePopover(box(100, 100, 300, 120), popover, viewport)).toEqual({ left: 100, top: 126 });
  });
  it('goes above the anchor when there is no room below', () => {
    expect(placePopover(box(100, 600, 300, 620), popover, viewport)).toEqual({ left: 100, top: 600 - 6 - 300 });
  });
  it('pins to the bottom when there is room neither below nor above', () => {
    expect(placePopover(box(100, 200, 300, 600), popover, viewport)).toEqual({ left: 100, top: 800 - 300 - 8 });
  });
  it('comes on screen for an anchor above or below the viewport', () => {
    expect(placePopover(box(100, -200, 300, -180), popover, viewport).top).toBe(8);
    expect(placePopover(box(100, 1200, 300, 1220), popover, viewport).top).toBe(800 - 300 - 8);
  });
  it('is pushed in from the right and left edges', () => {
    expect(placePopover(box(900, 100, 990, 120), popover, viewport).left).toBe(1000 - 320 - 8);
    expect(placePopover(box(-50, 100, 10, 120), popover, viewport).left).toBe(8);
  });
  it('is always inside the viewport (with its margin) when the popover fits, even for an anchor scrolled out of view', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 1200 }),
        fc.integer({ min: -200, max: 1000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        (left, top, width, height) => {
          const anchor = box(left, top, left + width, top + height);
          const at = placePopover(anchor, popover, viewport);
          expect(at.left).toBeGreaterThanOrEqual(8);
          expect(at.left + popover.width).toBeLessThanOrEqual(viewport.width - 8);
          expect(at.top).toBeGreaterThanOrEqual(8);
          expect(at.top + popover.height).toBeLessThanOrEqual(viewport.height - 8);
        },
      ),
    );
  });
});

describe('onScreen', () => {
  it('is true when any part is in the viewport, false when outside or missing', () => {
    expect(onScreen(box(10, 10, 20, 20), viewport)).toBe(true);
    expect(onScreen(box(-20, 10, 1, 20), viewport)).toBe(true);
    expect(onScreen(box(-20, 10, 0, 20), viewport)).toBe(false);
    expect(onScreen(box(10, 800, 20, 820), viewport)).toBe(false);
    expect(onScreen(box(1000, 10, 1020, 20), viewport)).toBe(false);
    expect(onScreen(null, viewport)).toBe(false);
  });
});
