/**
 * Draws marks (underlines) over one editor's text without touching the editor: Custom Highlights
 * for a contenteditable in a document that supports them, otherwise boxes in Tact's shadow layer
 * positioned from the text's client rects (through a mirror for textareas). Marks are plain-text
 * spans; they follow typing (shifted across edits until the next check), scrolling, resizing and
 * line wrapping, and are clipped to the part of the editor the agent can see.
 */
import type { EditorHandle, AnyModel } from '../editor/handle';
import { shiftSpans } from '../editor/shift';
import type { TextModel } from '../editor/text-model';
import { reportError } from '../platform/safe';
import { clippingAncestors, contains, frameOffset, rangeBoxes, visibleBox, type Box } from './geometry';
import { highlightsSupported, setHighlightRanges } from './highlights';
import { TextareaMirror } from './mirror';
import type { Surface } from './surface';
import { textRects } from './text-rects';

export type MarkKind = 'refusal' | 'soft' | 'name' | 'test';

export interface Mark {
  id: string;
  start: number;
  end: number;
  kind: MarkKind;
}

export type PaintMode = 'highlight' | 'boxes';

export interface PainterOptions {
  /** Force a mode (tests compare both); default picks highlights where supported. */
  mode?: PaintMode;
}

export class EditorPainter {
  readonly mode: PaintMode;
  private marks: Mark[] = [];
  private text: string;
  private active: string | null = null;
  private mirror: TextareaMirror | null = null;
  private boxEls: HTMLElement[] = [];
  private frame = 0;
  private version = 0;
  private cache = new Map<string, { version: number; boxes: Box[] }>();
  private ancestors: Element[] | null = null;
  private readonly cleanup: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly handle: EditorHandle,
    private readonly surface: Surface,
    options: PainterOptions = {},
  ) {
    const doc = handle.element.ownerDocument;
    const inTop = doc === surface.host.ownerDocument;
    this.mode = options.mode ?? (!handle.isTextarea && inTop && highlightsSupported(doc) ? 'highlight' : 'boxes');
    if (this.mode === 'highlight' && !highlightsSupported(doc)) this.mode = 'boxes';
    if (handle.isTextarea) this.mirror = new TextareaMirror(handle.element as HTMLTextAreaElement, surface.measure);
    this.text = handle.text();

    this.cleanup.push(
      handle.onChange((model) => {
        this.marks = shiftSpans(this.marks, this.text, model.text);
        this.text = model.text;
        this.ancestors = null;
        this.invalidate();
      }),
    );
    const onLayout = () => this.invalidate();
    const views = new Set<Window>([doc.defaultView!, surface.host.ownerDocument.defaultView!]);
    for (const view of views) {
      view.addEventListener('scroll', onLayout, { capture: true, passive: true });
      view.addEventListener('resize', onLayout, { passive: true });
      this.cleanup.push(() => {
        view.removeEventListener('scroll', onLayout, { capture: true });
        view.removeEventListener('resize', onLayout);
      });
    }
    const RO = doc.defaultView!.ResizeObserver;
    if (RO) {
      const ro = new RO(onLayout);
      ro.observe(handle.element);
      this.cleanup.push(() => ro.disconnect());
    }
  }

  /** Marks computed on `forText`; shifted onto the editor's current text before drawing. */
  set(marks: Mark[], forText: string): void {
    const now = this.handle.text();
    this.marks = forText === now ? marks.slice() : shiftSpans(marks, forText, now);
    this.text = now;
    this.invalidate();
  }

  current(): readonly Mark[] {
    return this.marks;
  }

  /** The characters a mark covers now (for cards and the one-click fix). */
  textOf(mark: Mark): string {
    return this.text.slice(mark.start, mark.end);
  }

  setActive(id: string | null): void {
    if (this.active === id) return;
    this.active = id;
    this.invalidate();
  }

  /** Called after every repaint (cards reposition themselves). */
  onRepaint(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The editor's visible box in top-window coordinates. */
  visibleBox(): Box | null {
    this.ancestors ??= clippingAncestors(this.handle.element);
    return visibleBox(this.handle.element, this.ancestors);
  }

  /** The mark's underline boxes in top-window coordinates, clipped to the visible editor. */
  boxesOf(mark: Mark): Box[] {
    const key = `${mark.id}:${mark.start}:${mark.end}`;
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version) return hit.boxes;
    const boxes = this.measure(mark);
    this.cache.set(key, { version: this.version, boxes });
    return boxes;
  }

  markAt(x: number, y: number): Mark | null {
    const clip = this.visibleBox();
    if (!clip || !contains(clip, x, y, 2)) return null;
    for (const mark of this.marks) {
      if (this.boxesOf(mark).some((b) => contains(b, x, y, 2))) return mark;
    }
    return null;
  }

  markAtOffset(offset: number): Mark | null {
    return this.marks.find((m) => offset >= m.start && offset <= m.end) ?? null;
  }

  invalidate(): void {
    this.version++;
    if (this.frame) return;
    const view = this.surface.host.ownerDocument.defaultView!;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = 0;
      try {
        this.repaint();
      } catch (error) {
        reportError(error, 'overlay repaint');
      }
    });
  }

  /** Draws now; normally called once per frame after a change. */
  repaint(): void {
    if (this.cache.size > 200) this.cache.clear();
    if (this.mode === 'highlight') this.paintHighlights();
    else this.paintBoxes();
    for (const listener of this.listeners) listener();
  }

  private range(mark: Mark): Range | null {
    if (this.mirror) return this.mirror.range(mark.start, mark.end);
    return (this.handle.model() as TextModel).range(mark.start, mark.end);
  }

  private measure(mark: Mark): Box[] {
    const doc = this.handle.element.ownerDocument;
    const clip = this.visibleBox();
    if (!clip) return [];
    if (this.mirror) {
      this.mirror.sync(frameOffset(doc));
      const r = this.mirror.range(mark.start, mark.end);
      return r ? rangeBoxes(r.getClientRects(), { x: 0, y: 0 }, clip) : [];
    }
    const r = this.range(mark);
    if (!r) return [];
    const off = frameOffset(doc);
    return rangeBoxes(textRects(r), off, clip);
  }

  private paintHighlights(): void {
    const byKind = new Map<string, Range[]>();
    for (const mark of this.marks) {
      const r = this.range(mark);
      if (!r) continue;
      const list = byKind.get(mark.kind) ?? [];
      list.push(r);
      byKind.set(mark.kind, list);
      if (mark.id === this.active) byKind.set('active', [r.cloneRange()]);
    }
    setHighlightRanges(this.handle.element.ownerDocument, this, byKind);
  }

  private paintBoxes(): void {
    const doc = this.surface.host.ownerDocument;
    let used = 0;
    const place = (b: Box, kind: string, activeBox: boolean) => {
      let el = this.boxEls[used];
      if (!el) {
        el = doc.createElement('div');
        el.className = 'tact-box';
        this.surface.marks.append(el);
        this.boxEls.push(el);
      }
      used++;
      el.dataset.kind = kind;
      el.dataset.editor = this.handle.key;
      if (activeBox) el.dataset.active = '';
      else delete el.dataset.active;
      const height = activeBox ? b.bottom - b.top : kind === 'name' ? 2 : 3;
      const top = activeBox ? b.top : b.bottom - height + 1;
      el.style.cssText = `left:${b.left}px;top:${top}px;width:${b.right - b.left}px;height:${height}px`;
    };
    for (const mark of this.marks) {
      for (const b of this.boxesOf(mark)) {
        if (mark.id === this.active) place(b, mark.kind, true);
        place(b, mark.kind, false);
      }
    }
    for (const el of this.boxEls.splice(used)) el.remove();
  }

  dispose(): void {
    if (this.frame) this.surface.host.ownerDocument.defaultView!.cancelAnimationFrame(this.frame);
    for (const fn of this.cleanup.splice(0)) fn();
    if (this.mode === 'highlight') setHighlightRanges(this.handle.element.ownerDocument, this, new Map());
    for (const el of this.boxEls.splice(0)) el.remove();
    this.mirror?.dispose();
    this.listeners.clear();
  }
}

export type { AnyModel };
