import { describe, expect, it } from 'vitest';
import { buildDraft, customerOf, helpdeskId, oneLine, ticketUrlOf } from './draft';

const base = {
  id: '6f1c2d3e-4b5a-4c6d-8e7f-901234567890',
  tag: 'bug',
  quote: 'The export button does nothing.',
  customer: { name: 'Anna Smirnova', email: 'anna@example.com', userId: 'u-1' },
  siteId: 'demo',
  adapterId: 'demo',
  ticket: { id: '2002', url: 'https://acme.zendesk.com/agent/tickets/2002' },
};

describe('the draft the content script sends', () => {
  it('carries the quote, customer, helpdesk, ticket, language and tag; no agent (the background fills it)', () => {
    expect(buildDraft(base)).toEqual({
      id: base.id,
      tags: ['bug'],
      quote: base.quote,
      customer: { name: 'Anna Smirnova', email: 'anna@example.com', userId: 'u-1' },
      helpdesk: 'demo',
      ticketId: '2002',
      ticketUrl: base.ticket.url,
      language: 'en',
    });
  });

  it('a note is trimmed and kept; an empty one is left out', () => {
    expect(buildDraft({ ...base, note: '  third time this week\n' }).note).toBe('third time this week');
    expect('note' in buildDraft({ ...base, note: '   ' })).toBe(false);
    expect(buildDraft({ ...base, note: 'x'.repeat(3000) }).note).toHaveLength(2000);
  });

  it('a half-read customer card never sinks the item: bad fields are left out or made one line', () => {
    expect(customerOf({ name: 'Anna\n  Smirnova\u0007', email: '+7 916 555-01-42', userId: null })).toEqual({ name: 'Anna Smirnova' });
    expect(customerOf(null)).toEqual({});
    expect(oneLine('x'.repeat(300), 200)).toHaveLength(200);
  });

  it("a custom site's id becomes a helpdesk token; a hopeless one falls back to the adapter", () => {
    expect(helpdeskId('Acme Help Desk', 'generic')).toBe('acme-help-desk');
    expect(helpdeskId('—', 'zammad')).toBe('zammad');
    expect(helpdeskId('x'.repeat(60), 'generic')).toHaveLength(40);
  });

  it('a very long ticket address loses its query, keeps its path and hash', () => {
    const long = `https://acme.example/agent/tickets/2002?${'q=1&'.repeat(700)}#/thread`;
    expect(ticketUrlOf(long)).toBe('https://acme.example/agent/tickets/2002#/thread');
    expect(ticketUrlOf(base.ticket.url)).toBe(base.ticket.url);
  });
});
