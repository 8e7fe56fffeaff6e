/**
 * Compile errors of the pattern language, in both UI languages, with the span of the source they
 * are about, so the options page can underline the spot.
 */
import { pluralCategory, type Localized } from '../i18n';

export interface PatternError {
  message: Localized;
  /** UTF-16 offsets into the pattern source; `start === end` points between two characters. */
  start: number;
  end: number;
}

export class PatternSyntaxError extends Error {
  constructor(readonly error: PatternError) {
    super(error.message.en);
  }
}

export const LIMITS = {
  /** Longest pattern source, in characters. */
  sourceLength: 2000,
  /** Deepest nesting of brackets. */
  depth: 16,
  /** Most words a gap (`..N`) or a proximity (`~N`) may span. */
  gap: 20,
  /** Most matcher states after expansion; matching costs at most this many steps per word of text. */
  states: 3000,
};

const q = (s: string) => `“${s}”`;
/** "слово / слова / слов" for a count written as digits (its last two digits decide). */
const wordsRu = (digits: string): string => ({ one: 'слово', few: 'слова' })[pluralCategory('ru', Number(digits.slice(-2)) + (digits.length > 2 ? 100 : 0)) as 'one' | 'few'] ?? 'слов';
const qr = (s: string) => `«${s}»`;

export const errors = {
  empty: (): Localized => ({ en: 'The pattern is empty.', ru: 'Шаблон пуст.' }),
  tooLong: (n: number): Localized => ({
    en: `The pattern is ${n} characters long; the limit is ${LIMITS.sourceLength}. Split it into several rules.`,
    ru: `В шаблоне ${n} символов, а можно не больше ${LIMITS.sourceLength}. Разделите его на несколько правил.`,
  }),
  unexpected: (ch: string): Localized => ({
    en: `${q(ch)} cannot be used in a pattern. Use words, ( ) | ? + .. ~ # * ^ $ and @classes.`,
    ru: `Символ ${qr(ch)} нельзя использовать в шаблоне. Допустимы слова, ( ) | ? + .. ~ # * ^ $ и @классы.`,
  }),
  unclosed: (): Localized => ({ en: '“(” is never closed.', ru: 'Скобка «(» не закрыта.' }),
  unopened: (): Localized => ({ en: '“)” has no matching “(”.', ru: 'У скобки «)» нет пары «(».' }),
  emptyGroup: (): Localized => ({ en: 'Nothing between “(” and “)”.', ru: 'Между «(» и «)» ничего нет.' }),
  emptyOption: (): Localized => ({
    en: 'An alternative is empty: put a word on both sides of “|”.',
    ru: 'Пустой вариант: с обеих сторон «|» должно быть слово.',
  }),
  dangling: (op: string): Localized => ({
    en: `${q(op)} must follow a word or a bracket.`,
    ru: `${qr(op)} должен стоять сразу после слова или скобки.`,
  }),
  edge: (op: string): Localized => ({
    en: `${q(op)} must stand between two parts of the pattern.`,
    ru: `${qr(op)} должен стоять между двумя частями шаблона.`,
  }),
  /** `n` as written (digits), so a 30-digit count is quoted, not rounded. */
  gapTooLarge: (op: string, n: string): Localized => ({
    en: `${q(op)} spans ${n} words; at most ${LIMITS.gap} are allowed. Use ${q(op.replace(/\d+$/, ''))} for “anywhere in the sentence”.`,
    ru: `${qr(op)} охватывает ${n} ${wordsRu(n)}, а можно не больше ${LIMITS.gap}. Чтобы искать в пределах всего предложения, пишите ${qr(op.replace(/\d+$/, ''))}.`,
  }),
  innerStar: (word: string): Localized => ({
    en: `In ${q(word)} the “*” is inside the word. It can only start or end a word (refund*, *able) or stand alone for any word.`,
    ru: `В ${qr(word)} звёздочка стоит внутри слова. Она может быть только в начале или конце слова (вернуть*, *ться) или отдельно — «любое слово».`,
  }),
  notOneWord: (word: string): Localized => ({
    en: `${q(word)} is not a single word as the text is split into words; write its parts as separate words.`,
    ru: `${qr(word)} — не одно слово с точки зрения разбиения текста; запишите его части как отдельные слова.`,
  }),
  unknownClass: (name: string, known: readonly string[]): Localized => ({
    en: `Unknown word class ${q('@' + name)}. Known classes: ${known.map((k) => '@' + k).join(', ') || 'none'}.`,
    ru: `Неизвестный класс слов ${qr('@' + name)}. Есть такие: ${known.map((k) => '@' + k).join(', ') || 'нет ни одного'}.`,
  }),
  badClass: (name: string, inner: Localized): Localized => ({
    en: `Word class ${q('@' + name)} is broken: ${inner.en}`,
    ru: `Класс слов ${qr('@' + name)} задан с ошибкой: ${inner.ru}`,
  }),
  recursiveClass: (name: string): Localized => ({
    en: `Word class ${q('@' + name)} refers to itself.`,
    ru: `Класс слов ${qr('@' + name)} ссылается сам на себя.`,
  }),
  tooDeep: (): Localized => ({
    en: `Brackets are nested deeper than ${LIMITS.depth} levels.`,
    ru: `Скобки вложены глубже ${LIMITS.depth} уровней.`,
  }),
  tooComplex: (): Localized => ({
    en: `The pattern is too complex to check quickly (over ${LIMITS.states} steps per word). Use fewer “~”, smaller numbers after “..” and “~”, or split it into several rules.`,
    ru: `Шаблон слишком сложен для быстрой проверки (больше ${LIMITS.states} шагов на слово). Уменьшите число «~», числа после «..» и «~» или разделите его на несколько правил.`,
  }),
  matchesNothing: (): Localized => ({
    en: 'The pattern can match without any word; make at least one word required (not followed by “?”).',
    ru: 'Шаблон может сработать без единого слова; сделайте хотя бы одно слово обязательным (без «?»).',
  }),
};
