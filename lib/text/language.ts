/**
 * Which language a paragraph is in, as far as the checks care: Russian, English, some other
 * language (never checked), or undetermined (too little text to say; the caller falls back to the
 * draft's language).
 *
 * franc alone misreads short Russian as Bulgarian and short Ukrainian as Russian
 * (../shared/research/libraries.md §4), and it costs about as much as the whole check. So it is the
 * last resort: the script decides first, then letters only other Cyrillic alphabets have (і ї є ґ ў
 * ә қ ң ө ұ ү һ ј љ њ …), then function words only one of the languages uses. franc-min, restricted
 * to the candidates, is asked only when none of that gives an answer.
 */
import { franc } from 'franc-min';
import type { DetectedLang } from '../check/types';
import { fold, type Word } from './words';

export interface LanguageEvidence {
  /** Letters in Cyrillic, Latin and any other script. */
  cyrillic: number;
  latin: number;
  other: number;
  /** Letters that only neighbouring alphabets have (і ї ў ә …) or Latin letters with diacritics. */
  marked: number;
  /** Function words only Russian (or only English) uses, among the words looked at. */
  own: number;
  /** Function words or letters of a neighbouring language (Ukrainian, Bulgarian, French, …). */
  foreign: number;
  /** Words looked at. */
  words: number;
}

// Letters that Russian lacks but a neighbouring Cyrillic alphabet has.
const FOREIGN_CYRILLIC = /[іїєґўәғқңөұүһјљњћџѓќѕђ]/;
// A hard sign used as a vowel (before a consonant or at a word's end) is Bulgarian, never Russian.
const BULGARIAN_HARD_SIGN = /ъ(?![еёюя])/;
/** ы, э, or ъ before е/ю/я (the only place Russian writes ъ). */
function hasRussianLetter(n: string): boolean {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c === 0x44b || c === 0x44d) return true;
    if (c === 0x44a) {
      const d = n.charCodeAt(i + 1);
      if (d === 0x435 || d === 0x44e || d === 0x44f) return true;
    }
  }
  return false;
}
// Latin letters with diacritics: French, German, Spanish, Polish, … but hardly ever English words.
const ACCENTED_LATIN = /[\u00C0-\u024F]/;

const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(fold));

// Function words only Russian of the Cyrillic languages uses (shared ones such as "не", "нам", "или",
// "после", "через" were left out on purpose).
const RUSSIAN_ONLY = wordSet(`
  вы мы это этот эта эти этого этой что чтобы уже если только можно нужно нельзя сможем сможет будет будем
  будут был была было были есть нет также ещё который которая которое которые когда сейчас здесь спасибо
  пожалуйста здравствуйте сожалению очень потому поэтому всего вот его её вашего вашей они она оно он бы уж
  почему где куда какой какая какие сегодня ничего получится могу может`);
// Function words of Ukrainian, Bulgarian and Belarusian that Russian does not have.
const OTHER_CYRILLIC = wordSet(`
  що це як ми ви вже або щоб дякуємо дякую будь ласка але цей ця ці також якщо коли зараз можемо буде немає
  вашого вони він вона воно його її їх було були який яка яке які
  това са ще съм сме сте които който която което няма вече сега тук какво защото трябва към във със този
  тази тези ако нашия вашия моля ви ни го ги би
  гэта што калі дзякуй таксама яго ёсць можам`);
const ENGLISH = wordSet(`
  the and to of you your we our us it its is are was were be been will would can could should have has had
  this that these those for with at from by as i my me he she they them their there here what which who
  when where how not don't can't won't isn't aren't doesn't didn't it's that's we're we'll i'm i'll you're
  you'll please thanks thank hi hello dear regards best just if so but or any all also only some more about
  into than then after before because unfortunately sorry`);
const OTHER_LATIN = wordSet(`
  le la les des une est nous vous pas pour avec dans sur que qui ne votre notre merci bonjour
  der die das und ist nicht wir sie ich mit zu den dem ein eine für auf ihr ihre danke bitte
  el los las y es por para usted ustedes nosotros gracias una con su hola
  il che non sono della grazie ciao não você nós obrigado com het een niet wij jij voor ook zijn
  jest nie się są dla czy`);

const LATIN = /[a-zA-Z\u00C0-\u024F]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const LETTER = /\p{L}/u;

