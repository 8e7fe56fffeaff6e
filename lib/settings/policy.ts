/**
 * Managed policy as an organisation pushes it through `storage.managed` (Chrome's managed schema,
 * Firefox's policies.json "3rdparty"), checked part by part:
 *
 *   { "settings": { …any part of the settings… },
 *     "locks": ["framing.customRules", "agentName", "tags", …],
 *     "tags": [{ "id": "refund-request", "label": { "en": "Refund request", "ru": "Запрос возврата" } }] }
 *
 * A bad part is reported (`problems`, shown on the options page) and left out, never applied
 * half-read, and never takes the good parts with it. How the checked policy meets the user's
 * settings is merge.ts; the README's "Managed policy" section explains both to admins.
 */
import * as v from 'valibot';
import { HELPDESKS } from '../adapters/helpdesks';
import type { Localized } from '../i18n';
import { describeIssues } from './issues';
import { applyParsedPolicy, type ParsedPolicy, type PolicyProblem } from './merge';
import type { Settings } from './model';
import { LOCKABLE, SETTING_PATH_LIST, type LockPath, type SettingPath } from './paths';
import { AdapterSettingsSchema, cleanSelectors, CustomRuleSchema, CustomSiteSchema, SETTING_PATHS, TagDefSchema } from './schema';

export * from './merge';

const KNOWN_ADAPTERS = new Set(HELPDESKS.map((h) => h.id));
const TOP_KEYS = new Set(['settings', 'locks', 'tags']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const msg = (en: string, ru: string): Localized => ({ en, ru });

/** All dotted paths of plain-object leaves in `value`, for "unknown setting" reports. */
function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if ((SETTING_PATHS as Record<string, unknown>)[path]) continue;
    if (isObject(inner) && SETTING_PATH_LIST.some((p) => p.startsWith(`${path}.`))) out.push(...leafPaths(inner, path));
    else out.push(path);
  }
  return out;
}

function rawAt(settings: Record<string, unknown>, path: SettingPath): unknown {
  let at: unknown = settings;
  for (const part of path.split('.')) {
    if (!isObject(at) || !Object.prototype.hasOwnProperty.call(at, part)) return undefined;
    at = at[part];
  }
  return at;
}

/** Items of a list checked one by one: a broken rule or site is dropped alone. */
function eachItem<T extends { id: string }>(raw: unknown, schema: v.GenericSchema<unknown, T>, where: string, problems: PolicyProblem[], max: number): T[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ where, message: msg('expected a list', 'ожидался список') });
    return undefined;
  }
  const out: T[] = [];
  raw.slice(0, max).forEach((item, i) => {
    const r = v.safeParse(schema, item);
    if (!r.success) return problems.push({ where: `${where}[${i}]`, message: describeIssues(r.issues) });
    if (out.some((o) => o.id === r.output.id)) {
      return problems.push({ where: `${where}[${i}]`, message: msg(`the id “${r.output.id}” is used twice`, `id «${r.output.id}» встречается дважды`) });
    }
    out.push(r.output);
  });
  if (raw.length > max) problems.push({ where, message: msg(`only the first ${max} entries are used`, `используются только первые ${max} элементов`) });
  return out;
}

function parseAdapters(raw: unknown, problems: PolicyProblem[]): Settings['adapters'] | undefined {
  if (!isObject(raw)) {
    problems.push({ where: 'settings.adapters', message: msg('expected an object of adapters by id', 'ожидался объект: адаптеры по id') });
    return undefined;
  }
  const out: Settings['adapters'] = {};
  for (const [id, conf] of Object.entries(raw)) {
    const where = `settings.adapters.${id}`;
    if (!KNOWN_ADAPTERS.has(id)) {
      problems.push({ where, message: msg(`no built-in helpdesk has the id “${id}”`, `встроенного хелпдеска с id «${id}» нет`) });
      continue;
    }
    const r = v.safeParse(AdapterSettingsSchema, conf);
    if (!r.success) problems.push({ where, message: describeIssues(r.issues) });
    else out[id] = { enabled: r.output.enabled, selectors: cleanSelectors(r.output.selectors as Record<string, string | undefined>) };
  }
  return out;
}

export function parsePolicy(raw: unknown): ParsedPolicy {
  const parsed: ParsedPolicy = { values: {}, locks: [], tags: [], problems: [] };
  if (!isObject(raw)) return parsed;
  const { problems } = parsed;
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.has(key)) problems.push({ where: key, message: msg('unknown policy key; Tact reads “settings”, “locks” and “tags”', 'неизвестный ключ политики; Tact читает «settings», «locks» и «tags»') });
  }

  const settings = raw.settings;
  if (settings !== undefined && !isObject(settings)) problems.push({ where: 'settings', message: msg('expected an object', 'ожидался объект') });
  if (isObject(settings)) {
    for (const path of leafPaths(settings)) problems.push({ where: `settings.${path}`, message: msg('unknown setting', 'неизвестная настройка') });
    for (const path of SETTING_PATH_LIST) {
      const value = rawAt(settings, path);
      if (value === undefined) continue;
      const where = `settings.${path}`;
      if (path === 'framing.customRules') parsed.values[path] = eachItem(value, CustomRuleSchema, where, problems, 300);
      else if (path === 'customSites') {
        const sites = eachItem(value, CustomSiteSchema, where, problems, 100)?.filter((s, i) => {
          if (KNOWN_ADAPTERS.has(s.adapter)) return true;
          problems.push({ where: `${where}[${i}].adapter`, message: msg(`no built-in helpdesk has the id “${s.adapter}”`, `встроенного хелпдеска с id «${s.adapter}» нет`) });
          return false;
        });
        parsed.values[path] = sites?.map((s) => ({ ...s, selectors: cleanSelectors(s.selectors as Record<string, string | undefined>) }));
      } else if (path === 'adapters') parsed.values[path] = parseAdapters(value, problems);
      else {
        const r = v.safeParse(SETTING_PATHS[path] as v.GenericSchema, value);
        if (r.success) parsed.values[path] = r.output;
        else problems.push({ where, message: describeIssues(r.issues) });
      }
      if (parsed.values[path] === undefined) delete parsed.values[path];
    }
  }

  if (raw.locks !== undefined) {
    if (!Array.isArray(raw.locks)) problems.push({ where: 'locks', message: msg('expected a list of setting paths', 'ожидался список путей настроек') });
    else {
      raw.locks.forEach((lock, i) => {
        if (typeof lock === 'string' && (LOCKABLE as readonly string[]).includes(lock)) {
          if (!parsed.locks.includes(lock as LockPath)) parsed.locks.push(lock as LockPath);
        } else {
          problems.push({ where: `locks[${i}]`, message: msg(`“${String(lock)}” is not a setting that can be locked`, `«${String(lock)}» — не настройка, которую можно закрепить`) });
        }
      });
    }
  }

  if (raw.tags !== undefined) parsed.tags = eachItem(raw.tags, TagDefSchema, 'tags', problems, 300) ?? [];
  return parsed;
}

/** The raw policy checked and laid over the user's settings (tests, and callers holding a raw policy). */
export function applyPolicy(user: Settings, raw: unknown): Settings {
  return applyParsedPolicy(user, parsePolicy(raw));
}
