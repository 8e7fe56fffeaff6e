/**
 * Word classes every pattern may use. Each is itself a pattern (usually an alternation of words),
 * and holds both languages at once: Russian and English words never collide, so "@neg" serves a
 * Russian rule and an English one alike. Rule packs add their own classes next to their rules.
 */
export const BUILTIN_CLASSES: Readonly<Record<string, string>> = {
  /** Negation words and contractions. */
  neg: `not | *n't | cannot | cant | dont | wont | isnt | arent | doesnt | didnt | wasnt | werent | couldnt |
        shouldnt | wouldnt | havent | hasnt | never | no | none | nothing | nobody | neither | nor |
        не | нет | ни | нельзя | невозможно | никак | никогда | ничего | ничем | никто | нигде | нечего`,
  /** The company's side: we, us, our. */
  we: `we | we're | we've | we'll | we'd | us | our | ours | ourselves | мы | нам | нас | нами | наш*`,
  /** The agent: I, me, my. */
  i: `i | i'm | i've | i'll | i'd | im | ive | me | my | mine | myself | я | мне | меня | мной | мой | моя | моё | мое | мои | моих | моим`,
  /** The customer: you, your. */
  you: `you | you're | you've | you'll | you'd | youre | your | yours | yourself | yourselves | u | ur |
        вы | вам | вас | вами | ваш* | ты | тебе | тебя | тобой | тво*`,
  /** Being able to. */
  can: `can | could | able | мог | могла | могли | могу | можем | может | можете | могут | смог* | смож* | смогу | смогут`,
};
