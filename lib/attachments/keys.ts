/**
 * Where an attachment's record lives in `storage.local`: one key per attachment, scoped by the
 * helpdesk (site id and host: two Zendesk accounts share an adapter but not ticket numbers), the
 * ticket and the attachment. One key per attachment rather than per ticket so two tabs recording
 * different files never overwrite each other, and a ticket's records are read with the keys the
 * page already shows.
 */
import { normalizeUrl } from './urls';

export interface TicketScope {
  /** Adapter id or custom-site id. */
  site: string;
  host: string;
  ticket: string;
}

export const ENTRY_PREFIX = 'att1|';
/** Media URL → the records a tab that shows only the file should write to. */
export const LINK_PREFIX = 'att1-link|';
export const SWEEP_KEY = 'att1-sweep';

const enc = encodeURIComponent;

/** The adapter's key, with URL keys normalized (signed URLs change between loads). */
export function stableAttachmentKey(key: string): string {
  if (!key.startsWith('url:')) return key;
  const url = normalizeUrl(key.slice(4));
  return url ? `url:${url}` : key;
}

export function entryKey(scope: TicketScope, attachmentKey: string): string {
  return `${ENTRY_PREFIX}${enc(scope.site)}|${enc(scope.host)}|${enc(scope.ticket)}|${enc(stableAttachmentKey(attachmentKey))}`;
}

export function parseEntryKey(key: string): (TicketScope & { attachment: string }) | null {
  if (!key.startsWith(ENTRY_PREFIX)) return null;
  const parts = key.slice(ENTRY_PREFIX.length).split('|');
  if (parts.length !== 4) return null;
  try {
    const [site, host, ticket, attachment] = parts.map(decodeURIComponent) as [string, string, string, string];
    return { site, host, ticket, attachment };
  } catch {
    return null;
  }
}

export function linkKey(url: string): string | null {
  const normalized = normalizeUrl(url);
  return normalized ? `${LINK_PREFIX}${normalized}` : null;
}
