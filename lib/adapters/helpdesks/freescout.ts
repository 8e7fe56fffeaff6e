import type { AdapterDefinition } from '../contract';
import { readValue } from '../query';

/**
 * FreeScout (`https://{host}/conversation/{id}?folder_id={folder}`; self-hosted only: an admin adds
 * the site and picks this adapter). Read from FreeScout's own source (Blade templates and
 * `public/js/main.js`, ../shared/research/helpdesk-dom.md §7):
 * - a full page per conversation (no other conversation mounted); `<body data-conversation_id>`
 *   names it, the URL too; `#conv-layout` holds the header, the reply form, the customer sidebar and
 *   the threads;
 * - editor: Summernote over `textarea#body`; `.note-editable` inside `.conv-reply-body`. The reply
 *   block is `.hidden` until Reply (`.conv-reply`) or Note is clicked (opened on load in chat mode);
 * - send: `.btn-reply-submit` (Send Reply, Add Note, Forward), whose toolbar FreeScout moves into
 *   Summernote's `.note-statusbar` at init. In chat mode (`body.chat-mode`) Enter without Shift in
 *   the focused `.note-editable` sends (Shift+Enter is the line break); outside chat mode there is
 *   no send key (Summernote's Ctrl+Enter inserts a horizontal rule);
 * - customer: `#conv-layout-customer .customer-snippet`: `a.customer-name` (its href
 *   `/customers/{id}/edit` gives the id) and `li.customer-email a.contact-main`, the conversation's
 *   address first;
 * - threads: `.thread[data-thread_id]` typed `thread-type-customer`/`-message`/`-note`/`-lineitem`/
 *   `-draft`; attachments `.thread-attachments li[data-attachment-id][data-mime]`, a
 *   `a.attachment-link[target=_blank]` to `/storage/attachment/…/{file}?id=&token=` and a download icon.
 */
export const freescout: AdapterDefinition = {
  id: 'freescout',
  name: 'FreeScout',
  hosts: [],
  pathPattern: '^/conversation/\\d+',
  engine: 'summernote',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: '#conv-layout',
    ticketUrlPattern: '/conversation/(\\d+)',
    editor: '.conv-reply-body .note-editable[contenteditable="true"], .note-editor .note-editable[contenteditable="true"]',
    sendButton: '.btn-reply-submit',
    customerName: '#conv-layout-customer .customer-snippet a.customer-name, #conv-layout-customer .customer-name',
    customerEmail: '#conv-layout-customer .customer-snippet li.customer-email .contact-main, #conv-layout-customer li.customer-email a',
    customerId: '#conv-layout-customer a.customer-name @href',
    message: '#conv-layout-main .thread[data-thread_id], #conv-layout-main .thread[id^="thread-"]',
    customerMessage: '.thread-type-customer',
    agentMessage: '.thread-type-message, .thread-type-note',
    messageBody: '.thread-content, .thread-body',
    attachment: '.thread-attachments li[data-attachment-id], .thread-attachments li:has(> a.attachment-link)',
    attachmentName: 'a.attachment-link',
    attachmentKind: '@data-mime',
  },
  sendShortcuts: [{ key: 'Enter', inEditor: true, when: 'body.chat-mode' }],
  override: {
    // The conversation the page is: the body says, as FreeScout's own scripts read it.
    ticket(doc, fallback) {
      const id = doc.body?.getAttribute('data-conversation_id');
      const found = fallback();
      if (id && /^\d+$/.test(id) && found) return { ...found, id };
      return found;
    },
    customer(root, fallback) {
      const found = fallback();
      if (!found) return null;
      const href = found.userId ?? readValue(root, '#conv-layout-customer a.customer-name @href');
      return { ...found, userId: href ? /\/customers\/(\d+)/.exec(href)?.[1] ?? null : null };
    },
  },
};
