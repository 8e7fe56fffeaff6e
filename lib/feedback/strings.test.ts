import { describe, expect, it } from 'vitest';
import { LocalizedError } from '../i18n';
import { FeedbackError } from './errors';
import { errorText } from './strings';

describe('errorText', () => {
  it('gives a code its sentence, a localized error its own, anything else "unexpected" with the detail', () => {
    expect(errorText(new FeedbackError('tags_locked', 'adding tags is locked'), 'ru')).toMatch(/^Списком тегов управляет ваша организация/);
    expect(errorText(new LocalizedError({ en: 'the page did not answer', ru: 'страница не ответила' }), 'ru')).toBe('страница не ответила');
    expect(errorText(new TypeError('Failed to fetch'), 'ru')).toBe('Непредвиденная ошибка: Failed to fetch');
    expect(errorText(new Error(''), 'en')).toBe('Unexpected error.');
  });
});
