import { describe, expect, it } from 'vitest';
import { fold, words } from './words';

const norms = (text: string) => words(text).map((w) => w.norm);

describe('words', () => {
  it('keeps contractions whole with either apostrophe and folds them to one form', () => {
    expect(norms("We can't, we won’t, it’s ok")).toEqual(['we', "can't", 'we', "won't", "it's", 'ok']);
  });

  it('folds case and ё', () => {
    expect(norms('Всё ЕЩЁ Ёлка')).toEqual(['все', 'еще', 'елка']);
    expect(fold('ЁЖ')).toBe('еж');
  });

  it('keeps hyphenated words whole and finds Cyrillic word boundaries', () => {
    expect(norms('Из-за SIM-карты интернет нет')).toEqual(['из-за', 'sim-карты', 'интернет', 'нет']);
  });

  it('gives UTF-16 offsets into the text, also after astral characters', () => {
    const text = '😀 Привет, 𝒜bc мир';
    for (const w of words(text)) expect(text.slice(w.start, w.end).toLowerCase()).toBe(w.norm);
    expect(norms(text)).toEqual(['привет', '𝒜bc', 'мир']);
  });

  it('treats unpaired surrogates and emoji as separators', () => {
    expect(norms('a\uD800b \uDC00c 👍🏽d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('marks words inside quotation marks', () => {
    const ws = words('The error «Нет связи» and "card not supported" appear; so does “this”.');
    expect(ws.filter((w) => w.quoted).map((w) => w.norm)).toEqual(['нет', 'связи', 'card', 'not', 'supported', 'this']);
  });

  it('does not let an unclosed quotation mark swallow the text', () => {
    expect(words('He said "we can refund it and then stopped.').some((w) => w.quoted)).toBe(false);
  });

  it('marks words that follow a clause break', () => {
    const ws = words('If it fails, call us — we answer: always (really).');
    expect(ws.filter((w) => w.pause).map((w) => w.norm)).toEqual(['call', 'we', 'always', 'really']);
  });

  it('records the script and letters of neighbouring alphabets', () => {
    const [ru, uk, en, fr, num] = words('нет їжак no café 42');
    expect([ru!.script, ru!.marked]).toEqual([2, false]);
    expect([uk!.script, uk!.marked]).toEqual([2, true]);
    expect([en!.script, en!.marked]).toEqual([1, false]);
    expect([fr!.script, fr!.marked]).toEqual([1, true]);
    expect(num!.script).toBe(0);
  });
});
