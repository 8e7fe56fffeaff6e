/**
 * One reply editor as features see it: its current plain text (read lazily, cached until the
 * editor changes), change notifications batched per frame, and the caret as a plain-text offset.
 * Reading never writes to the editor.
 */
import type { EditorEngine } from '../adapters/contract';
import { reportError } from '../platform/safe';
import { readTextModel, type TextModel } from './text-model';

export interface TextareaModel {
  readonly root: HTMLTextAreaElement;
  readonly text: string;
}

export type AnyModel = TextModel | TextareaModel;

export function isTextareaModel(model: AnyModel): model is TextareaModel {
  return model.root.tagName === 'TEXTAREA';
}

export interface EditorHandle {
  readonly element: HTMLElement;
  readonly engine: EditorEngine;
  readonly isTextarea: boolean;
  /** A stable key for this editor within the page session. */
  readonly key: string;
  model(): AnyModel;
  text(): string;
  /** Calls back (at most once a frame) after the editor's text or layout-affecting DOM changed. */
  onChange(callback: (model: AnyModel) => void): () => void;
  /** The caret's plain-text offset when the editor holds the selection; else null. */
  caret(): number | null;
  dispose(): void;
}

let counter = 0;

export function createEditorHandle(element: HTMLElement, engine: EditorEngine): EditorHandle {
  const doc = element.ownerDocument;
  const view = doc.defaultView!;
  const isTextarea = element.tagName === 'TEXTAREA';
  const listeners = new Set<(model: AnyModel) => void>();
  const key = `ed${++counter}`;
  let cached: AnyModel | null = null;
  let frame = 0;

  const read = (): AnyModel => {
    if (!cached) {
      cached = isTextarea
        ? { root: element as HTMLTextAreaElement, text: (element as HTMLTextAreaElement).value }
        : readTextModel(element);
    }
    return cached;
  };

  const fire = () => {
    frame = 0;
    const model = read();
    for (const listener of listeners) {
      try {
        listener(model);
      } catch (error) {
        reportError(error, 'editor change listener');
      }
    }
  };

  const invalidate = () => {
    cached = null;
    if (!frame && listeners.size) frame = view.requestAnimationFrame(fire);
  };

  element.addEventListener('input', invalidate, true);
  // Editors with their own model re-render outside input events (undo, collaborative edits, paste).
  const observer = isTextarea ? null : new view.MutationObserver(invalidate);
  observer?.observe(element, { childList: true, subtree: true, characterData: true });

  return {
    element,
    engine,
    isTextarea,
    key,
    model: read,
    text: () => read().text,
    onChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    caret() {
      if (isTextarea) {
        const ta = element as HTMLTextAreaElement;
        return doc.activeElement === ta ? ta.selectionEnd : null;
      }
      const sel = doc.getSelection();
      if (!sel || sel.rangeCount === 0 || !element.contains(sel.focusNode)) return null;
      const model = read() as TextModel;
      return model.fromDom(sel.focusNode!, sel.focusOffset);
    },
    dispose() {
      element.removeEventListener('input', invalidate, true);
      observer?.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
      listeners.clear();
    },
  };
}
