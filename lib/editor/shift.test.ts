import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffText, shiftSpan, shiftSpans } from './shift';

describe('shiftSpans', () => {
  const text = 'Hi Anna. We cannot do that. Thanks.';
  const span = { start: 9, end: 27 };

  it('keeps spans before the edit and moves spans after it', () => {
    expect(shiftSpans([span], text, `${text} More.`)).toEqual([span]);
    expect(shiftSpans([span], text, `Oh, ${text}`)).toEqual([{ start: 13, end: 31 }]);
  });

  it('stretches a span typed into and drops one the edit cuts into', () => {
    const inside = text.replace('cannot', 'really cannot');
    expect(shiftSpans([span], text, inside)).toEqual([{ start: 9, end: 34 }]);
    expect(shiftSpans([span], text, text.slice(0, 20))).toEqual([]);
  });

  it('maps every span to the same characters when the edit is elsewhere', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 10 }), fc.nat(40), (base, insert, at) => {
        const pos = Math.min(at, base.length);
        const next = base.slice(0, pos) + insert + base.slice(pos);
        const edit = diffText(base, next);
        for (let i = 0; i + 2 <= base.length; i += 3) {
          const moved = shiftSpan({ start: i, end: i + 2 }, edit);
          // A span that kept its length was not touched by the edit: it must cover the same characters.
          if (moved && moved.end - moved.start === 2) expect(next.slice(moved.start, moved.end)).toBe(base.slice(i, i + 2));
        }
      }),
    );
  });

  it('finds the changed region', () => {
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('abcd', 'abXd')).toEqual({ at: 2, oldEnd: 3, newEnd: 3 });
    expect(diffText('aaa', 'aaaa')).toEqual({ at: 3, oldEnd: 3, newEnd: 4 });
  });
});
