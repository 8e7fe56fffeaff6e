/** Every built-in helpdesk adapter. Real helpdesks add themselves here, one module each. */
import type { AdapterDefinition } from '../contract';
import { demo } from './demo';
import { front } from './front';
import { generic } from './generic';
import { helpscout } from './helpscout';
import { intercom } from './intercom';
import { zendesk } from './zendesk';

export const HELPDESKS: AdapterDefinition[] = [demo, generic, zendesk, intercom, helpscout, front];
