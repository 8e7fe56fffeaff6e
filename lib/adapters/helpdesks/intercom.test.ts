import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { intercom } from './intercom';

const FILE = (name: string) => `/i/o/912345670/3f1c0e9a7b/${name}`;

/** A conversation view as the fixture (test/fixtures/helpdesks/intercom) renders it: 2026 Tailwind parts. */
const conversation = (o: { id: string; name: string; userId: string; hidden?: boolean }) => `
  <div class="ic-conversation" data-conversation-id="${o.id}" ${o.hidden ? 'style="display: none"' : ''}>
    <header data-intercom-target="conversation-toolbar"><h1 data-inbox-conversation-header-title=""><span>${o.name}</span></h1></header>
    <div data-testid="conversation-stream-scroll-container">
      <div class="flex w-full gap-2 group/content-part justify-start">
        <div class="ic-bubble"><div class="interblocks-html break-words"><p>Charged twice.</p></div>
          <div class="flex flex-col"><img class="ic-image" src="${FILE('bank-statement.png')}" alt="bank-statement.png">
          <a class="ic-file" href="${FILE(`invoice-${o.id}.pdf`)}" target="_blank">invoice-${o.id}.pdf</a></div></div>
      </div>
      <div class="flex w-full gap-2 group/content-part justify-end">
        <div class="ic-bubble ic-bubble-note"><div class="interblocks-html"><p>Refund approved.</p></div>
          <a class="ic-file" href="${FILE('ledger.csv')}">ledger.csv</a></div>
      </div>
    </div>
    <div data-conversation-reply-composer="">
      <div class="ic-editor"><div contenteditable="true" class="ProseMirror embercom-prosemirror-composer-editor" role="textbox"><p><br></p></div></div>
      <button type="button" data-intercom-target="conversation-reply-composer-send-button">Send</button>
    </div>
    <aside>
      <a href="/a/apps/k7t2x9qa/users/${o.userId}/all-conversations">${o.name}</a>
      <div class="attribute" data-attribute="Email"><span class="attribute__name">Email</span><span class="attribute__value-label">${o.name.split(' ')[0]!.toLowerCase()}@example.com</span></div>
    </aside>
  </div>`;

const adapter = createAdapter(intercom);

describe('Intercom adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/a/inbox/k7t2x9qa/inbox/shared/all/conversation/215467364118891');
  });

  it('reads the conversation the URL names, not the other one still mounted', () => {
    mount(conversation({ id: '215467364090412', name: 'Vadim Petrov', userId: '65f0c2d4e6a8b0c2d4e6f8a1', hidden: true }) + conversation({ id: '215467364118891', name: 'Maya Chen', userId: '6543a1b2c3d4e5f6a7b8c9d0' }));
    const root = adapter.root(document)!;
    expect(root.getAttribute('data-conversation-id')).toBe('215467364118891');
    expect(adapter.ticket(document)?.id).toBe('215467364118891');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya@example.com', userId: '6543a1b2c3d4e5f6a7b8c9d0' });
    const [editor] = adapter.editors(root);
    expect(editor?.classList.contains('embercom-prosemirror-composer-editor')).toBe(true);
    expect(adapter.engineOf(editor!)).toBe('prosemirror');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Send']);
  });

  it('tells 2026 Tailwind-only parts apart by alignment; images (no link) and files are attachments', () => {
    mount(conversation({ id: '215467364118891', name: 'Maya Chen', userId: '6543a1b2c3d4e5f6a7b8c9d0' }));
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
    const files = adapter.customerAttachments(root);
    expect(files.map((f) => [f.name, f.kind, f.element.tagName])).toEqual([
      ['bank-statement.png', 'image', 'IMG'],
      ['invoice-215467364118891.pdf', 'document', 'A'],
    ]);
    expect(files[0]!.url).toMatch(/\/i\/o\/912345670\/3f1c0e9a7b\/bank-statement\.png$/);
  });

  it('reads pre-2026 parts by their group category', () => {
    mount(`<div data-conversation-id="215467364118891"><div data-testid="conversation-stream-scroll-container">
      <div data-part-group-id="1" data-part-group-category="1"><div class="interblocks-html">Hi</div><a href="https://downloads.intercomcdn.com/i/o/1/ab/log.txt">log.txt</a></div>
      <div data-part-group-id="2" data-part-group-category="5"><div class="interblocks-html">Bot</div></div>
      <div data-part-group-id="3" data-part-group-category="3"><div class="interblocks-html">Agent</div></div>
    </div></div>`);
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent', 'agent']);
    expect(adapter.customerAttachments(root).map((a) => a.name)).toEqual(['log.txt']);
  });

  it('Ctrl/Cmd+Enter in the composer sends', () => {
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true }), true)).toBe(true);
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }), false)).toBe(false);
  });

  it('degrades to body and generic detection when the conversation hooks are gone', () => {
    mount('<div class="x1"><div contenteditable="true" class="ProseMirror"><p>Hi</p></div></div>');
    const root = adapter.root(document)!;
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.editors(root)).toHaveLength(1);
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.ticket(document)?.id).toBe('215467364118891');
  });

  it('degrades when the conversation page is renamed: body stands in, the visible composer is found generically, no customer or parts', () => {
    const renamed = (html: string) =>
      html
        .replace(/data-conversation-id=/g, 'data-entity-id=')
        .replace(/data-conversation-reply-composer=""/g, 'data-reply=""')
        .replace(/embercom-prosemirror-composer-editor/g, 'composer-v2')
        .replace(/data-intercom-target="[^"]*"/g, '')
        .replace(/group\/content-part/g, 'group/part');
    mount(renamed(conversation({ id: '215467364090412', name: 'Vadim Petrov', userId: '65f0c2d4e6a8b0c2d4e6f8a1', hidden: true }) + conversation({ id: '215467364118891', name: 'Maya Chen', userId: '6543a1b2c3d4e5f6a7b8c9d0' })));
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('215467364118891');
    const editors = adapter.editors(root);
    expect(editors).toHaveLength(1);
    expect(editors[0]!.closest('[data-entity-id]')?.getAttribute('data-entity-id')).toBe('215467364118891');
    expect(adapter.engineOf(editors[0]!)).toBe('prosemirror');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(adapter.customerAttachments(root)).toEqual([]);
    expect(adapter.sendControls(root)).toEqual([]);
  });
});
