import { describe, expect, it } from 'vitest';
import { openingLines } from './shape';

const texts = (draft: string) => openingLines(draft, 1200).map((l) => l.text);

describe('openingLines', () => {
  it('skips quoted lines and attributions', () => {
    const draft = 'On Mon, Anna wrote:\n> Thanks Igor\n> Bye\n\nHi Anna,\nDone.';
    expect(texts(draft)).toEqual(['', 'Hi Anna,', 'Done.']);
    const lines = openingLines(draft, 1200);
    expect(draft.slice(lines[1]?.start)).toMatch(/^Hi Anna,/);
  });

  it('stops at a sign-off after some text, not at an opening thank-you', () => {
    expect(texts('Hi,\nDone.\n\nBest,\nMike\nSupport')).toEqual(['Hi,', 'Done.', '']);
    expect(texts('Спасибо!\nАнна, готово.')).toEqual(['Спасибо!', 'Анна, готово.']);
    expect(texts('Hi\nok\n--\nMike')).toEqual(['Hi', 'ok']);
  });

  it('stops at a forwarded message', () => {
    expect(texts('Hi Anna,\n-----Original Message-----\nFrom: Tom')).toEqual(['Hi Anna,']);
  });

  it('reads a bounded amount of text', () => {
    const long = 'a'.repeat(50_000);
    const lines = openingLines(`Hi Anna,\n${long}\n${long}`, 1200);
    expect(lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(1200);
  });
});
