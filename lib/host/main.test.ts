import { describe, expect, it, vi } from 'vitest';
import { mountTickets } from '../attachments/test-fixture';
import { updateUserSettings } from '../settings/store';
import type { Feature } from './feature';
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

  it('starts a feature turned on in the settings on the open ticket, and stops one turned off, without a new ticket', async () => {
    mountTickets();
    const runs: string[] = [];
    const feature: Feature = {
      id: 'probe',
      applies: (ctx) => ctx.settings().names.enabled,
      init(ctx, signal) {
        runs.push(`start ${ctx.ticket.id}`);
        signal.addEventListener('abort', () => runs.push('stop'), { once: true });
      },
    };
    await updateUserSettings((s) => {
      s.names.enabled = false;
    });
    const controller = new AbortController();
    await startTact({ features: [feature], signal: controller.signal });
    await vi.waitFor(async () => expect((await tabStatus.send()).features.probe?.state).toBe('off'));
    expect(runs).toEqual([]);

    await updateUserSettings((s) => {
      s.names.enabled = true;
    });
    await vi.waitFor(() => expect(runs).toEqual(['start 2002']));

    // A setting no feature's `applies` reads restarts nothing.
    await updateUserSettings((s) => {
      s.framing.enabled = !s.framing.enabled;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toEqual(['start 2002']);

    await updateUserSettings((s) => {
      s.names.enabled = false;
    });
    await vi.waitFor(() => expect(runs).toEqual(['start 2002', 'stop']));
    await vi.waitFor(async () => expect((await tabStatus.send()).features.probe?.state).toBe('off'));
    controller.abort();
  });
});
