import type { AdapterDefinition, CustomerInfo } from '../contract';
import { cleanText, queryAll, readValue } from '../query';

const EMAIL = /[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+/;

/** A sidebar block's value: its text without its label. */
function valueOf(block: Element): string {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest('label')) out += ` ${n.nodeValue ?? ''}`;
  return cleanText(out);
}

/** The sidebar's customer widget (`widget/user.jst.eco`), whichever sidebar tab is open. */
const CUSTOMER = '.sidebar[data-tab="customer"]';

/**
 * Zammad, classic UI (`https://{host}/#ticket/zoom/{id}`; hosted on `*.zammad.com`, mostly
 * self-hosted: an admin adds the site and picks this adapter). Read from Zammad's own source
 * (../shared/research/helpdesk-dom.md §6):
 * - every open task stays mounted as `#content_permanent_{key}` (key `Ticket-{id}`; numbered in old
 *   versions); the one on screen has `.active`, the others `.hide`/`display: none`
 *   (`lib/app_post/task_manager.coffee`). The ticket id is the task key's, else the URL's;
 * - editor: `.articleNewEdit-body[contenteditable][data-name="body"]` in `form.article-add`, plain
 *   contenteditable behind Zammad's own jQuery wrapper (`jquery.contenteditable.js`), which owns paste
 *   and the formatting hotkeys (Ctrl+Shift+Z inserts a horizontal rule; undo stays the browser's);
 * - send: the ticket's Update button `.js-attributeBar .js-submit`; the "Confirm/submit" hotkey,
 *   anywhere in the page, inputs included (`_plugin/keyboard_shortcuts.coffee`): Ctrl+Enter in the
 *   default layout, Ctrl+Shift+Enter in the old one (Ctrl+Alt+Enter on macOS). Zammad 6.0–6.3 used
 *   Shift+Enter, which later became a line break: left out, so a line break is never held;
 * - customer: the customer sidebar tab's user widget: `h3` (title "Name", translated) and labelled
 *   blocks; the email as a `mailto:` link or a block whose text is an address; the user id from the
 *   avatar's `data-id` [inf: Zammad avatars carry it for user popovers];
 * - articles: `.ticket-article-item[data-id]` classed by sender (`customer`, `agent`, `system`);
 *   attachments `a[data-type="attachment"]` to `/api/v1/ticket_attachment/{ticket}/{article}/{id}`:
 *   images open the image preview, PDFs a new tab, other files download.
 */
export const zammad: AdapterDefinition = {
  id: 'zammad',
  name: 'Zammad',
  family: 'zammad',
  hosts: ['https://*.zammad.com/*'],
  // Not the new desktop or mobile apps (served from the same host, also under a sub-path).
  pathPattern: '^(?!.*/(?:desktop|mobile)/)',
  engine: 'plain',
  fallbackRoot: 'body',
  selectors: {
    ticketRoot: '[id^="content_permanent_"]',
    activeTicketRoot: '[id^="content_permanent_"].active',
    ticketUrlPattern: '#ticket/zoom/(\\d+)',
    editor: [
      '.article-add .articleNewEdit-body[contenteditable="true"][data-name="body"]',
      '.articleNewEdit-body[contenteditable="true"]',
      '.article-add [contenteditable="true"][data-name="body"]',
    ].join(', '),
    sendButton: '.js-attributeBar .js-submit, .attributeBar .js-submit',
    customerName: `${CUSTOMER} .sidebar-block h3, ${CUSTOMER} [title="Name"]`,
    customerEmail: `${CUSTOMER} a[href^="mailto:"] @href`,
    customerId: `${CUSTOMER} .sidebar-block [data-id] @data-id`,
    message: '.ticket-article-item',
    customerMessage: '.ticket-article-item.customer',
    agentMessage: '.ticket-article-item.agent, .ticket-article-item.system',
    messageBody: '.textBubble-content .richtext-content, .textBubble-content',
    attachment: '.attachments a[data-type="attachment"], a[href*="/ticket_attachment/"]',
    attachmentName: '.attachment-name',
  },
  sendShortcuts: [
    { key: 'Enter', mod: true },
    { key: 'Enter', mod: true, shift: true },
    { key: 'Enter', mod: true, alt: true },
  ],
  override: {
    // A ticket task's key names its ticket; any other task (dashboard, overview, new ticket) has none.
    ticket(doc, fallback) {
      const found = fallback();
      const active = queryAll(doc, '[id^="content_permanent_"].active')[0];
      const fromTask = active ? /^content_permanent_Ticket-(\d+)$/.exec(active.id)?.[1] : undefined;
      if (fromTask) return { id: fromTask, url: doc.defaultView?.location.href ?? '' };
      return found;
    },
    customer(root, fallback): CustomerInfo | null {
      const found = fallback();
      let email = found?.email ?? null;
      if (!email) {
        // The email block's label is translated; its value is what looks like an address.
        for (const block of queryAll(root, `${CUSTOMER} .sidebar-block`)) {
          const hit = EMAIL.exec(valueOf(block));
          if (hit) {
            email = hit[0];
            break;
          }
        }
      }
      if (!found && !email) return null;
      return { name: found?.name ?? readValue(root, `${CUSTOMER} h3`), email, userId: found?.userId ?? null };
    },
  },
};
