import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './analyze';

const roles = (text: string) =>
  analyzeDraft(text).sentences.map((s) => `${s.greeting ? 'G' : ''}${s.quoted ? 'Q' : ''}${s.signature ? 'S' : ''}${s.own ? '' : '!'}:${text.slice(s.start, s.end)}`);

describe('analyzeDraft: parts of the draft', () => {
  it('finds the greeting, the agent’s sentences and the signature', () => {
    const draft = 'Hi Maya,\n\nThe backdrop stays where it is. See you at 10!\n\nBest,\nGreg\nLumen Studios';
    expect(roles(draft)).toEqual([
      'G:Hi Maya,',
      ':The backdrop stays where it is.',
      ':See you at 10!',
      'S!:Best,',
      'S!:Greg',
      'S!:Lumen Studios',
    ]);
  });

  it('marks > lines as quoted', () => {
    expect(roles('Hi Sara,\n\n> Why can’t I install it?\n\nThat message comes from the sandbox.')).toEqual([
      'G:Hi Sara,',
      'Q!:> Why can’t I install it?',
      ':That message comes from the sandbox.',
    ]);
  });

  it.each([
    ['On Mon, 3 Jun 2024 at 10:02, Anna Petrova <anna@example.com> wrote:'],
    ['Анна Петрова написала:'],
    ['Пользователь написал(а):'],
    ['пн, 3 июн. 2024 г. в 10:02, Анна Петрова <anna@example.com>:'],
    ['Anna Petrova <anna@example.com> wrote:'],
    ['-----Original Message-----'],
  ])('treats everything after a quote header as quoted: %s', (header) => {
    const draft = `Здравствуйте!\n\nВернуть деньги мы не сможем.\n\n${header}\nНе могу дождаться возврата. Верните деньги.`;
    const r = roles(draft);
    expect(r.slice(0, 2)).toEqual(['G:Здравствуйте!', ':Вернуть деньги мы не сможем.']);
    expect(r.slice(2).every((x) => x.startsWith('Q!'))).toBe(true);
  });

  it('marks a sentence wholly in quotation marks as quoted', () => {
    expect(roles('You wrote:\n«Мы не можем ждать больше недели.»\nWe have sped it up.')).toEqual([
      ':You wrote:',
      'Q!:«Мы не можем ждать больше недели.»',
      ':We have sped it up.',
    ]);
    expect(roles('Вы написали: «Верните деньги». Уже вернули.')).toEqual([':Вы написали: «Верните деньги».', ':Уже вернули.']);
  });

  it('does not take a short sentence before the end for a signature', () => {
    const r = roles('Thank you.\n\nWe can’t refund this order.\nBest,\nAnna');
    expect(r).toContain(':We can’t refund this order.');
    expect(r).toEqual([':Thank you.', ':We can’t refund this order.', 'S!:Best,', 'S!:Anna']);
  });

  it('starts the signature at a -- delimiter', () => {
    expect(roles('Fixed it for you.\n--\nAnna Petrova, Support\nwww.example.com')).toEqual([':Fixed it for you.', 'S!:--', 'S!:Anna Petrova, Support', 'S!:www.example.com']);
  });

  it('recognises greetings that follow the name', () => {
    expect(roles('Анна, добрый день!\n\nЗаказ уже в пути.')[0]).toBe('G:Анна, добрый день!');
  });

  it('gives offsets, words and languages per sentence', () => {
    const draft = 'Здравствуйте!\n\nМы проверили заказ, посылка уже в пути.\n\nThanks for waiting.';
    const a = analyzeDraft(draft);
    expect(a.lang).toBe('ru');
    expect(a.paragraphs.map((p) => p.lang)).toEqual(['ru', 'ru', 'en']);
    for (const s of a.sentences) for (const w of s.words) expect(w.start >= s.start && w.end <= s.end).toBe(true);
  });

  it('handles empty and blank drafts', () => {
    expect(analyzeDraft('')).toMatchObject({ lang: 'und', paragraphs: [], sentences: [] });
    expect(analyzeDraft(' \n\n\t ').sentences).toEqual([]);
  });
});
