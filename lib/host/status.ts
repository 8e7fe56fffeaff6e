/** What the popup shows about a tab: the content script answers `tab/status` from this. */
import type { CustomerInfo } from '../adapters/contract';
import { defineMessage } from '../platform/messaging';
import type { FeatureStatus } from './feature';

export interface TabStatus {
  /** Tact recognised this page as a helpdesk. */
  helpdesk: { id: string; name: string; siteId: string; custom: boolean } | null;
  paused: boolean;
  host: string;
  ticket: { id: string; url: string } | null;
  customer: CustomerInfo | null;
  editors: number;
  features: Record<string, FeatureStatus>;
  /** Errors Tact swallowed on this page (it kept working around them). */
  errors: number;
}

export const tabStatus = defineMessage<void, TabStatus>('tab/status');
