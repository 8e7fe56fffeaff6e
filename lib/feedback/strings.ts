/**
 * RU/EN sentences for the feedback API's error codes, so every UI (the Log toast, the options page,
 * the leads' view) says the same thing in the agent's language. Item validation issues, which only
 * extension pages show, are in issue-text.ts so the helpdesk tab does not load them.
 */
import { defineMessages, getLocale, localizedReason, pick, type Locale } from '../i18n';
import { feedbackErrorCode, feedbackErrorDetail, type FeedbackErrorCode } from './errors';

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
    tags_locked: 'Your organisation manages the tag list: tags cannot be added, renamed, merged, archived or deleted here.',
    import_session: 'The import expired. Please load the files again.',
    import_invalid: 'The import was refused: {detail}',
    unexpected: 'Unexpected error: {detail}',
    unexpectedBare: 'Unexpected error.',
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
    tags_locked: 'Списком тегов управляет ваша организация: здесь теги нельзя добавлять, переименовывать, объединять, архивировать или удалять.',
    import_session: 'Импорт устарел. Загрузите файлы ещё раз.',
    import_invalid: 'Импорт отклонён: {detail}',
    unexpected: 'Непредвиденная ошибка: {detail}',
    unexpectedBare: 'Непредвиденная ошибка.',
  },
);

/**
 * A sentence for an error, in the UI language: a feedback API code's sentence, the sentence an
 * error carries in both languages (`LocalizedError`, the options store's refusals), or — for
 * anything else, whose message is the browser's English — "Unexpected error" with it as the detail.
 */
export function errorText(error: unknown, locale: Locale = getLocale()): string {
  const code = feedbackErrorCode(error) as FeedbackErrorCode | undefined;
  const detail = feedbackErrorDetail(error);
  if (code) return errors.in(locale)(code, { detail });
  const reason = localizedReason(error);
  if (reason) return pick(reason, locale);
  return detail.trim() ? errors.in(locale)('unexpected', { detail }) : errors.in(locale)('unexpectedBare');
}
