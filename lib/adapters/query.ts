/**
 * Selector reading that cannot throw: an admin's typo or a helpdesk DOM change yields "nothing
 * found" (and one console warning), never an exception in the page.
 */
import { reportError } from '../platform/safe';

export interface ParsedSelector {
  css: string;
  attr: string | null;
}

/** `".requester @data-user-id"` → css `.requester`, attr `data-user-id`. `"@data-id"` reads the element itself. */
export function parseSelector(value: string): ParsedSelector {
  const m = /^(.*?)(?:\s*@([\w:-]+))?\s*$/s.exec(value.trim());
  return { css: (m?.[1] ?? '').trim(), attr: m?.[2] ?? null };
}

export function selectorError(css: string, doc: Document = document): string | null {
  if (!css.trim()) return null;
  try {
    doc.createDocumentFragment().querySelector(css);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function queryAll(scope: ParentNode, css: string | undefined): Element[] {
  if (!css?.trim()) return [];
  try {
    return Array.from(scope.querySelectorAll(css));
  } catch (error) {
    reportError(error, `selector "${css}"`);
    return [];
  }
}

export function queryOne(scope: ParentNode, css: string | undefined): Element | null {
  return queryAll(scope, css)[0] ?? null;
}

export function matches(el: Element, css: string | undefined): boolean {
  if (!css?.trim()) return false;
  try {
    return el.matches(css);
  } catch (error) {
    reportError(error, `selector "${css}"`);
    return false;
  }
}

/** Collapses runs of white space so names and ids read the same whatever the markup's indentation. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u200B-\u200D\uFEFF]+/g, ' ').trim();
}

/** Reads a selector's value within scope: the attribute when given, else the text. Empty → null. */
export function readValue(scope: Element, selector: string | undefined): string | null {
  if (!selector?.trim()) return null;
  const { css, attr } = parseSelector(selector);
  const el = css ? queryOne(scope, css) : scope;
  if (!el) return null;
  const raw = attr ? el.getAttribute(attr) : (el as HTMLElement).innerText ?? el.textContent;
  const value = cleanText(raw);
  return value || null;
}

/** Is the element rendered: in the layout, not hidden, not zero-sized, not `visibility:hidden`? */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if ((el as HTMLElement).hidden || el.closest('[hidden],[aria-hidden="true"],[inert]')) return false;
  const view = el.ownerDocument.defaultView;
  const style = view?.getComputedStyle(el);
  if (style && (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse')) return false;
  if (isLayoutless(el.ownerDocument)) {
    // Without layout (unit tests), `display: none` on an ancestor is the one sign left that it is not rendered.
    for (let p = el.parentElement; p; p = p.parentElement) if (view?.getComputedStyle(p).display === 'none') return false;
    return true;
  }
  const rects = el.getClientRects();
  return !(rects.length === 0 && (el as HTMLElement).offsetParent === null && style?.position !== 'fixed');
}

/**
 * A DOM without layout (happy-dom, in unit tests) reports every box as empty. Told by the window
 * itself, never by measuring a probe: adding a node to the helpdesk's page, even for a moment, is a
 * write into its DOM (its own MutationObservers would see it).
 */
function isLayoutless(doc: Document): boolean {
  const view = doc.defaultView;
  return Boolean(view && 'happyDOM' in view);
}
