/**
 * The one-click fix: the record's name in the draft's style. The same script as the addressed name
 * (Вадим in Russian text, Vadim in English), the same case (Вадиму for Сергею), the same parts
 * (name + patronymic, title + surname) and the same letter case (chat-style lower case stays lower).
 */
import type { Address } from './addressee';
import { givenNameCases, looksSlavicSurname, patronymicCases, surnameCases } from './inflect';
import { matchLetterCase, scriptOf } from './normalize';
import type { PreparedRecord } from './prepare';
import type { NameGender } from './tables/types';
import { slavicToCyrillic, toLatinDisplay } from './translit';
import type { Roles } from './verdict';
import { titleFor } from './words';

type Role = 'given' | 'surname' | 'patronymic';

function inScript(text: string, role: Role, want: 'cyr' | 'lat', record: PreparedRecord): string {
  const script = scriptOf(text);
  if (script === want || (script !== 'cyr' && script !== 'lat')) return text;
  if (want === 'lat') return toLatinDisplay(text);
  if (role === 'given') return record.given?.cyrillic ?? text;
  if (role === 'surname' && looksSlavicSurname(text)) return slavicToCyrillic(text) ?? text;
  return text;
}

function inCase(text: string, role: Role, dative: boolean, gender: NameGender): string {
  if (!dative || scriptOf(text) !== 'cyr') return text;
  if (role === 'given') return givenNameCases(text, gender).dat;
  if (role === 'surname') return surnameCases(text, gender).dat;
  return patronymicCases(text, gender).dat;
}

export function buildReplacement(address: Address, roles: Roles, record: PreparedRecord): string {
  const model = address.words[0]?.text ?? '';
  const want = scriptOf(model) === 'cyr' ? 'cyr' : 'lat';
  const gender = record.gender;
  const name = record.name;
  const render = (text: string, role: Role) => inCase(inScript(text, role, want, record), role, roles.dative, gender);

  const out: string[] = [];
  if (address.title && roles.surname && !roles.given && name.surname) {
    const t = address.title;
    const keep = t.gender === 'u' || gender === 'u' || t.gender === gender;
    const dot = t.text.endsWith('.') && t.lang === 'en' ? '.' : '';
    out.push(keep ? t.text : titleFor(gender === 'f' ? 'f' : 'm', t.lang, roles.dative) + dot);
    out.push(render(name.surname, 'surname'));
  } else {
    if (address.title) out.push(address.title.text);
    if (name.given) out.push(render(name.given, 'given'));
    if (roles.patronymic && name.patronymic) out.push(render(name.patronymic, 'patronymic'));
    if (roles.surname && name.surname) out.push(render(name.surname, 'surname'));
  }
  return matchLetterCase(out.join(' '), model);
}
