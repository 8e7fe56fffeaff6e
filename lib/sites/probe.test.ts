import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { probePage, type ProbeReport, SAMPLE_MAX } from './probe';
import { selectorProblem } from './selectors';

/** The demo helpdesk's hooks (lib/adapters/helpdesks/demo.ts): two tickets mounted, one on screen. */
const DEMO = `
  <section class="dd-ticket" data-ticket-id="1041" data-active="false" hidden><textarea class="dd-reply-textarea"></textarea></section>
  <section class="dd-ticket" data-ticket-id="1042" data-active="true">
    <h1 class="dd-ticket-subject">Charged twice <img src=x onerror="window.__pwned=1"></h1>
    <div class="dd-requester" data-user-id="u-381"><span class="dd-requester-name">  Vadim
      Petrov </span><a class="dd-requester-email" href="mailto:vadim@example.com">vadim@example.com</a></div>
    <ol>
      <li class="dd-message" data-author="customer"><div class="dd-message-body">Hello</div>
        <ul><li class="dd-attachment" data-name="invoice.pdf" data-kind="document"><a href="files/invoice.pdf">invoice.pdf</a></li>
            <li class="dd-attachment" data-name="shot.png" data-kind="image"><a href="files/shot.png">shot.png</a></li></ul></li>
      <li class="dd-message" data-author="agent"><div class="dd-message-body">Hi Vadim</div></li>
    </ol>
    <form class="dd-reply"><div class="dd-editor"><div class="ProseMirror" contenteditable="true"><p>Hi</p></div></div><button class="dd-send">Send</button></form>
  </section>`;

const finding = (r: ProbeReport, key: string) => r.findings.find((f) => f.key === key);

beforeEach(() => {
  document.body.innerHTML = DEMO;
  history.replaceState(null, '', '/demo/#/tickets/1042');
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('what selectors find on an open tab', () => {
  it('reads the page through the adapter: ticket, customer, editor, send button, messages, attachments', () => {
    const r = probePage(document, { adapterId: 'demo', selectors: {} });
    expect(r.adapter).toEqual({ id: 'demo', name: 'Northwind Desk (demo)' });
    expect(r).toMatchObject({
      ticketRoot: true,
      ticketId: '1042',
      customer: { name: 'Vadim Petrov', email: 'vadim@example.com' },
      editors: 1,
      sendButtons: 1,
      messages: { total: 2, customer: 1, agent: 1 },
      customerAttachments: 2,
    });
    expect(finding(r, 'ticketRoot')).toMatchObject({ scope: 'page', count: 2 });
    expect(finding(r, 'activeTicketRoot')).toMatchObject({ scope: 'page', count: 1 });
    expect(finding(r, 'ticketUrlPattern')).toMatchObject({ scope: 'address', count: 1, sample: '1042' });
    expect(finding(r, 'customerName')).toMatchObject({ scope: 'ticket', count: 1, sample: 'Vadim Petrov' });
    expect(finding(r, 'customerEmail')!.sample).toBe('mailto:vadim@example.com');
    expect(finding(r, 'customerId')!.sample).toBe('u-381');
    expect(finding(r, 'customerMessage')).toMatchObject({ scope: 'messages', count: 1 });
    expect(finding(r, 'attachment')!.count).toBe(2);
    expect(finding(r, 'attachmentName')).toMatchObject({ scope: 'attachments', count: 2, sample: 'invoice.pdf' });
    // Only the selectors the adapter has are listed.
    expect(r.findings.map((f) => f.key)).not.toContain('nonexistent');
  });

  it('uses the selectors it is given over the adapter’s, as the content script would', () => {
    const r = probePage(document, { adapterId: 'demo', selectors: { customerName: '.dd-ticket-subject', sendButton: 'button.nope' } });
    expect(r.customer?.name).toBe('Charged twice');
    expect(r.sendButtons).toBe(0);
    expect(finding(r, 'sendButton')).toMatchObject({ count: 0, selector: 'button.nope' });
  });

  it('a broken selector reports the browser’s message instead of a count, and the rest still read', () => {
    // The adapter itself warns once about the broken selector it was given (and reads nothing with it).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = probePage(document, { adapterId: 'demo', selectors: { customerName: 'span[', ticketUrlPattern: '(unclosed' } });
    expect(finding(r, 'customerName')!.error).toBe(selectorProblem('customerName', 'span['));
    expect(finding(r, 'customerName')!.error).toBeTruthy();
    expect(finding(r, 'ticketUrlPattern')!.error).toMatch(/regular expression|group/i);
    expect(r.editors).toBe(1);
    warn.mockRestore();
  });

  it('without a ticket on screen, counts in the whole page and reads no customer', () => {
    const r = probePage(document, { adapterId: 'demo', selectors: { ticketRoot: '.no-such-ticket', activeTicketRoot: '.no-such-ticket' } });
    expect(r.ticketRoot).toBe(false);
    expect(r.customer).toBeNull();
    expect(finding(r, 'editor')).toMatchObject({ scope: 'page', count: 2 });
  });

  it('an unknown adapter reads as the generic one; junk in the request is ignored', () => {
    const r = probePage(document, { adapterId: 'nope', selectors: { editor: 'textarea', bogus: 'x', ticketRoot: 42 } as never });
    expect(r.adapter.id).toBe('generic');
    expect(r.findings.map((f) => f.key)).toEqual(['ticketRoot', 'ticketUrlPattern', 'editor']);
  });

  it('reads without changing the page, and returns page text as plain, clipped strings', () => {
    const long = 'x'.repeat(500);
    document.querySelector('.dd-requester-name')!.textContent = long;
    const before = document.documentElement.outerHTML;
    const observer = new MutationObserver(() => undefined);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const r = probePage(document, { adapterId: 'demo', selectors: { customerName: '.dd-ticket-subject' } });
    expect(observer.takeRecords()).toEqual([]);
    observer.disconnect();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(r.customer?.name).toBe('Charged twice');
    const r2 = probePage(document, { adapterId: 'demo', selectors: {} });
    expect(r2.customer!.name!.length).toBe(SAMPLE_MAX);
    expect(JSON.parse(JSON.stringify(r2))).toEqual(r2);
  });

  it('never throws into the page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => probePage(document, null as never)).not.toThrow();
    warn.mockRestore();
  });
});

describe('checking a selector before it is saved', () => {
  it('gives the browser’s message for CSS that does not parse, nothing for what does', () => {
    expect(selectorProblem('editor', '.dd-editor [contenteditable]')).toBeNull();
    expect(selectorProblem('editor', '')).toBeNull();
    expect(selectorProblem('editor', 'div[')).toMatch(/.+/);
    expect(selectorProblem('sendButton', 'button..send')).toMatch(/.+/);
  });

  it('fields that read a value take “ @attribute”, alone or after CSS; others do not', () => {
    expect(selectorProblem('customerId', '.requester @data-user-id')).toBeNull();
    expect(selectorProblem('ticketId', '@data-ticket-id')).toBeNull();
    expect(selectorProblem('customerName', '.x[ @data-name')).toMatch(/.+/);
    expect(selectorProblem('editor', '.dd-editor @data-x')).toMatch(/.+/);
  });

  it('the ticket-address field is a regular expression', () => {
    expect(selectorProblem('ticketUrlPattern', '#/tickets/(\\d+)')).toBeNull();
    expect(selectorProblem('ticketUrlPattern', '#/tickets/(\\d+')).toMatch(/.+/);
  });

  it('refuses an over-long selector', () => {
    expect(selectorProblem('editor', `.a${'b'.repeat(1000)}`)).toMatch(/1000/);
  });
});
