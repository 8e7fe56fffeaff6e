/**
 * The first click. A small Log button appears beside a selection in a customer's message of the
 * open ticket, and at the corner of a customer message the pointer (or keyboard focus) is on, for
 * logging the whole message. Both are drawn in Tact's overlay and follow scrolling; neither appears
 * for the agent's messages, the draft, or a ticket that is mounted but not open.
 *
 * The button's mousedown is cancelled so the click does not collapse the page's selection: the
 * agent still sees what they are logging when the picker opens.
 */
import { render } from 'preact';
import type { MessageInfo } from '../adapters/contract';
import { clippingAncestors, intersect, visibleBox, type Box } from '../overlay/geometry';
import { eventFromSurface, type Surface } from '../overlay/surface';
import { reportError, safely } from '../platform/safe';
import { lastLine, onScreen, placeAfter, placeInCorner } from './placement';
import { customerMessageAt, passageFromMessage, passageFromRange, type Passage, type PassageScope } from './quote';
import { t } from './strings';

/** Matches `.tact-log-btn` in surface-css. */
export const LOG_BUTTON = { width: 64, height: 26 };
const SELECTION_SETTLE_MS = 120;
const HOVER_GRACE_MS = 300;

export interface AffordanceOptions {
  doc: Document;
  /** The open ticket's root: pointer and focus elsewhere are not worth reading the thread for. */
  root: Element;
  surface: Surface;
  scope: () => PassageScope;
  /** The agent chose to log this; `anchor` is where the picker should open from. */
  onLog: (passage: Passage, anchor: Box) => void;
  /** While the picker is open the buttons stay away. */
  busy: () => boolean;
  signal: AbortSignal;
}

type Shown = { kind: 'selection'; passage: Passage } | { kind: 'message'; message: MessageInfo };

export class LogAffordance {
  private readonly doc: Document;
  private readonly view: Window & typeof globalThis;
  private readonly slot: HTMLElement;
  private shown: Shown | null = null;
  private hovered: MessageInfo | null = null;
  private pointerDown = false;
  private settleTimer = 0;
  private hoverTimer = 0;
  private frame = 0;
  /** After Escape: no button for this selection until it changes. */
  private dismissedRange: Range | null = null;
  private position: { left: number; top: number } | null = null;

