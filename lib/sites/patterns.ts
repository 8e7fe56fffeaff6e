/**
 * The URL patterns an admin gives for a custom site, checked to the rules both Chrome and Firefox
 * accept for `permissions.request` and `scripting.registerContentScripts`, and narrowed further for
 * least privilege: no all-sites pattern, no wildcard over a whole top-level domain, web pages only.
 *
 * A pattern asks for host access by origin: `https://help.acme.com/agent/*` needs
 * `https://help.acme.com/*`. Browsers grant hosts, not paths, so two sites on one host share an
 * origin and the permission is kept while either needs it.
 */
import { MatchPattern } from '@webext-core/match-patterns';
import type { Localized } from '../i18n';

export type PatternCheck = { ok: true; pattern: string; origins: string[] } | { ok: false; reason: Localized; suggestion?: string };

const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_RE = new RegExp(`^(?:\\*|\\*\\.${HOST_LABEL}(?:\\.${HOST_LABEL})*|${HOST_LABEL}(?:\\.${HOST_LABEL})*)$`);
const MAX_LENGTH = 500;

const no = (en: string, ru: string, suggestion?: string): PatternCheck => ({ ok: false, reason: { en, ru }, ...(suggestion ? { suggestion } : {}) });

/**
 * Tidies what an admin typed into a pattern: a bare host or an origin without a path gets `/*`, a
 * missing scheme becomes `https://`; scheme and host are lower-cased (browsers compare them so).
 */
export function normalizePattern(input: string): string {
  let text = input.trim();
  if (!text) return '';
  if (!/^[a-z*]+:\/\//i.test(text)) text = `https://${text}`;
  const m = /^([a-z*]+):\/\/([^/]*)(\/.*)?$/i.exec(text);
  if (!m) return text;
  const [, scheme, host, path] = m;
  return `${scheme!.toLowerCase()}://${host!.toLowerCase()}${path ?? '/*'}`;
}

/** Checks a pattern (as given, not normalized) and gives the origins it needs host access to. */
export function checkPattern(pattern: string): PatternCheck {
  if (typeof pattern !== 'string' || !pattern.trim()) return no('Enter a URL pattern, e.g. https://help.acme.com/*', 'Введите шаблон адреса, например https://help.acme.com/*');
  if (pattern.length > MAX_LENGTH) return no(`A pattern can be at most ${MAX_LENGTH} characters long.`, `Шаблон не длиннее ${MAX_LENGTH} символов.`);
  if (pattern === '<all_urls>') return no('Tact does not ask for every site: give the helpdesk’s address.', 'Tact не просит доступ ко всем сайтам: укажите адрес хелпдеска.');
  const m = /^([^:/]+):\/\/([^/]*)(\/.*)?$/.exec(pattern);
  if (!m) return no('A pattern looks like scheme://host/path, e.g. https://help.acme.com/*', 'Шаблон выглядит как схема://хост/путь, например https://help.acme.com/*', normalizePattern(pattern));
  const [, scheme, host, path] = m as unknown as [string, string, string, string | undefined];
  if (!['https', 'http', '*'].includes(scheme.toLowerCase())) {
    return no('Only web pages: the scheme is https, http or * (both).', 'Только веб-страницы: схема https, http или * (обе).');
  }
  if (host !== host.toLowerCase() || scheme !== scheme.toLowerCase()) return no('Write the scheme and host in lower case.', 'Пишите схему и хост строчными буквами.', normalizePattern(pattern));
  if (host.includes(':') || host.startsWith('[')) {
    const suggestion = host.startsWith('[') ? undefined : `${scheme}://${host.replace(/:\d*$/, '')}${path ?? '/*'}`;
    return no('Leave the port out: a pattern matches the host on every port.', 'Уберите порт: шаблон подходит к хосту на любом порту.', suggestion);
  }
  if (!path) return no('Add a path: /* for every page of the site.', 'Добавьте путь: /* — все страницы сайта.', `${scheme}://${host}/*`);
  if (host === '*') return no('Tact does not ask for every site: give the helpdesk’s host.', 'Tact не просит доступ ко всем сайтам: укажите хост хелпдеска.');
  if (!HOST_RE.test(host)) {
    return no('The host is not valid: letters, digits, dots and dashes, with * only as the first part (*.acme.com).', 'Хост некорректен: буквы, цифры, точки и дефисы; * — только первой частью (*.acme.com).');
  }
  if (host.startsWith('*.') && host.split('.').length < 3) return no('A wildcard needs a domain under it: *.acme.com, not *.com.', 'Звёздочке нужен домен: *.acme.com, а не *.com.');
  if (!path.includes('*')) {
    return no('This matches one page only: end the path with * (e.g. /*) to match the pages under it.', 'Так подходит одна страница: закончите путь звёздочкой (например /*), чтобы подходили страницы под ним.', `${scheme}://${host}/*`);
  }
  if (/\s/.test(path)) return no('A pattern has no spaces.', 'В шаблоне не бывает пробелов.');
  try {
    new MatchPattern(pattern);
  } catch (error) {
    return no(`Not a valid pattern: ${(error as Error).message}`, `Некорректный шаблон: ${(error as Error).message}`);
  }
  return { ok: true, pattern, origins: originsOf(scheme, host) };
}

function originsOf(scheme: string, host: string): string[] {
  // `*://` is both schemes; asked for one by one because the manifest offers them as two optional origins.
  return scheme === '*' ? [`http://${host}/*`, `https://${host}/*`] : [`${scheme}://${host}/*`];
}

/** The origins a pattern needs host access to ([] when the pattern is not valid). */
export function originsFor(pattern: string): string[] {
  const check = checkPattern(pattern);
  return check.ok ? check.origins : [];
}

/** Is `pattern` one Tact would use for a site (the same check everywhere: options, sync, menu). */
export function isUsablePattern(pattern: unknown): pattern is string {
  return typeof pattern === 'string' && checkPattern(pattern).ok;
}

/**
 * Does one of the install-time host patterns already give access to this origin? Then Tact neither
 * asks for it nor may give it back (browsers refuse to remove a required permission).
 */
export function coveredBy(origin: string, installHosts: readonly string[]): boolean {
  const o = splitOrigin(origin);
  if (!o) return false;
  return installHosts.some((pattern) => {
    const h = splitOrigin(pattern);
    if (!h || (h.scheme !== '*' && h.scheme !== o.scheme)) return false;
    // `*.acme.com` also matches acme.com itself, in Chrome and Firefox alike.
    if (h.wildcard) return o.host === h.host || o.host.endsWith(`.${h.host}`);
    return !o.wildcard && o.host === h.host;
  });
}

function splitOrigin(pattern: string): { scheme: string; wildcard: boolean; host: string } | null {
  const m = /^(\*|https?):\/\/(\*\.)?([^/*]+)\//.exec(pattern);
  return m ? { scheme: m[1]!, wildcard: Boolean(m[2]), host: m[3]! } : null;
}
