import type { Localized } from '../i18n';
import { foldName } from './fold';

export interface DefaultTag {
  /** Stable forever: items, exports and teammates' files refer to it. */
  id: string;
  label: Localized;
  /**
   * Names this tag went by before items stored ids (schema v1 stored whatever name the agent
   * picked). The v1 → v2 migration maps them here; compared case-insensitively, ё folded to е.
   */
  aliases: string[];
}

export const DEFAULT_TAGS: readonly DefaultTag[] = [
  { id: 'bug', label: { en: 'Bug', ru: 'Ошибка' }, aliases: ['bug', 'bugs', 'error', 'баг', 'ошибка', 'ошибки', 'сбой'] },
  {
    id: 'feature-request',
    label: { en: 'Feature request', ru: 'Пожелание' },
    aliases: ['feature', 'feature request', 'idea', 'request', 'пожелание', 'идея', 'запрос функции', 'новая функция'],
  },
  { id: 'pricing', label: { en: 'Pricing', ru: 'Цены' }, aliases: ['pricing', 'price', 'prices', 'цены', 'цена', 'тарифы'] },
  {
    id: 'ux',
    label: { en: 'UX / design', ru: 'Удобство и дизайн' },
    aliases: ['ux', 'ui', 'design', 'ux/design', 'usability', 'дизайн', 'удобство', 'интерфейс'],
  },
  {
    id: 'performance',
    label: { en: 'Performance', ru: 'Скорость работы' },
    aliases: ['performance', 'speed', 'slow', 'скорость', 'тормозит', 'производительность'],
  },
  {
    id: 'docs',
    label: { en: 'Docs / onboarding', ru: 'Документация и обучение' },
    aliases: ['docs', 'documentation', 'onboarding', 'документация', 'обучение', 'инструкция'],
  },
  {
    id: 'delivery',
    label: { en: 'Delivery / shipping', ru: 'Доставка' },
    aliases: ['delivery', 'shipping', 'доставка', 'курьер'],
  },
  {
    id: 'billing',
    label: { en: 'Billing / payments', ru: 'Оплата и счета' },
    aliases: ['billing', 'payment', 'payments', 'invoice', 'оплата', 'счета', 'счёт', 'платежи', 'возврат'],
  },
  {
    id: 'account',
    label: { en: 'Account / sign-in', ru: 'Аккаунт и вход' },
    aliases: ['account', 'login', 'sign-in', 'аккаунт', 'вход', 'авторизация', 'пароль'],
  },
  { id: 'praise', label: { en: 'Praise', ru: 'Похвала' }, aliases: ['praise', 'compliment', 'thanks', 'похвала', 'благодарность', 'спасибо'] },
  { id: 'other', label: { en: 'Other', ru: 'Другое' }, aliases: ['other', 'misc', 'другое', 'прочее', 'разное'] },
];

export { foldName };

const byAlias = new Map<string, string>();
for (const tag of DEFAULT_TAGS) {
  for (const name of [...tag.aliases, tag.label.en, tag.label.ru]) byAlias.set(foldName(name), tag.id);
}

export function defaultTagIdForName(name: string): string | undefined {
  return byAlias.get(foldName(name));
}

/**
 * A stable id for a tag that only ever had a name (v1 data, CSV columns without ids). Derived from
 * the folded name so two machines migrating the same "Refunds" arrive at the same id and their
 * exports merge.
 */
export function tagIdForName(name: string): string {
  const known = defaultTagIdForName(name);
  if (known) return known;
  const folded = foldName(name);
  // Two independent 32-bit FNV-1a variants: 64 bits, so distinct names do not collide in practice.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ folded.length;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `n-${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}
