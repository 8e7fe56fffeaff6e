/**
 * A feedback item: one passage a customer said, tagged by the agent who logged it.
 *
 * The same schema guards every way in — the agent's Log click, the IndexedDB migration and a
 * teammate's imported file — so an item that exists anywhere has passed it. Issue messages are short
 * codes (`required`, `too_long`, …) rather than prose: the UI turns them into RU/EN sentences with the
 * field and row, see `describeIssue` in ./strings.
 */
import * as v from 'valibot';

export const ITEM_SCHEMA_VERSION = 2;

export const LIMITS = {
  quote: 10_000,
  note: 2_000,
  name: 200,
  email: 254,
  userId: 200,
  ticketId: 200,
  ticketUrl: 2_048,
  agent: 200,
  tagsPerItem: 10,
  helpdesk: 40,
} as const;

/** 2000-01-01 .. 2100-01-01: anything outside is a unit mix-up (seconds for ms) or garbage. */
export const MIN_CREATED_AT = Date.UTC(2000, 0, 1);
export const MAX_CREATED_AT = Date.UTC(2100, 0, 1);

export const TAG_ID_RE = /^[a-z0-9][a-z0-9-]{0,47}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const HELPDESK_RE = /^[a-z0-9][a-z0-9._-]{0,39}$/;
const LANGUAGE_RE = /^(?:und|[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+$/;
// C0 controls other than TAB/LF/CR, and DEL: they never come from a helpdesk page and break CSV readers.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
// Names, ids and e-mails are one line; a newline in them is a sign of a mangled file.
const LINE_BREAK_RE = /[\r\n\u2028\u2029]/;

const text = (max: number, oneLine: boolean) =>
  v.pipe(
    v.string('bad_type'),
    v.maxLength(max, 'too_long'),
    v.check((s) => !CONTROL_RE.test(s), 'control_char'),
    v.check((s) => !oneLine || !LINE_BREAK_RE.test(s), 'line_break'),
  );
const required = (max: number, oneLine: boolean) => v.pipe(text(max, oneLine), v.check((s) => s.trim().length > 0, 'required'));

export const TagIdSchema = v.pipe(v.string('bad_type'), v.regex(TAG_ID_RE, 'bad_tag_id'));

const CustomerSchema = v.strictObject(
  {
    name: v.optional(text(LIMITS.name, true)),
    email: v.optional(v.pipe(text(LIMITS.email, true), v.regex(EMAIL_RE, 'bad_email'))),
    userId: v.optional(text(LIMITS.userId, true)),
  },
  'bad_type',
);

const httpUrl = v.pipe(
  text(LIMITS.ticketUrl, true),
  v.check((s) => {
    // The view renders this as a link: only web addresses, never javascript:, data: or file:.
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'bad_url'),
);

const entries = {
  schemaVersion: v.literal(ITEM_SCHEMA_VERSION, 'bad_schema_version'),
  id: v.pipe(v.string('bad_type'), v.regex(UUID_RE, 'bad_uuid')),
  tags: v.pipe(
    v.array(TagIdSchema, 'bad_type'),
    v.minLength(1, 'no_tags'),
    v.maxLength(LIMITS.tagsPerItem, 'too_many_tags'),
    v.check((tags) => new Set(tags).size === tags.length, 'repeated_tag'),
  ),
  quote: required(LIMITS.quote, false),
  customer: CustomerSchema,
  helpdesk: v.pipe(v.string('bad_type'), v.regex(HELPDESK_RE, 'bad_helpdesk')),
  ticketId: required(LIMITS.ticketId, true),
  ticketUrl: httpUrl,
  language: v.pipe(v.string('bad_type'), v.regex(LANGUAGE_RE, 'bad_language')),
  createdAt: v.pipe(
    v.number('bad_type'),
    v.integer('bad_date'),
    v.minValue(MIN_CREATED_AT, 'bad_date'),
    v.maxValue(MAX_CREATED_AT, 'bad_date'),
  ),
  agent: text(LIMITS.agent, true),
  note: v.optional(text(LIMITS.note, false)),
};

export const FeedbackItemSchema = v.strictObject(entries, 'bad_type');

export type FeedbackItem = v.InferOutput<typeof FeedbackItemSchema>;
export type Customer = FeedbackItem['customer'];

export interface ItemIssue {
  /** Dotted path of the offending field, e.g. `customer.email`; `''` for the item as a whole. */
  field: string;
  /** A code from ./strings `issueText`: required, too_long, bad_url, … */
  code: string;
  /** The limit that was broken, when there is one (max length, max tags). */
  limit?: number;
  /** For unknown or forbidden keys: the key. */
  key?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: ItemIssue[] };

/** Keys that turn a plain copy into a prototype write; refused anywhere in an item. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export function forbiddenKeyIn(value: unknown, depth = 0): string | undefined {
  if (!value || typeof value !== 'object' || depth > 3) return undefined;
  for (const key of FORBIDDEN_KEYS) if (Object.prototype.hasOwnProperty.call(value, key)) return key;
  for (const inner of Object.values(value)) {
    const found = forbiddenKeyIn(inner, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => String(p.key)).join('.');
}

export function toIssues(issues: readonly v.BaseIssue<unknown>[]): ItemIssue[] {
  const out: ItemIssue[] = [];
  for (const issue of issues) {
    const field = pathOf(issue);
    const found: ItemIssue = { field, code: issue.message };
    if (issue.type === 'strict_object' && issue.expected === 'never') {
      // valibot reports an unknown key as "expected never", with the key as the last path item.
      found.code = 'unknown_key';
      found.key = String(issue.path?.at(-1)?.key ?? field);
    } else if (issue.kind === 'schema' && issue.received === 'undefined') {
      found.code = 'required';
    } else if (typeof issue.requirement === 'number' && (found.code === 'too_long' || found.code === 'too_many_tags')) {
      found.limit = issue.requirement;
    }
    if (!out.some((o) => o.field === found.field && o.code === found.code)) out.push(found);
  }
  return out;
}

export function checkItem(input: unknown): Checked<FeedbackItem> {
  const key = forbiddenKeyIn(input);
  if (key) return { ok: false, issues: [{ field: '', code: 'forbidden_key', key }] };
  const result = v.safeParse(FeedbackItemSchema, input);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: toIssues(result.issues) };
}

export class InvalidItemError extends Error {
  constructor(readonly issues: ItemIssue[]) {
    super(`Invalid feedback item: ${issues.map((i) => `${i.field || 'item'} ${i.code}${i.key ? ` "${i.key}"` : ''}`).join(', ')}`);
    this.name = 'InvalidItemError';
  }
}

export function parseItem(input: unknown): FeedbackItem {
  const checked = checkItem(input);
  if (!checked.ok) throw new InvalidItemError(checked.issues);
  return checked.value;
}

/**
 * Who "distinct customers" counts. The helpdesk's own user id is the most stable handle (an email
 * can be missing until a side panel opens, a name is shared by strangers), but it only means
 * something inside one helpdesk, hence the prefix. Without it: the e-mail, lower-cased; then the name,
 * case- and space-folded; and when the adapter saw nobody at all, the ticket — one ticket is one
 * customer's conversation, so two quotes from it are never counted as two people.
 */
export function customerKey(item: Pick<FeedbackItem, 'customer' | 'helpdesk' | 'ticketId'>): string {
  const c = item.customer;
  const userId = c.userId?.trim();
  if (userId) return `u:${item.helpdesk}:${userId}`;
  const email = c.email?.trim();
  if (email) return `e:${email.toLowerCase()}`;
  const name = c.name?.trim();
  if (name) return `n:${name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')}`;
  return `t:${item.helpdesk}:${item.ticketId}`;
}

/** Two selections of the same passage differ in case and whitespace; duplicate detection ignores both. */
export function normalizeQuote(quote: string): string {
  return quote.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

const CYRILLIC = /[\u0400-\u04FF]/g;
const LATIN = /[A-Za-z]/g;

/** A cheap guess for when the adapter did not say: the script most letters are in. */
export function guessLanguage(quote: string): string {
  const cyr = quote.match(CYRILLIC)?.length ?? 0;
  const lat = quote.match(LATIN)?.length ?? 0;
  if (cyr === 0 && lat === 0) return 'und';
  return cyr >= lat ? 'ru' : 'en';
}

export function newItemId(): string {
  return crypto.randomUUID();
}

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}
