/** Every built-in helpdesk adapter. Real helpdesks add themselves here, one module each. */
import type { AdapterDefinition } from '../contract';
import { demo } from './demo';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { generic } from './generic';
import { intercom } from './intercom';
import { usedesk } from './usedesk';
import { zammad } from './zammad';
import { zammadDesktop } from './zammad-desktop';
import { zendesk } from './zendesk';

export const HELPDESKS: AdapterDefinition[] = [demo, generic, zendesk, intercom, freshdesk, zammad, zammadDesktop, freescout, usedesk];
