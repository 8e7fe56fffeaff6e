/** The agent name hook the background's feedback service asks when a draft carries no agent. */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { agentNameFromSettings } from '../feedback/handlers';
import { DEFAULT_SETTINGS } from '../settings/model';

const setName = (agentName: unknown) => browser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, agentName } });

describe("the agent's name from the options", () => {
  it('is the name as set, on one line', async () => {
    await setName('Kate Smith');
    expect(await agentNameFromSettings()).toBe('Kate Smith');
    await setName('  Kate\n\tSmith\u0007 ');
    expect(await agentNameFromSettings()).toBe('Kate Smith');
  });

  it("never longer than an item's agent field, and empty when unset or not text", async () => {
    await setName('K'.repeat(300));
    expect(await agentNameFromSettings()).toHaveLength(200);
    await setName(42);
    expect(await agentNameFromSettings()).toBe('');
    await browser.storage.local.clear();
    expect(await agentNameFromSettings()).toBe('');
  });

  it("an organisation's policy wins over the agent's own setting", async () => {
    await setName('Kate');
    await browser.storage.local.set({ policyCache: { settings: { agentName: 'Kate (Support EU)' } } });
    expect(await agentNameFromSettings()).toBe('Kate (Support EU)');
  });
});
