/** Every built-in helpdesk adapter. Real helpdesks add themselves here, one module each. */
import type { AdapterDefinition } from '../contract';
import { demo } from './demo';
import { freescout } from './freescout';
import { freshdesk } from './freshdesk';
import { front } from './front';
import { generic } from './generic';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { usedesk } from './usedesk';
import { zammad } from './zammad';
import { zammadDesktop } from './zammad-desktop';
import { zendesk } from './zendesk';

export const HELPDESKS: AdapterDefinition[] = [demo, generic, zendesk, intercom, helpscout, front, freshdesk, zammad, zammadDesktop, freescout, usedesk];
