import { defineMessages } from '../i18n';

export const t = defineMessages(
  {
    title: 'Before this reply goes out',
    sendAnyway: 'Send anyway',
    backToDraft: 'Back to draft',
    checking: 'Checking the draft…',
  },
  {
    title: 'Перед отправкой ответа',
    sendAnyway: 'Всё равно отправить',
    backToDraft: 'Вернуться к черновику',
    checking: 'Проверяем черновик…',
  },
);
