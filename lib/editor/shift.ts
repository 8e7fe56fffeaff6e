/**
 * Findings are computed on one version of the draft and shown on the next: while a check is in
 * flight the agent keeps typing. Spans are carried across an edit by its common prefix and suffix:
 * before the edit they stay, after it they move, around it they stretch, and a span the edit cut
 * into is dropped until the next check.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Edit {
  /** Where the old and new text first differ. */
  at: number;
  /** End of the changed part in the old text. */
  oldEnd: number;
  /** End of the changed part in the new text. */
  newEnd: number;
}

export function diffText(oldText: string, newText: string): Edit | null {
  if (oldText === newText) return null;
  const min = Math.min(oldText.length, newText.length);
  let p = 0;
  while (p < min && oldText.charCodeAt(p) === newText.charCodeAt(p)) p++;
  let s = 0;
  while (s < min - p && oldText.charCodeAt(oldText.length - 1 - s) === newText.charCodeAt(newText.length - 1 - s)) s++;
  return { at: p, oldEnd: oldText.length - s, newEnd: newText.length - s };
}

export function shiftSpan<T extends Span>(span: T, edit: Edit | null): T | null {
  if (!edit) return span;
  const delta = edit.newEnd - edit.oldEnd;
  if (span.end <= edit.at) return span;
  if (span.start >= edit.oldEnd) return { ...span, start: span.start + delta, end: span.end + delta };
  if (span.start < edit.at && span.end > edit.oldEnd) return { ...span, end: span.end + delta };
  return null;
}

export function shiftSpans<T extends Span>(spans: readonly T[], oldText: string, newText: string): T[] {
  const edit = diffText(oldText, newText);
  const out: T[] = [];
  for (const span of spans) {
    const moved = shiftSpan(span, edit);
    if (moved) out.push(moved);
  }
  return out;
}
