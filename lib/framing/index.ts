/**
 * Refusal framing: which of the agent's own sentences say what we won't do, and what to write
 * instead. `findFraming(draft)` runs the built-in packs (or the packs given) over an analysed
 * draft; only the agent's own sentences in Russian or English are read — never quoted customer
 * text, the signature, or text in another language.
 */
import type { CheckLang, FramingFinding } from '../check/types';
import { analyzeDraft, type DraftAnalysis } from '../text/analyze';
import type { Word } from '../text/words';
import { compilePack, judgeSentence, type CompiledPack, type SentenceVerdict } from './engine';
import { SOFT_HINT } from './kinds';
import { EN_PACK } from './packs/en';
import { RU_PACK } from './packs/ru';
import type { FramingPack } from './types';

export type { FramingPack, FramingRule, FramingException, RefusalKind, RuleExamples, WayForward } from './types';
export { compilePack, judgeSentence, ruleFlags, type CompiledPack, type SentenceVerdict } from './engine';
export { KIND_TEXT, SOFT_HINT } from './kinds';
export { EN_PACK } from './packs/en';
export { RU_PACK } from './packs/ru';

export const BUILTIN_PACKS: Readonly<Record<CheckLang, FramingPack>> = { en: EN_PACK, ru: RU_PACK };

const compiled = new Map<FramingPack, CompiledPack>();

/** The compiled form of a pack, compiled once and kept. */
export function compiledPack(pack: FramingPack): CompiledPack {
  let c = compiled.get(pack);
  if (!c) compiled.set(pack, (c = compilePack(pack)));
  return c;
}

export interface FramingOptions {
  /** Packs by language; the built-in ones by default. */
  packs?: Partial<Record<CheckLang, FramingPack>>;
}

/** A finding for a sentence at [start, end) from its verdict. */
export function framingFinding(verdict: SentenceVerdict, start: number, end: number, lang: CheckLang): FramingFinding {
  return {
    kind: 'framing',
    start,
    end,
    ruleId: verdict.rule.id,
    lang,
    severity: verdict.soft ? 'soft' : 'refusal',
    message: verdict.rule.message,
    hint: verdict.soft ? SOFT_HINT : verdict.rule.hint,
  };
}

const QUESTION = /\?[\s"'»”)\]\p{Extended_Pictographic}\uFE0F]*$/u;

/**
 * A question asks; it does not announce a refusal ("Couldn't you come on Monday?", "Не могли бы вы
 * прислать фото?"), so questions are never flagged.
 */
export function isQuestion(sentence: string): boolean {
  return QUESTION.test(sentence.length > 40 ? sentence.slice(-40) : sentence);
}

/** The verdict on one sentence in a language, with the built-in or given pack. */
export function judge(sentence: string, words: readonly Word[], lang: CheckLang, options: FramingOptions = {}): SentenceVerdict | null {
  if (isQuestion(sentence)) return null;
  const pack = options.packs?.[lang] ?? BUILTIN_PACKS[lang];
  return judgeSentence(compiledPack(pack), words);
}

/**
 * Sentences of a draft that frame a refusal. Offsets cover the whole flagged sentence. Accepts the
 * draft's text or an analysis from `analyzeDraft` (so callers that already have one don't redo it).
 */
export function findFraming(draft: string | DraftAnalysis, options: FramingOptions = {}): FramingFinding[] {
  const analysis = typeof draft === 'string' ? analyzeDraft(draft) : draft;
  const out: FramingFinding[] = [];
  for (const s of analysis.sentences) {
    if (!s.own || (s.lang !== 'ru' && s.lang !== 'en')) continue;
    const verdict = judge(analysis.text.slice(s.start, s.end), s.words, s.lang, options);
    if (verdict) out.push(framingFinding(verdict, s.start, s.end, s.lang));
  }
  return out;
}