/** Letter counts by script. A code point is counted once; marks and digits are ignored. */
function countScripts(text: string, from: number, to: number, ev: LanguageEvidence): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) ev.latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      ev.cyrillic++;
      // Outside а–я, А–Я, ё, Ё: a letter of another Cyrillic alphabet.
      if ((c < 0x410 || c > 0x44f) && c !== 0x401 && c !== 0x451) ev.marked++;
    }
    else if (c < 0x80) continue;
    else {
      const ch = text[i]!;
      if (LATIN.test(ch)) {
        ev.latin++;
        ev.marked++;
      } else if (CYRILLIC.test(ch)) ev.cyrillic++;
      else if (c >= 0xd800 && c <= 0xdbff) {
        // A letter outside the BMP (CJK extensions, historic scripts) is "other"; emoji are not letters.
        const pair = text.slice(i, i + 2);
        if (LETTER.test(pair)) ev.other++;
        i++;
      } else if (LETTER.test(ch)) ev.other++;
    }
  }
}

/** Evidence about a paragraph's language, from the given ranges of its text and its words. */
export function languageEvidence(text: string, ranges: ReadonlyArray<readonly [number, number]>, words: readonly Word[]): LanguageEvidence {
  const ev: LanguageEvidence = { cyrillic: 0, latin: 0, other: 0, marked: 0, own: 0, foreign: 0, words: 0 };
  for (const [from, to] of ranges) countScripts(text, from, to, ev);
  const cyrillic = ev.cyrillic >= ev.latin;
  // Letter cues are looked for word by word only when the text has such letters at all.
  const marked = ev.marked > 0;
  for (const w of words) {
    if (w.quoted) continue;
    // Plenty of function words, no foreign word so far and no foreign letter anywhere: the rest of
    // a long paragraph cannot change the verdict, so stop counting.
    if (!marked && ev.own >= 8 && ev.foreign === 0 && ev.own * 4 >= ev.words) break;
    const n = w.norm;
    ev.words++;
    const own = cyrillic ? RUSSIAN_ONLY : ENGLISH;
    const neighbour = cyrillic ? OTHER_CYRILLIC : OTHER_LATIN;
    if (own.has(n)) ev.own++;
    else if (neighbour.has(n)) ev.foreign++;
    // Belarusian infinitives end in "-ць" where Russian has "-ть".
    else if (cyrillic && n.endsWith('ць')) ev.foreign++;
    // ы and э exist in Russian and Belarusian only (Belarusian is caught by і, ў and "-ць").
    else if (cyrillic && hasRussianLetter(n) && text.charCodeAt(w.start) === n.charCodeAt(0)) ev.own++;
    else if (marked && (cyrillic ? FOREIGN_CYRILLIC.test(n) : ACCENTED_LATIN.test(n))) {
      // A capitalised word is likely a name, and names cross languages ("Әлия", "Zoë").
      if (text.charCodeAt(w.start) === n.charCodeAt(0)) ev.foreign += 2;
    } else if (cyrillic && BULGARIAN_HARD_SIGN.test(n)) ev.foreign++;
  }
  return ev;
}

const FRANC_CYRILLIC = ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'uzn', 'koi'];
// franc's verdicts are unreliable below this many letters (short Russian comes back as Bulgarian).
const FRANC_MIN_LETTERS = 60;

/**
 * The language of one paragraph from its evidence. `text` is read only when franc has to decide.
 */
export function decideLanguage(ev: LanguageEvidence, text: string, from: number, to: number): DetectedLang {
  const letters = ev.cyrillic + ev.latin + ev.other;
  if (letters < 2) return 'und';
  if (ev.other > ev.cyrillic + ev.latin) return 'other';
  const cyrillic = ev.cyrillic >= ev.latin;
  if (ev.foreign > ev.own) return 'other';
  // Function words must clearly outweigh a neighbour's, and in English make up a fair share of the
  // text: a French sentence with one "the" stays French.
  const clear = ev.own > ev.foreign && (ev.foreign === 0 || ev.own >= 2 * ev.foreign);
  if (clear && (cyrillic || ev.own * 5 >= ev.words || ev.words < 5)) return cyrillic ? 'ru' : 'en';
  if (letters < FRANC_MIN_LETTERS) return ev.foreign > 0 ? 'other' : 'und';
  const sample = to - from > 1200 ? text.slice(from, from + 1200) : text.slice(from, to);
  if (cyrillic) return franc(sample, { only: FRANC_CYRILLIC }) === 'rus' ? 'ru' : 'other';
  return franc(sample) === 'eng' ? 'en' : 'other';
}
