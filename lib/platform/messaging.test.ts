import { describe, expect, it } from 'vitest';
import { defineMessage } from './messaging';

describe('defineMessage', () => {
  it('round-trips a typed request to its handler', async () => {
    const add = defineMessage<{ a: number; b: number }, number>('test/add');
    const off = add.handle(({ a, b }) => a + b);
    await expect(add.send({ a: 2, b: 3 })).resolves.toBe(5);
    off();
  });

  it("rejects with the handler's own error message", async () => {
    const fail = defineMessage<void, never>('test/fail');
    const off = fail.handle(async () => {
      throw new Error('quota exceeded');
    });
    await expect(fail.send()).rejects.toThrow('quota exceeded');
    off();
  });
});
