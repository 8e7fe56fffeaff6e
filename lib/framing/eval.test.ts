/**
 * The framing checks on Tact's own eval set (test/fixtures/framing-eval), scored the way
 * ../shared/corpus/score.mjs scores the shared corpus: a finding marks every labelled sentence its
 * range overlaps; `mixed` sentences are left out; precision = marked `wont` / all marked, recall =
 * marked `wont` / all `wont`, per language. The set is in the repository, so this never skips.
 *
 * The floors are below what the rules reach (see the fixture README for the measured figures), so
 * that a regression fails here while honest changes elsewhere have a little room.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJsonl, scoreFraming as score, type LabelledDraft } from '../../test/support/corpus';
import { BUILTIN_PACKS } from '.';

interface Labelled extends LabelledDraft {
  lang: 'en' | 'ru';
  split: 'tune' | 'holdout';
}

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/framing-eval');
const sets = { en: readJsonl<Labelled>(resolve(dir, 'en.jsonl')), ru: readJsonl<Labelled>(resolve(dir, 'ru.jsonl')) };

/** Floors per language: the whole set, and the half held out from tuning. */
const FLOOR = {
  all: { precision: 0.95, recall: 0.95 },
  holdout: { precision: 0.93, recall: 0.93 },
};

describe('framing on the eval set', () => {
  it.each(['en', 'ru'] as const)('%s: the set is well formed and has both halves', (lang) => {
    const records = sets[lang];
    expect(records.length).toBeGreaterThanOrEqual(60);
    for (const r of records) {
      expect(r.lang).toBe(lang);
      expect(['tune', 'holdout']).toContain(r.split);
      let at = 0;
      for (const s of r.sentences) {
        const found = r.draft.indexOf(s.text, at);
        expect(found, `${r.id}: ${s.text}`).toBeGreaterThanOrEqual(0);
        at = found + s.text.length;
      }
    }
    expect(records.filter((r) => r.split === 'holdout').length).toBeGreaterThan(records.length / 3);
  });

  it.each(['en', 'ru'] as const)(`%s: precision ≥ ${FLOOR.all.precision} and recall ≥ ${FLOOR.all.recall}`, (lang) => {
    const s = score(sets[lang]);
    expect(s.precision, JSON.stringify(s)).toBeGreaterThanOrEqual(FLOOR.all.precision);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(FLOOR.all.recall);
  });

  it.each(['en', 'ru'] as const)(`%s holdout half: precision ≥ ${FLOOR.holdout.precision} and recall ≥ ${FLOOR.holdout.recall}`, (lang) => {
    const s = score(sets[lang].filter((r) => r.split === 'holdout'));
    expect(s.precision, JSON.stringify(s)).toBeGreaterThanOrEqual(FLOOR.holdout.precision);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(FLOOR.holdout.recall);
  });

  it('no rule example is copied from the eval set', () => {
    const text = [...sets.en, ...sets.ru].map((r) => r.draft).join('\n');
    const examples = Object.values(BUILTIN_PACKS).flatMap((p) =>
      [...p.rules, ...p.exceptions, ...p.wayForward].flatMap((r) => [...r.examples.match, ...r.examples.noMatch]),
    );
    expect(examples.filter((e) => text.includes(e))).toEqual([]);
  });
});
