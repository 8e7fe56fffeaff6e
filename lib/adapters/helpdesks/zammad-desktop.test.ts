import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { nameFromAvatarLabel, zammadDesktop } from './zammad-desktop';

/** A ticket view as the fixture (test/fixtures/helpdesks/zammad-desktop) and Zammad's Vue components render it. */
const view = (o: { name: string; userId: string; hidden?: boolean; bodyClasses?: boolean; replying?: boolean }) => `
  <div class="flex h-full max-h-screen flex-col" ${o.hidden ? 'style="display: none"' : ''}>
    <div class="grid h-full">
      <main><div data-test-id="layout-wrapper" class="flex h-full grow flex-col">
        <div data-test-id="visible-ticket-detail-top-bar"><span data-test-id="common-avatar" role="img" aria-label="Avatar (${o.name})">MC</span></div>
        <section role="feed">
          <article id="article-1"><div data-test-id="article-bubble-container-3301" class="group/article relative">
            <span data-test-id="common-avatar" role="img" aria-label="Avatar (${o.name})">MC</span>
            <div data-test-id="article-bubble-body-3301" class="${o.bodyClasses === false ? '' : 'bg-blue-100'}"><p>Charged twice.</p></div>
            <footer>
              <div class="group/file-preview flex w-full items-center gap-2">
                <button><img src="/api/v1/attachments/501?preview=1" alt="Image of bank-statement.png"></button>
                <a href="/api/v1/attachments/501?disposition=attachment" download="bank-statement.png"><div><span class="line-clamp-1">bank-statement.png</span><span class="line-clamp-1">67 KB</span></div></a>
              </div>
              <div class="group/file-preview flex w-full items-center gap-2">
                <a href="/api/v1/attachments/502" target="_blank"><div><span class="line-clamp-1">invoice.pdf</span><span class="line-clamp-1">2 KB</span></div></a>
              </div>
            </footer>
          </div></article>
          <article id="article-2"><div data-test-id="article-bubble-container-3304" class="group/article relative">
            <span data-test-id="common-avatar" role="img" aria-label="Avatar (Alex Morozov)">AM</span>
            <div data-test-id="article-bubble-body-3304" class="${o.bodyClasses === false ? '' : 'bg-neutral-100'}"><p>Refund approved.</p></div>
          </div></article>
        </section>
        ${o.replying === false ? '<button>Add reply</button>' : '<div data-test-id="field-editor"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" name="body"><p></p></div></div>'}
      </div></main>
      <aside id="content-sidebar" aria-label="Content sidebar">
        <span data-test-id="common-avatar" role="img" aria-label="Avatar (${o.name}) (VIP)">MC</span><div><span>${o.name}</span></div>
        <a href="mailto:${o.name.split(' ')[0]!.toLowerCase()}@example.com">email</a>
        <a href="/desktop/users/${o.userId}">View customer</a>
      </aside>
    </div>
    <div class="bottom-bar">
      <button type="button" class="btn-lg text-base bg-yellow-300">Update</button>
      <button type="button" class="btn-lg text-base bg-yellow-300" aria-label="Additional ticket edit actions" aria-haspopup="menu">▴</button>
    </div>
  </div>`;

const adapter = createAdapter(zammadDesktop);

describe('Zammad desktop UI adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/desktop/tickets/1245');
  });

  it('reads the ticket view on screen (another one kept mounted but hidden), its customer from the sidebar avatar, the TipTap editor and Update', () => {
    mount(view({ name: 'Vadim Petrov', userId: '38112', hidden: true }) + view({ name: 'Maya Chen', userId: '20731' }), 'div', { id: 'main-content' });
    const root = adapter.root(document)!;
    expect(root.matches('.max-h-screen')).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('1245');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya@example.com', userId: '20731' });
    const [editor] = adapter.editors(root);
    expect(editor?.getAttribute('name')).toBe('body');
    expect(adapter.engineOf(editor!)).toBe('prosemirror');
    // Update, not its split-menu addon.
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Update']);
  });

  it('finds no editor until a reply is started', () => {
    mount(view({ name: 'Maya Chen', userId: '20731', replying: false }));
    expect(adapter.editors(adapter.root(document)!)).toEqual([]);
  });

  it("lists the customer's attachments (preview rows with their download or new-tab links) by name", () => {
    mount(view({ name: 'Maya Chen', userId: '20731' }));
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
    const files = adapter.customerAttachments(root);
    expect(files.map((a) => [a.name, a.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice.pdf', 'document'],
    ]);
    // The row's link is what Tact marks; the preview button's viewer shows the same file URL.
    expect(files.map((a) => [a.element.tagName, new URL(a.url!).pathname])).toEqual([
      ['A', '/api/v1/attachments/501'],
      ['A', '/api/v1/attachments/502'],
    ]);
  });

  it('tells customers from agents by the bubble’s avatar when the bubble colours change', () => {
    mount(view({ name: 'Maya Chen', userId: '20731', bodyClasses: false }));
    expect(adapter.messages(adapter.root(document)!).map((m) => m.author)).toEqual(['customer', 'agent']);
  });

  it('has no send key: Ctrl+Enter is a hard break in TipTap, Enter a new paragraph', () => {
    for (const init of [{ ctrlKey: true }, { metaKey: true }, {}, { shiftKey: true }]) {
      expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter', ...init }), true)).toBe(false);
    }
  });

  it('reads the name in an avatar label, whatever the word "Avatar" is translated to', () => {
    expect(nameFromAvatarLabel('Avatar (Maya Chen)')).toBe('Maya Chen');
    expect(nameFromAvatarLabel('Аватар (Вадим Петров) (VIP)')).toBe('Вадим Петров');
    expect(nameFromAvatarLabel('Avatar with initials MC')).toBeNull();
    expect(nameFromAvatarLabel(null)).toBeNull();
  });

  it('degrades when the layout and editor hooks are renamed: body stands in, the visible TipTap editor is found generically, no customer', () => {
    const renamed = (html: string) => html.replace(/data-test-id="layout-wrapper"/g, 'data-test-id="ticket-layout"').replace(/data-test-id="field-editor"/g, 'data-test-id="reply-body"');
    mount(renamed(view({ name: 'Vadim Petrov', userId: '38112', hidden: true }) + view({ name: 'Maya Chen', userId: '20731' })), 'div', { id: 'main-content' });
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('1245');
    // Only the view on screen: the other one is `display: none`.
    const editors = adapter.editors(root);
    expect(editors).toHaveLength(1);
    expect(editors[0]!.getAttribute('name')).toBe('body');
    expect(editors[0]!.closest('[style]')).toBeNull();
    expect(adapter.engineOf(editors[0]!)).toBe('prosemirror');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(adapter.customerAttachments(root)).toEqual([]);
    expect(() => adapter.sendControls(root)).not.toThrow();
  });
});
