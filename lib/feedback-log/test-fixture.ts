/**
 * A two-ticket page in the demo helpdesk's markup (literal test markup, no page text) for the
 * feedback-log tests: ticket 2002 is open, 1001 is mounted but hidden, as helpdesk tabs do.
 */
import { createAdapter } from '../adapters/create';
import { demo } from '../adapters/helpdesks/demo';
import { mount } from '../../test/support/dom';
import type { PassageScope } from './quote';

const ticket = (id: string, active: boolean) => `
  <section class="dd-ticket" data-ticket-id="${id}" data-active="${active}" ${active ? '' : 'hidden'}>
    <div class="dd-requester" data-user-id="u-${id}"><span class="dd-requester-name">Anna
      Smirnova</span> <a class="dd-requester-email" href="mailto:anna.${id}@example.com">mail</a></div>
    <ol class="dd-thread">
      <li class="dd-message" data-author="customer" data-message-id="m-${id}-1">
        <header class="dd-message-header"><span class="dd-message-author">Anna Smirnova</span></header>
        <div class="dd-message-body"><p>Hello,</p><p>The export button does nothing in Firefox.</p><p>Thanks,<br>Anna</p></div>
      </li>
      <li class="dd-message" data-author="agent" data-message-id="m-${id}-2">
        <div class="dd-message-body"><p>Sorry about that, we are looking into it.</p></div>
      </li>
      <li class="dd-message" data-author="customer" data-message-id="m-${id}-3">
        <div class="dd-message-body"><p>It still   fails&nbsp;for me.</p><span style="display:none">tracking pixel</span><script>var x = 1;</script>
          <blockquote class="dd-quote"><p>On Monday, Support wrote:</p><p>Sorry about that, we are looking into it.</p></blockquote></div>
      </li>
    </ol>
    <form class="dd-reply"><textarea class="dd-reply-textarea">Draft for ${id}</textarea><div class="dd-editor"><div class="ProseMirror" contenteditable="true"><p>My draft reply</p></div></div></form>
  </section>`;

export interface TwoTickets {
  open: HTMLElement;
  hidden: HTMLElement;
  scope: () => PassageScope;
}

export function mountTickets(): TwoTickets {
  document.body.replaceChildren();
  history.replaceState(null, '', '/demo/#/tickets/2002');
  const wrap = mount(ticket('1001', false) + ticket('2002', true));
  const open = wrap.querySelector<HTMLElement>('[data-ticket-id="2002"]')!;
  const adapter = createAdapter(demo);
  return {
    open,
    hidden: wrap.querySelector<HTMLElement>('[data-ticket-id="1001"]')!,
    scope: () => ({ root: open, messages: adapter.messages(open), ticketRoot: adapter.selectors.ticketRoot }),
  };
}

/** A range from `text` to the end of `endText`, inside the first element matching `selector` (or `endSelector` for the end) under `root`. */
export function rangeOver(root: ParentNode, selector: string, text: string, endText = text, endSelector = selector): Range {
  const find = (wanted: string, fromEnd: boolean) => {
    const css = fromEnd ? endSelector : selector;
    const el = root.querySelector(css);
    if (!el) throw new Error(`no ${css}`);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(wanted);
      if (at >= 0) return { node: n, offset: fromEnd ? at + wanted.length : at };
    }
    throw new Error(`"${wanted}" not in ${css}`);
  };
  const start = find(text, false);
  const end = find(endText, true);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

export function select(range: Range): void {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}
