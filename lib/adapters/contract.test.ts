import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../test/support/dom';
import { attachmentKind } from './attachment-kind';
import { createAdapter } from './create';
import { demo } from './helpdesks/demo';
import { generic } from './helpdesks/generic';

const TICKET = (id: string, active: boolean, name: string) => `
  <section class="dd-ticket" data-ticket-id="${id}" data-active="${active}" ${active ? '' : 'hidden'}>
    <div class="dd-requester" data-user-id="u-${id}"><span class="dd-requester-name"> ${name} </span>
      <a class="dd-requester-email" href="mailto:${name.split(' ')[0]!.toLowerCase()}@example.com?subject=x">mail</a></div>
    <ol class="dd-thread">
      <li class="dd-message" data-author="customer" data-message-id="m1"><div class="dd-message-body">Video attached</div>
        <ul class="dd-attachments">
          <li class="dd-attachment" data-kind="video" data-name="bug.webm"><a class="dd-attachment-link" href="/files/bug.webm">bug.webm</a></li>
          <li class="dd-attachment" data-name="invoice.pdf"><a class="dd-attachment-link" href="/files/invoice.pdf">invoice.pdf</a></li>
        </ul></li>
      <li class="dd-message" data-author="agent" data-message-id="m2"><div class="dd-message-body">Our guide</div>
        <ul class="dd-attachments"><li class="dd-attachment" data-kind="document" data-name="guide.pdf"><a class="dd-attachment-link" href="/files/guide.pdf">guide.pdf</a></li></ul></li>
    </ol>
    <form class="dd-reply"><textarea class="dd-reply-textarea">Hi</textarea><button class="dd-send" type="submit">Send</button></form>
  </section>`;

describe('selector-driven adapter (demo helpdesk)', () => {
  const adapter = createAdapter(demo);
  beforeEach(() => {
    document.body.replaceChildren();
    location.hash = '#/tickets/2002';
    mount(TICKET('1001', false, 'Maya Chen') + TICKET('2002', true, 'Vadim Petrov'));
  });

  it('reads only the active ticket when several are mounted', () => {
    const root = adapter.root(document)!;
    expect(root.getAttribute('data-ticket-id')).toBe('2002');
    expect(adapter.ticket(document)).toEqual({ id: '2002', url: location.href });
    expect(adapter.customer(root)).toEqual({ name: 'Vadim Petrov', email: 'vadim@example.com', userId: 'u-2002' });
  });

  it("lists the customer's attachments with kinds, never the agent's", () => {
    const root = adapter.root(document)!;
    const files = adapter.customerAttachments(root);
    expect(files.map((f) => [f.name, f.kind])).toEqual([
      ['bug.webm', 'video'],
      ['invoice.pdf', 'document'],
    ]);
    expect(files[0]!.element.tagName).toBe('A');
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
  });

  it('finds the editor and the send control inside the active ticket', () => {
    const root = adapter.root(document)!;
    expect(adapter.editors(root)).toHaveLength(1);
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Send']);
    expect(adapter.engineOf(adapter.editors(root)[0]!)).toBe('textarea');
  });

  it('recognises Ctrl/Cmd+Enter as a send only in the editor', () => {
    const e = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true });
    expect(adapter.isSendShortcut(e, true)).toBe(true);
    expect(adapter.isSendShortcut(e, false)).toBe(false);
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter' }), true)).toBe(false);
  });

  it('lets an admin override a selector, and a broken one finds nothing instead of throwing', () => {
    const custom = createAdapter(demo, { customerName: '.dd-requester-email', sendButton: 'button[[' });
    const root = custom.root(document)!;
    expect(custom.customer(root)?.name).toBe('mail');
    expect(custom.sendControls(root)).toEqual([]);
  });

  it('degrades to nothing when the helpdesk DOM changed', () => {
    document.body.replaceChildren();
    mount('<main><div contenteditable="true">Hi</div></main>');
    expect(adapter.root(document)).toBeNull();
    expect(adapter.ticket(document)).toEqual({ id: '2002', url: location.href });
  });
});

describe('generic adapter', () => {
  it('takes any editable as an editor, outermost only, and the URL as the ticket', () => {
    document.body.replaceChildren();
    location.hash = '#/inbox/5';
    mount('<div contenteditable="true"><p contenteditable="true">nested</p></div><textarea></textarea><textarea readonly></textarea>');
    const adapter = createAdapter(generic);
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.editors(root).map((e) => e.tagName)).toEqual(['DIV', 'TEXTAREA']);
    expect(adapter.ticket(document)?.id).toBe(`${location.pathname}#/inbox/5`);
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.customerAttachments(root)).toEqual([]);
  });
});

describe('attachmentKind', () => {
  it.each([
    ['video', 'x.bin', 'video'],
    ['image/png', null, 'image'],
    ['application/pdf', null, 'document'],
    [null, 'Screen Recording 2024.MOV', 'video'],
    [null, 'logs.tar.gz', 'archive'],
    [null, '/attachments/token/abc/?name=voice.ogg', 'audio'],
    [null, 'README', 'other'],
  ] as const)('%s %s → %s', (declared, name, kind) => {
    expect(attachmentKind(declared, name)).toBe(kind);
  });
});
