/**
 * Synthetic reply drafts for benchmarks and property tests, written for this repository (never
 * copied from the corpus). Paragraphs mix helpful sentences, refusals and non-refusal negations
 * in Russian and English, so a check does realistic work on them.
 */

export const EN_PARAGRAPHS: readonly string[] = [
  'Thanks for getting back to me so quickly, and sorry for the wait over the weekend.',
  "I've looked at order 58213 and the tracking shows the parcel left our warehouse on Tuesday. It should reach the pickup point by Thursday, and you'll get a text with the code as soon as it arrives.",
  "We can't change the delivery address once the parcel is with the courier. What I can do is ask them to hold it at the depot, so you can collect it on your way home.",
  "Don't worry about the second charge on your statement: it's a temporary hold, and it will disappear within five working days. You won't be charged twice.",
  'Refunds are only possible within 30 days of delivery. Your order arrived in early March, so the standard refund window has closed.',
  "If the app doesn't show the new plan after an hour, log out and back in, and it should refresh. There's no need to reinstall anything.",
  'As I already explained, the promotional price applies to new customers only. Please understand that we have to treat every account the same way.',
  'Could you send me a photo of the serial number on the back of the unit? That helps the engineer bring the right parts.',
  "The warranty doesn't cover damage from liquids, and the repair would cost £85. I've added a 15% discount code to your account in case you decide to go ahead.",
  'You should have contacted us before sending the item back. You will have to pay the return postage yourself.',
  'Your account is safe and nothing has been deleted. I reset the password link, and it is valid for 24 hours.',
  'I understand how frustrating it is when a booking falls through at the last minute, and I am sorry it happened.',
];

export const RU_PARAGRAPHS: readonly string[] = [
  'Спасибо, что написали, и извините за долгий ответ — в выходные обращений было особенно много.',
  'Я проверила заказ № 58213: посылка уехала со склада во вторник и будет в пункте выдачи к четвергу. Как только она придёт, вам придёт SMS с кодом.',
  'Изменить адрес доставки после передачи заказа курьеру нельзя. Зато можно попросить курьерскую службу придержать посылку на складе, чтобы вы забрали её по дороге домой.',
  'Не волнуйтесь из-за второго списания: это временная блокировка суммы, она снимется в течение пяти рабочих дней. Повторно деньги не спишутся.',
  'Возврат возможен только в течение 30 дней с момента доставки. Ваш заказ пришёл в начале марта, поэтому вернуть деньги мы уже не сможем.',
  'Если приложение не покажет новый тариф через час, выйдите из аккаунта и войдите снова. Переустанавливать ничего не нужно.',
  'Как я уже писал, акционная цена действует только для новых клиентов. Вы должны понимать, что правила для всех одинаковые.',
  'Не могли бы вы прислать фото серийного номера на задней панели? Так мастер сразу возьмёт нужные детали.',
  'Гарантия не распространяется на повреждения от жидкости, ремонт обойдётся в 6 500 ₽. Я добавила вам промокод на скидку 15%, если решите ремонтировать.',
  'Вам нужно было связаться с нами до отправки товара. Обратную доставку вам придётся оплатить самостоятельно.',
  'Ваш аккаунт в безопасности, ничего не удалено. Ссылку для смены пароля я отправила повторно, она действует 24 часа.',
  'Понимаю, как неприятно, когда бронь срывается в последний момент, и мне очень жаль, что так вышло.',
];

/** A draft of about `length` characters: greeting, paragraphs cycled from both languages' lists, sign-off. */
export function syntheticDraft(lang: 'en' | 'ru', length: number, seed = 0): string {
  const paragraphs = lang === 'en' ? EN_PARAGRAPHS : RU_PARAGRAPHS;
  const head = lang === 'en' ? 'Hi Anna,' : 'Здравствуйте, Анна!';
  const tail = lang === 'en' ? 'Best regards,\nMaria\nSupport team' : 'С уважением,\nМария\nСлужба поддержки';
  const parts = [head];
  let size = head.length + tail.length + 4;
  for (let i = seed; size < length; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(p);
    size += p.length + 2;
  }
  parts.push(tail);
  return parts.join('\n\n');
}
