/**
 * "Check on an open tab": what a set of selectors finds on a helpdesk page, read through the same
 * adapter code Tact runs there (`createAdapter`), so the answer is what Tact would see. Reads only:
 * no listener, no marker, nothing written to the page. Everything returned is plain data — counts
 * and short texts — which the options page shows as text.
 */
import { SELECTOR_KEYS, type AdapterSelectors, type SelectorKey } from '../adapters/contract';
import { createAdapter } from '../adapters/create';
import { generic } from '../adapters/helpdesks/generic';
import { cleanText, parseSelector, queryAll, readValue } from '../adapters/query';
import { definitionById } from '../adapters/registry';
import { attempt } from '../platform/safe';
import { selectorProblem, VALUE_KEYS } from './selectors';

export interface ProbeRequest {
  /** The adapter that reads the site: a built-in id, or `generic`. */
  adapterId: string;
  /** Laid over the adapter's own selectors: the admin's overrides, saved or still being edited. */
  selectors: Partial<AdapterSelectors>;
}

/** Where a selector was looked for: the page, the open ticket, its messages or their attachments, or the address. */
export type ProbeScope = 'page' | 'ticket' | 'messages' | 'attachments' | 'address';

export interface SelectorFinding {
  key: SelectorKey;
  selector: string;
  scope: ProbeScope;
  count: number;
  /** For selectors that read a value: the first one found (cleaned, clipped). */
  sample: string | null;
  /** The browser's message when the selector (or the address pattern) does not parse. */
  error: string | null;
}

export interface ProbeReport {
  url: string;
  title: string;
  adapter: { id: string; name: string };
  findings: SelectorFinding[];
  /** A ticket on screen (the active ticket root). */
  ticketRoot: boolean;
  ticketId: string | null;
  customer: { name: string | null; email: string | null } | null;
  editors: number;
  engine: string | null;
  sendButtons: number;
  messages: { total: number; customer: number; agent: number };
  customerAttachments: number;
}

export const SAMPLE_MAX = 160;

const clip = (text: string | null): string | null => (text ? (text.length > SAMPLE_MAX ? `${text.slice(0, SAMPLE_MAX - 1)}…` : text) : null);

/** Only string selectors of known keys, of a sane length: the request comes over a message. */
function cleanRequest(selectors: unknown): Partial<AdapterSelectors> {
  const out: Partial<Record<SelectorKey, string>> = {};
  if (typeof selectors !== 'object' || selectors === null) return out;
  for (const key of SELECTOR_KEYS) {
    const value = (selectors as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() && value.length <= 1000) out[key] = value;
  }
  return out;
}

export function probePage(doc: Document, request: ProbeRequest): ProbeReport {
  const def = definitionById(String(request?.adapterId)) ?? generic;
  const adapter = createAdapter(def, cleanRequest(request?.selectors));
  const s = adapter.selectors;
  const loc = doc.defaultView?.location;
  const root = adapter.root(doc);
  const scope: ParentNode = root ?? doc;
  const scopeName: ProbeScope = root ? 'ticket' : 'page';
  const messages = root ? adapter.messages(root) : [];
  const attachmentEls = attempt('probe.attachments', () => messages.flatMap((m) => queryAll(m.element, s.attachment)), [] as Element[]);
  const editors = root ? adapter.editors(root) : [];

  const find = (key: SelectorKey, value: string): SelectorFinding => {
    const error = selectorProblem(key, value, doc);
    const base = { key, selector: value, error };
    if (error) return { ...base, scope: scopeName, count: 0, sample: null };
    switch (key) {
      case 'ticketRoot':
      case 'activeTicketRoot':
        return { ...base, scope: 'page', count: queryAll(doc, value).length, sample: null };
      case 'ticketUrlPattern': {
        const id = attempt('probe.url', () => new RegExp(value).exec(`${loc?.pathname ?? ''}${loc?.hash ?? ''}`)?.[1] ?? null, null);
        return { ...base, scope: 'address', count: id ? 1 : 0, sample: clip(id) };
      }
      case 'ticketId': {
        const id = root ? readValue(root, value) : null;
        return { ...base, scope: 'ticket', count: id ? 1 : 0, sample: clip(id) };
      }
      case 'customerMessage':
      case 'agentMessage': {
        const author = key === 'customerMessage' ? 'customer' : 'agent';
        return { ...base, scope: 'messages', count: messages.filter((m) => m.author === author).length, sample: null };
      }
      case 'messageBody':
        return { ...base, scope: 'messages', count: messages.filter((m) => m.body).length, sample: null };
      case 'attachment':
        return { ...base, scope: 'messages', count: attachmentEls.length, sample: null };
      case 'attachmentName':
      case 'attachmentKind': {
        const values = attachmentEls.map((el) => readValue(el, value)).filter((v): v is string => Boolean(v));
        return { ...base, scope: 'attachments', count: values.length, sample: clip(values[0] ?? null) };
      }
      default: {
        if (VALUE_KEYS.has(key)) {
          const { css } = parseSelector(value);
          const count = css ? queryAll(scope, css).length : 1;
          return { ...base, scope: scopeName, count, sample: clip(readValue(root ?? doc.documentElement, value)) };
        }
        return { ...base, scope: scopeName, count: queryAll(scope, value).length, sample: null };
      }
    }
  };

  const findings = SELECTOR_KEYS.flatMap((key) => {
    const value = s[key];
    if (typeof value !== 'string' || !value.trim()) return [];
    return [attempt(`probe.${key}`, () => find(key, value), { key, selector: value, scope: scopeName, count: 0, sample: null, error: null } as SelectorFinding)];
  });

  const customer = root ? adapter.customer(root) : null;
  return {
    url: loc?.href ?? '',
    title: clip(cleanText(doc.title)) ?? '',
    adapter: { id: adapter.id, name: adapter.name },
    findings,
    ticketRoot: Boolean(root),
    ticketId: clip(adapter.ticket(doc)?.id ?? null),
    customer: customer ? { name: clip(customer.name), email: clip(customer.email) } : null,
    editors: editors.length,
    engine: editors[0] ? adapter.engineOf(editors[0]) : null,
    sendButtons: root ? adapter.sendControls(root).length : 0,
    messages: {
      total: messages.length,
      customer: messages.filter((m) => m.author === 'customer').length,
      agent: messages.filter((m) => m.author === 'agent').length,
    },
    customerAttachments: root ? adapter.customerAttachments(root).length : 0,
  };
}
