import { describe, expect, it } from 'vitest';
import { Prefilter } from '../patterns';
import { analyzeDraft } from '../text/analyze';
import { EN_PARAGRAPHS, RU_PARAGRAPHS } from '../../test/support/drafts';
import { compiledPack, BUILTIN_PACKS } from '.';
import { prepare } from './engine';

const asList = (a: Uint8Array | null, n: number) => Array.from({ length: n }, (_, i) => (a ? a[i]! : 0));

describe.each(Object.values(BUILTIN_PACKS).map((p) => [p.lang, p] as const))('%s keyed prefilter', (lang, pack) => {
  const compiled = compiledPack(pack);
  const texts = [
    ...(lang === 'en' ? EN_PARAGRAPHS : RU_PARAGRAPHS),
    ...pack.rules.flatMap((r) => [...r.examples.match, ...r.examples.noMatch]),
    ...pack.exceptions.flatMap((e) => [...e.examples.match, ...e.examples.noMatch]),
  ];
  const sentences = texts.flatMap((t) => analyzeDraft(t).sentences.map((s) => s.words));

  it('enables exactly the patterns the counting prefilter enables', () => {
    const groups = [
      [compiled.filter.rules, compiled.rules.map((r) => r.matcher)],
      [compiled.filter.clauseExceptions, compiled.exceptions.filter((e) => !e.sentence).map((e) => e.matcher)],
      [compiled.filter.sentenceExceptions, compiled.exceptions.filter((e) => e.sentence).map((e) => e.matcher)],
      [compiled.filter.wayForward, compiled.wayForward],
    ] as const;
    expect(sentences.length).toBeGreaterThan(100);
    for (const [keyed, matchers] of groups) {
      const counting = new Prefilter(matchers, compiled.lexicon);
      for (const words of sentences) {
        const s = prepare(compiled, words);
        const present = [...new Set(s.tests.flat())];
        const want = asList(counting.enabled(present), matchers.length);
        expect(asList(keyed.enabled(s), matchers.length)).toEqual(want);
      }
    }
  });
});
