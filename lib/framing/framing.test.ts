import { describe, expect, it } from 'vitest';
import { findFraming, KIND_TEXT, SOFT_HINT } from '.';

const flagged = (draft: string) => findFraming(draft).map((f) => draft.slice(f.start, f.end));

describe('findFraming', () => {
  it('flags whole sentences that frame a refusal, with rule, kind-specific hint and offsets', () => {
    const draft = 'Hi Anna,\n\nThanks for the photos. We won’t replace the lens before Friday. The tripod is on its way.';
    const findings = findFraming(draft);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(draft.slice(f!.start, f!.end)).toBe('We won’t replace the lens before Friday.');
    expect(f).toMatchObject({ kind: 'framing', lang: 'en', severity: 'refusal', ruleId: expect.stringMatching(/^en\./) });
    expect(f!.hint).toEqual(KIND_TEXT.cannot.hint);
  });

  it('catches refusals without a negation word', () => {
    expect(flagged('Returns are accepted within 14 days only.')).toHaveLength(1);
    expect(flagged('As I already wrote, the delivery date is set by the warehouse.')).toHaveLength(1);
    expect(flagged('Вам придётся самостоятельно связаться с магазином.')).toHaveLength(1);
    expect(flagged('Как я уже писал, доставка платная.')).toHaveLength(1);
    expect(flagged('You should have told us before the trip.')).toHaveLength(1);
    expect(flagged('Это вне нашей зоны ответственности.')).toHaveLength(1);
  });

  it.each([
    ['en', "Don't worry, your data is safe.", 'reassurance'],
    ['en', "You won't be charged twice.", 'no cost'],
    ['en', 'There is no fee for the second bag.', 'no cost'],
    ['en', "Please don't forget your passport.", 'reminder'],
    ['en', "If the code doesn't arrive, write back.", 'conditional'],
    ['en', "Couldn't you come on Tuesday instead?", 'polite request'],
    ['en', "The page doesn't load after login, I see it in your video.", 'describing the problem'],
    ['en', 'No problem at all!', 'idiom'],
    ['ru', 'Не переживайте, всё сохранилось.', 'reassurance'],
    ['ru', 'Доплачивать ничего не нужно.', 'no cost'],
    ['ru', 'Не забудьте взять паспорт.', 'reminder'],
    ['ru', 'Если код не придёт, напишите нам.', 'conditional'],
    ['ru', 'Не могли бы вы прислать фото?', 'polite request'],
    ['ru', 'Приложение не открывается после обновления — уже чиним.', 'describing the problem'],
    ['ru', 'Не за что, обращайтесь!', 'idiom'],
  ])('leaves %s negations that are not refusals: %s (%s)', (_lang, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('softens a refusal that already offers a way forward', () => {
    const [soft] = findFraming("We can't refund the fee, but I can move your booking to any free date.");
    expect(soft).toMatchObject({ severity: 'soft', hint: SOFT_HINT });
    const [мягко] = findFraming('Вернуть деньги не получится, но можем перенести бронь на любую дату.');
    expect(мягко).toMatchObject({ severity: 'soft', hint: SOFT_HINT });
  });

  it('does not take the refusal itself for a way forward', () => {
    expect(findFraming("I'm sorry, but we will not replace the strap.")[0]).toMatchObject({ severity: 'refusal' });
    expect(findFraming('Извините, но продлить акцию мы не сможем.')[0]).toMatchObject({ severity: 'refusal' });
  });

  it('never reads the customer’s quoted words or the signature', () => {
    expect(flagged('> You can’t even keep the line up!\n> I won’t pay.\n\nThe line is fixed now.')).toEqual([]);
    expect(flagged('Fixed.\n\nOn Tue, Anna wrote:\nWe cannot refund this, you said.')).toEqual([]);
    expect(flagged('Клиент пишет: «Мы не можем больше ждать».')).toEqual([]);
    expect(flagged('Done!\n\nBest,\nNo Refunds Team')).toEqual([]);
  });

  it.each([
    ['uk', 'Ми не можемо повернути гроші, це неможливо.'],
    ['be', 'На жаль, мы не можам вярнуць грошы.'],
    ['bg', 'Съжаляваме, но не можем да върнем парите.'],
    ['kk', 'Өкінішке орай, біз ақшаны қайтара алмаймыз.'],
    ['de', 'Wir können das Geld leider nicht zurückzahlen.'],
  ])('never flags other languages (%s)', (_code, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('does not flag questions', () => {
    expect(flagged("Why can't we just refund it?")).toEqual([]);
  });

  it('handles empty input', () => {
    expect(findFraming('')).toEqual([]);
  });
});
