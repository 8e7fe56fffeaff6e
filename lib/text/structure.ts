/**
 * How a line of an e-mail-style reply functions: a quoted line of the customer's message, the
 * header that introduces a quoted message ("On Mon, Anna wrote:", "Анна написала:"), a sign-off
 * ("Best,", "С уважением,"), a signature delimiter ("--"), or a greeting ("Hi Maya,",
 * "Анна, добрый день!"). Each test looks at one line or sentence only, so results can be cached
 * per paragraph; the draft-level rules (a sign-off starts the signature only near the end) are
 * applied in `analyze.ts`.
 */

/** A line quoted with `>` (any depth, optional space before it). */
export function isQuoteLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3e) return true;
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return false;
}

// How mail clients introduce a quoted message. Second-person inline quoting ("You wrote:", "Вы
// написали:") is the agent's own sentence and does not count.
const HEADER_EN = /^\s*(?:on\s.{3,200}\swrote|.{1,200}(?:<[^<>\s]+>|\S+@\S+)\s+wrote)\s*:\s*$/i;
const HEADER_RU = /^\s*(?!вы\s)(?!ты\s).{1,200}\s(?:написал|написала|написал\(а\)|пишет)\s*:\s*$/i;
const HEADER_DATED = /^\s*.{0,80}\d.{0,160}<[^<>\s]+@[^<>\s]+>\s*:\s*$/;
const HEADER_BLOCK = /^\s*(?:-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение)\s*-{2,}|(?:from|от):\s.*(?:@|<).*)\s*$/i;

/** A line that introduces the customer's quoted message; what follows it in the draft is quoted. */
export function isQuoteHeader(line: string): boolean {
  if (line.length > 300) return false;
  return HEADER_EN.test(line) || HEADER_RU.test(line) || HEADER_DATED.test(line) || HEADER_BLOCK.test(line);
}

/** "-- " and its variants: everything after it is the signature. */
export const isSignatureDelimiter = (line: string): boolean => /^\s*(?:--|—|__+)\s*$/.test(line);

const SIGN_OFF_EN =
  /^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|regards|warm wishes|all the best|cheers|many thanks|thanks again|thanks|thank you|sincerely|yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|take care|talk soon|speak soon|with thanks|gg)\b/i;
const SIGN_OFF_RU =
  /^(?:с уважением|с наилучшими пожеланиями|всего доброго|всего хорошего|хорошего (?:дня|вечера|отдыха|полёта|полета)|спасибо|благодарю|до связи|удачи|с теплом|искренне ваш)(?![\p{L}])/iu;

/**
 * A sign-off line: the formula alone ("Best,") or followed by a short name ("Thanks, Irina",
 * "С уважением, отдел продаж"). A sentence that merely starts with "Thanks" ("Thanks for the photo")
 * is not one: after the formula only punctuation or a comma and a few words may follow.
 */
export function isSignOff(line: string): boolean {
  const text = line.trim();
  if (text.length > 60) return false;
  const m = SIGN_OFF_EN.exec(text) ?? SIGN_OFF_RU.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  return /^[\s,.!—–-]*$/.test(rest) || /^\s*,\s*[^,.!?]{1,40}$/.test(rest);
}

const GREETING_EN = /^(?:hi|hello|hey|hiya|howdy|greetings|dear|good\s+(?:morning|afternoon|evening|day))(?![\p{L}])/iu;
const GREETING_RU =
  /^(?:здравствуйте|здравствуй|добрый\s+(?:день|вечер)|доброе\s+утро|доброго\s+(?:дня|времени\s+суток|утра|вечера)|привет|приветствую|уважаем(?:ый|ая|ые)|дорог(?:ой|ая|ие))(?![\p{L}])/iu;
// "Анна, добрый день!": the greeting may follow the name.
const GREETING_AFTER_NAME = /^[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}\s*,\s*/u;

/** The opening salutation, in either language ("Hi Maya,", "Dear Mr Okafor,", "Анна, добрый день!"). */
export function isGreeting(sentence: string): boolean {
  const text = sentence.trim();
  if (text.length > 120) return false;
  if (GREETING_EN.test(text) || GREETING_RU.test(text)) return true;
  const m = GREETING_AFTER_NAME.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  return GREETING_EN.test(rest) || GREETING_RU.test(rest);
}
