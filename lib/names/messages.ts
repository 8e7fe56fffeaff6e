import { defineMessages } from '../i18n';

export const t = defineMessages(
  {
    kicker: 'Name in the greeting',
    greetingSays: 'The greeting says “{name}”.',
    replace: 'Replace with {name}',
    keep: 'The name is right',
    holdTitle: 'The greeting names {addressed}, but the customer on record is {record}',
    noRecord: 'The name check is off for this ticket: Tact cannot read the customer’s name on this page.',
    unusableRecord: 'The name check is off for this ticket: the customer on record has no usable name ({reason}).',
  },
  {
    kicker: 'Имя в приветствии',
    greetingSays: 'В приветствии — «{name}».',
    replace: 'Заменить на «{name}»',
    keep: 'Имя верное',
    holdTitle: 'В приветствии — {addressed}, а клиент в карточке — {record}',
    noRecord: 'Проверка имени для этого обращения выключена: Tact не видит имя клиента на странице.',
    unusableRecord: 'Проверка имени для этого обращения выключена: в карточке клиента нет пригодного имени ({reason}).',
  },
);
