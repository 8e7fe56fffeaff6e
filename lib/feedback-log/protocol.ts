/**
 * Background → content script: "the agent asked to log the current selection" (context menu) or
 * "…whatever they are on" (keyboard command). Declarations only, safe in both worlds.
 */
import { defineMessage } from '../platform/messaging';
import type { Refusal } from './quote';

export type OpenSource = 'menu' | 'command';

export type OpenReply =
  /** The picker is open. */
  | { status: 'opened' }
  /** Nothing loggable; the agent was told why in a toast. */
  | { status: 'refused'; reason: Refusal | 'no_ticket' }
  /** Tact is not running on this page (paused, or not a helpdesk page): nothing shown. */
  | { status: 'inactive' };

export const openLogPicker = defineMessage<{ source: OpenSource }, OpenReply>('feedback-log/open');
