/**
 * The options page's read/write layer. It reads the user's own settings and the managed policy,
 * shows the effective settings (policy over the user's), and writes the user's — refusing any edit
 * the policy manages (a locked path, a value the policy sets, an entry with a policy entry's id),
 * so a locked setting cannot change from this page even if a control forgets to disable itself.
 *
 * Writes are queued, so two quick edits never overwrite each other, and each write re-reads what
 * is stored first (another options tab or the popup may have written since). Every section uses it
 * through `useOptions()` (context.tsx): `state` to render, `update(change)` to save.
 */
import { browser } from 'wxt/browser';
import { checkCustomRule } from '../framing/custom';
import { LocalizedError, type Localized } from '../i18n';
import { POLICY_CACHE_KEY, readCachedPolicy } from '../settings/effective';
import { applyParsedPolicy, forbiddenEdits, managedOf, type Managed, type ParsedPolicy } from '../settings/merge';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { refreshPolicyCache } from '../settings/policy-cache';
import { SETTINGS_KEY, withDefaults } from '../settings/store';
import { t } from './strings';

export interface OptionsState {
  /** What the user stored: what edits start from. */
  user: Settings;
  /** What Tact acts on. */
  effective: Settings;
  policy: ParsedPolicy;
  managed: Managed;
}

/** An edit the policy does not allow; `paths` are the managed settings it touched. */
export class ManagedError extends Error {
  /** What to tell the admin, wherever the error ends up shown (`errorText` reads it). */
  readonly reason: Localized = { en: t.in('en')('managedRefused'), ru: t.in('ru')('managedRefused') };
  constructor(readonly paths: string[]) {
    super(`managed by policy: ${paths.join(', ')}`);
  }
}

/** Any other refusal with a sentence for the admin (a rule that does not compile, …). */
export class RefusedError extends LocalizedError {
  constructor(
    reason: Localized,
    /** The custom rule refused, when it is one. */
    readonly ruleId?: string,
  ) {
    super(reason);
  }
}

/**
 * The first custom rule the edit added or changed that the checker could not run, as a refusal.
 * Rules left as they were are not re-checked: a stored rule a newer version rejects must not block
 * unrelated edits.
 */
export function refusedRule(before: Settings, next: Settings): RefusedError | undefined {
  const old = new Map(before.framing.customRules.map((r) => [r.id, JSON.stringify(r)]));
  const rules = next.framing.customRules;
  for (const [i, rule] of rules.entries()) {
    const taken = new Set(rules.filter((_, j) => j !== i).map((r) => r.id));
    // a copy of an unchanged rule is new all the same: its id clashes
    if (old.get(rule.id) === JSON.stringify(rule) && !taken.has(rule.id)) continue;
    const check = checkCustomRule(rule, { takenIds: taken });
    if (check.ok) continue;
    const problem = check.problems[0]!.message;
    const id = rule.id || '—';
    return new RefusedError({ en: `Rule “${id}”: ${problem.en}`, ru: `Правило «${id}»: ${problem.ru}` }, rule.id);
  }
  return undefined;
}

export type Change = (draft: Settings) => Settings | void;

interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface OptionsStoreDeps {
  area?: Area;
  /** Reads the cached (checked) policy; the real one is refreshed in the background of the page. */
  readPolicy?: () => Promise<ParsedPolicy>;
  refreshPolicy?: () => Promise<void>;
  /** Subscribes to storage changes; returns an unsubscribe function. */
  onChanged?: (listener: () => void) => () => void;
}

function defaultOnChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (SETTINGS_KEY in changes || POLICY_CACHE_KEY in changes)) listener();
    if (area === 'managed') void refreshPolicyCache();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export function stateOf(user: Settings, policy: ParsedPolicy): OptionsState {
  return { user, effective: applyParsedPolicy(user, policy), policy, managed: managedOf(policy) };
}

export class OptionsStore {
  private readonly area: Area;
  private readonly readPolicy: () => Promise<ParsedPolicy>;
  private readonly refreshPolicy: () => Promise<void>;
  private readonly onChanged: (listener: () => void) => () => void;
  private readonly listeners = new Set<(state: OptionsState) => void>();
  private current: OptionsState | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private off: (() => void) | null = null;

  constructor(deps: OptionsStoreDeps = {}) {
    this.area = deps.area ?? (browser.storage.local as unknown as Area);
    this.readPolicy = deps.readPolicy ?? readCachedPolicy;
    this.refreshPolicy = deps.refreshPolicy ?? (() => refreshPolicyCache());
    this.onChanged = deps.onChanged ?? defaultOnChanged;
  }

  get state(): OptionsState | null {
    return this.current;
  }

  private async read(): Promise<OptionsState> {
    const [stored, policy] = await Promise.all([this.area.get(SETTINGS_KEY), this.readPolicy()]);
    return stateOf(withDefaults(DEFAULT_SETTINGS, stored[SETTINGS_KEY]), policy);
  }

  private publish(state: OptionsState): OptionsState {
    this.current = state;
    for (const listener of this.listeners) listener(state);
    return state;
  }

  /** Reads everything, starts following changes, and asks for the real policy (Chrome's is slow). */
  async load(): Promise<OptionsState> {
    if (!this.off) this.off = this.onChanged(() => void this.reload());
    const state = this.publish(await this.read());
    void this.refreshPolicy().catch(() => undefined);
    return state;
  }

  async reload(): Promise<OptionsState> {
    return this.publish(await this.read());
  }

  subscribe(listener: (state: OptionsState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies `change` to a copy of the stored user settings and saves it. Rejects with
   * `ManagedError` (nothing written) when the change touches what the policy manages, and with
   * `RefusedError` when it adds or changes a custom rule that does not compile.
   */
  update(change: Change): Promise<OptionsState> {
    const run = async () => {
      const before = await this.read();
      const draft = structuredClone(before.user);
      const next = change(draft) ?? draft;
      const forbidden = forbiddenEdits(before.user, next, before.managed);
      if (forbidden.length) throw new ManagedError(forbidden);
      const refused = refusedRule(before.user, next);
      if (refused) throw refused;
      await this.area.set({ [SETTINGS_KEY]: next });
      return this.publish(stateOf(next, await this.readPolicy()));
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Replaces the stored user settings wholesale (undoing an import); still refuses managed edits. */
  replace(next: Settings): Promise<OptionsState> {
    return this.update(() => structuredClone(next));
  }

  dispose(): void {
    this.off?.();
    this.off = null;
    this.listeners.clear();
  }
}
