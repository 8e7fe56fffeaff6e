import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { freshdesk } from './freshdesk';

/** A ticket page as the fixture (test/fixtures/helpdesks/freshdesk) renders Freshdesk's hooks. */
const page = (o: { replying: boolean }) => `
  <div class="app-main-wrapper">
    <header id="mainactionbar"><div class="page-actions__left">
      <ul class="breadcrumb"><li class="breadcrumb__item active">#8452</li></ul>
      <button data-test-id="ticket-action-reply" aria-label="Reply">Reply</button>
    </div></header>
    <div class="page-content">
      <div id="ticket-details" class="ticket-details-page">
        <h2 class="ticket-subject-heading">Charged twice</h2>
        <div id="ticket_original_request" class="ticket-description">
          <div class="sender-info"><span data-test-id="user-name">Maya Chen</span></div>
          <div class="text__content fr-view"><p>Charged twice.</p></div>
          <div class="attachments">
            <a class="attachment-item" href="/helpdesk/attachments/5001" title="bank-statement.png"><img src="/helpdesk/attachments/5001"><span>bank-statement.png</span></a>
            <a class="attachment-item" href="/helpdesk/attachments/5002" title="invoice.pdf" target="_blank"><span>PDF</span><span>invoice.pdf</span></a>
          </div>
        </div>
        <div data-test-id="conversation-item" data-source="agent" data-private="true">
          <div class="text__content">Refund approved.</div>
          <a class="attachment-item" href="/helpdesk/attachments/5009" title="ledger.csv">ledger.csv</a>
        </div>
        ${o.replying ? `<div data-test-id="active-editor"><div class="fr-box fr-basic"><div class="fr-toolbar"></div><div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p><br></p></div></div></div>
          <button data-test-id="submit">Send</button></div>` : ''}
      </div>
      <aside class="ticket-sidebar">
        <div class="requester-wrap"><a data-test-id="user-name" href="/a/contacts/20731">Maya Chen</a></div>
        <div data-test-id="requester-info-contact-email"><span class="info-details-label">Email</span><span class="info-details-content">maya.chen@example.com</span></div>
      </aside>
    </div>
  </div>`;

const adapter = createAdapter(freshdesk);

describe('Freshdesk adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/a/tickets/8452');
  });

  it('reads the ticket wrapper (action bar, details, requester sidebar), the requester and, after Reply, the Froala editor and Send', () => {
    mount(page({ replying: true }));
    const root = adapter.root(document)!;
    expect(root.classList.contains('app-main-wrapper')).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('8452');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya.chen@example.com', userId: '20731' });
    const [editor] = adapter.editors(root);
    expect(editor?.classList.contains('fr-element')).toBe(true);
    expect(adapter.engineOf(editor!)).toBe('froala');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Send']);
  });

  it('has no editor before Reply is clicked', () => {
    mount(page({ replying: false }));
    expect(adapter.editors(adapter.root(document)!)).toEqual([]);
  });

  it("lists the original request's attachments (the requester's), not a private note's", () => {
    mount(page({ replying: false }));
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
    expect(adapter.customerAttachments(root).map((a) => [a.name, a.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice.pdf', 'document'],
    ]);
  });

  it('Ctrl/Cmd+Enter sends from the editor only', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });
    expect(adapter.isSendShortcut(key({ ctrlKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(key({ metaKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(key({ ctrlKey: true }), false)).toBe(false);
    expect(adapter.isSendShortcut(key({}), true)).toBe(false);
  });

  it('degrades when the hooks are renamed: body stands in, Froala’s editor is found generically, no requester', () => {
    mount(page({ replying: true }).replace('id="ticket-details" class="ticket-details-page"', 'class="fd-x1y2z3"').replace('class="app-main-wrapper"', 'class="fd-a9b8c7"'));
    const root = adapter.root(document)!;
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('8452');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.editors(root).map((e) => e.className)).toEqual(['fr-element fr-view']);
  });
});
