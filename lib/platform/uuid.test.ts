import { describe, expect, it } from 'vitest';
import { isUuid } from '../feedback/schema';
import { uuid } from './uuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuid', () => {
  it('is a v4 UUID the feedback schema accepts, also where only getRandomValues exists (a page on plain http)', () => {
    // A page on plain http: no randomUUID.
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const made = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const id = uuid(insecure);
      expect(id).toMatch(V4);
      expect(isUuid(id)).toBe(true);
      made.add(id);
    }
    expect(made.size).toBe(200);
    expect(uuid()).toMatch(V4);
  });
});
