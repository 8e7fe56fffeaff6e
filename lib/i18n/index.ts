/**
 * UI strings. Each feature defines its own dictionary next to its code with `defineMessages`; the
 * Russian dictionary is typed against the English one, so a string missing in either language is a
 * type error rather than a blank in the UI.
 */
export type Locale = 'en' | 'ru';

/** CLDR plural categories; Russian needs one/few/many, English one/other. */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralForms;
export type Params = Record<string, string | number>;

let current: Locale | undefined;

export function setLocale(locale: Locale | undefined): void {
  current = locale;
}

export function localeFrom(tag: string | undefined | null): Locale {
  return tag && /^ru\b/i.test(tag) ? 'ru' : 'en';
}

/** The browser's UI language, RU or EN; anything else falls back to English. */
export function getLocale(): Locale {
  if (current) return current;
  try {
    const api = (globalThis as { browser?: { i18n?: { getUILanguage?: () => string } } }).browser;
    const tag = api?.i18n?.getUILanguage?.();
    if (tag) return (current = localeFrom(tag));
  } catch {
    // fake browsers in tests throw "not implemented"; fall through to navigator
  }
  return localeFrom(globalThis.navigator?.language);
}

const pluralRules: Partial<Record<Locale, Intl.PluralRules>> = {};

export function pluralCategory(locale: Locale, n: number): keyof PluralForms {
  const rules = (pluralRules[locale] ??= new Intl.PluralRules(locale));
  return rules.select(n) as keyof PluralForms;
}

export function format(message: Message, params: Params | undefined, locale: Locale): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const n = Number(params?.count ?? 0);
    const cat = pluralCategory(locale, n);
    text = message[cat] ?? message.other;
  }
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (all, key: string) => (key in params ? String(params[key]) : all));
}

export type Translator<K extends string> = ((key: K, params?: Params) => string) & {
  in: (locale: Locale) => (key: K, params?: Params) => string;
};

export function defineMessages<const E extends Record<string, Message>>(
  en: E,
  ru: { [K in keyof E]: Message },
): Translator<Extract<keyof E, string>> {
  const dicts: Record<Locale, Record<string, Message>> = { en, ru };
  const make = (locale: () => Locale) => (key: Extract<keyof E, string>, params?: Params) => {
    const loc = locale();
    return format(dicts[loc][key] ?? en[key] ?? key, params, loc);
  };
  const t = make(getLocale) as Translator<Extract<keyof E, string>>;
  t.in = (locale) => make(() => locale);
  return t;
}

/** A text in both UI languages; rules and findings carry these so the UI picks at render time. */
export interface Localized {
  en: string;
  ru: string;
}

export function pick(text: Localized, locale: Locale = getLocale()): string {
  return text[locale] || text.en;
}

/** An error that carries its own sentence in both languages; `message` is the English one, for logs. */
export class LocalizedError extends Error {
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/** The sentence an error carries in both languages (a `LocalizedError` or any error with a `reason` like it). */
export function localizedReason(error: unknown): Localized | undefined {
  const reason = (error as { reason?: Partial<Localized> } | null | undefined)?.reason;
  return reason && typeof reason.en === 'string' && typeof reason.ru === 'string' ? { en: reason.en, ru: reason.ru } : undefined;
}
