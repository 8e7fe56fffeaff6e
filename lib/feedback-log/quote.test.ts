import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../feedback/schema';
import { capQuote, customerMessageAt, MAX_QUOTE, normalizeQuote, passageFromMessage, passageFromRange } from './quote';
import { mountTickets, rangeOver, type TwoTickets } from './test-fixture';

let page: TwoTickets;
const msg = (id: string, root: ParentNode = page.open) => root.querySelector(`li.dd-message[data-message-id="${id}"]`)!;
const judge = (range: Range) => passageFromRange(range, page.scope());

beforeEach(() => {
  page = mountTickets();
});

describe('a selection in the open ticket', () => {
  it("a passage of a customer's message is its quote, exactly", () => {
    const result = judge(rangeOver(msg('m-2002-1'), 'p:nth-child(2)', 'export button', 'in Firefox'));
    expect(result).toMatchObject({ ok: true, passage: { quote: 'export button does nothing in Firefox' } });
    if (result.ok) expect(result.passage.message.element).toBe(msg('m-2002-1'));
  });

  it('a triple click that runs into the next paragraph logs only the paragraph', () => {
    const p = msg('m-2002-1').querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(msg('m-2002-1').querySelectorAll('p')[2]!.firstChild!, 0);
    expect(judge(range)).toMatchObject({ ok: true, passage: { quote: 'The export button does nothing in Firefox.' } });
  });

  it("a drag that starts on the author's name is clipped to the message body", () => {
    const result = judge(rangeOver(msg('m-2002-1'), '.dd-message-header', 'Smirnova', 'Hello', '.dd-message-body'));
    expect(result).toMatchObject({ ok: true, passage: { quote: 'Hello' } });
    if (result.ok) expect(msg('m-2002-1').querySelector('.dd-message-body')!.contains(result.passage.range.startContainer)).toBe(true);
  });

  it('keeps paragraphs and line breaks, folds runs of spaces', () => {
    const result = passageFromMessage(page.scope().messages[0]!, page.scope());
    expect(result).toMatchObject({ ok: true, passage: { quote: 'Hello,\n\nThe export button does nothing in Firefox.\n\nThanks,\nAnna' } });
  });

  it("leaves out the agent's quoted reply, hidden text and scripts", () => {
    const result = passageFromMessage(page.scope().messages[2]!, page.scope());
    expect(result).toMatchObject({ ok: true, passage: { quote: 'It still fails for me.' } });
  });

  it('a selection running into a quoted reply keeps only the customer’s part', () => {
    const range = rangeOver(msg('m-2002-3'), '.dd-message-body', 'It still', 'looking into it');
    expect(judge(range)).toMatchObject({ ok: true, passage: { quote: 'It still fails for me.' } });
  });

  it('only a quoted reply selected: refused as quoted', () => {
    expect(judge(rangeOver(msg('m-2002-3'), 'blockquote', 'Support wrote'))).toEqual({ ok: false, reason: 'quoted' });
  });

  it("the agent's message: refused", () => {
    expect(judge(rangeOver(msg('m-2002-2'), 'p', 'looking into it'))).toEqual({ ok: false, reason: 'agent' });
  });

  it('across two messages: refused', () => {
    const range = document.createRange();
    range.setStart(msg('m-2002-1').querySelector('p')!.firstChild!, 0);
    range.setEnd(msg('m-2002-3').querySelector('p')!.firstChild!, 5);
    expect(judge(range)).toEqual({ ok: false, reason: 'several' });
  });

  it("the agent's draft and the composer: refused as outside the messages", () => {
    expect(judge(rangeOver(page.open, '.ProseMirror', 'draft reply'))).toEqual({ ok: false, reason: 'outside' });
  });

  it('nothing selected: empty', () => {
    const range = document.createRange();
    range.setStart(msg('m-2002-1').querySelector('p')!.firstChild!, 2);
    expect(judge(range)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('the hidden ticket mounted beside the open one', () => {
  it("its customer's words cannot be logged", () => {
    expect(judge(rangeOver(msg('m-1001-1', page.hidden), 'p:nth-child(2)', 'export button'))).toEqual({ ok: false, reason: 'other_ticket' });
    expect(customerMessageAt(msg('m-1001-1', page.hidden).querySelector('p'), page.scope())).toBeNull();
  });

  it('its messages are not among the ones the pointer can pick', () => {
    expect(customerMessageAt(msg('m-2002-1').querySelector('p'), page.scope())?.element).toBe(msg('m-2002-1'));
    expect(customerMessageAt(msg('m-2002-2').querySelector('p'), page.scope())).toBeNull();
  });
});

describe('quote text', () => {
  it('the cap is the item schema’s', () => {
    expect(MAX_QUOTE).toBe(LIMITS.quote);
  });

  it('a quote over the cap is cut at a word and marked', () => {
    const long = 'word '.repeat(3000);
    const capped = capQuote(long);
    expect(capped.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(capped.endsWith('word…')).toBe(true);
    expect(capQuote('short')).toBe('short');
  });

  it('control and zero-width characters go; non-breaking spaces fold; blank lines collapse', () => {
    expect(normalizeQuote('a\u0007b\u200B c\u00A0\u00A0d\r\n\r\n\r\n\r\ne')).toBe('ab c d\n\ne');
  });
});
