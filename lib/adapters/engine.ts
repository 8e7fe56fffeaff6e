import type { EditorEngine } from './contract';

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
