/**
 * Line boxes of the text inside a range. `Range.getClientRects()` also returns the border box of
 * every element the range fully contains (a whole paragraph's width), which would underline empty
 * space; measuring each text node's part separately gives only the glyph runs.
 */
export function textRects(range: Range): DOMRect[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const out: DOMRect[] = [];
  const rootNode = range.commonAncestorContainer;
  if (rootNode.nodeType === 3) return Array.from(range.getClientRects());
  const walker = doc.createTreeWalker(rootNode, 4 /* SHOW_TEXT */);
  const part = doc.createRange();
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start) continue;
    // Nodes fully before the start or after the end of the range are skipped by intersectsNode.
    if (range.comparePoint(node, start) < 0 && node !== range.startContainer) continue;
    part.setStart(node, start);
    part.setEnd(node, end);
    out.push(...Array.from(part.getClientRects()));
  }
  return out;
}
