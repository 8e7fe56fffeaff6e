/**
 * A textarea's text cannot be addressed by DOM ranges, so each textarea gets an invisible twin in
 * Tact's shadow root: same box, font, padding and wrapping, same scroll position. Ranges over the
 * twin's text measure where the textarea draws those characters.
 */
const COPIED = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
  'letterSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'wordSpacing', 'tabSize', 'direction', 'wordBreak',
  'overflowWrap', 'whiteSpace', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth',
  'borderBottomWidth', 'borderLeftWidth',
] as const;

export class TextareaMirror {
  readonly el: HTMLDivElement;
  private readonly node: Text;

  constructor(private readonly textarea: HTMLTextAreaElement, layer: HTMLElement) {
    const doc = layer.ownerDocument;
    this.el = doc.createElement('div');
    this.el.className = 'tact-mirror';
    this.node = doc.createTextNode('');
    this.el.append(this.node);
    layer.append(this.el);
  }

  /** Re-copies geometry and text; call before measuring. `offset` moves a framed textarea into top coordinates. */
  sync(offset: { x: number; y: number } = { x: 0, y: 0 }): void {
    const ta = this.textarea;
    const cs = ta.ownerDocument.defaultView!.getComputedStyle(ta);
    const style = this.el.style as unknown as Record<string, string>;
    for (const prop of COPIED) style[prop] = (cs as unknown as Record<string, string>)[prop] ?? '';
    style.borderStyle = 'solid';
    // A textarea wraps soft lines even when its white-space says otherwise.
    if (!/^pre/.test(cs.whiteSpace) || cs.whiteSpace === 'pre') style.whiteSpace = cs.whiteSpace === 'pre' ? 'pre' : 'pre-wrap';
    const r = ta.getBoundingClientRect();
    // clientWidth excludes the textarea's scrollbar, which the mirror does not have.
    const padX = (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0);
    const padY = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0);
    style.boxSizing = 'content-box';
    style.width = `${Math.max(0, ta.clientWidth - padX)}px`;
    style.height = `${Math.max(0, ta.clientHeight - padY)}px`;
    style.left = `${r.left + offset.x}px`;
    style.top = `${r.top + offset.y}px`;
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    const text = `${ta.value}\u200b`;
    if (this.node.data !== text) this.node.data = text;
    this.el.scrollTop = ta.scrollTop;
    this.el.scrollLeft = ta.scrollLeft;
  }

  range(start: number, end: number): Range | null {
    const len = this.node.data.length - 1;
    const a = Math.max(0, Math.min(start, len));
    const b = Math.max(a, Math.min(end, len));
    if (b <= a) return null;
    const r = this.el.ownerDocument.createRange();
    r.setStart(this.node, a);
    r.setEnd(this.node, b);
    return r;
  }

  dispose(): void {
    this.el.remove();
  }
}
