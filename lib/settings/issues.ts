/**
 * Valibot's issues as sentences an admin can act on, in both UI languages: where in the file or
 * policy (`rules.custom[2].pattern`) and what is wrong there. Valibot ships English only and its
 * i18n package is not on the registry (../shared/research/libraries.md §6), so these are ours.
 */
import type * as v from 'valibot';
import { defineMessages, type Localized } from '../i18n';

const t = defineMessages(
  {
    at: '{path}: {what}',
    root: '{what}',
    string: 'expected text, found {got}',
    number: 'expected a number, found {got}',
    boolean: 'expected true or false, found {got}',
    array: 'expected a list, found {got}',
    object: 'expected an object, found {got}',
    record: 'expected an object, found {got}',
    literal: 'expected {expected}, found {got}',
    picklist: 'expected one of {expected}, found {got}',
    integer: 'expected a whole number, found {got}',
    maxLengthText: { one: 'too long: at most {count} character', other: 'too long: at most {count} characters' },
    maxLengthList: 'too many entries: at most {count}',
    minValue: 'must be at least {count}',
    maxValue: 'must be at most {count}',
    regex: 'may only have lower-case Latin letters, digits, “.”, “-” and “_”, and must start with a letter or a digit',
    duplicate: 'two entries have the same id',
    other: 'is not valid ({detail})',
    gotMissing: 'nothing',
    gotText: 'text',
    gotNumber: 'a number',
    gotBoolean: 'true/false',
    gotList: 'a list',
    gotObject: 'an object',
    gotNull: 'null',
  },
  {
    at: '{path}: {what}',
    root: '{what}',
    string: 'ожидался текст, а здесь {got}',
    number: 'ожидалось число, а здесь {got}',
    boolean: 'ожидалось true или false, а здесь {got}',
    array: 'ожидался список, а здесь {got}',
    object: 'ожидался объект, а здесь {got}',
    record: 'ожидался объект, а здесь {got}',
    literal: 'ожидалось {expected}, а здесь {got}',
    picklist: 'ожидалось одно из значений {expected}, а здесь {got}',
    integer: 'ожидалось целое число, а здесь {got}',
    maxLengthText: {
      one: 'слишком длинный текст: не больше {count} символа',
      few: 'слишком длинный текст: не больше {count} символов',
      many: 'слишком длинный текст: не больше {count} символов',
      other: 'слишком длинный текст: не больше {count} символа',
    },
    maxLengthList: 'слишком много элементов: не больше {count}',
    minValue: 'должно быть не меньше {count}',
    maxValue: 'должно быть не больше {count}',
    regex: 'допустимы только строчные латинские буквы, цифры, «.», «-» и «_», и начинаться нужно с буквы или цифры',
    duplicate: 'у двух элементов одинаковый id',
    other: 'недопустимое значение ({detail})',
    gotMissing: 'ничего нет',
    gotText: 'текст',
    gotNumber: 'число',
    gotBoolean: 'true/false',
    gotList: 'список',
    gotObject: 'объект',
    gotNull: 'null',
  },
);

type Key = Parameters<typeof t>[0];

function got(input: unknown): Key {
  if (input === undefined) return 'gotMissing';
  if (input === null) return 'gotNull';
  if (typeof input === 'string') return 'gotText';
  if (typeof input === 'number') return 'gotNumber';
  if (typeof input === 'boolean') return 'gotBoolean';
  if (Array.isArray(input)) return 'gotList';
  return 'gotObject';
}

/** `rules.custom[2].pattern` from an issue's path, after `prefix`. */
export function issuePath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function what(issue: v.BaseIssue<unknown>, locale: 'en' | 'ru'): string {
  const tr = t.in(locale);
  const gotText = tr(got(issue.input));
  const requirement = issue.requirement;
  switch (issue.type) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'record':
    case 'integer':
      return tr(issue.type, { got: gotText });
    case 'strict_object':
    case 'loose_object':
      return tr('object', { got: gotText });
    case 'literal':
    case 'picklist':
      return tr(issue.type, { expected: issue.expected ?? '', got: gotText });
    case 'max_length':
      return tr(typeof issue.input === 'string' ? 'maxLengthText' : 'maxLengthList', { count: Number(requirement) });
    case 'min_value':
      return tr('minValue', { count: Number(requirement) });
    case 'max_value':
      return tr('maxValue', { count: Number(requirement) });
    case 'regex':
      return tr('regex');
    case 'check':
      if (issue.message === 'duplicate_id') return tr('duplicate');
      return tr('other', { detail: issue.message });
    default:
      return tr('other', { detail: issue.type });
  }
}

/** The first issue (the one to fix first), located and explained in both languages. */
export function describeIssue(issue: v.BaseIssue<unknown>, prefix = ''): Localized {
  const path = issuePath(issue, prefix);
  const out = {} as Localized;
  for (const locale of ['en', 'ru'] as const) {
    const w = what(issue, locale);
    out[locale] = path ? t.in(locale)('at', { path, what: w }) : t.in(locale)('root', { what: w });
  }
  return out;
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[], prefix = ''): Localized {
  // valibot reports the deepest cause inside a union/variant under `issues`; the outermost is enough
  return describeIssue(issues[0]!, prefix);
}
