import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { zammad } from './zammad';

/** One task as the fixture (test/fixtures/helpdesks/zammad) and Zammad's templates render it. */
const task = (o: { id: string; name: string; userId: string; active: boolean; email?: 'text' | 'mailto'; key?: string }) => `
  <div id="content_permanent_${o.key ?? `Ticket-${o.id}`}" class="content horizontal flex ${o.active ? 'active' : 'hide'}" ${o.active ? '' : 'style="display: none"'}>
    <div class="ticketZoom">
      <div class="ticketZoom-header"><div class="ticket-title-update js-objectTitle" contenteditable="true">Charged twice</div></div>
      <div class="ticket-article">
        <div class="ticket-article-item customer" data-id="3301" id="article-3301">
          <div class="textBubble-content" id="article-content-3301"><div class="richtext-content"><div>Charged twice.</div></div></div>
          <div class="attachments attachments--list">
            <a class="attachment attachment--preview js-preview" href="/api/v1/ticket_attachment/${o.id}/3301/501?disposition=attachment" data-type="attachment" download>
              <div class="attachment-icon"><img src="/api/v1/ticket_attachment/${o.id}/3301/501?view=preview"></div>
              <span class="attachment-name">bank-statement.png</span><div class="attachment-size">67 KB</div></a>
            <div class="attachment attachment--row"><a class="attachment-name" href="/api/v1/ticket_attachment/${o.id}/3301/502" data-type="attachment" target="_blank">invoice.pdf</a></div>
          </div>
        </div>
        <div class="ticket-article-item agent is-internal" data-id="3304" id="article-3304">
          <div class="textBubble-content"><div class="richtext-content">Refund approved.</div></div>
          <div class="attachments"><a href="/api/v1/ticket_attachment/${o.id}/3304/509?disposition=attachment" data-type="attachment" download><span class="attachment-name">ledger.csv</span></a></div>
        </div>
      </div>
      <form class="article-add is-public" data-type="email">
        <div class="js-textarea richtext-content articleNewEdit-body" contenteditable="true" data-name="body"></div>
      </form>
      <div class="tabsSidebar">
        <div class="sidebar" data-tab="customer"><div class="sidebar-content">
          <div class="sidebar-block"><span class="avatar userInfo-avatar user-popover" data-id="${o.userId}">MC</span><h3 title="Name">${o.name}</h3></div>
          <div class="sidebar-block"><label>Email</label>${o.email === 'mailto' ? `<a href="mailto:${o.name.split(' ')[0]!.toLowerCase()}@example.com">x</a>` : `${o.name.split(' ')[0]!.toLowerCase()}@example.com`}</div>
          <div class="sidebar-block"><label>Note</label><div contenteditable="true" data-name="note"></div></div>
        </div></div>
      </div>
      <div class="attributeBar js-attributeBar"><form class="buttonDropdown"><button class="btn btn--primary js-submit">Update</button></form></div>
    </div>
  </div>`;

const adapter = createAdapter(zammad);
const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ...init });

describe('Zammad (classic UI) adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/#ticket/zoom/1245');
  });

  it('reads only the active task when several tickets are open (the hidden one first in the DOM)', () => {
    mount(task({ id: '1239', name: 'Vadim Petrov', userId: '38112', active: false }) + task({ id: '1245', name: 'Maya Chen', userId: '20731', active: true }), 'div', { id: 'app' });
    const root = adapter.root(document)!;
    expect(root.id).toBe('content_permanent_Ticket-1245');
    expect(adapter.degraded(root)).toBe(false);
    expect(adapter.ticket(document)?.id).toBe('1245');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya@example.com', userId: '20731' });
    // The composer, not the editable title or the sidebar note.
    expect(adapter.editors(root).map((e) => e.getAttribute('data-name'))).toEqual(['body']);
    expect(adapter.engineOf(adapter.editors(root)[0]!)).toBe('plain');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Update']);
  });

  it('takes the ticket id from the task key, the URL only for old numbered tasks', () => {
    mount(task({ id: '1245', name: 'Maya Chen', userId: '20731', active: true }));
    history.replaceState(null, '', '/#ticket/zoom/1245/3301');
    expect(adapter.ticket(document)?.id).toBe('1245');
    document.body.replaceChildren();
    mount(task({ id: '1245', name: 'Maya Chen', userId: '20731', active: true, key: '7' }));
    expect(adapter.ticket(document)?.id).toBe('1245');
    history.replaceState(null, '', '/#dashboard');
    expect(adapter.ticket(document)).toBeNull();
  });

  it("lists the customer's attachments (preview tiles and rows) by their names, never the agent's", () => {
    mount(task({ id: '1245', name: 'Maya Chen', userId: '20731', active: true, email: 'mailto' }));
    const root = adapter.root(document)!;
    expect(adapter.customer(root)?.email).toBe('maya@example.com');
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
    expect(adapter.customerAttachments(root).map((a) => [a.name, a.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice.pdf', 'document'],
    ]);
  });

  it('the "Confirm/submit" hotkey sends from anywhere: Ctrl+Enter, the old layout’s Ctrl+Shift+Enter and Ctrl+Alt+Enter; a line break does not', () => {
    expect(adapter.isSendShortcut(key({ ctrlKey: true }), false)).toBe(true);
    expect(adapter.isSendShortcut(key({ metaKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(key({ ctrlKey: true, shiftKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(key({ ctrlKey: true, altKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(key({ shiftKey: true }), true)).toBe(false);
    expect(adapter.isSendShortcut(key({}), true)).toBe(false);
  });

  it('degrades when the task hooks are renamed: body stands in, the visible editors are found generically', () => {
    mount(task({ id: '1245', name: 'Maya Chen', userId: '20731', active: true }).replace('content_permanent_Ticket-1245', 'task-1245'));
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('1245');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.customerAttachments(root)).toEqual([]);
    expect(adapter.editors(root).map((e) => e.getAttribute('data-name'))).toEqual(['body']);
  });

  it('degrades when the composer hook is renamed too: the visible editors are found generically, the hidden task’s are not, no customer', () => {
    const renamed = (html: string) => html.replace(/content_permanent_/g, 'task-').replace(/articleNewEdit-body/g, 'reply-body').replace(/article-add/g, 'reply-add');
    mount(renamed(task({ id: '1239', name: 'Vadim Petrov', userId: '38112', active: false }) + task({ id: '1245', name: 'Maya Chen', userId: '20731', active: true })), 'div', { id: 'app' });
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('1245');
    const editors = adapter.editors(root);
    expect(editors.length).toBeGreaterThan(0);
    // All from the task on screen: the hidden task is `display: none`.
    expect(editors.every((e) => e.closest('[id^="task-"]')?.id === 'task-Ticket-1245')).toBe(true);
    expect(editors.map((e) => e.getAttribute('data-name'))).toContain('body');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(() => adapter.sendControls(root)).not.toThrow();
  });
});
