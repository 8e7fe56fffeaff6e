/**
 * Item schema history. v1 (the first release) stored the tag *names* the agent picked, a flat
 * customer and an ISO date string; names broke as soon as a tag was renamed or written in the other
 * language, so v2 stores tag ids, a nested customer and epoch milliseconds. The same conversion runs
 * in the IndexedDB upgrade and on a teammate's v1 export file.
 */
import { defaultTagIdForName, tagIdForName } from './defaultTags';
import { checkItem, guessLanguage, ITEM_SCHEMA_VERSION, type FeedbackItem, type ItemIssue } from './schema';

export interface FeedbackItemV1 {
  id: string;
  tags: string[];
  quote: string;
  customerName?: string;
  customerEmail?: string;
  customerId?: string;
  helpdesk: string;
  ticketId: string;
  ticketUrl: string;
  language?: string;
  createdAt: string;
  agent?: string;
  note?: string;
}

export interface NamedTag {
  id: string;
  name: string;
}

export type MigratedV1 = { ok: true; item: FeedbackItem; newTags: NamedTag[] } | { ok: false; issues: ItemIssue[] };

const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x : undefined);

export function migrateItemV1(raw: unknown): MigratedV1 {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, issues: [{ field: '', code: 'bad_type' }] };
  const r = raw as Record<string, unknown>;
  const newTags: NamedTag[] = [];
  const ids: string[] = [];
  if (!Array.isArray(r.tags)) return { ok: false, issues: [{ field: 'tags', code: r.tags === undefined ? 'required' : 'bad_type' }] };
  for (const name of r.tags) {
    if (typeof name !== 'string' || !name.trim()) continue;
    const id = tagIdForName(name);
    if (ids.includes(id)) continue;
    ids.push(id);
    if (!defaultTagIdForName(name) && !newTags.some((t) => t.id === id)) newTags.push({ id, name: name.trim() });
  }
  // An item with no usable tag still counts for something; "other" is where a lead would look for it.
  if (ids.length === 0) ids.push('other');

  const created = typeof r.createdAt === 'string' ? Date.parse(r.createdAt) : typeof r.createdAt === 'number' ? r.createdAt : NaN;
  if (!Number.isFinite(created)) return { ok: false, issues: [{ field: 'createdAt', code: 'bad_date' }] };

  const customer: FeedbackItem['customer'] = {};
  const name = str(r.customerName);
  const email = str(r.customerEmail);
  const userId = str(r.customerId);
  if (name) customer.name = name.trim();
  if (email) customer.email = email.trim();
  if (userId) customer.userId = userId.trim();

  const quote = r.quote;
  const candidate: Record<string, unknown> = {
    schemaVersion: ITEM_SCHEMA_VERSION,
    id: r.id,
    tags: ids,
    quote,
    customer,
    helpdesk: typeof r.helpdesk === 'string' ? r.helpdesk.trim().toLowerCase() : r.helpdesk,
    ticketId: typeof r.ticketId === 'number' ? String(r.ticketId) : r.ticketId,
    ticketUrl: r.ticketUrl,
    language: str(r.language) ?? (typeof quote === 'string' ? guessLanguage(quote) : 'und'),
    createdAt: Math.round(created),
    agent: typeof r.agent === 'string' ? r.agent : '',
  };
  if (str(r.note)) candidate.note = r.note;
  const checked = checkItem(candidate);
  if (!checked.ok) return { ok: false, issues: checked.issues };
  return { ok: true, item: checked.value, newTags: newTags.filter((t) => checked.value.tags.includes(t.id)) };
}
