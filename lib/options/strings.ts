/** RU/EN strings of the options page's shell: title, navigation, managed badges, save status. */
import { defineMessages } from '../i18n';

export const t = defineMessages(
  {
    title: 'Tact options',
    subtitle: 'Shape Tact for your team: the phrases to avoid, the tags leads count, the helpdesks it runs on.',
    nav: 'Sections',
    navRules: 'Phrase rules',
    navTags: 'Tags',
    navSites: 'Helpdesk sites',
    navPacks: 'Rule packs',
    navGeneral: 'General',
    loading: 'Loading settings…',
    loadFailed: 'Settings could not be loaded: {reason}',
    retry: 'Try again',
    saved: 'Saved.',
    saveFailed: 'Not saved: {reason}',
    managed: 'Managed',
    managedTitle: 'Set by your organisation’s policy; it cannot be changed here.',
    managedSection: 'Some of these settings are managed by your organisation and cannot be changed here.',
    lockedSection: 'Your organisation manages this section; it cannot be changed here.',
    managedRefused: 'Your organisation’s policy manages this setting, so it was not changed.',
    policyProblems: {
      one: 'Your organisation’s policy has {count} part Tact could not use:',
      other: 'Your organisation’s policy has {count} parts Tact could not use:',
    },
    local: 'Settings stay in this browser. Tact makes no network requests.',
  },
  {
    title: 'Настройки Tact',
    subtitle: 'Настройте Tact для своей команды: каких фраз избегать, какие теги считать, на каких хелпдесках работать.',
    nav: 'Разделы',
    navRules: 'Правила фраз',
    navTags: 'Теги',
    navSites: 'Сайты хелпдесков',
    navPacks: 'Наборы правил',
    navGeneral: 'Общие',
    loading: 'Загружаем настройки…',
    loadFailed: 'Не удалось загрузить настройки: {reason}',
    retry: 'Повторить',
    saved: 'Сохранено.',
    saveFailed: 'Не сохранено: {reason}',
    managed: 'Задано организацией',
    managedTitle: 'Задано политикой вашей организации; здесь это изменить нельзя.',
    managedSection: 'Часть этих настроек задаёт ваша организация; их здесь изменить нельзя.',
    lockedSection: 'Этим разделом управляет ваша организация; здесь его изменить нельзя.',
    managedRefused: 'Эту настройку задаёт политика вашей организации, поэтому она не изменена.',
    policyProblems: {
      one: 'В политике вашей организации {count} часть, которую Tact не смог применить:',
      few: 'В политике вашей организации {count} части, которые Tact не смог применить:',
      many: 'В политике вашей организации {count} частей, которые Tact не смог применить:',
      other: 'В политике вашей организации {count} части, которые Tact не смог применить:',
    },
    local: 'Настройки хранятся в этом браузере. Tact не делает сетевых запросов.',
  },
);

export type ShellKey = Parameters<typeof t>[0];
