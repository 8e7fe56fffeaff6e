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
