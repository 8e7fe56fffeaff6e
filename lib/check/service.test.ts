import { afterEach, describe, expect, it } from 'vitest';
import { customRule } from '../framing/testing';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { rulesStamp } from '../settings/stamp';
import { runCheck } from './messages';
import { registerCheckService, type CheckService } from './service';

const ISLANDS = 'Parcels to the islands go by ferry on Fridays.';
const ONLY = 'We only ship within 14 days.';

function settings(framing: Partial<Settings['framing']> = {}): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  Object.assign(s.framing, framing);
  return s;
}

/** A background whose settings the test controls, with a change event it can fire. */
function background(initial: Settings) {
  let current = initial;
  let watcher: ((s: Settings) => void) | null = null;
  const service = registerCheckService({
    load: async () => current,
    watch: (cb) => void (watcher = cb),
  });
  return {
    service,
    /** Changes the stored settings; `announce` also fires the change event (false: it has not arrived yet). */
    set(next: Settings, announce = true) {
      current = next;
      if (announce) watcher?.(next);
    },
  };
}

const check = (text: string, rules?: Settings) => runCheck.send({ key: 'e1', text, record: null, ...(rules ? { rules: rulesStamp(rules) } : {}) });
const ids = async (text: string, rules?: Settings) => (await check(text, rules)).findings.map((f) => f.ruleId);

let service: CheckService | null = null;
afterEach(() => {
  service?.unregister();
  service = null;
});

describe('the background checker follows the effective settings', () => {
  it('underlines with an admin’s rule and without a switched-off built-in one', async () => {
    const bg = background(settings({ customRules: [customRule()], disabledRules: ['en.limit.only'] }));
    service = bg.service;
    expect(await ids(ISLANDS)).toEqual(['acme.islands']);
    expect(await ids(ONLY)).toEqual([]);
  });

  it('recompiles when the settings change, dropping what it cached for the old rules', async () => {
    const bg = background(settings());
    service = bg.service;
    expect(await ids(ISLANDS)).toEqual([]);
    expect(await ids(ONLY)).toEqual(['en.limit.only']);
    bg.set(settings({ customRules: [customRule()], disabledRules: ['en.limit.only'] }));
    expect(await ids(ISLANDS)).toEqual(['acme.islands']);
    expect(await ids(ONLY)).toEqual([]);
  });

  it('reloads before checking when the tab knows newer rules than its change event brought', async () => {
    const bg = background(settings());
    service = bg.service;
    expect(await ids(ISLANDS)).toEqual([]);
    const next = settings({ customRules: [customRule()] });
    bg.set(next, false);
    expect(await ids(ISLANDS)).toEqual([]);
    expect(await ids(ISLANDS, next)).toEqual(['acme.islands']);
    expect(service.rules().stamp).toBe(rulesStamp(next));
  });

  it('never lets a broken rule stop the check', async () => {
    const bg = background(
      settings({
        customRules: [customRule({ id: 'acme.broken', pattern: '((' }), customRule(), { nonsense: true } as never],
        disabledRules: 'not a list' as never,
      }),
    );
    service = bg.service;
    expect(await ids(ISLANDS)).toEqual(['acme.islands']);
    expect(await ids('You should have read the terms.')).toEqual(['en.blame.should-have']);
  });

  it('checks with the built-in rules when the settings cannot be read', async () => {
    service = registerCheckService({ load: async () => Promise.reject(new Error('storage is gone')), watch: () => {} });
    expect(await ids(ONLY)).toEqual(['en.limit.only']);
  });
});
