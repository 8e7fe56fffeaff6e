import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyze';

const lang = (text: string) => analyzeDraft(text).lang;

describe('language of a draft', () => {
  it.each([
    ['Мы не можем вернуть деньги за этот заказ.'],
    ['Здравствуйте, Әлия! К сожалению, вернуть деньги мы не сможем.'],
    ['Добрый день!\n\nПереоформление по доверенности не допускается.\n\nЭто ограничение банка, и изменить его мы не можем.'],
    // No listed function word: ы, э or ё, with nothing of a neighbouring language, decides.
    ['Выезд в субботу невозможен, однако я договорился с мастером на понедельник.'],
    ['Скидки на выезд мастера в выходные не действуют.'],
  ])('reads Russian: %s', (text) => {
    expect(lang(text)).toBe('ru');
  });

  it.each([
    ['Ми не можемо повернути гроші.'],
    ['Доброго дня! На жаль, ми не можемо повернути кошти за замовлення.'],
    ['Вибачте, це неможливо.'],
    ['Мы не можам вярнуць грошы.'],
    ['Добры дзень! На жаль, мы не можам вярнуць грошы за заказ.'],
    ['Не можем да ви помогнем с това.'],
    ['Съжаляваме, но не можем да върнем парите за поръчката.'],
    ['Біз ақшаны қайтара алмаймыз.'],
    ['Не можемо да вратимо новац, јер је рок истекао.'],
  ])('never takes Ukrainian, Belarusian, Bulgarian, Kazakh or Serbian for Russian: %s', (text) => {
    expect(lang(text)).not.toBe('ru');
  });

  it.each([
    ["We can't refund the order."],
    ['Thanks for your patience, the parcel is on its way.'],
  ])('reads English: %s', (text) => {
    expect(lang(text)).toBe('en');
  });

  it.each([
    ['Nous ne pouvons pas rembourser la commande.'],
    ['Wir können die Bestellung leider nicht erstatten.'],
    ['No podemos devolver el dinero de su pedido.'],
    ['אנחנו לא יכולים להחזיר את הכסף.'],
    ['لا يمكننا استرداد المبلغ.'],
    ['我们无法退款。'],
  ])('reads other languages as other: %s', (text) => {
    expect(lang(text)).toBe('other');
  });

  it('lets a short paragraph take the draft’s language', () => {
    const a = analyzeDraft('Здравствуйте! Мы проверили ваш заказ, и вот что нашли.\n\nВозврат не производится.');
    expect(a.paragraphs[1]).toMatchObject({ detected: 'und', lang: 'ru' });
  });

  it('keeps each paragraph’s own language in a mixed draft', () => {
    const a = analyzeDraft('Здравствуйте! Мы проверили ваш заказ, и вот что нашли.\n\nЗаказ уже у курьера.\n\nWe have checked your order and it is on its way to you.');
    expect(a.paragraphs.map((p) => p.lang)).toEqual(['ru', 'ru', 'en']);
  });
});
