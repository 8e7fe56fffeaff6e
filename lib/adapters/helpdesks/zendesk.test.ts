import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { zendesk } from './zendesk';

/** One ticket pane as the fixture (test/fixtures/helpdesks/zendesk) and Agent Workspace render it. */
const pane = (o: { id: string; name: string; userId: string; active: boolean; generation?: '2023' | '2021' }) => `
  <div class="zd-pane-slot" style="visibility: ${o.active ? 'visible' : 'hidden'}">
    <div class="ticket-panes-grid-layout${o.active && o.generation === '2021' ? ' active' : ''}"
      ${o.generation === '2021' ? '' : `data-is-active="${o.active}"`} data-ticket-id="${o.id}" data-side-conversations-anchor-id="${o.id}">
      <div data-test-id="ticket-system-field-requester-select"><span>MC</span><div data-garden-id="typography.ellipsis"> ${o.name} </div></div>
      <div data-test-id="omni-log-container">
        <article data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-item-sender"><a href="/agent/users/${o.userId}"><strong>${o.name}</strong></a></span>
          <div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><div class="zd-comment"><p>Charged twice.</p></div></div></div>
          <div data-test-id="omni-log-item-attachments">
            <a class="zd-attachment" href="/attachments/token/qZ81/?name=bank-statement.png"><img src="/attachments/token/qZ81/?name=bank-statement.png"><span>bank-statement.png</span></a>
            <a class="zd-attachment" href="/attachments/token/Wb2K/?name=invoice-${o.id}.pdf" target="_blank"><span>PDF</span><span>invoice-${o.id}.pdf</span><span>2 KB</span></a>
          </div>
        </article>
        <article data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-internal-note-tag">Internal note</span>
          <div data-test-id="omni-log-item-message" type="agent"><div class="zd-comment"><p>Refund approved.</p></div></div>
          <a href="/attachments/token/r7Hs/?name=ledger.csv">ledger.csv</a>
        </article>
      </div>
      <div data-test-id="ticket-rich-text-editor">
        <div class="ck ck-editor"><div class="ck-editor__main">
          <div class="ck-editor__editable ck-content" contenteditable="true" role="textbox" data-test-id="omnicomposer-rich-text-ckeditor"><p>Hi</p></div>
        </div></div>
      </div>
      <div data-garden-id="buttons.button_group_view"><button data-test-id="submit_button-button">Submit as Open</button><button data-test-id="submit_button-menu-button">▾</button></div>
      <aside data-test-id="customer-context-pane">
        <a data-test-id="customer-context-user-name" href="/agent/users/${o.userId}">${o.name}</a>
        <a href="mailto:${o.name.split(' ')[0]!.toLowerCase()}@example.com">${o.name.split(' ')[0]!.toLowerCase()}@example.com</a>
      </aside>
    </div>
  </div>`;

/** The same pane after a redesign that renamed every hook (the fixture's `?ui=next`). */
const nextUiPane = (id: string, active: boolean) => `
  <div class="zd-pane-slot" style="visibility: ${active ? 'visible' : 'hidden'}">
    <div class="sc-1k2j3h" data-entity="${id}" data-state="${active ? 'current' : 'background'}">
      <div data-testid="zd-a1b2c3"><div>Maya Chen</div></div>
      <article data-testid="zd-9f8e7d"><div data-author-role="end-user"><p>Charged twice.</p></div></article>
      <div class="ck ck-editor"><div class="ck-editor__editable ck-content" contenteditable="true" role="textbox"><p>Hi</p></div></div>
      <button data-testid="zd-55aa11">Submit as Open</button>
    </div>
  </div>`;

const adapter = createAdapter(zendesk);

describe('Zendesk Agent Workspace adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/agent/tickets/48213');
  });

  it('reads only the active pane when several ticket tabs are mounted (inactive one first)', () => {
    mount(`<main id="main_panes">${pane({ id: '48190', name: 'Vadim Petrov', userId: '38112', active: false })}${pane({ id: '48213', name: 'Maya Chen', userId: '20731', active: true })}</main>`);
    const root = adapter.root(document)!;
    expect(root.getAttribute('data-ticket-id')).toBe('48213');
    expect(adapter.degraded(root)).toBe(false);
    expect(adapter.ticket(document)?.id).toBe('48213');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya@example.com', userId: '20731' });
    expect(adapter.editors(root).map((e) => e.getAttribute('data-test-id'))).toEqual(['omnicomposer-rich-text-ckeditor']);
    expect(adapter.engineOf(adapter.editors(root)[0]!)).toBe('ckeditor5');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Submit as Open']);
  });

  it("lists the customer's attachments by their token URLs and names, never the agent's", () => {
    mount(`<main id="main_panes">${pane({ id: '48213', name: 'Maya Chen', userId: '20731', active: true })}</main>`);
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
    expect(adapter.customerAttachments(root).map((a) => [a.name, a.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice-48213.pdf', 'document'],
    ]);
  });

  it('finds the active pane by the 2021–23 `.active` class too', () => {
    mount(`<main id="main_panes">${pane({ id: '48190', name: 'Vadim Petrov', userId: '38112', active: false, generation: '2021' })}${pane({ id: '48213', name: 'Maya Chen', userId: '20731', active: true, generation: '2021' })}</main>`);
    expect(adapter.root(document)?.getAttribute('data-ticket-id')).toBe('48213');
  });

  it('Ctrl+Alt+S submits from anywhere in the ticket; Ctrl+Enter does not', () => {
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', ctrlKey: true, altKey: true }), false)).toBe(true);
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'ß', code: 'KeyS', metaKey: true, altKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }), true)).toBe(false);
  });

  it('degrades when the hooks are renamed: body stands in, the editor is found generically, no customer or messages, the URL still names the ticket', () => {
    mount(nextUiPane('48190', false) + nextUiPane('48213', true));
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('48213');
    // Only the visible pane's editor: the hidden pane is `visibility: hidden`.
    const editors = adapter.editors(root);
    expect(editors).toHaveLength(1);
    expect(editors[0]!.closest('[data-entity]')?.getAttribute('data-entity')).toBe('48213');
    expect(adapter.engineOf(editors[0]!)).toBe('ckeditor5');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(adapter.customerAttachments(root)).toEqual([]);
  });

  it('falls back to generic editor detection inside a recognised pane whose editor hook changed', () => {
    mount(`<main id="main_panes">${pane({ id: '48213', name: 'Maya Chen', userId: '20731', active: true }).replace('data-test-id="omnicomposer-rich-text-ckeditor"', 'data-test-id="composer-v3"').replace('data-test-id="ticket-rich-text-editor"', '')}</main>`);
    const root = adapter.root(document)!;
    expect(adapter.degraded(root)).toBe(false);
    expect(adapter.editors(root).map((e) => e.getAttribute('data-test-id'))).toEqual(['composer-v3']);
    expect(adapter.customer(root)?.name).toBe('Maya Chen');
  });
});
