/**
 * Everything Tact shows on one editor: the features' marks (each feature owns a layer), the card a
 * mark opens on hover or when the caret is in it, and the badge with the count. Features only say
 * which spans to mark and what the card for a mark says; drawing and interaction live here.
 */
import { render } from 'preact';
import type { EditorHandle } from '../editor/handle';
import { saveSelection } from '../editor/selection';
import { reportError, safely } from '../platform/safe';
import { Card, type CardAction, type CardContent } from './card';
import { contains, type Box } from './geometry';
import { t } from './messages';
import { EditorPainter, type Mark, type MarkKind, type PainterOptions } from './painter';
import type { Surface } from './surface';
import { Badge } from './badge';

export type Describe = (mark: Mark) => CardContent | null;

export interface Layer {
  /** Marks computed on `forText` (the text the check saw). */
  set(marks: Omit<Mark, 'id'>[] | Mark[], forText: string): void;
  clear(): void;
}

interface LayerState {
  marks: Mark[];
  describe: Describe;
}

const HOVER_DELAY = 120;
const HIDE_DELAY = 250;

export class EditorAnnotations {
  readonly painter: EditorPainter;
  private readonly layers = new Map<string, LayerState>();
  private readonly cardSlot: HTMLElement;
  private readonly badgeSlot: HTMLElement;
  private shown: { mark: Mark; content: CardContent; pinned: boolean } | null = null;
  private cardEl: HTMLDivElement | null = null;
  private overCard = false;
  private hoverTimer = 0;
  private hideTimer = 0;
  private savedSelection: (() => void) | null = null;
  private listOpen = false;
  private readonly cleanup: (() => void)[] = [];
  private readonly view: Window;

  constructor(
    readonly handle: EditorHandle,
    private readonly surface: Surface,
    options: PainterOptions = {},
  ) {
    this.painter = new EditorPainter(handle, surface, options);
    this.cardSlot = surface.slot(`card-${handle.key}`);
    this.badgeSlot = surface.slot(`badge-${handle.key}`);
    this.view = surface.host.ownerDocument.defaultView!;
    this.cleanup.push(this.painter.onRepaint(() => this.renderUi()));

    const editorDoc = handle.element.ownerDocument;
    const docs = new Set([editorDoc, surface.host.ownerDocument]);
    const onMove = safely('annotations.pointermove', (e: PointerEvent) => this.onPointerMove(e, editorDoc));
    for (const doc of docs) {
      doc.addEventListener('pointermove', onMove, { capture: true, passive: true });
      this.cleanup.push(() => doc.removeEventListener('pointermove', onMove, { capture: true }));
    }
    const el = handle.element;
    const onCaret = safely('annotations.caret', () => this.onCaretMoved());
    const onKey = safely('annotations.keydown', (e: KeyboardEvent) => this.onEditorKeyDown(e));
    const onInput = () => {
      if (this.shown && !this.shown.pinned) this.hide();
    };
    el.addEventListener('mouseup', onCaret);
    el.addEventListener('keyup', onCaret);
    el.addEventListener('keydown', onKey, true);
    el.addEventListener('input', onInput);
    this.cleanup.push(() => {
      el.removeEventListener('mouseup', onCaret);
      el.removeEventListener('keyup', onCaret);
      el.removeEventListener('keydown', onKey, true);
      el.removeEventListener('input', onInput);
    });
  }

  layer(featureId: string, describe: Describe): Layer {
    const state: LayerState = { marks: [], describe };
    this.layers.set(featureId, state);
    return {
      set: (marks, forText) => {
        state.marks = marks.map((m, i) => ({ ...m, id: `${featureId}:${'id' in m && m.id ? m.id : i}` }));
        this.sync(forText);
      },
      clear: () => {
        state.marks = [];
        this.sync(this.handle.text());
      },
    };
  }

  private sync(forText: string): void {
    const all: Mark[] = [];
    for (const state of this.layers.values()) all.push(...state.marks);
    all.sort((a, b) => a.start - b.start);
    this.painter.set(all, forText);
    if (this.shown && !all.some((m) => m.id === this.shown!.mark.id)) this.hide();
  }

  private describe(mark: Mark): CardContent | null {
    const featureId = mark.id.slice(0, mark.id.indexOf(':'));
    const state = this.layers.get(featureId);
    if (!state) return null;
    try {
      return state.describe(mark);
    } catch (error) {
      reportError(error, `describe ${featureId}`);
      return null;
    }
  }

  marks(): readonly Mark[] {
    return this.painter.current();
  }

  /** Opens the card for a mark (hover, caret, badge list). `focus` moves keyboard focus into it. */
  open(mark: Mark, { pinned = false, focus = false } = {}): void {
    const content = this.describe(mark);
    if (!content) return;
    this.shown = { mark, content, pinned };
    this.painter.setActive(mark.id);
    this.renderUi();
    if (focus) this.focusCard();
  }

  hide(): void {
    this.view.clearTimeout(this.hoverTimer);
    this.view.clearTimeout(this.hideTimer);
    if (!this.shown) return;
    this.shown = null;
    this.painter.setActive(null);
    this.renderUi();
  }

