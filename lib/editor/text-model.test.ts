import { describe, expect, it } from 'vitest';
import { readTextModel } from './text-model';
import { mount } from '../../test/support/dom';

function editor(html: string): HTMLElement {
  document.body.replaceChildren();
  return mount(html, 'div', { contenteditable: 'true', style: 'white-space: pre-wrap' });
}

/** Every real character maps to a one-character range holding exactly that character. */
function expectRoundTrip(root: HTMLElement) {
  const model = readTextModel(root);
  for (let i = 0; i < model.text.length; i++) {
    const r = model.range(i, i + 1);
    if (r) expect(r.toString()).toBe(model.text[i]);
  }
}

describe('readTextModel', () => {
  it('puts one line break between blocks and keeps inline formatting', () => {
    const root = editor('<p>Hi <b>Anna</b>,</p><p>We can help.</p>');
    expect(readTextModel(root).text).toBe('Hi Anna,\nWe can help.\n');
    expectRoundTrip(root);
  });

  it('reads an empty paragraph as a blank line and ignores placeholder <br>', () => {
    const root = editor('<p>Hi Anna,</p><p><br class="ProseMirror-trailingBreak"></p><p>Thanks<br>for waiting</p>');
    expect(readTextModel(root).text).toBe('Hi Anna,\n\nThanks\nfor waiting\n');
    expectRoundTrip(root);
  });

  it('maps lists, nested divs and <br> line breaks', () => {
    const root = editor('<div>Steps:</div><ol><li>Open <i>Settings</i></li><li>Press Save</li></ol><div>Line one<br>Line two</div>');
    const model = readTextModel(root);
    expect(model.text).toBe('Steps:\nOpen Settings\nPress Save\nLine one\nLine two\n');
    const at = model.text.indexOf('Press Save');
    expect(model.range(at, at + 'Press Save'.length)!.toString()).toBe('Press Save');
    expectRoundTrip(root);
  });

  it('marks quoted lines so the checks can tell them from the agent’s own text', () => {
    const root = editor('<p>Thanks!</p><blockquote><p>We can’t refund it.</p><p>Second line</p></blockquote><p>Mine</p>');
    const model = readTextModel(root);
    expect(model.text).toBe('Thanks!\n> We can’t refund it.\n> Second line\nMine\n');
    const at = model.text.indexOf('We can’t');
    expect(model.range(at - 2, at + 8)!.toString()).toBe('We can’t');
    expectRoundTrip(root);
  });

  it('gives a range across blocks whose text matches the plain text without its breaks', () => {
    const root = editor('<p>First sentence.</p><p>Second one.</p>');
    const model = readTextModel(root);
    const r = model.range(6, model.text.indexOf('one'))!;
    expect(r.toString()).toBe('sentence.Second ');
  });

  it('returns null for a span of virtual characters only', () => {
    const root = editor('<p>A</p><p></p><p>B</p>');
    const model = readTextModel(root);
    expect(model.text).toBe('A\n\nB\n');
    expect(model.range(1, 3)).toBeNull();
  });

  it('maps DOM points back to offsets', () => {
    const root = editor('<p>Hello <b>there</b></p><p>World</p>');
    const model = readTextModel(root);
    const bold = root.querySelector('b')!.firstChild!;
    expect(model.fromDom(bold, 2)).toBe(8);
    const second = root.querySelectorAll('p')[1]!;
    expect(model.fromDom(second, 0)).toBe(model.text.indexOf('World'));
    expect(model.fromDom(document.body, 0)).toBeNull();
  });

  it('keeps offsets one-to-one when collapsible white space is shown as spaces', () => {
    const root = editor('<p>Hello\n   world</p>');
    const model = readTextModel(root, { preserveWhitespace: false });
    expect(model.text).toBe('Hello    world\n');
    expect(model.range(9, 14)!.toString()).toBe('world');
  });

  it('reads Slate’s empty lines as blank lines, not its zero-width caret placeholders', () => {
    const leaf = (text: string) => `<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">${text}</span></span></span>`;
    const empty = '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span>';
    const root = editor(`<div data-slate-node="element">${leaf('Hi Maya,')}</div><div data-slate-node="element">${empty}</div><div data-slate-node="element">${leaf('Thanks')}</div>`);
    expect(readTextModel(root).text).toBe('Hi Maya,\n\nThanks\n');
    expectRoundTrip(root);
  });

  it('skips scripts, styles and hidden elements', () => {
    const root = editor('<p>Shown<span hidden>secret</span><style>p{}</style></p>');
    expect(readTextModel(root).text).toBe('Shown\n');
  });
});
