/**
 * Errors the feedback API reports. Runtime messaging carries only an error's message, so the code
 * travels inside it as a `[feedback:code]` prefix; `feedbackErrorCode` reads it back on the caller's
 * side and the UI shows a localized sentence for the code (./strings `errorText`) instead of English.
 */
export type FeedbackErrorCode =
  /** The browser's storage quota is full. The item is in the outbox and will be retried. */
  | 'quota'
  /** IndexedDB refused the write for another reason. The item is in the outbox and will be retried. */
  | 'write_failed'
  /** Neither IndexedDB nor the outbox took the item: the caller must keep it and try again. */
  | 'unsaved'
  | 'invalid'
  | 'unknown_tag'
  | 'not_found'
  | 'undo_expired'
  | 'tag_exists'
  | 'tag_label'
  | 'tag_in_use'
  | 'tag_merge'
  | 'forbidden'
  /** The organisation's policy locks the tag list: no adding, renaming, merging, archiving or deleting. */
  | 'tags_locked'
  | 'import_session'
  | 'import_invalid';

const PREFIX_RE = /^\[feedback:([a-z_]+)\]\s*/;

export class FeedbackError extends Error {
  constructor(
    readonly code: FeedbackErrorCode,
    detail: string,
  ) {
    super(`[feedback:${code}] ${detail}`);
    this.name = 'FeedbackError';
  }
}

export function feedbackErrorCode(error: unknown): FeedbackErrorCode | undefined {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return PREFIX_RE.exec(message)?.[1] as FeedbackErrorCode | undefined;
}

/** The English detail without the code prefix, for logs and for codes the UI has no sentence for. */
export function feedbackErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(PREFIX_RE, '');
}

/** Chrome and Firefox name a full disk or origin quota differently; both mean "no space". */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  const message = String((error as { message?: unknown }).message ?? '');
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message);
}

export function describeCause(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
