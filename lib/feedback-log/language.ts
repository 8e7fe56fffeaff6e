/**
 * The language of a quote — `ru`, `en`, or `und` for anything else — decided in the content script
 * from the quote alone: no language model in the page, nothing sent anywhere. Leads read RU and EN
 * feedback separately, so a German or Spanish quote must not land among the English ones: Latin
 * text counts as English only when it has English letters and, when long enough to tell, English
 * function words. The background's own fallback (lib/feedback/schema `guessLanguage`) calls any
 * Latin text English, which is why the content script always sends its verdict.
 */
export type QuoteLanguage = 'ru' | 'en' | 'und';

const LETTER = /\p{L}/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
/** Latin letters outside ASCII: English text has them only in borrowed words and names. */
const LATIN_EXTENDED = /(?![A-Za-z])\p{Script=Latin}/gu;
/** Letters of Cyrillic alphabets that Russian does not use (Ukrainian, Belarusian, Serbian, Macedonian, Kazakh…). */
const NON_RUSSIAN_CYRILLIC = /[іїєґўђјљњћџқңғүұһәө]/iu;
/**
 * Frequent English words, leaving out the ones German, Spanish, French or Italian text is full of
 * too ("in", "was", "no", "a", "die"…). "i" and "is" stay: English needs them more than it fears a
 * Dutch or Italian false positive.
 */
const ENGLISH_WORDS = new Set(
  (
    'i it is get got out every the and you your with this that these those not have has had please thanks thank would could should what when where why how ' +
    'there their they them it\'s don\'t doesn\'t didn\'t can\'t won\'t isn\'t i\'m i\'ve of to for but my our are been from just because ' +
    'after about which who can does did any some again still already cannot were'
  ).split(' '),
);
/** Below this many words a Latin quote is taken as English: too little to tell, and the team reads RU and EN. */
const MIN_WORDS_TO_TELL = 4;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function quoteLanguage(text: string): QuoteLanguage {
  const letters = count(text, LETTER);
  if (letters === 0) return 'und';
  const cyrillic = count(text, CYRILLIC);
  if (cyrillic * 2 >= letters) return NON_RUSSIAN_CYRILLIC.test(text) ? 'und' : 'ru';
  const latin = count(text, LATIN);
  if (latin * 2 < letters) return 'und';
  // A name like "Müller" in an English sentence is fine; "Schaltfläche … für" is not.
  if (count(text, LATIN_EXTENDED) > Math.max(1, latin * 0.02)) return 'und';
  const words = text.toLowerCase().replace(/[’`]/g, "'").match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  if (words.length < MIN_WORDS_TO_TELL) return 'en';
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english > 0 && english / words.length >= 0.08 ? 'en' : 'und';
}
