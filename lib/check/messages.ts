/**
 * Messages between the content script and the background's checker. Declarations only: the content
 * script imports this file, so nothing heavy (name tables, language models) may be imported here.
 */
import type { RecordDescription } from '../names/record';
import { defineMessage } from '../platform/messaging';
import type { CheckResult, CustomerRecord } from './types';

export interface CheckRequest {
  /** Identifies the editor within its tab, so incremental state is kept per draft. */
  key: string;
  text: string;
  record: CustomerRecord | null;
  /** The rules the content script knows (`rulesStamp`); the background reloads its own when they differ. */
  rules?: string;
}

export const runCheck = defineMessage<CheckRequest, CheckResult>('check/run');
/** Whether the record has a name the check can use, and why not (for the popup). */
export const describeCustomer = defineMessage<CustomerRecord | null, RecordDescription>('names/describe');
