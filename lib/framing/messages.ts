import { defineMessages } from '../i18n';

export const t = defineMessages(
  {
    kicker: 'Refusal framing',
    kickerSoft: 'Lead with the way forward',
    ignore: 'Ignore in this draft',
    holdTitle: { one: '{count} sentence says what we won’t do', other: '{count} sentences say what we won’t do' },
  },
  {
    kicker: 'Формулировка-отказ',
    kickerSoft: 'Начните с решения',
    ignore: 'Пропустить в этом черновике',
    holdTitle: {
      one: '{count} предложение говорит, чего мы не сделаем',
      few: '{count} предложения говорят, чего мы не сделаем',
      many: '{count} предложений говорят, чего мы не сделаем',
      other: '{count} предложения говорят, чего мы не сделаем',
    },
  },
);
