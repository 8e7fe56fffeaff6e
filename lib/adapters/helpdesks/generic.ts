import type { AdapterDefinition } from '../contract';
import { GENERIC_EDITOR_SELECTOR } from '../engine';

/**
 * Any site an admin enables: any visible textarea or contenteditable is an editor; the ticket is the
 * page's URL; send controls, customer and messages are unknown until the admin gives selectors.
 */
export const generic: AdapterDefinition = {
  id: 'generic',
  name: 'Any site',
  hosts: [],
  selectors: {
    ticketRoot: 'body',
    ticketUrlPattern: '^(.*)$',
    editor: GENERIC_EDITOR_SELECTOR,
  },
  sendShortcuts: [{ key: 'Enter', mod: true, inEditor: true }],
};
