import type { AdapterDefinition } from '../contract';

/** The demo helpdesk the project ships (test/fixtures/helpdesks/demo), served on loopback. */
export const demo: AdapterDefinition = {
  id: 'demo',
  name: 'Northwind Desk (demo)',
  hosts: [],
  selectors: {
    ticketRoot: 'section.dd-ticket',
    activeTicketRoot: 'section.dd-ticket[data-active="true"]',
    ticketId: '@data-ticket-id',
    ticketUrlPattern: '#/tickets/(\\d+)',
    editor: '.dd-editor .ProseMirror[contenteditable="true"], textarea.dd-reply-textarea',
    sendButton: 'button.dd-send',
    customerName: '.dd-requester-name',
    customerEmail: 'a.dd-requester-email @href',
    customerId: '.dd-requester @data-user-id',
    message: 'li.dd-message',
    customerMessage: '[data-author="customer"]',
    agentMessage: '[data-author="agent"]',
    messageBody: '.dd-message-body',
    attachment: 'li.dd-attachment',
    attachmentName: '@data-name',
    attachmentKind: '@data-kind',
  },
  sendShortcuts: [{ key: 'Enter', mod: true, inEditor: true }],
};
