/** Shared test data for the feedback and leads tests. */
import { ITEM_SCHEMA_VERSION, type FeedbackItem } from '../schema';
import type { FeedbackDraft } from '../service';

export const T0 = Date.UTC(2025, 10, 5, 10, 0, 0); // Wed 5 Nov 2025, 10:00 UTC

let n = 0;
export function uuid(i = ++n): string {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export function item(over: Partial<FeedbackItem> = {}): FeedbackItem {
  return {
    schemaVersion: ITEM_SCHEMA_VERSION,
    id: uuid(),
    tags: ['bug'],
    quote: 'The button is purple, not blue',
    customer: { name: 'Anna Smirnova', email: 'anna@mail.example', userId: '42' },
    helpdesk: 'zendesk',
    ticketId: '1001',
    ticketUrl: 'https://acme.zendesk.com/agent/tickets/1001',
    language: 'en',
    createdAt: T0,
    agent: 'Kate',
    ...over,
  };
}

export function draft(over: Partial<FeedbackDraft> = {}): FeedbackDraft {
  return {
    tags: ['bug'],
    quote: 'The button is purple, not blue',
    customer: { name: 'Anna Smirnova', email: 'anna@mail.example', userId: '42' },
    helpdesk: 'zendesk',
    ticketId: '1001',
    ticketUrl: 'https://acme.zendesk.com/agent/tickets/1001',
    agent: 'Kate',
    ...over,
  };
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

export function dbName(): string {
  return `tact-feedback-test-${crypto.randomUUID()}`;
}
