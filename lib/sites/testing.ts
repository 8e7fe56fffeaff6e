/**
 * For unit tests: the parts of `permissions`, `scripting` and `runtime.getManifest` the fake browser
 * lacks, kept in memory and behaving as Chrome's do where Tact relies on it — `contains` is true for
 * install-time hosts, `request` adds and fires `onAdded`, `remove` refuses a required host, a
 * duplicate script id is rejected.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KNOWN_HELPDESK_HOSTS } from '../adapters/hosts';
import type { RegisteredScript } from './sync';

export const TEST_INSTALL_HOSTS = [...KNOWN_HELPDESK_HOSTS, 'http://127.0.0.1/*', 'http://localhost/*'];
export const TEST_MANIFEST = {
  manifest_version: 3,
  host_permissions: TEST_INSTALL_HOSTS,
  content_scripts: [{ matches: TEST_INSTALL_HOSTS, js: ['content-scripts/content.js'], run_at: 'document_idle' }],
};

type Listener = (p: { origins?: string[] }) => void;

export interface FakeAccess {
  granted: Set<string>;
  scripts: Map<string, RegisteredScript>;
  /** Origins of each `permissions.request`, in order. */
  requests: string[][];
  removed: string[][];
  /** What the next `request` answers (the admin's click in the prompt). */
  answer: boolean;
  /** Calls to `scripting.executeScript`. */
  injected: unknown[];
  /** What `executeScript` resolves with. */
  injectResult: (injection: Record<string, unknown>) => unknown;
  /** Makes `registerContentScripts` fail for scripts whose pattern matches. */
  failRegister: RegExp | null;
  restore(): void;
}

export function installFakeAccess(): FakeAccess {
  const api = fakeBrowser as unknown as Record<string, unknown> & { runtime: Record<string, unknown> };
  const saved = { permissions: api.permissions, scripting: api.scripting, getManifest: api.runtime.getManifest };
  const added = new Set<Listener>();
  const removedListeners = new Set<Listener>();
  const state: FakeAccess = {
    granted: new Set(),
    scripts: new Map(),
    requests: [],
    removed: [],
    answer: true,
    injected: [],
    injectResult: () => [{ frameId: 0, result: null }],
    failRegister: null,
    restore() {
      api.permissions = saved.permissions;
      api.scripting = saved.scripting;
      api.runtime.getManifest = saved.getManifest;
    },
  };
  const has = (o: string) => state.granted.has(o) || TEST_INSTALL_HOSTS.includes(o);
  const event = (set: Set<Listener>) => ({
    addListener: (l: Listener) => void set.add(l),
    removeListener: (l: Listener) => void set.delete(l),
    hasListener: (l: Listener) => set.has(l),
  });
  const fire = (set: Set<Listener>, origins: string[]) => {
    for (const l of [...set]) l({ origins });
  };
  api.permissions = {
    resetState() {},
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every(has),
    request: ({ origins = [] }: { origins?: string[] }) => {
      state.requests.push([...origins]);
      if (!state.answer) return Promise.resolve(false);
      const fresh = origins.filter((o) => !has(o));
      for (const o of fresh) state.granted.add(o);
      if (fresh.length) fire(added, fresh);
      return Promise.resolve(true);
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      if (origins.some((o) => TEST_INSTALL_HOSTS.includes(o))) throw new Error('You cannot remove required permissions.');
      state.removed.push([...origins]);
      const gone = origins.filter((o) => state.granted.delete(o));
      if (gone.length) fire(removedListeners, gone);
      return true;
    },
    getAll: async () => ({ origins: [...TEST_INSTALL_HOSTS, ...state.granted], permissions: [] }),
    onAdded: event(added),
    onRemoved: event(removedListeners),
  };
  api.scripting = {
    resetState() {},
    getRegisteredContentScripts: async () => [...state.scripts.values()].map((s) => structuredClone(s)),
    registerContentScripts: async (scripts: RegisteredScript[]) => {
      for (const s of scripts) {
        if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        if (state.failRegister && s.matches?.some((m) => state.failRegister!.test(m))) throw new Error(`Invalid url pattern '${s.matches?.[0]}'`);
      }
      for (const s of scripts) state.scripts.set(s.id, structuredClone(s));
    },
    unregisterContentScripts: async (filter?: { ids?: string[] }) => {
      const ids = filter?.ids ?? [...state.scripts.keys()];
      for (const id of ids) state.scripts.delete(id);
    },
    executeScript: async (injection: Record<string, unknown>) => {
      state.injected.push(injection);
      return state.injectResult(injection);
    },
  };
  api.runtime.getManifest = () => structuredClone(TEST_MANIFEST);
  return state;
}