  constructor(private readonly o: AffordanceOptions) {
    this.doc = o.doc;
    this.view = o.doc.defaultView!;
    this.slot = o.surface.slot('feedback-log-button');
    const on = <E extends Event>(target: EventTarget, type: string, fn: (e: E) => void, capture = true) => {
      const listener = safely(`feedback-log.${type}`, fn as (e: Event) => void) as EventListener;
      target.addEventListener(type, listener, { capture, passive: true });
      o.signal.addEventListener('abort', () => target.removeEventListener(type, listener, { capture }), { once: true });
    };
    on(this.doc, 'selectionchange', () => this.selectionChanged());
    on<PointerEvent>(this.doc, 'pointerdown', (e) => {
      if (eventFromSurface(e)) return;
      this.pointerDown = true;
      if (this.shown?.kind === 'selection') this.hide();
    });
    on(this.doc, 'pointerup', () => {
      if (!this.pointerDown) return;
      this.pointerDown = false;
      this.settleSoon();
    });
    on<PointerEvent>(this.doc, 'pointerover', (e) => this.pointerOver(e));
    on<FocusEvent>(this.doc, 'focusin', (e) => this.focusIn(e));
    on<KeyboardEvent>(this.doc, 'keydown', (e) => {
      if (e.key === 'Escape' && this.shown && !eventFromSurface(e)) {
        this.dismissedRange = this.currentRange();
        this.hide();
      }
    });
    on(this.view, 'scroll', () => this.invalidate());
    on(this.view, 'resize', () => this.invalidate(), false);
    o.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /** The customer message under the pointer or holding focus, for "log the message I am on". */
  pointed(): MessageInfo | null {
    return this.hovered?.element.isConnected ? this.hovered : null;
  }

  hide(): void {
    this.shown = null;
    this.position = null;
    this.paint();
  }

  /** Re-evaluates after the picker closes. */
  refresh(): void {
    this.evaluate();
  }

  private currentRange(): Range | null {
    const sel = this.doc.getSelection();
    return sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  }

  private selectionChanged(): void {
    // While a drag is still extending the selection the button would jump along with it.
    if (this.pointerDown) return;
    this.settleSoon();
  }

  private settleSoon(): void {
    this.view.clearTimeout(this.settleTimer);
    this.settleTimer = this.view.setTimeout(() => {
      this.settleTimer = 0;
      try {
        this.evaluate();
      } catch (error) {
        reportError(error, 'feedback-log.selection');
      }
    }, SELECTION_SETTLE_MS);
  }

  private evaluate(): void {
    if (this.o.signal.aborted) return;
    if (this.o.busy()) return this.hide();
    const range = this.currentRange();
    if (range) {
      if (this.dismissedRange && sameRange(range, this.dismissedRange)) return this.hide();
      this.dismissedRange = null;
      const result = passageFromRange(range, this.o.scope());
      if (result.ok) {
        this.shown = { kind: 'selection', passage: result.passage };
        return this.place();
      }
      // A selection that cannot be logged: no button at all, not even the message's.
      return this.hide();
    }
    this.dismissedRange = null;
    if (this.hovered) {
      this.shown = { kind: 'message', message: this.hovered };
      return this.place();
    }
    this.hide();
  }

  private pointerOver(e: PointerEvent): void {
    if (eventFromSurface(e)) {
      // On our own button: stay.
      this.view.clearTimeout(this.hoverTimer);
      return;
    }
    const target = e.target as Node | null;
    if (!target || !this.o.root.contains(target)) return this.leaveSoon();
    if (this.hovered?.element.contains(target)) {
      this.view.clearTimeout(this.hoverTimer);
      return;
    }
    const message = customerMessageAt(target, this.o.scope());
    if (message) {
      this.view.clearTimeout(this.hoverTimer);
      this.hovered = message;
      if (this.shown?.kind !== 'selection') this.evaluate();
      return;
    }
    this.leaveSoon();
  }

  private focusIn(e: FocusEvent): void {
    if (eventFromSurface(e)) return;
    const target = e.target as Node | null;
    const message = target && this.o.root.contains(target) ? customerMessageAt(target, this.o.scope()) : null;
    if (message) {
      this.hovered = message;
      if (this.shown?.kind !== 'selection') this.evaluate();
    } else if (this.hovered) this.leaveSoon();
  }

  private leaveSoon(): void {
    if (!this.hovered) return;
    this.view.clearTimeout(this.hoverTimer);
    // Time to reach the button from the message's edge.
    this.hoverTimer = this.view.setTimeout(() => {
      this.hovered = null;
      if (this.shown?.kind === 'message') this.hide();
    }, HOVER_GRACE_MS);
  }

  private invalidate(): void {
    if (!this.shown || this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.place();
      } catch (error) {
        reportError(error, 'feedback-log.place');
      }
    });
  }

  /** Where the button goes now, or nowhere when its spot is scrolled out of sight. */
  private anchorBox(): Box | null {
    const shown = this.shown;
    if (!shown) return null;
    const viewport = { width: this.view.innerWidth, height: this.view.innerHeight };
    if (shown.kind === 'selection') {
      const { range, message } = shown.passage;
      if (!range.startContainer.isConnected || !message.element.isConnected) return null;
      const line = lastLine(range.getClientRects());
      const container = message.body ?? message.element;
      const clip = visibleBox(container, clippingAncestors(container));
      const seen = line && clip ? intersect(line, clip) : null;
      return onScreen(seen, viewport) ? line : null;
    }
    const el = shown.message.element;
    if (!el.isConnected) return null;
    const clip = visibleBox(el, clippingAncestors(el));
    if (!clip) return null;
    // The corner of the part the agent can see: a long message scrolled half out keeps its button.
    const corner = placeInCorner(clip, LOG_BUTTON);
    const box = { left: corner.left, top: corner.top, right: corner.left + LOG_BUTTON.width, bottom: corner.top + LOG_BUTTON.height };
    return box.top >= clip.top && box.left >= clip.left ? box : null;
  }

  private place(): void {
    const box = this.anchorBox();
    if (!box || !this.shown) {
      this.position = null;
      return this.paint();
    }
    const viewport = { width: this.view.innerWidth, height: this.view.innerHeight };
    this.position = this.shown.kind === 'selection' ? placeAfter(box, LOG_BUTTON, viewport) : { left: box.left, top: box.top };
    this.paint();
  }

  private activate(): void {
    const shown = this.shown;
    if (!shown) return;
    const scope = this.o.scope();
    let passage: Passage | null = null;
    let anchor: Box | null = null;
    if (shown.kind === 'selection') {
      // Judged again at the click: the page may have re-rendered the thread since the button appeared.
      const range = this.currentRange();
      const result = range ? passageFromRange(range, scope) : null;
      if (result?.ok) passage = result.passage;
      anchor = passage ? lastLine(passage.range.getClientRects()) : null;
    } else {
      const result = passageFromMessage(shown.message, scope);
      if (result.ok) passage = result.passage;
      const p = this.position;
      anchor = p ? { left: p.left, top: p.top, right: p.left + LOG_BUTTON.width, bottom: p.top + LOG_BUTTON.height } : null;
    }
    this.hide();
    if (passage) this.o.onLog(passage, anchor ?? { left: 16, top: 16, right: 16, bottom: 16 });
  }

  private paint(): void {
    try {
      const at = this.position;
      const shown = this.shown;
      if (!shown || !at) {
        render(null, this.slot);
        return;
      }
      const label = shown.kind === 'selection' ? t('logButtonLabel') : t('logMessageLabel');
      render(
        <button
          type="button"
          class="tact-ui tact-log-btn"
          data-kind={shown.kind}
          data-testid={shown.kind === 'selection' ? 'tact-log-button' : 'tact-log-message-button'}
          aria-label={label}
          title={label}
          style={{ left: `${at.left}px`, top: `${at.top}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => this.activate()}
        >
          <span class="tact-log-btn__icon" aria-hidden="true">+</span>
          {t('logButton')}
        </button>,
        this.slot,
      );
    } catch (error) {
      reportError(error, 'feedback-log.button');
    }
  }

  private dispose(): void {
    this.view.clearTimeout(this.settleTimer);
    this.view.clearTimeout(this.hoverTimer);
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.shown = null;
    this.hovered = null;
    try {
      render(null, this.slot);
    } catch {
      // the overlay is gone with the page
    }
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
