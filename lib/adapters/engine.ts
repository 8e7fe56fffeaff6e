import type { EditorEngine } from './contract';

/** What counts as a reply editor where nothing more is known (the generic adapter, a helpdesk whose hooks changed). */
export const GENERIC_EDITOR_SELECTOR =
  'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"], [role="textbox"][contenteditable]';

/** Known editor libraries by their DOM markers, most specific first. */
const MARKERS: [string, EditorEngine][] = [
  ['.ck-editor__editable, .ck-content[contenteditable]', 'ckeditor5'],
  ['.ProseMirror', 'prosemirror'],
  ['[data-slate-editor]', 'slate'],
  ['[data-lexical-editor]', 'lexical'],
  ['.public-DraftEditor-content, [data-contents="true"]', 'draftjs'],
  ['.ql-editor', 'quill'],
  ['.fr-element', 'froala'],
  ['.note-editable', 'summernote'],
];

export function detectEngine(editor: Element): EditorEngine {
  if (editor instanceof editor.ownerDocument.defaultView!.HTMLTextAreaElement || editor.tagName === 'TEXTAREA') return 'textarea';
  for (const [css, engine] of MARKERS) {
    try {
      if (editor.matches(css) || editor.closest(css)) return engine;
    } catch {
      // a marker the browser does not understand is simply not this engine
    }
  }
  return 'plain';
}

/** Engines that keep their own document model and revert foreign DOM writes. */
export function keepsOwnModel(engine: EditorEngine): boolean {
  return engine === 'prosemirror' || engine === 'ckeditor5' || engine === 'slate' || engine === 'lexical' || engine === 'draftjs' || engine === 'quill';
}
