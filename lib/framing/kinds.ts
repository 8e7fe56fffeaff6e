/**
 * What the agent reads on the card, per kind of refusal: why the sentence is flagged (message) and
 * what to write instead (hint). Rules take these unless they need something more specific.
 */
import type { Localized } from '../i18n';
import type { RefusalKind } from './types';

export const KIND_TEXT: Record<RefusalKind, { message: Localized; hint: Localized }> = {
  cannot: {
    message: { en: 'This sentence leads with what we won’t do.', ru: 'Предложение начинается с того, чего мы не сделаем.' },
    hint: {
      en: 'Lead with what you can do: the option, the date or the next step. Mention the limit after it, briefly.',
      ru: 'Начните с того, что можно сделать: вариант, срок или следующий шаг. Об ограничении скажите после, коротко.',
    },
  },
  forbidden: {
    message: { en: 'This sentence tells the customer what is not allowed.', ru: 'Предложение сообщает клиенту, что запрещено.' },
    hint: {
      en: 'Say what happens next instead of what is forbidden: what the customer can do, and how.',
      ru: 'Скажите, что будет дальше, а не что запрещено: что клиент может сделать и как.',
    },
  },
  limit: {
    message: { en: 'This sentence makes a limit the message.', ru: 'Главное в предложении — ограничение.' },
    hint: {
      en: 'Put the possibility first (“You can return it within 14 days — here is how”), then what is still possible after the limit.',
      ru: 'Сначала возможность («Вернуть можно в течение 14 дней — вот как»), потом — что ещё можно сделать за пределами срока.',
    },
  },
  burden: {
    message: { en: 'This sentence hands the work to the customer.', ru: 'Предложение перекладывает работу на клиента.' },
    hint: {
      en: 'Offer to take the step yourself, or make it easy: a link, a ready text, whom to contact and what to say.',
      ru: 'Предложите сделать этот шаг за клиента или облегчите его: ссылка, готовый текст, куда обратиться и что сказать.',
    },
  },
  blame: {
    message: { en: 'This sentence blames the customer.', ru: 'Предложение винит клиента.' },
    hint: {
      en: 'Leave out whose fault it was. Say what you will do now, and how to avoid it next time.',
      ru: 'Не ищите виноватого. Скажите, что вы сделаете сейчас и как избежать этого в следующий раз.',
    },
  },
  deflect: {
    message: { en: 'This sentence pushes the problem away from us.', ru: 'Предложение отодвигает проблему от нас.' },
    hint: {
      en: 'Even when someone else decides, say what you will do: contact them, pass the case on, or tell the customer exactly whom to ask and how.',
      ru: 'Даже если решает кто-то другой, скажите, что сделаете вы: свяжетесь с ними, передадите обращение или подскажете, куда и как обратиться.',
    },
  },
  lecture: {
    message: { en: 'This sentence lectures the customer.', ru: 'Предложение звучит как нотация.' },
    hint: {
      en: 'Drop the reminder that it was said before; give the answer plainly and kindly, as if for the first time.',
      ru: 'Уберите напоминание, что это уже говорилось; ответьте просто и доброжелательно, как в первый раз.',
    },
  },
  final: {
    message: { en: 'This sentence closes the door.', ru: 'Предложение закрывает дверь.' },
    hint: {
      en: 'End with a way forward: what the customer can still do, or what you can offer instead.',
      ru: 'Закончите выходом: что клиент ещё может сделать или что вы можете предложить взамен.',
    },
  },
  penalty: {
    message: { en: 'This sentence leads with a charge or a loss.', ru: 'Предложение начинается с платы или потери.' },
    hint: {
      en: 'Explain the charge with empathy, and say what can lower it or avoid it next time.',
      ru: 'Объясните плату с сочувствием и скажите, как её уменьшить или избежать в следующий раз.',
    },
  },
};

/** The hint when the same sentence already offers an alternative. */
export const SOFT_HINT: Localized = {
  en: 'You already offer a way forward — lead with it, and mention the limit after it.',
  ru: 'Вы уже предлагаете выход — начните с него, а об ограничении скажите после.',
};
