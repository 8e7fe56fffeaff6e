import { describe, expect, it } from 'vitest';
import { methodsFor } from './replace';

describe('replaceRange input paths', () => {
  it('tries the path each engine applies at the selection Tact set', () => {
    expect(methodsFor({ isTextarea: true, engine: 'textarea' })).toEqual(['execCommand', 'setRangeText']);
    // Slate syncs its selection on a throttle; its beforeinput handler flushes it first.
    expect(methodsFor({ isTextarea: false, engine: 'slate' })[0]).toBe('beforeinput');
    expect(methodsFor({ isTextarea: false, engine: 'ckeditor5' })[0]).toBe('paste');
    expect(methodsFor({ isTextarea: false, engine: 'prosemirror' })[0]).toBe('paste');
    expect(methodsFor({ isTextarea: false, engine: 'plain' })).toEqual(['execCommand', 'paste']);
  });
});

describe('replaceRange on Summernote', () => {
  it("first gives the editable the mouseup Summernote takes an undo snapshot on (and nothing else hears it), so the fix is one Ctrl+Z step", async () => {
    const { createEditorHandle } = await import('./handle');
    const { replaceRange } = await import('./replace');
    const el = document.createElement('div');
    el.className = 'note-editable';
    el.contentEditable = 'true';
    el.innerHTML = '<p>Hi Vadim,</p>';
    document.body.replaceChildren(el);
    // No editing engine here: the edit itself does nothing; what happens before it is the point.
    const doc = document as unknown as { execCommand?: unknown };
    const original = doc.execCommand;
    doc.execCommand = () => false;
    const onEditable: string[] = [];
    const onDocument: string[] = [];
    el.addEventListener('mouseup', (e) => onEditable.push(`${e.bubbles}:${el.textContent}`));
    document.addEventListener('mouseup', () => onDocument.push('heard'));

    await replaceRange(createEditorHandle(el, 'summernote'), 3, 8, 'Maya');
    // Before any change: the snapshot is of the draft as the agent left it.
    expect(onEditable).toEqual(['false:Hi Vadim,']);
    expect(onDocument).toEqual([]);

    onEditable.length = 0;
    await replaceRange(createEditorHandle(el, 'plain'), 3, 8, 'Maya');
    expect(onEditable).toEqual([]);
    doc.execCommand = original;
  });
});
