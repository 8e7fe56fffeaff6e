/**
 * What every section of the options page gets: the current settings state, the page's locale, and
 * `save`, which writes through the store (locks enforced) and announces the outcome in the page's
 * status line. Sections render from `state.effective` and check `state.managed` for what is locked.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale } from '../i18n';
import type { Change, OptionsState, OptionsStore } from './store';
import type { DownloadFile } from '../leads/client';
import type { TagsClient } from './tags/client';

export interface OptionsContextValue {
  state: OptionsState;
  locale: Locale;
  store: OptionsStore;
  /** Saves a change to the user's settings; announces "Saved." or why not. Resolves false when refused. */
  save(change: Change, options?: { announce?: string | false }): Promise<boolean>;
  /** Puts a sentence in the page's status line (a polite live region). */
  announce(message: string, tone?: 'ok' | 'error'): void;
  /** Asks before something that cannot be taken back (window.confirm; tests answer themselves). */
  confirm(message: string): boolean;
  /** The team's tags (the feedback API). */
  tags: TagsClient;
  /** Saves a file the user asked for (a temporary link; no permission, no network). */
  download(file: DownloadFile): void;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions(): OptionsContextValue {
  const value = useContext(OptionsContext);
  if (!value) throw new Error('useOptions() outside <OptionsApp>');
  return value;
}
