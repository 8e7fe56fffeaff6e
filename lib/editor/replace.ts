/**
 * Changes the draft only on the agent's click, through the editor's own input path, so the change
 * sticks in editors that keep their own model and lands on the undo stack:
 * - textarea: `execCommand('insertText')` (the browser's undo stack; React/Vue see a real input);
 * - editors with their own model (ProseMirror, CKEditor 5, Slate, …): a synthetic paste of plain
 *   text over the selected range, which they turn into a transaction in their own history;
 * - plain contenteditable, Froala, Summernote: `execCommand('insertText')`. Summernote answers Ctrl+Z
 *   from its own stack of HTML snapshots, which it takes on mouseup and after its own commands, not
 *   while typing: the editable first gets the mouseup it takes a snapshot on, so the state before the
 *   change is one undo step (else Ctrl+Z would also take back what was typed since the last one).
 * After each attempt the text is read back; if it did not stick the next method is tried. A method
 * that left the text unchanged cannot corrupt it, so falling through is safe. One that changed it
 * some other way (an editor that applied it at a stale selection) is undone through the editor's own
 * Ctrl/Cmd+Z; only if that does not restore the text does the replacement stop there.
 *
 * Slate syncs its selection from the DOM on a 100 ms throttle, so a paste right after the selection
 * moves lands at the old caret; its `beforeinput` handler flushes the selection first, so for Slate
 * that path comes first, and every method waits out the throttle.
 */
import { keepsOwnModel } from '../adapters/engine';
import { reportError } from '../platform/safe';
import type { EditorHandle } from './handle';
import type { TextModel } from './text-model';

export type ReplaceMethod = 'paste' | 'beforeinput' | 'execCommand' | 'setRangeText';
export interface ReplaceResult {
  ok: boolean;
  method: ReplaceMethod | null;
}

const nextFrame = (view: Window) => new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));

/**
 * `selectionchange` is queued as a task after the selection moves; editors with their own model
 * (ProseMirror, Slate) update their selection from it. Wait for it, then a frame for their handler.
 */
function selectionSettled(doc: Document): Promise<void> {
  const view = doc.defaultView!;
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', finish);
      void nextFrame(view).then(resolve);
    };
    doc.addEventListener('selectionchange', finish);
    view.setTimeout(finish, 100);
  });
}

const settle = (view: Window) =>
  new Promise<void>((resolve) => {
    // Slate and other React editors render a frame later; give them two.
    view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve()));
    view.setTimeout(resolve, 120);
  });

function stuck(handle: EditorHandle, before: string, start: number, end: number, text: string): boolean {
  const after = handle.text();
  const expected = before.slice(0, start) + text + before.slice(end);
  if (after === expected) return true;
  // Editors may normalise the surrounding text (trailing newline, nbsp); accept the replacement in place.
  return after.slice(start, start + text.length) === text && after.length - before.length === text.length - (end - start);
}

function selectRange(handle: EditorHandle, start: number, end: number): boolean {
  const el = handle.element;
  el.focus({ preventScroll: true });
  if (handle.isTextarea) {
    (el as HTMLTextAreaElement).setSelectionRange(start, end);
    return true;
  }
  const range = (handle.model() as TextModel).range(start, end);
  const sel = el.ownerDocument.getSelection();
  if (!range || !sel) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

function syntheticPaste(target: HTMLElement, text: string): void {
  const view = target.ownerDocument.defaultView!;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
}

function syntheticBeforeInput(target: HTMLElement, text: string): void {
  const view = target.ownerDocument.defaultView!;
  target.dispatchEvent(new view.InputEvent('beforeinput', { inputType: 'insertReplacementText', data: text, bubbles: true, cancelable: true, composed: true }));
}

function execInsert(target: HTMLElement, text: string): void {
  // Deprecated but still the one API that goes through the browser's own editing and undo stack.
  target.ownerDocument.execCommand('insertText', false, text);
}

/** Lets an editor with its own undo stack record the draft as it is, so the change is one undo step. */
function markUndoStep(handle: EditorHandle): void {
  if (handle.engine !== 'summernote') return;
  const view = handle.element.ownerDocument.defaultView!;
  // Not bubbling: only the editable's own handler hears it, nothing else on the page.
  handle.element.dispatchEvent(new view.MouseEvent('mouseup', { bubbles: false, cancelable: true, button: 0 }));
}

/** Which input paths to try, in order, for an engine. */
export function methodsFor(handle: Pick<EditorHandle, 'isTextarea' | 'engine'>): ReplaceMethod[] {
  if (handle.isTextarea) return ['execCommand', 'setRangeText'];
  if (handle.engine === 'slate') return ['beforeinput', 'paste', 'execCommand'];
  if (keepsOwnModel(handle.engine)) return ['paste', 'beforeinput', 'execCommand'];
  return ['execCommand', 'paste'];
}

/** Engines that read the DOM selection on a throttle: wait it out before acting on a new selection. */
const SELECTION_THROTTLE_MS: Partial<Record<EditorHandle['engine'], number>> = { slate: 120 };

/** Undo one step through the editor's own keyboard handler (every model editor binds Mod+Z). */
function undoOnce(handle: EditorHandle): void {
  const view = handle.element.ownerDocument.defaultView!;
  const mac = /Mac|iPhone|iPad/.test(view.navigator.platform);
  handle.element.dispatchEvent(
    new view.KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', keyCode: 90, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true, composed: true }),
  );
}

export async function replaceRange(handle: EditorHandle, start: number, end: number, text: string): Promise<ReplaceResult> {
  const before = handle.text();
  if (start < 0 || end > before.length || start > end) return { ok: false, method: null };
  const view = handle.element.ownerDocument.defaultView!;
  try {
    markUndoStep(handle);
  } catch (error) {
    reportError(error, 'replace: undo step');
  }
  const methods = methodsFor(handle);
  const throttle = SELECTION_THROTTLE_MS[handle.engine] ?? 0;

  for (const method of methods) {
    try {
      const settled = handle.isTextarea ? null : selectionSettled(handle.element.ownerDocument);
      if (!selectRange(handle, start, end)) return { ok: false, method: null };
      // Paste before the editor has read the new selection and it pastes at the old caret.
      if (settled) await settled;
      if (throttle) await new Promise((resolve) => view.setTimeout(resolve, throttle));
      if (method === 'paste') syntheticPaste(handle.element, text);
      else if (method === 'beforeinput') syntheticBeforeInput(handle.element, text);
      else if (method === 'execCommand') execInsert(handle.element, text);
      else {
        const ta = handle.element as HTMLTextAreaElement;
        ta.setRangeText(text, start, end, 'end');
        ta.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
      }
      await settle(view);
      if (stuck(handle, before, start, end, text)) return { ok: true, method };
      if (handle.text() !== before) {
        // Changed some other way: take it back through the editor's own undo before trying again.
        reportError(new Error(`${method} changed the ${handle.engine} draft elsewhere`), 'replace');
        undoOnce(handle);
        await settle(view);
        if (handle.text() !== before) return { ok: false, method };
      }
    } catch (error) {
      reportError(error, `replace via ${method}`);
    }
  }
  return { ok: false, method: null };
}
