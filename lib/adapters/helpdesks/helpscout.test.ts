import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { helpscout } from './helpscout';

/** A conversation page as the fixture (test/fixtures/helpdesks/helpscout) renders it, Reply open. */
const page = (o: { id: string; name: string; customerId: string; hidden?: boolean; reply?: boolean }) => `
  <div class="c-conversation" data-cy="ConversationView" data-conversation-id="${o.id}" ${o.hidden ? 'hidden' : ''}>
    <main>
      <h1 aria-label="Conversation Subject">Charged twice</h1>
      <div data-cy="ConversationHeader.Actions"><button data-cy="reply-button">Reply</button></div>
      ${o.reply === false ? '' : `<section data-cy="ConvoEditor" data-testid="reply-editor">
        <div data-slate-editor="true" data-slate-node="value" contenteditable="true" role="textbox" aria-label="Reply Editor">
          <div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>
        </div>
        <button data-cy="SendButton">Send</button>
      </section>`}
      <ol aria-label="Thread Items" data-testid="ThreadContainer">
        <li><div id="thread-25618440" class="c-thread is-note"><span data-nocollapse="true">Alex Morozov</span><div class="c-thread-content"><p>Refund approved.</p></div></div></li>
        <li><div id="thread-25618441" class="c-thread is-customer"><span data-nocollapse="true">${o.name}</span>
          <div class="c-thread-content"><p>Charged twice.</p></div>
          <ul class="c-attachments"><li class="c-attachment"><a data-cy="ThreadAttachment" href="/file/600311870/c0ffee12ab/bank-statement.png">bank-statement.png</a><span>67 KB</span></li>
          <li class="c-attachment"><a data-cy="ThreadAttachment" href="/file/600311871/9d8e7f6a5b/invoice-${o.id}.pdf" target="_blank">invoice-${o.id}.pdf</a></li></ul>
        </div></li>
      </ol>
    </main>
    <aside class="c-conversation-sidebar" data-cy="customer-sidebar">
      <a class="c-customer-name" data-cy="CustomerName" href="/customer/${o.customerId}/">${o.name}</a>
      <a href="mailto:${o.name.split(' ')[0]!.toLowerCase()}@example.com">${o.name.split(' ')[0]!.toLowerCase()}@example.com</a>
    </aside>
  </div>`;

const adapter = createAdapter(helpscout);

describe('Help Scout adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/conversation/2561849073/8123/?folderId=7731904');
  });

  it('reads the conversation the URL names (its id, not the number agents see), not the other one mounted', () => {
    mount(page({ id: '2561790335', name: 'Vadim Petrov', customerId: '418790652', hidden: true }) + page({ id: '2561849073', name: 'Maya Chen', customerId: '418820117' }));
    const root = adapter.root(document)!;
    expect(root.getAttribute('data-conversation-id')).toBe('2561849073');
    expect(adapter.ticket(document)?.id).toBe('2561849073');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya@example.com', userId: '418820117' });
    const [editor] = adapter.editors(root);
    expect(editor?.getAttribute('aria-label')).toBe('Reply Editor');
    expect(adapter.engineOf(editor!)).toBe('slate');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Send']);
  });

  it("lists the customer's thread attachments, not the note's", () => {
    mount(page({ id: '2561849073', name: 'Maya Chen', customerId: '418820117' }));
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['agent', 'customer']);
    expect(adapter.customerAttachments(root).map((a) => [a.name, a.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice-2561849073.pdf', 'document'],
    ]);
  });

  it('has no editor until Reply is clicked (it mounts later)', () => {
    mount(page({ id: '2561849073', name: 'Maya Chen', customerId: '418820117', reply: false }));
    expect(adapter.editors(adapter.root(document)!)).toEqual([]);
  });

  it('reads the 2023–24 thread markup too', () => {
    mount(`<div data-cy="ConversationView" data-conversation-id="2561849073">
      <article class="thread customer" id="thread-1"><section class="js-thread-content"><section class="messageBody">Hi</section></section></article>
      <article class="thread" id="thread-2"><section class="messageBody">Hello</section></article></div>`);
    expect(adapter.messages(adapter.root(document)!).map((m) => m.author)).toEqual(['customer', 'agent']);
  });

  it('degrades when every hook is renamed: body stands in, the visible reply editor is found generically, no customer or thread, the URL still names the conversation', () => {
    const renamed = (html: string) =>
      html
        .replace(/data-cy=/g, 'data-qa=')
        .replace(/data-testid=/g, 'data-test=')
        .replace(/data-conversation-id=/g, 'data-entity-id=')
        .replace(/c-conversation/g, 'hs-view')
        .replace(/data-slate-editor="true"/g, 'data-editor-root="true"')
        .replace(/aria-label="Reply Editor"/g, 'aria-label="Message"');
    mount(renamed(page({ id: '2561790335', name: 'Vadim Petrov', customerId: '418790652', hidden: true }) + page({ id: '2561849073', name: 'Maya Chen', customerId: '418820117' })));
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('2561849073');
    // Only the conversation on screen: the other one is `hidden`.
    const editors = adapter.editors(root);
    expect(editors).toHaveLength(1);
    expect(editors[0]!.closest('[data-entity-id]')?.getAttribute('data-entity-id')).toBe('2561849073');
    expect(adapter.engineOf(editors[0]!)).toBe('slate');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(adapter.customerAttachments(root)).toEqual([]);
    expect(adapter.sendControls(root)).toEqual([]);
  });
});
