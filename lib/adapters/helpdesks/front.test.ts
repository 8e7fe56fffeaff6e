import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '../../../test/support/dom';
import { createAdapter } from '../create';
import { front } from './front';

const sc = (name: string) => `${name}-sc-1a2b3c-0 kXyZab`;
const TILE = (hash: string, name: string, image: boolean) => `
  <div data-testid="attachment-base-${hash}" class="${sc('attachmentBase__StyledAttachmentBase')}" role="button" tabindex="0">
    ${image ? `<img src="/api/1/companies/acme/attachments/${hash}?action=thumbnail&filename=${name}">` : '<span>PDF</span>'}
    <div class="${sc('attachmentBase__StyledNameDiv')}">${name}</div><div>67 KB</div>
  </div>`;

/** A conversation panel as the fixture (test/fixtures/helpdesks/front) renders it. */
const panel = (o: { name: string; email: string; hidden?: boolean; pdf: string }) => `
  <div data-testid="conversation" class="${sc('conversation__StyledConversation')}" ${o.hidden ? 'style="display: none"' : ''}>
    <div class="${sc('conversationTopbar__StyledConversationTopbar')}"><div class="${sc('conversationSubjectWrapper__StyledSubjectContainerDiv')}"><div><span>Charged twice</span></div></div></div>
    <div class="${sc('messageViewer__StyledMessageViewer')}" data-testid="inbound-message">
      <div class="${sc('messageViewerRecipient__StyledDetailsWrapperDiv')}"><div>${o.name}</div><div>${o.email} to Billing</div></div>
      <div class="${sc('messageViewerBody__StyledBody')}"><p>Charged twice.</p></div>
      <div>${TILE('1a2b3c4d', 'bank-statement.png', true)}${TILE('5e6f7a8b', o.pdf, false)}</div>
    </div>
    <div class="${sc('messageViewer__StyledMessageViewer')}" data-testid="comment">
      <div class="${sc('messageViewerRecipient__StyledDetailsWrapperDiv')}"><div>Alex Morozov</div><div>Comment</div></div>
      ${TILE('9c0d1e2f', 'ledger.csv', false)}
    </div>
    <div class="${sc('composer__StyledComposer')}">
      <div class="${sc('composerEditor__StyledEditorContent')}" contenteditable="true" role="textbox"></div>
      <button data-testid="composer-send-button">Send</button>
    </div>
  </div>`;

const adapter = createAdapter(front);

describe('Front adapter', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/inboxes/teammates/4417/inbox/all/21718549321');
  });

  it('reads the conversation on screen (Front keeps others mounted), its id from the URL', () => {
    mount(panel({ name: 'Vadim Petrov', email: 'vadim.petrov@example.com', hidden: true, pdf: 'other.pdf' }) + panel({ name: 'Maya Chen', email: 'maya.chen@example.com', pdf: 'invoice.pdf' }));
    const root = adapter.root(document)!;
    expect(adapter.ticket(document)?.id).toBe('21718549321');
    expect(adapter.customer(root)).toEqual({ name: 'Maya Chen', email: 'maya.chen@example.com', userId: null });
    const [editor] = adapter.editors(root);
    expect(editor?.getAttribute('role')).toBe('textbox');
    expect(adapter.engineOf(editor!)).toBe('plain');
    expect(adapter.sendControls(root).map((b) => b.textContent)).toEqual(['Send']);
  });

  it("lists the inbound message's attachment tiles by name, not the comment's", () => {
    mount(panel({ name: 'Maya Chen', email: 'maya.chen@example.com', pdf: 'invoice.pdf' }));
    const root = adapter.root(document)!;
    expect(adapter.messages(root).map((m) => m.author)).toEqual(['customer', 'agent']);
    const files = adapter.customerAttachments(root);
    expect(files.map((f) => [f.name, f.kind])).toEqual([
      ['bank-statement.png', 'image'],
      ['invoice.pdf', 'document'],
    ]);
    // The tile itself is what opens Front's viewer.
    expect(files[1]!.element.getAttribute('role')).toBe('button');
  });

  it('finds a composer it does not know through generic detection in the conversation', () => {
    mount(panel({ name: 'Maya Chen', email: 'maya.chen@example.com', pdf: 'invoice.pdf' }).replace(/composer(Editor)?__Styled\w+/g, 'x__Y'));
    expect(adapter.editors(adapter.root(document)!)).toHaveLength(1);
  });

  it('degrades when the conversation hook and the styled-component names change: body stands in, the visible composer is found generically, no customer', () => {
    const renamed = (html: string) => html.replace(/data-testid="[^"]*"/g, 'data-qa="x"').replace(/class="[^"]*"/g, 'class="css-1q2w3e"');
    mount(renamed(panel({ name: 'Vadim Petrov', email: 'vadim.petrov@example.com', hidden: true, pdf: 'other.pdf' }) + panel({ name: 'Maya Chen', email: 'maya.chen@example.com', pdf: 'invoice.pdf' })));
    const root = adapter.root(document)!;
    expect(root).toBe(document.body);
    expect(adapter.degraded(root)).toBe(true);
    expect(adapter.ticket(document)?.id).toBe('21718549321');
    // Only the conversation on screen: the other one is `display: none`.
    const editors = adapter.editors(root);
    expect(editors).toHaveLength(1);
    expect(editors[0]!.getAttribute('role')).toBe('textbox');
    expect(editors[0]!.closest('[style]')).toBeNull();
    expect(adapter.engineOf(editors[0]!)).toBe('plain');
    expect(adapter.customer(root)).toBeNull();
    expect(adapter.messages(root)).toEqual([]);
    expect(adapter.customerAttachments(root)).toEqual([]);
    expect(adapter.sendControls(root)).toEqual([]);
  });
});
