import { defineMessages } from '../i18n';

export const t = defineMessages(
  {
    keysHint: 'Alt+Enter from the text to reach these buttons · Esc to go back',
    badgeLabel: { one: 'Tact: {count} note on this draft', other: 'Tact: {count} notes on this draft' },
    badgeClean: 'Tact: nothing to note in this draft',
    listTitle: 'Notes on this draft',
    close: 'Close',
  },
  {
    keysHint: 'Alt+Enter из текста — к этим кнопкам · Esc — назад к тексту',
    badgeLabel: {
      one: 'Tact: {count} замечание к черновику',
      few: 'Tact: {count} замечания к черновику',
      many: 'Tact: {count} замечаний к черновику',
      other: 'Tact: {count} замечания к черновику',
    },
    badgeClean: 'Tact: к черновику замечаний нет',
    listTitle: 'Замечания к черновику',
    close: 'Закрыть',
  },
);
