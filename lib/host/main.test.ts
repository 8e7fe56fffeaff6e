import { describe, expect, it } from 'vitest';
import { startTact } from './main';
import { tabStatus } from './status';

describe('startTact', () => {
  it('answers the popup while it runs and stops answering when its page is stopped', async () => {
    const controller = new AbortController();
    await startTact({ features: [], signal: controller.signal });
    await expect(tabStatus.send()).resolves.toMatchObject({ helpdesk: null, ticket: null });
    controller.abort();
    await expect(tabStatus.send()).rejects.toThrow();
  });

  it('starts nothing when it was stopped while the settings were read', async () => {
    const controller = new AbortController();
    const started = startTact({ features: [], signal: controller.signal });
    controller.abort();
    await started;
    await expect(tabStatus.send()).rejects.toThrow();
  });
});
