/**
 * Self-hosted helpdesks (Zammad, FreeScout) and companies' own domains reach Tact as sites an admin
 * adds, each naming a built-in adapter. Here the look-alikes are read through such sites (a pattern
 * on the fixture server) rather than through the demo build's "first path segment is the adapter"
 * mapping: the site's adapter runs, a Zammad site runs the classic or the desktop adapter by the
 * page's path, and the admin's selectors win over the adapter's own.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertNoExtensionRequests, launchTact, type Tact, waitForTact } from './harness';
import { freescoutDriver } from './helpdesks/freescout';
import { zammadDriver } from './helpdesks/zammad';
import { zammadDesktopDriver } from './helpdesks/zammad-desktop';
import { setSettings, tabStatusOf, waitForSession } from './tact-page';

let tact: Tact;
beforeAll(async () => {
  tact = await launchTact({ name: 'custom-sites' });
});
afterAll(async () => {
  await tact?.close();
  if (tact) assertNoExtensionRequests(tact);
});

async function open(path: string, ticketId: string, ready: (page: Page, id: string) => Promise<void>): Promise<Page> {
  const page = await tact.newPage(path);
  await waitForTact(page);
  await ready(page, ticketId);
  await waitForSession(page, ticketId);
  return page;
}

it('a self-hosted Zammad added once (naming "zammad") runs the classic adapter on #ticket/zoom and the desktop one on /desktop/', async () => {
  await setSettings(tact, { customSites: [{ id: 'acme-zammad', pattern: 'http://127.0.0.1/zammad*', adapter: 'zammad', selectors: {}, enabled: true }] });
  const customer = zammadDriver.tickets.primary.customer;

  const classic = await open(zammadDriver.path('1245'), '1245', zammadDriver.ready);
  await expect.poll(async () => (await tabStatusOf(tact, classic.url())).helpdesk).toEqual({ id: 'zammad', name: 'Zammad', siteId: 'acme-zammad', custom: true });
  expect((await tabStatusOf(tact, classic.url())).customer).toEqual(customer);
  await classic.close();

  const desktop = await open(zammadDesktopDriver.path('1245'), '1245', zammadDesktopDriver.ready);
  await expect.poll(async () => (await tabStatusOf(tact, desktop.url())).helpdesk).toEqual({ id: 'zammad-desktop', name: 'Zammad (new desktop UI)', siteId: 'acme-zammad', custom: true });
  const status = await tabStatusOf(tact, desktop.url());
  expect(status.customer).toEqual(customer);
  expect(status.editors).toBe(1);
  await desktop.close();
});

it("a self-hosted FreeScout runs the FreeScout adapter, with the admin's selectors over its own", async () => {
  // The admin points "customer name" somewhere else: what Tact reads shows whose selector won.
  await setSettings(tact, {
    customSites: [{ id: 'acme-fs', pattern: 'http://127.0.0.1/freescout/*', adapter: 'freescout', selectors: { customerName: '.conv-subjtext > span' }, enabled: true }],
  });
  const page = await open(freescoutDriver.path('4818'), '4818', freescoutDriver.ready);
  await expect.poll(async () => (await tabStatusOf(tact, page.url())).helpdesk).toEqual({ id: 'freescout', name: 'FreeScout', siteId: 'acme-fs', custom: true });
  const status = await tabStatusOf(tact, page.url());
  expect(status.ticket?.id).toBe('4818');
  expect(status.customer).toEqual({ name: 'Charged twice for invoice INV-20931', email: 'maya.chen@example.com', userId: '20731' });
  expect(status.editors).toBe(1);
  await page.close();
});
