import { describe, expect, it } from 'vitest';
import type { TagWithUse } from '../feedback/messages';
import { moveActive, rankTags, tagText } from './picker-model';

const tag = (id: string, en: string, ru: string, uses: number, archived = false): TagWithUse => ({
  id,
  label: { en, ru },
  archived,
  builtin: true,
  createdAt: 0,
  uses,
});
// As the background sends them: most used first.
const TAGS = [
  tag('docs', 'Docs / onboarding', 'Документация и обучение', 9),
  tag('account', 'Account / sign-in', 'Аккаунт и вход', 5),
  tag('bug', 'Bug', 'Ошибка', 2),
  tag('billing', 'Billing / payments', 'Оплата и счета', 1),
  tag('delivery', 'Delivery / shipping', 'Доставка', 0),
  tag('old', 'Old', 'Старое', 0, true),
];
const ids = (tags: TagWithUse[]) => tags.map((t) => t.id);

describe("the picker's list", () => {
  it('keeps the most-used-first order when nothing is typed, without archived tags', () => {
    expect(ids(rankTags(TAGS, ''))).toEqual(['docs', 'account', 'bug', 'billing', 'delivery']);
  });

  it('a typed start of a word beats a more used tag that merely contains it', () => {
    // "b": Bug and Billing start with it; "Docs / onboarding" only contains it.
    expect(ids(rankTags(TAGS, 'b'))).toEqual(['bug', 'billing', 'docs']);
    // "sign" starts the second word of "Account / sign-in".
    expect(ids(rankTags(TAGS, 'sign'))).toEqual(['account']);
  });

  it('matches either language, ignoring case and ё/е', () => {
    expect(ids(rankTags(TAGS, 'ОПЛ'))).toEqual(['billing']);
    expect(ids(rankTags(TAGS, 'вход'))).toEqual(['account']);
    expect(ids(rankTags([tag('x', 'Delivery', 'Доставка ещё', 0)], 'еще'))).toEqual(['x']);
    expect(ids(rankTags(TAGS, 'zzz'))).toEqual([]);
  });

  it('shows each tag in the UI language', () => {
    expect(tagText(TAGS[2]!, 'ru')).toBe('Ошибка');
    expect(tagText(TAGS[2]!, 'en')).toBe('Bug');
    expect(tagText(tag('t', 'Only English', '', 0), 'ru')).toBe('Only English');
  });

  it('arrows wrap; pages stop at the ends; an empty list has no highlight', () => {
    expect(moveActive(0, 'ArrowDown', 3)).toBe(1);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(1, 'PageDown', 12)).toBe(6);
    expect(moveActive(10, 'PageDown', 12)).toBe(11);
    expect(moveActive(3, 'PageUp', 12)).toBe(0);
    expect(moveActive(5, 'ArrowDown', 0)).toBe(-1);
    // A shorter list after typing: the highlight moves on from its last row.
    expect(moveActive(7, 'ArrowUp', 3)).toBe(1);
  });
});
