/**
 * Where the agent's caret or selection is in an editor, to put it back after Tact's UI (a card, the
 * send dialog) took focus: the returned function focuses the editor and restores the selection. A
 * selection outside the editor is not the editor's and is not kept.
 */
export function saveSelection(editor: Element | null): () => void {
  const el = editor as HTMLElement | null;
  if (!el) return () => {};
  if (el.tagName === 'TEXTAREA') {
    const ta = el as HTMLTextAreaElement;
    const [start, end] = [ta.selectionStart, ta.selectionEnd];
    return () => {
      ta.focus({ preventScroll: true });
      ta.setSelectionRange(start, end);
    };
  }
  const sel = el.ownerDocument.getSelection();
  const range = sel && sel.rangeCount && el.contains(sel.anchorNode) ? sel.getRangeAt(0).cloneRange() : null;
  return () => {
    el.focus({ preventScroll: true });
    if (range && sel) {
      sel.removeAllRanges();
      sel.addRange(range);
    }
  };
}
