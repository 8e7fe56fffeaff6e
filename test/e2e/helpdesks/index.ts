/**
 * The helpdesks the support matrix runs on, in the README's row order. To add one: an adapter in
 * lib/adapters/helpdesks/, a fixture in test/fixtures/helpdesks/<id>/, a driver here (`<id>.ts`).
 */
import type { HelpdeskDriver } from './driver';
import { freescoutDriver } from './freescout';
import { freshdeskDriver } from './freshdesk';
import { frontDriver } from './front';
import { helpscoutDriver } from './helpscout';
import { intercomDriver } from './intercom';
import { usedeskDriver } from './usedesk';
import { zammadDriver } from './zammad';
import { zammadDesktopDriver } from './zammad-desktop';
import { zendeskDriver } from './zendesk';

export const HELPDESK_DRIVERS: readonly HelpdeskDriver[] = [
  zendeskDriver,
  intercomDriver,
  helpscoutDriver,
  frontDriver,
  freshdeskDriver,
  zammadDriver,
  zammadDesktopDriver,
  freescoutDriver,
  usedeskDriver,
];
