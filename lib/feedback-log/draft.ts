/**
 * Turns what the content script knows into a `FeedbackDraft`. Page text that would make the
 * background refuse the whole item (a stray newline in a name, an e-mail field holding a phone
 * number, a 3 kB URL) is cleaned or left out here, field by field: a half-read customer card must
 * never cost the agent the quote. The agent's name is not sent: the background reads it from the
 * options (its `agentName` hook), the one place it is set.
 */
import type { CustomerInfo } from '../adapters/contract';
import type { FeedbackDraft } from '../feedback/messages';
import { quoteLanguage } from './language';

/** Same limits as lib/feedback/schema `LIMITS` (kept apart so valibot stays out of the content script). */
const MAX = { name: 200, email: 254, userId: 200, ticketId: 200, ticketUrl: 2_048, note: 2_000 } as const;
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;
const HELPDESK_RE = /^[a-z0-9][a-z0-9._-]{0,39}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function oneLine(value: string | null | undefined, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const clean = value.replace(CONTROL, '').replace(/[\s\u2028\u2029]+/g, ' ').trim();
  return clean ? clean.slice(0, max).trim() : undefined;
}

export function cleanNote(note: string | null | undefined): string | undefined {
  if (typeof note !== 'string') return undefined;
  const clean = note.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
  return clean ? clean.slice(0, MAX.note) : undefined;
}

export function customerOf(info: CustomerInfo | null): NonNullable<FeedbackDraft['customer']> {
  const out: NonNullable<FeedbackDraft['customer']> = {};
  const name = oneLine(info?.name, MAX.name);
  const email = oneLine(info?.email, MAX.email);
  const userId = oneLine(info?.userId, MAX.userId);
  if (name) out.name = name;
  if (email && EMAIL_RE.test(email)) out.email = email;
  if (userId) out.userId = userId;
  return out;
}

/** A custom site's id may be anything an admin typed; the item wants a short lower-case token. */
export function helpdeskId(siteId: string, adapterId: string): string {
  const token = siteId.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 40);
  if (HELPDESK_RE.test(token)) return token;
  return HELPDESK_RE.test(adapterId) ? adapterId : 'helpdesk';
}

/** The ticket's address as a link back: http(s) only, the query dropped when it is too long to keep. */
export function ticketUrlOf(href: string): string {
  if (href.length <= MAX.ticketUrl) return href;
  try {
    const u = new URL(href);
    const short = `${u.origin}${u.pathname}${u.hash}`;
    if (short.length <= MAX.ticketUrl) return short;
    return `${u.origin}${u.pathname}`.slice(0, MAX.ticketUrl);
  } catch {
    return href.slice(0, MAX.ticketUrl);
  }
}

export interface DraftInput {
  id: string;
  tag: string;
  quote: string;
  note?: string;
  customer: CustomerInfo | null;
  siteId: string;
  adapterId: string;
  ticket: { id: string; url: string };
}

export function buildDraft(input: DraftInput): FeedbackDraft {
  const draft: FeedbackDraft = {
    id: input.id,
    tags: [input.tag],
    quote: input.quote,
    customer: customerOf(input.customer),
    helpdesk: helpdeskId(input.siteId, input.adapterId),
    ticketId: oneLine(input.ticket.id, MAX.ticketId) ?? input.ticket.id,
    ticketUrl: ticketUrlOf(input.ticket.url),
    language: quoteLanguage(input.quote),
  };
  const note = cleanNote(input.note);
  if (note) draft.note = note;
  return draft;
}
