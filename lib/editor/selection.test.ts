import { describe, expect, it } from 'vitest';
import { mount } from '../../test/support/dom';
import { saveSelection } from './selection';

describe('saveSelection', () => {
  it('puts a textarea’s caret back and focuses it', () => {
    const root = mount('<textarea>Hi Vadim, thanks</textarea><button>elsewhere</button>');
    const ta = root.querySelector('textarea')!;
    ta.focus();
    ta.setSelectionRange(3, 8);
    const restore = saveSelection(ta);
    root.querySelector('button')!.focus();
    ta.setSelectionRange(0, 0);
    restore();
    expect(document.activeElement).toBe(ta);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([3, 8]);
  });

  it('puts a contenteditable’s selection back, and keeps no selection that was outside the editor', () => {
    const root = mount('<div contenteditable="true"><p>Hi Vadim</p></div><p id="page">Page text</p>');
    const editor = root.querySelector<HTMLElement>('[contenteditable]')!;
    const select = (node: Node, start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    };
    const text = editor.querySelector('p')!.firstChild!;
    select(text, 3, 8);
    const restore = saveSelection(editor);
    select(root.querySelector('#page')!.firstChild!, 0, 4);
    restore();
    expect(document.activeElement).toBe(editor);
    expect(document.getSelection()!.toString()).toBe('Vadim');

    const outside = root.querySelector('#page')!.firstChild!;
    select(outside, 0, 4);
    const keepNothing = saveSelection(editor);
    select(text, 0, 2);
    keepNothing();
    expect(document.getSelection()!.toString()).toBe('Hi');
  });
});
