import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { freescout } from './freescout';

/** A conversation page as the fixture (test/fixtures/helpdesks/freescout) and FreeScout's templates render it. */
const page = (o: { replyOpen: boolean }) => `
  <div id="conv-layout" class="conv-type-chat">
    <div id="conv-layout-header">
      <div id="conv-toolbar"><span class="conv-reply conv-action" aria-label="Reply" role="button"></span></div>
      <div id="conv-subject">
        <div class="conv-block conv-reply-block conv-action-block${o.replyOpen ? '' : ' hidden'}" ${o.replyOpen ? '' : 'style="display: none"'}>
          <form class="form-horizontal form-reply"><div class="form-group conv-reply-body">
            <textarea id="body" name="body" style="display: none"></textarea>
            <div class="note-editor note-frame"><div class="note-editing-area"><div class="note-editable" contenteditable="true" role="textbox"><p><br></p></div></div>
              <div class="note-statusbar note-statusbar-toolbar"><div class="btn-group btn-group-send"><button type="button" class="btn btn-primary btn-reply-submit btn-send-text">Send Reply</button></div></div>
            </div>
          </div></form>
          <div id="editor_bottom_toolbar" style="display:none"><button type="button" class="btn btn-primary btn-reply-submit btn-send-text">Send Reply</button></div>
        </div>
      </div>
    </div>
    <div id="conv-layout-customer"><div class="customer-snippet">
      <a href="/customers/20731/edit" class="customer-name">Maya Chen</a>
      <ul class="customer-contacts"><li class="customer-email"><a href="#" class="contact-main">maya.chen@example.com</a></li><li class="customer-email"><a href="#" class="contact-main">maya@chen-okafor.example</a></li></ul>
    </div></div>
    <div id="conv-layout-main">
      <div class="thread thread-type-note" id="thread-9925" data-thread_id="9925"><div class="thread-content">Refund approved.</div>
        <div class="thread-attachments"><ul><li data-attachment-id="1530" data-mime="text/csv"><a href="/storage/attachment/1/5/3/0/ledger.csv?id=1530&token=a" class="attachment-link" target="_blank">ledger.csv</a></li></ul></div></div>
      <div class="thread thread-type-customer" id="thread-9921" data-thread_id="9921"><div class="thread-content">Charged twice.</div>
        <div class="thread-attachments"><ul>
          <li data-attachment-id="1521" data-mime="image/png"><a href="/storage/attachment/1/5/2/1/bank-statement.png?id=1521&token=b" class="attachment-link" target="_blank">bank-statement.png</a><a href="/storage/attachment/1/5/2/1/bank-statement.png?id=1521&token=b" download>↓</a></li>
          <li data-attachment-id="1522" data-mime="application/pdf"><a href="/storage/attachment/1/5/2/2/invoice.pdf?id=1522&token=c" class="attachment-link" target="_blank">invoice.pdf</a></li>
        </ul></div></div>
    </div>
  </div>`;

const adapter = createAdapter(freescout);
const enter = (target: EventTarget, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, ...init });
  target.dispatchEvent(e);
  return e;
};

describe('FreeScout adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.body.className = 'body-conv';
    document.body.setAttribute('data-conversation_id', '4818');
    history.replaceState(null, '', '/conversation/4818?folder_id=3');
  });

  it('reads the conversation, its customer (the conversation’s email first) and the reply editor once the form is open', () => {
    mount(page({ replyOpen: true }));
    const root = adapter.root(document)!;
    expect(root.id).toBe('conv-layout');
    expect(adapter.ticket(document)?.id).toBe('4818');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya.chen@example.com', userId: '20731' });
    const [editor] = adapter.editors(root);
    expect(editor?.classList.contains('note-editable')).toBe(true);
    expect(adapter.engineOf(editor!)).toBe('summernote');
    // The status-bar copy and the hidden original: both are FreeScout's send buttons.
    expect(adapter.sendControls(root)).toHaveLength(2);
  });

  it('has no editor while the reply block is hidden (until Reply)', () => {
    mount(page({ replyOpen: false }));
    expect(adapter.editors(adapter.root(document)!)).toEqual([]);
  });

  it("lists the customer's thread attachments by name and MIME type, not the note's", () => {
    mount(page({ replyOpen: true }));
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['agent', 'customer']);
    expect(adapter.customerAttachments(root).map((a) => [a.key, a.name, a.kind])).toEqual([
      ['id:1521', 'bank-statement.png', 'image'],
      ['id:1522', 'invoice.pdf', 'document'],
    ]);
  });

  it('Enter in the editor sends only in chat mode; Shift+Enter and Ctrl+Enter never', () => {
    mount(page({ replyOpen: true }));
    const editor = adapter.editors(adapter.root(document)!)[0]!;
    const seen: boolean[] = [];
    editor.addEventListener('keydown', (e) => seen.push(adapter.isSendShortcut(e as KeyboardEvent, true)));
    enter(editor);
    document.body.classList.add('chat-mode');
    enter(editor);
    enter(editor, { shiftKey: true });
    enter(editor, { ctrlKey: true });
    expect(seen).toEqual([false, true, false, false]);
    // Outside an editor it is just Enter.
    expect(adapter.isSendShortcut(new KeyboardEvent('keydown', { key: 'Enter' }), false)).toBe(false);
  });

  it('degrades when the page’s hooks are renamed: body stands in, Summernote’s editor is still found', () => {
    mount(page({ replyOpen: true }).replace('id="conv-layout"', 'id="conversation"'));
    const root = adapter.root(document)!;
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('4818');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.editors(root)).toHaveLength(1);
  });
});
