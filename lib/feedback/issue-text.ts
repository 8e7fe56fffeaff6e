/** RU/EN phrases for item validation issues (imports in the leads' view and the options page). */
import { defineMessages, getLocale, type Locale } from '../i18n';
import type { ItemIssue } from './schema';

const issues = defineMessages(
  {
    required: 'missing',
    too_long: { one: 'longer than {n} character', other: 'longer than {n} characters' },
    bad_type: 'wrong type of value',
    control_char: 'contains control characters',
    line_break: 'must be on one line',
    bad_tag_id: 'not a tag id',
    bad_email: 'not an e-mail address',
    bad_url: 'not a web link (http or https)',
    bad_uuid: 'not an item id (UUID)',
    no_tags: 'no tag',
    too_many_tags: { one: 'more than {n} tag', other: 'more than {n} tags' },
    repeated_tag: 'the same tag twice',
    bad_helpdesk: 'not a helpdesk id',
    bad_language: 'not a language code',
    bad_date: 'not a date Tact can read (use YYYY-MM-DD HH:MM:SS)',
    bad_schema_version: 'unsupported schema version “{key}”',
    unknown_key: 'unknown field “{key}”',
    forbidden_key: 'forbidden key “{key}”',
    formula: 'starts with “{key}”, which a spreadsheet would run as a formula',
    cell_count: '{found} cells instead of {n}',
    duplicate_id: 'the same id as row {first}, with different content',
    unknown_tag: 'tag “{key}” is not defined here or in the file',
    tag_locked: 'tag “{key}” is new here, and your organisation manages the tag list',
  },
  {
    required: 'не заполнено',
    too_long: { one: 'длиннее {n} символа', few: 'длиннее {n} символов', many: 'длиннее {n} символов', other: 'длиннее {n} символа' },
    bad_type: 'значение не того типа',
    control_char: 'есть управляющие символы',
    line_break: 'должно быть в одну строку',
    bad_tag_id: 'не похоже на id тега',
    bad_email: 'не адрес электронной почты',
    bad_url: 'не веб-ссылка (http или https)',
    bad_uuid: 'не id записи (UUID)',
    no_tags: 'нет тега',
    too_many_tags: { one: 'больше {n} тега', few: 'больше {n} тегов', many: 'больше {n} тегов', other: 'больше {n} тега' },
    repeated_tag: 'один тег дважды',
    bad_helpdesk: 'не id хелпдеска',
    bad_language: 'не код языка',
    bad_date: 'дата в непонятном формате (нужно ГГГГ-ММ-ДД ЧЧ:ММ:СС)',
    bad_schema_version: 'неподдерживаемая версия схемы «{key}»',
    unknown_key: 'неизвестное поле «{key}»',
    forbidden_key: 'запрещённый ключ «{key}»',
    formula: 'начинается с «{key}» — таблица выполнит это как формулу',
    cell_count: 'ячеек: {found} вместо {n}',
    duplicate_id: 'тот же id, что в строке {first}, но другое содержимое',
    unknown_tag: 'тег «{key}» не определён ни здесь, ни в файле',
    tag_locked: 'тега «{key}» здесь нет, а списком тегов управляет ваша организация',
  },
);

type IssueCode = Parameters<typeof issues>[0];

/** "longer than 10,000 characters" — what is wrong with one field, without saying where. */
export function issueText(issue: ItemIssue & { firstRow?: number }, locale: Locale = getLocale()): string {
  // An unknown code comes back as itself from the dictionary: show it raw rather than nothing.
  if (issues.in('en')(issue.code as IssueCode) === issue.code) return issue.code;
  const n = issue.limit ?? 0;
  return issues.in(locale)(issue.code as IssueCode, {
    count: n,
    n: n.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB'),
    key: issue.key ?? '',
    found: issue.key ?? '',
    first: issue.firstRow ?? '',
  });
}
