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

/** ъ not before е/ё/ю/я: used as a vowel, which only Bulgarian does. */
function hasBulgarianHardSign(n: string): boolean {
  for (let i = n.indexOf('ъ'); i >= 0; i = n.indexOf('ъ', i + 1)) {
    const d = n.charCodeAt(i + 1);
    if (d !== 0x435 && d !== 0x451 && d !== 0x44e && d !== 0x44f) return true;
  }
  return false;
}

/** ё in the original text (words are folded to е): Russian and Belarusian only. */
function hasYo(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x451) return true;
  return false;
}

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

function hasRussianLetterIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const raw = text.charCodeAt(i);
    // А–Я are 0x20 below а–я; Ё and ё lie outside that run.
    const c = raw >= 0x410 && raw <= 0x42f ? raw + 0x20 : raw;
    if (c === 0x44b || c === 0x44d || c === 0x451 || c === 0x401) return true;
    if (c === 0x44a) {
      const d = text.charCodeAt(i + 1);
      if (d === 0x435 || d === 0x44e || d === 0x44f) return true;
    }
  }
  return false;
}

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

// +1: a function word of the checked language; -1: of a neighbouring one. One lookup per word.
const CUES_CYRILLIC = new Map<string, number>([...[...OTHER_CYRILLIC].map((w) => [w, -1] as const), ...[...RUSSIAN_ONLY].map((w) => [w, 1] as const)]);
const CUES_LATIN = new Map<string, number>([...[...OTHER_LATIN].map((w) => [w, -1] as const), ...[...ENGLISH].map((w) => [w, 1] as const)]);

/**
 * Evidence about a paragraph's language from its words (quoted words and the words of quoted
 * lines left out by the caller). Letters are counted by each word's script.
 */
export function languageEvidence(text: string, words: readonly Word[]): LanguageEvidence {
  const ev: LanguageEvidence = { cyrillic: 0, latin: 0, other: 0, marked: 0, own: 0, foreign: 0, words: 0 };
  for (const w of words) {
    const n = w.end - w.start;
    if (w.script === 1) ev.latin += n;
    else if (w.script === 2) ev.cyrillic += n;
    else if (w.script === 3) ev.other += n;
    if (w.marked) ev.marked++;
  }
  const cyrillic = ev.cyrillic >= ev.latin;
  const cues = cyrillic ? CUES_CYRILLIC : CUES_LATIN;
  for (const w of words) {
    if (w.quoted) continue;
    // Plenty of function words, no foreign word so far and no foreign letter anywhere: the rest of
    // a long paragraph cannot change the verdict, so stop counting.
    if (ev.marked === 0 && ev.own >= 5 && ev.foreign === 0 && ev.own * 4 >= ev.words) break;
    const n = w.norm;
    ev.words++;
    const cue = cues.get(n);
    if (cue === 1) ev.own++;
    else if (cue === -1) ev.foreign++;
    else if (w.marked && w.script === (cyrillic ? 2 : 1)) {
      // A capitalised word is likely a name, and names cross languages ("Әлия", "Zoë").
      if (text.charCodeAt(w.start) === n.charCodeAt(0)) ev.foreign += 2;
    } else if (cyrillic && w.script === 2) {
      // Belarusian infinitives end in "-ць" where Russian has "-ть"; a hard sign used as a vowel is
      // Bulgarian; ы, э and ё exist only in Russian and Belarusian (Belarusian is caught by і, ў, "-ць").
      if (n.endsWith('ць') || hasBulgarianHardSign(n)) ev.foreign++;
      else if ((hasRussianLetter(n) || hasYo(text, w.start, w.end)) && text.charCodeAt(w.start) === n.charCodeAt(0)) ev.own++;
    }
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
  // Cyrillic with no letter and no word of a neighbouring language, and with ы, э, ё or a separating
  // ъ somewhere (names included): Bulgarian, Serbian and Macedonian have none of those letters, and
  // Ukrainian and Belarusian text would show і, ї, є or ў. Short Russian without a listed function
  // word ("Выезд в субботу невозможен, однако…") would otherwise go to franc, which misreads it.
  if (cyrillic && ev.foreign === 0 && ev.marked === 0 && hasRussianLetterIn(text, from, to)) return 'ru';
  if (letters < FRANC_MIN_LETTERS) return ev.foreign > 0 ? 'other' : 'und';
  const sample = to - from > 1200 ? text.slice(from, from + 1200) : text.slice(from, to);
  if (cyrillic) return franc(sample, { only: FRANC_CYRILLIC }) === 'rus' ? 'ru' : 'other';
  return franc(sample) === 'eng' ? 'en' : 'other';
}
