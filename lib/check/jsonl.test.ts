import { describe, expect, it } from 'vitest';
import { checkJsonl } from './jsonl';

describe('checkJsonl', () => {
  it('reports a malformed line with its number and reason, and checks the lines after it', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const run = await checkJsonl(
      [
        JSON.stringify({ id: 'a', draft: 'We cannot refund it.' }),
        '{"id": "b", "draft": ',
        '',
        'null',
        JSON.stringify({ id: 'c', draft: 'Hi Anna,\n\nThanks!', record: { name: 'Olga Petrova' } }),
      ],
      (line) => out.push(line),
      (line) => err.push(line),
      'drafts.jsonl',
    );
    expect(run).toEqual({ checked: 2, malformed: 2 });
    expect(out.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a', 'c']);
    expect(err[0]).toMatch(/^drafts\.jsonl:2: not JSON \(.+\)$/);
    expect(err[1]).toBe('drafts.jsonl:4: not a JSON object');
    const [a, c] = out.map((l) => JSON.parse(l) as { findings: unknown[]; warning: { addressed: string } | null });
    expect(a!.findings.length).toBeGreaterThan(0);
    expect(c!.warning).toMatchObject({ addressed: 'Anna', record: 'Olga Petrova' });
  });
});
