/**
 * Builds test DOM from literal markup written in the test itself (never page or user text), so
 * unit tests can describe editors the way helpdesks render them.
 */
export function mount(html: string, tag = 'div', attrs: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(document.createRange().createContextualFragment(html));
  document.body.append(el);
  return el;
}