  private onPointerMove(e: PointerEvent, editorDoc: Document): void {
    let x = e.clientX;
    let y = e.clientY;
    if (e.view && e.view.document === editorDoc && editorDoc !== this.surface.host.ownerDocument) {
      const frame = editorDoc.defaultView!.frameElement?.getBoundingClientRect();
      x += frame?.left ?? 0;
      y += frame?.top ?? 0;
    }
    if (this.overCard) return;
    const mark = this.painter.markAt(x, y);
    this.view.clearTimeout(this.hoverTimer);
    if (mark) {
      this.view.clearTimeout(this.hideTimer);
      if (this.shown?.mark.id === mark.id) return;
      this.hoverTimer = this.view.setTimeout(() => this.open(mark), HOVER_DELAY);
    } else if (this.shown && !this.shown.pinned) {
      this.view.clearTimeout(this.hideTimer);
      this.hideTimer = this.view.setTimeout(() => {
        if (!this.overCard) this.hide();
      }, HIDE_DELAY);
    }
  }

  private onCaretMoved(): void {
    const offset = this.handle.caret();
    const mark = offset === null ? null : this.painter.markAtOffset(offset);
    if (mark) {
      if (this.shown?.mark.id !== mark.id) this.open(mark);
    } else if (this.shown && !this.shown.pinned && !this.overCard) this.hide();
  }

  private onEditorKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.shown) {
      this.hide();
      return;
    }
    if (e.key !== 'Enter' || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const offset = this.handle.caret();
    const mark = offset === null ? null : this.painter.markAtOffset(offset);
    if (!mark) return;
    // Only when the caret is on a mark: elsewhere Alt+Enter belongs to the helpdesk.
    e.preventDefault();
    e.stopPropagation();
    this.open(mark, { pinned: true, focus: true });
  }

  private focusCard(): void {
    this.savedSelection = saveSelection(this.handle.element);
    const first = this.cardEl?.querySelector<HTMLButtonElement>('button');
    first?.focus({ preventScroll: true });
  }

  private backToEditor(): void {
    const restore = this.savedSelection;
    this.savedSelection = null;
    this.hide();
    if (restore) restore();
    else this.handle.element.focus({ preventScroll: true });
  }

  private onCardKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.backToEditor();
      return;
    }
    if (e.key === 'Tab' && this.cardEl) {
      // Keep Tab inside the card's buttons while it has focus.
      const buttons = Array.from(this.cardEl.querySelectorAll<HTMLButtonElement>('button'));
      const i = buttons.indexOf(this.surface.shadow.activeElement as HTMLButtonElement);
      const next = buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  };

  private runAction = (action: CardAction) => {
    const restore = this.savedSelection;
    this.savedSelection = null;
    this.hide();
    if (restore) restore();
    Promise.resolve()
      .then(() => action.run())
      .catch((error: unknown) => reportError(error, `card action ${action.id}`));
  };

  private renderUi(): void {
    try {
      this.renderCard();
      this.renderBadge();
    } catch (error) {
      reportError(error, 'annotations render');
    }
  }

  private renderCard(): void {
    if (!this.shown) {
      render(null, this.cardSlot);
      this.cardEl = null;
      this.overCard = false;
      return;
    }
    const boxes = this.painter.boxesOf(this.shown.mark);
    const anchor: Box | undefined = boxes[0];
    if (!anchor) {
      // Scrolled out of sight: a pinned card stays at the editor, a hover card goes.
      if (!this.shown.pinned) return this.hide();
    }
    const fallback = this.painter.visibleBox() ?? { left: 8, top: 8, right: 8, bottom: 8 };
    render(
      <Card
        content={this.shown.content}
        anchor={anchor ?? fallback}
        onAction={this.runAction}
        onKeyDown={this.onCardKeyDown}
        onPointerEnter={() => {
          this.overCard = true;
          this.view.clearTimeout(this.hideTimer);
        }}
        onPointerLeave={() => {
          this.overCard = false;
          if (this.shown && !this.shown.pinned) this.hideTimer = this.view.setTimeout(() => this.hide(), HIDE_DELAY);
        }}
        cardRef={(el) => {
          this.cardEl = el;
        }}
      />,
      this.cardSlot,
    );
  }

  private renderBadge(): void {
    const marks = this.painter.current().filter((m) => m.kind !== 'test');
    const box = this.painter.visibleBox();
    if (!box || (!marks.length && !this.listOpen)) {
      render(null, this.badgeSlot);
      return;
    }
    const level = marks.some((m) => m.kind === 'name' || m.kind === 'refusal') ? 'error' : marks.length ? 'warn' : 'ok';
    render(
      <Badge
        count={marks.length}
        level={level}
        at={box}
        open={this.listOpen}
        items={marks.map((m) => ({ mark: m, content: this.describe(m), quote: this.painter.textOf(m) }))}
        onToggle={(open) => {
          this.listOpen = open;
          this.renderBadge();
        }}
        onPick={(mark) => {
          this.listOpen = false;
          this.renderBadge();
          this.open(mark, { pinned: true, focus: true });
        }}
        label={marks.length ? t('badgeLabel', { count: marks.length }) : t('badgeClean')}
      />,
      this.badgeSlot,
    );
  }

  /** Is a viewport point over this editor's visible area? */
  covers(x: number, y: number): boolean {
    const box = this.painter.visibleBox();
    return Boolean(box && contains(box, x, y));
  }

  dispose(): void {
    this.view.clearTimeout(this.hoverTimer);
    this.view.clearTimeout(this.hideTimer);
    for (const fn of this.cleanup.splice(0)) fn();
    this.painter.dispose();
    render(null, this.cardSlot);
    render(null, this.badgeSlot);
    this.cardSlot.remove();
    this.badgeSlot.remove();
  }
}

export type { Mark, MarkKind, CardContent, CardAction };
