/**
 * The checks run in the background worker, not in the helpdesk tab: the language detector and the
 * name tables are large, and the tab should load only what draws and listens. The draft goes from
 * the content script to the worker through the extension's own messaging; it never leaves the machine.
 *
 * Each editor gets its own incremental checker, so a keystroke re-checks only the sentences it
 * changed; the name check reads only the greeting, so it runs whole each time.
 *
 * The rules come from the effective settings (switched-off built-in rules, admins' custom rules,
 * policy included): compiled into packs when they change, and the checkers, whose caches hold
 * verdicts of the old rules, start afresh. Each request carries the content script's fingerprint
 * of the rules it knows; when it differs from ours the settings are read again before checking, so
 * an edit on the options page shows in the next check even if our change event has not arrived yet.
 * Fail open: unreadable settings or a rule set that breaks the check fall back to the built-in rules.
 */
import type { CheckLang } from './types';
import type { FramingPack } from '../framing';
import { effectivePacks } from '../framing/custom';
import { describeRecord } from '../names';
import { reportError } from '../platform/safe';
import { loadSettings, watchSettings } from '../settings/effective';
import type { Settings } from '../settings/model';
import { rulesStamp } from '../settings/stamp';
import { checkWith, createChecker, type Checker } from './index';
import { describeCustomer, runCheck } from './messages';

/** Drafts kept warm; an agent rarely has more editors open than this. */
const MAX_CHECKERS = 24;

interface Rules {
  stamp: string;
  /** Undefined: the built-in packs. */
  packs: Record<CheckLang, FramingPack> | undefined;
}

const BUILT_IN: Rules = { stamp: '', packs: undefined };

export interface CheckService {
  /** The rules in use now (for tests). */
  rules(): Rules;
  /** Resolves once the settings were read at least once. */
  ready: Promise<void>;
  unregister(): void;
}

export interface CheckServiceOptions {
  /** Default: the effective settings from storage (policy included). */
  load?: () => Promise<Settings>;
  watch?: (callback: (settings: Settings) => void, signal: AbortSignal) => void;
}

export function registerCheckService(options: CheckServiceOptions = {}): CheckService {
  const load = options.load ?? loadSettings;
  const watch = options.watch ?? watchSettings;
  const checkers = new Map<string, Checker>();
  let rules: Rules = BUILT_IN;

  const use = (settings: Settings): void => {
    let next: Rules;
    try {
      const stamp = rulesStamp(settings);
      if (stamp === rules.stamp) return;
      next = { stamp, packs: effectivePacks(settings).packs };
    } catch (error) {
      reportError(error, 'check rules');
      next = BUILT_IN;
    }
    rules = next;
    checkers.clear();
  };

  const reload = (): Promise<void> =>
    load().then(use, (error: unknown) => {
      reportError(error, 'check settings');
    });

  let pending: Promise<void> | null = reload();
  const ready = pending.finally(() => (pending = null));
  const controller = new AbortController();
  watch((settings) => use(settings), controller.signal);

  const checkerFor = (key: string): Checker => {
    let checker = checkers.get(key);
    if (checker) {
      // Re-insert: Map order is the LRU order.
      checkers.delete(key);
    } else {
      checker = createChecker(rules.packs ? { packs: rules.packs } : {});
      if (checkers.size >= MAX_CHECKERS) checkers.delete(checkers.keys().next().value!);
    }
    checkers.set(key, checker);
    return checker;
  };

  const offRun = runCheck.handle(async (req, sender) => {
    if (typeof req?.text !== 'string') throw new Error('check/run needs the draft text');
    if (pending) await pending;
    if (typeof req.rules === 'string' && req.rules !== rules.stamp) {
      pending ??= reload().finally(() => (pending = null));
      await pending;
    }
    const key = `${sender.tab?.id ?? 'page'}:${sender.frameId ?? 0}:${req.key}`;
    try {
      return checkWith(checkerFor(key), req.text, req.record);
    } catch (error) {
      if (!rules.packs) throw error;
      // An admin's rule set that breaks the check must not take the built-in rules down with it.
      reportError(error, 'check with custom rules');
      rules = { ...BUILT_IN, stamp: rules.stamp };
      checkers.clear();
      return checkWith(checkerFor(key), req.text, req.record);
    }
  });
  const offDescribe = describeCustomer.handle((record) => describeRecord(record));

  return {
    rules: () => rules,
    ready,
    unregister() {
      controller.abort();
      offRun();
      offDescribe();
    },
  };
}
