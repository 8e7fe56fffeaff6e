import { describe, expect, it } from 'vitest';
import { boundedMemo } from './memo';

describe('boundedMemo', () => {
  it('computes a key once, keeps at most `limit` keys, and never keeps an over-long key', () => {
    const calls: string[] = [];
    const upper = boundedMemo((s: string) => (calls.push(s), s.toUpperCase()), 2, 5);
    expect([upper('ab'), upper('ab'), upper('cd')]).toEqual(['AB', 'AB', 'CD']);
    expect(calls).toEqual(['ab', 'cd']);
    upper('ef'); // full: emptied, then 'ef' kept
    upper('ab');
    expect(calls).toEqual(['ab', 'cd', 'ef', 'ab']);
    upper('toolong');
    upper('toolong');
    expect(calls.filter((c) => c === 'toolong')).toHaveLength(2);
  });
});
