/**
 * Finds the reply editors of the open ticket — also ones that mount later (after "Reply" is
 * clicked), re-mount on re-render, or live in a same-origin iframe — and keeps one handle per editor.
 */
import type { HelpdeskAdapter } from '../adapters/contract';
import { isEditable, outermost } from '../adapters/create';
import { isVisible } from '../adapters/query';
import { createEditorHandle } from '../editor/handle';
import { EditorAnnotations } from '../overlay/annotations';
import type { PainterOptions } from '../overlay/painter';
import type { Surface } from '../overlay/surface';
import { isOwnNode } from '../overlay/surface';
import { reportError, safely } from '../platform/safe';
import type { EditorEntry, EditorSet } from './feature';

interface Tracked {
  entry: EditorEntry;
  controller: AbortController;
  annotations: EditorAnnotations | null;
}

export interface EditorWatcherOptions {
  adapter: HelpdeskAdapter;
  root: Element;
  surface: Surface;
  signal: AbortSignal;
  painter?: PainterOptions;
  /** Same-origin frame documents found inside the root (the send guard listens in them too). */
  onFrame?: (doc: Document) => void;
}

/** Editors inside same-origin iframes within the root: an editable body, or the adapter's editor selector. */
function frameEditors(adapter: HelpdeskAdapter, root: Element, onFrame?: (doc: Document) => void): Element[] {
  const out: Element[] = [];
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    if (!doc?.body || !isVisible(frame)) continue;
    onFrame?.(doc);
    if (doc.designMode === 'on' || doc.body.isContentEditable || doc.body.getAttribute('contenteditable') === 'true') out.push(doc.body);
    else out.push(...adapter.editors(doc.body));
  }
  return out;
}

export function watchEditors(o: EditorWatcherOptions): EditorSet {
  const tracked = new Map<Element, Tracked>();
  const subscribers = new Set<(entry: EditorEntry, signal: AbortSignal) => void>();
  const doc = o.root.ownerDocument;
  const view = doc.defaultView!;

  const add = (el: HTMLElement) => {
    const handle = createEditorHandle(el, o.adapter.engineOf(el));
    const controller = new AbortController();
    const t: Tracked = { entry: null as unknown as EditorEntry, controller, annotations: null };
    t.entry = {
      handle,
      annotations: () => (t.annotations ??= new EditorAnnotations(handle, o.surface, o.painter)),
    };
    tracked.set(el, t);
    for (const cb of subscribers) {
      try {
        cb(t.entry, controller.signal);
      } catch (error) {
        reportError(error, 'editor subscriber');
      }
    }
  };

  const remove = (el: Element) => {
    const t = tracked.get(el);
    if (!t) return;
    tracked.delete(el);
    t.controller.abort();
    t.annotations?.dispose();
    t.entry.handle.dispose();
  };

  const scan = safely('editors.scan', () => {
    if (o.signal.aborted) return;
    const found = outermost([...o.adapter.editors(o.root), ...frameEditors(o.adapter, o.root, o.onFrame)]).filter(
      (el) => isEditable(el) && !isOwnNode(el),
    ) as HTMLElement[];
    for (const el of Array.from(tracked.keys())) if (!found.includes(el as HTMLElement) || !el.isConnected) remove(el);
    for (const el of found) if (!tracked.has(el)) add(el);
  });

  let timer = 0;
  const soon = () => {
    if (!timer) timer = view.setTimeout(() => {
      timer = 0;
      scan();
    }, 150);
  };
  const observer = new view.MutationObserver((records) => {
    // Typing inside a known editor is not news; a change anywhere else may add, show or remove one.
    const editors = Array.from(tracked.keys());
    if (records.some((r) => !editors.some((ed) => ed.contains(r.target)))) soon();
  });
  observer.observe(o.root, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'hidden', 'class', 'style'] });
  // An editor that takes focus before the next scan is picked up at once.
  const onFocus = (e: FocusEvent) => {
    const target = e.target as Element | null;
    if (target && !tracked.has(target) && o.root.contains(target)) scan();
  };
  doc.addEventListener('focusin', onFocus, true);
  const onLoad = (e: Event) => {
    if ((e.target as Element)?.tagName === 'IFRAME') soon();
  };
  o.root.addEventListener('load', onLoad, true);

  o.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      view.clearTimeout(timer);
      doc.removeEventListener('focusin', onFocus, true);
      o.root.removeEventListener('load', onLoad, true);
      for (const el of Array.from(tracked.keys())) remove(el);
      subscribers.clear();
    },
    { once: true },
  );

  scan();

  return {
    list: () => Array.from(tracked.values(), (t) => t.entry),
    each(callback) {
      subscribers.add(callback);
      for (const t of tracked.values()) {
        try {
          callback(t.entry, t.controller.signal);
        } catch (error) {
          reportError(error, 'editor subscriber');
        }
      }
      return () => subscribers.delete(callback);
    },
  };
}
