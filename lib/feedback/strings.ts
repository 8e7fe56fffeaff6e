/**
 * RU/EN sentences for the feedback API's error codes and for item validation issues, so every UI
 * (the Log toast, the options page, the leads' view) says the same thing in the agent's language.
 */
import { defineMessages, getLocale, type Locale } from '../i18n';
import { feedbackErrorCode, feedbackErrorDetail, type FeedbackErrorCode } from './errors';
import type { ItemIssue } from './schema';

const errors = defineMessages(
  {
    quota: 'The browser’s storage is full. The item is kept and will be saved as soon as there is room.',
    write_failed: 'The item could not be saved yet. It is kept and Tact will retry.',
    unsaved: 'The item could not be saved. Please try again.',
    invalid: 'This item cannot be logged: {detail}',
    unknown_tag: 'That tag no longer exists. Pick another one.',
    not_found: 'Not found.',
    undo_expired: 'Too late to undo: items can be undone for 15 minutes.',
    tag_exists: 'A tag with this name already exists.',
    tag_label: 'Tag names must be 1–40 characters on one line.',
    tag_in_use: 'Items carry this tag. Archive it instead.',
    tag_merge: 'These tags cannot be merged: {detail}',
    forbidden: 'Not allowed from a helpdesk page.',
    import_session: 'The import expired. Please load the files again.',
    import_invalid: 'The import was refused: {detail}',
  },
  {
    quota: 'Хранилище браузера заполнено. Запись сохранена в очереди и будет записана, как только освободится место.',
    write_failed: 'Запись пока не удалось сохранить. Она в очереди, Tact попробует ещё раз.',
    unsaved: 'Запись не сохранена. Попробуйте ещё раз.',
    invalid: 'Эту запись нельзя сохранить: {detail}',
    unknown_tag: 'Такого тега больше нет. Выберите другой.',
    not_found: 'Не найдено.',
    undo_expired: 'Отменить уже нельзя: запись можно отменить в течение 15 минут.',
    tag_exists: 'Тег с таким названием уже есть.',
    tag_label: 'Название тега — от 1 до 40 символов в одну строку.',
    tag_in_use: 'Этим тегом отмечены записи. Его можно только архивировать.',
    tag_merge: 'Эти теги нельзя объединить: {detail}',
    forbidden: 'Недоступно со страницы хелпдеска.',
    import_session: 'Импорт устарел. Загрузите файлы ещё раз.',
    import_invalid: 'Импорт отклонён: {detail}',
  },
);

/** A sentence for a rejection from the feedback API, in the UI language. */
export function errorText(error: unknown, locale: Locale = getLocale()): string {
  const code = feedbackErrorCode(error) as FeedbackErrorCode | undefined;
  const detail = feedbackErrorDetail(error);
  if (!code) return detail;
  return errors.in(locale)(code, { detail });
}

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
