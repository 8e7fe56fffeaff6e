/**
 * The CSS Custom Highlight API paints underlines inside the editor's own text without adding a
 * single node to the page. One Highlight per kind per document; painters add and remove their own
 * ranges. The `::highlight()` styles go into the document as an adopted style sheet (no <style>
 * element), or, where a content script cannot adopt sheets, the API is treated as unavailable.
 */
import { HIGHLIGHT_CSS } from './surface-css';

type Registry = Map<string, Highlight>;
interface DocState {
  owners: Map<object, Map<string, Range[]>>;
}
const states = new WeakMap<Document, DocState>();

type HighlightWindow = Window & { CSS?: { highlights?: Registry }; Highlight?: typeof Highlight };

export function highlightsSupported(doc: Document): boolean {
  const view = doc.defaultView as HighlightWindow | null;
  if (!view?.CSS?.highlights || typeof view.Highlight !== 'function') return false;
  return ensureStyles(doc);
}

function ensureStyles(doc: Document): boolean {
  if (states.has(doc)) return true;
  try {
    const view = doc.defaultView!;
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    states.set(doc, { owners: new Map() });
    return true;
  } catch {
    return false;
  }
}

function registry(doc: Document): Registry {
  return (doc.defaultView as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
}

/** Replaces the ranges `owner` contributes to each highlight kind, then rebuilds those highlights. */
export function setHighlightRanges(doc: Document, owner: object, byKind: Map<string, Range[]>): void {
  const state = states.get(doc);
  if (!state) return;
  const previous = state.owners.get(owner);
  if (byKind.size) state.owners.set(owner, byKind);
  else state.owners.delete(owner);
  const kinds = new Set([...(previous?.keys() ?? []), ...byKind.keys()]);
  const reg = registry(doc);
  const HighlightClass = (doc.defaultView as HighlightWindow).Highlight!;
  for (const kind of kinds) {
    const ranges: Range[] = [];
    for (const perKind of state.owners.values()) ranges.push(...(perKind.get(kind) ?? []));
    const name = `tact-${kind}`;
    if (ranges.length) reg.set(name, new HighlightClass(...ranges));
    else reg.delete(name);
  }
}
