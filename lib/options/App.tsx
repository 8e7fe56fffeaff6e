/**
 * The options page: a header, the section navigation (one section shown at a time, chosen by the
 * URL hash so a section can be linked and Back works), the section, and a status line that says
 * what a save did. Sections get the settings through `OptionsContext`.
 *
 * Accessibility: the navigation is a list of links with `aria-current`; choosing one moves focus
 * to the section's heading; saves are announced in a polite live region, refusals in an assertive one.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorText } from '../feedback/strings';
import { getLocale, pick, type Locale } from '../i18n';
import { downloadFile, type DownloadFile } from '../leads/client';
import { OptionsContext, type OptionsContextValue } from './context';
import { sectionFromHash, SECTIONS, type SectionId } from './sections';
import { ManagedError, OptionsStore, type Change, type OptionsState } from './store';
import { t } from './strings';
import { messagingTags, type TagsClient } from './tags/client';

export interface OptionsAppProps {
  store?: OptionsStore;
  locale?: Locale;
  /** The section to open; default: from `location.hash`. */
  initialSection?: SectionId;
  /** Default: `window.confirm`. */
  confirm?: (message: string) => boolean;
  /** Default: the feedback API. */
  tags?: TagsClient;
  /** Default: a download through a temporary link. */
  download?: (file: DownloadFile) => void;
}

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; state: OptionsState };

export function OptionsApp(props: OptionsAppProps) {
  const store = useMemo(() => props.store ?? new OptionsStore(), [props.store]);
  const locale = props.locale ?? getLocale();
  const tr = t.in(locale);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [section, setSection] = useState<SectionId>(props.initialSection ?? sectionFromHash(globalThis.location?.hash ?? ''));
  const [status, setStatus] = useState<{ text: string; tone: 'ok' | 'error'; n: number }>({ text: '', tone: 'ok', n: 0 });
  const focusNext = useRef(false);

  const start = useCallback(() => {
    setLoad({ status: 'loading' });
    store.load().then(
      (state) => setLoad({ status: 'ready', state }),
      (error: unknown) => setLoad({ status: 'error', message: tr('loadFailed', { reason: errorText(error, locale) }) }),
    );
  }, [store]);

  useEffect(() => {
    const off = store.subscribe((state) => setLoad({ status: 'ready', state }));
    start();
    return () => {
      off();
      store.dispose();
    };
  }, [store, start]);

  useEffect(() => {
    const onHash = () => {
      focusNext.current = true;
      setSection(sectionFromHash(location.hash));
    };
    globalThis.addEventListener?.('hashchange', onHash);
    return () => globalThis.removeEventListener?.('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    document.getElementById(`${section}-title`)?.focus();
  }, [section, load.status]);

  const announce = useCallback((text: string, tone: 'ok' | 'error' = 'ok') => setStatus((s) => ({ text, tone, n: s.n + 1 })), []);

  const save = useCallback(
    async (change: Change, options: { announce?: string | false } = {}) => {
      try {
        await store.update(change);
        if (options.announce !== false) announce(options.announce ?? tr('saved'));
        return true;
      } catch (error) {
        if (error instanceof ManagedError) announce(tr('managedRefused'), 'error');
        // a refusal carries its sentence in both languages; anything else is "unexpected" plus the browser's detail
        else announce(tr('saveFailed', { reason: errorText(error, locale) }), 'error');
        return false;
      }
    },
    [store, locale],
  );

  const context: OptionsContextValue | null = load.status === 'ready' ? { state: load.state, locale, store, save, announce, confirm: props.confirm ?? ((m) => globalThis.confirm(m)), tags: props.tags ?? messagingTags, download: props.download ?? downloadFile } : null;
  const Active = SECTIONS.find((s) => s.id === section)!.component;
  const problems = load.status === 'ready' ? load.state.policy.problems : [];

  const go = (id: SectionId) => (e: MouseEvent) => {
    // Hash links work without script too; this only avoids a jump when the hash is already set.
    if (globalThis.location?.hash === `#${id}`) {
      e.preventDefault();
      focusNext.current = true;
      setSection(id);
    }
  };

  return (
    <div class="op-page" lang={locale} data-testid="options" aria-busy={load.status === 'loading'}>
      <header class="op-head">
        <img src="/icon/48.png" width={32} height={32} alt="" />
        <div>
          <h1>{tr('title')}</h1>
          <p class="op-muted">{tr('subtitle')}</p>
        </div>
      </header>
      <div class="op-layout">
        <nav class="op-nav" aria-label={tr('nav')}>
          <ul>
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === section ? 'page' : undefined} data-testid={`nav-${s.id}`} onClick={go(s.id)}>
                  {tr(s.nav)}
                </a>
              </li>
            ))}
          </ul>
          <p class="op-muted op-small">{tr('local')}</p>
        </nav>
        <main class="op-main">
          <p class={`op-status${status.tone === 'error' ? ' is-error' : ''}`} role={status.tone === 'error' ? 'alert' : 'status'} aria-live={status.tone === 'error' ? 'assertive' : 'polite'} data-testid="status" key={status.n}>
            {status.text}
          </p>
          {problems.length > 0 && (
            <details class="op-notice is-warn" data-testid="policy-problems">
              <summary>{tr('policyProblems', { count: problems.length })}</summary>
              <ul>
                {problems.map((p, i) => (
                  <li key={i}>
                    <code>{p.where}</code> — {pick(p.message, locale)}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {load.status === 'loading' && (
            <p class="op-muted" role="status">
              {tr('loading')}
            </p>
          )}
          {load.status === 'error' && (
            <div class="op-panel op-error" role="alert">
              <p>{load.message}</p>
              <button type="button" class="op-button" onClick={start}>
                {tr('retry')}
              </button>
            </div>
          )}
          {context && (
            <OptionsContext.Provider value={context}>
              <Active />
            </OptionsContext.Provider>
          )}
        </main>
      </div>
    </div>
  );
}
