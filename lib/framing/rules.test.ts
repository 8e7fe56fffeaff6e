import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_SKIP_MESSAGE, corpusAvailable } from '../../test/support/corpus';
import { analyzeDraft } from '../text/analyze';
import { compilePack, patternMatches, ruleFlags } from './engine';
import { BUILTIN_PACKS, compiledPack, judge } from '.';
import type { FramingPack } from './types';

const packs = Object.values(BUILTIN_PACKS);

/** The words of a one-sentence example. */
function sentence(text: string) {
  const a = analyzeDraft(text);
  expect(a.sentences, `one sentence: ${text}`).toHaveLength(1);
  return { text, words: a.sentences[0]!.words };
}

describe.each(packs.map((p) => [p.lang, p] as const))('%s pack', (lang, pack: FramingPack) => {
  const compiled = compiledPack(pack);

  it('compiles, with unique ids and texts in both UI languages', () => {
    expect(() => compilePack(pack)).not.toThrow();
    const ids = [...pack.rules.map((r) => r.id), ...pack.exceptions.map((e) => e.id), ...pack.wayForward.map((w) => w.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of pack.rules) {
      expect(r.lang).toBe(lang);
      for (const t of [r.message, r.hint]) expect(t.en.length * t.ru.length, r.id).toBeGreaterThan(0);
      expect(r.examples.match.length, r.id).toBeGreaterThan(0);
      expect(r.examples.noMatch.length, r.id).toBeGreaterThan(0);
    }
  });

  describe.each(pack.rules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
    it.each(rule.examples.match)('flags %j', (text) => {
      expect(ruleFlags(compiled, rule.id, sentence(text).words)).toBe(true);
    });
    it.each(rule.examples.noMatch)('leaves %j', (text) => {
      expect(ruleFlags(compiled, rule.id, sentence(text).words)).toBe(false);
    });
  });

  describe.each(pack.exceptions.map((e, i) => [e.id, e, i] as const))('exception %s', (_id, exception, i) => {
    const { matcher, sentence: whole } = compiled.exceptions[i]!;
    it.each(exception.examples.match)('covers %j, and the pack leaves it alone', (text) => {
      const s = sentence(text);
      expect(patternMatches(compiled, matcher, s.words, !whole)).toBe(true);
      expect(judge(text, s.words, lang)).toBeNull();
    });
    it.each(exception.examples.noMatch)('does not cover %j', (text) => {
      expect(patternMatches(compiled, matcher, sentence(text).words, !whole)).toBe(false);
    });
  });

  describe.each(pack.wayForward.map((w, i) => [w.id, w, i] as const))('way forward %s', (_id, way, i) => {
    const matcher = compiled.wayForward[i]!;
    it.each(way.examples.match)('sees %j', (text) => {
      expect(patternMatches(compiled, matcher, sentence(text).words, false)).toBe(true);
    });
    it.each(way.examples.noMatch)('does not see %j', (text) => {
      expect(patternMatches(compiled, matcher, sentence(text).words, false)).toBe(false);
    });
  });
});

describe('rule examples are our own', () => {
  it.skipIf(!corpusAvailable)(corpusAvailable ? 'no example sentence is copied from the corpus' : CORPUS_SKIP_MESSAGE, () => {
    const corpus = ['framing.en.jsonl', 'framing.ru.jsonl']
      .map((f) => `${CORPUS_DIR}/${f}`)
      .filter((f) => existsSync(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const examples = packs.flatMap((p) => [...p.rules, ...p.exceptions, ...p.wayForward].flatMap((r) => [...r.examples.match, ...r.examples.noMatch]));
    const copied = examples.filter((e) => corpus.includes(e));
    expect(copied).toEqual([]);
  });
});
