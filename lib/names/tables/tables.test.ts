import { describe, expect, it } from 'vitest';
import { EN_NAMES } from './en';
import { RU_NAMES, RU_TRANSCRIPTIONS } from './ru';
import { WORLD_NAMES } from './world';
import { lexiconStats, lookup } from '../lexicon';
import { scriptOf } from '../normalize';

const tables = { RU_NAMES, RU_TRANSCRIPTIONS, EN_NAMES, WORLD_NAMES };

describe('name tables', () => {
  it.each(Object.entries(tables))('%s rows are well formed', (_, rows) => {
    const seen = new Set<string>();
    for (const [full, gender, short = '', eq = ''] of rows) {
      expect(['m', 'f', 'u']).toContain(gender);
      const words = full.split(' ');
      for (const w of [...words, ...short.split(' ').filter(Boolean)]) {
        expect(w, full).toMatch(/^\p{L}+(?:-\p{L}+)?$/u);
        expect(['cyr', 'lat']).toContain(scriptOf(w));
      }
      for (const w of eq.split(' ').filter(Boolean)) expect(scriptOf(w), full).toBe('lat');
      for (const w of words) {
        expect(seen.has(`${w}:${gender}`), `${w} is the full form of two rows`).toBe(false);
        seen.add(`${w}:${gender}`);
      }
    }
  });

  it('hold several hundred names in each language', () => {
    expect(RU_NAMES.length).toBeGreaterThan(400);
    expect(EN_NAMES.length + WORLD_NAMES.length).toBeGreaterThan(600);
    expect(lexiconStats().forms).toBeGreaterThan(2000);
  });

  it('keep distinct names apart', () => {
    const ids = (w: string) => new Set(lookup(w).map((h) => h.entry));
    const overlap = (a: string, b: string) => [...ids(a)].some((id) => ids(b).has(id));
    for (const [a, b] of [['Маша', 'Марина'], ['Мария', 'Марина'], ['Emma', 'Emily'], ['Laura', 'Lauren'], ['Кира', 'Кирилл']] as const) {
      expect(overlap(a, b), `${a}/${b}`).toBe(false);
    }
    expect(overlap('Саша', 'Александр')).toBe(true);
    expect(overlap('Bill', 'William')).toBe(true);
    expect(overlap('Peggy', 'Margaret')).toBe(true);
  });
});

describe('the tables through the whole check', () => {
  it('never warn when a customer is greeted by any form of their own name', async () => {
    const { checkAddressee } = await import('../index');
    const wrong: string[] = [];
    for (const [full, , short = ''] of [...RU_NAMES, ...RU_TRANSCRIPTIONS, ...EN_NAMES, ...WORLD_NAMES]) {
      const name = full.split(' ')[0] ?? '';
      const cyr = scriptOf(name) === 'cyr';
      for (const form of [name, ...short.split(' ').filter(Boolean)]) {
        const draft = cyr ? `Здравствуйте, ${form}!\n\nГотово.` : `Hi ${form},\n\nDone.`;
        if (checkAddressee(draft, { name: `${name} ${cyr ? 'Петрова' : 'Smith'}` })) wrong.push(`${name} ← ${form}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
