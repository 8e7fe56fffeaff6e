import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { usedesk } from './usedesk';

/** A ticket page as the fixture (test/fixtures/helpdesks/usedesk) renders it: known hooks plus inferred containers. */
const page = `
  <div class="ticket-container" data-ticket-id="98310455">
    <div class="ticket-top" data-block-id="top"><a class="next-ticket" href="/tickets/98309871">→</a></div>
    <div class="ticket-center" data-block-id="center">
      <h1 class="ticket-title">Charged twice</h1>
      <form class="reply-form"><div class="reply-editor" contenteditable="true"></div><button type="submit" class="btn send-reply">Ответить</button></form>
      <div class="ticket-feed" data-block-id="feed">
        <div class="ticket-message comment" data-message-id="2"><div class="horizontal-scroll"><div class="mail-text">Refund approved.</div></div>
          <div class="mail-attachments"><a class="attach-file-link" href="/files/1/ab/ledger.csv">ledger.csv</a></div></div>
        <div class="ticket-message client" data-message-id="1"><div class="horizontal-scroll"><div class="mail-text">Charged twice.</div></div>
          <div class="mail-attachments"><a class="attach-image-link" href="/files/1/cd/bank-statement.png">bank-statement.png</a><a class="attach-file-link" href="/files/1/ef/invoice.pdf">invoice.pdf</a></div></div>
      </div>
    </div>
    <div class="ticket-right" data-block-id="client"><div class="client-card" data-client-id="20731">
      <div class="client-name">Maya Chen</div><span class="change-contact" data-value="maya.chen@example.com">maya.chen@example.com</span>
    </div></div>
  </div>`;

const adapter = createAdapter(usedesk);

describe('Usedesk adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/tickets/98310455');
  });

  it('reads the ticket, the client card (email from .change-contact) and the reply field', () => {
    mount(page);
    const root = adapter.root(document)!;
    expect(adapter.ticket(document)?.id).toBe('98310455');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya.chen@example.com', userId: '20731' });
    expect(adapter.editors(root).map((e) => e.className)).toEqual(['reply-editor']);
    expect(adapter.engineOf(adapter.editors(root)[0]!)).toBe('plain');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Ответить']);
  });

  it("lists the client's attachments from .mail-attachments, not a comment's", () => {
    mount(page);
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['agent', 'customer']);
    expect(adapter.customerAttachments(root).map((a) => [a.name, a.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice.pdf', 'document'],
    ]);
  });

  it('with every inferred hook gone, keeps the reply field through generic detection and reads no client', () => {
    mount(page.replace('data-ticket-id="98310455"', '').replace('class="reply-form"', 'class="composer"'));
    const root = adapter.root(document)!;
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('98310455');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.editors(root).map((e) => e.className)).toEqual(['reply-editor']);
  });

  it('with the reply field renamed too, finds it generically in the recognised ticket and still reads the client', () => {
    mount(page.replace('class="reply-editor"', 'class="rd-input"').replace('class="reply-form"', 'class="composer"'));
    const root = adapter.root(document)!;
    expect(adapter.degraded(root)).toBe(false);
    expect(adapter.editors(root).map((e) => e.className)).toEqual(['rd-input']);
    expect(adapter.engineOf(adapter.editors(root)[0]!)).toBe('plain');
    expect(adapter.customer(root)?.name).toBe('Maya Chen');
  });

  it('with the ticket container, reply field and client card all renamed: body stands in, the field is found generically, no client, no messages', () => {
    mount(
      page
        .replace('class="ticket-container" data-ticket-id="98310455"', 'class="tk-wrap"')
        .replace('class="reply-editor"', 'class="rd-input"')
        .replace('class="reply-form"', 'class="composer"')
        .replace(/client-card|client-name|change-contact/g, 'x-card')
        .replace(/ticket-message/g, 'feed-item'),
    );
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('98310455');
    expect(adapter.editors(root).map((e) => e.className)).toEqual(['rd-input']);
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(adapter.customerAttachments(root)).toEqual([]);
    expect(() => adapter.sendControls(root)).not.toThrow();
  });
});
