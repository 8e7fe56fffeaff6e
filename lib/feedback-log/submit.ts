/**
 * Sending a draft to the background and reading the answer into what the agent should be told.
 * The background's durability contract decides the wording: `quota` and `write_failed` mean the
 * item is safe in the outbox (logged, to be stored later: keep Undo); anything else means nothing
 * was kept, so the picker stays open with the draft and the agent's next click resends it under the
 * same id — a resend after a lost reply returns the stored item instead of a second one.
 */
import { feedbackErrorCode, type FeedbackErrorCode } from '../feedback/errors';
import { logFeedback, pickerTags, undoFeedback, type FeedbackDraft, type FeedbackItem, type LogResult, type TagWithUse } from '../feedback/messages';
import { errorText } from '../feedback/strings';
import type { Locale } from '../i18n';
import { t } from './strings';

export interface LogApi {
  log(draft: FeedbackDraft): Promise<LogResult>;
  undo(id: string): Promise<{ removed: true }>;
  tags(): Promise<TagWithUse[]>;
}

export const messagingApi: LogApi = {
  log: (draft) => logFeedback.send(draft),
  undo: (id) => undoFeedback.send({ id }),
  tags: () => pickerTags.send(),
};

export type Outcome =
  /** Stored. */
  | { kind: 'logged'; item: FeedbackItem }
  /** The same quote with the same tag was already logged on this ticket: `item` is that one. */
  | { kind: 'duplicate'; item: FeedbackItem }
  /** In the outbox, stored by a later retry: logged as far as the agent is concerned, Undo works. */
  | { kind: 'queued'; id: string; reason: string }
  /** Nothing kept. */
  | { kind: 'failed'; reason: string; code?: FeedbackErrorCode };

const KEPT: ReadonlySet<FeedbackErrorCode> = new Set(['quota', 'write_failed']);

/** A sentence for a rejection: the API's own for its codes, ours when the background never answered. */
export function reasonText(error: unknown, locale: Locale): string {
  return feedbackErrorCode(error) ? errorText(error, locale) : t.in(locale)('unreachable');
}

export async function submitDraft(api: LogApi, draft: FeedbackDraft & { id: string }, locale: Locale): Promise<Outcome> {
  try {
    const result = await api.log(draft);
    // Our own id back means an earlier send of this very draft got through (its reply was lost).
    if (result.duplicate && result.item.id !== draft.id) return { kind: 'duplicate', item: result.item };
    return { kind: 'logged', item: result.item };
  } catch (error) {
    const code = feedbackErrorCode(error);
    if (code && KEPT.has(code)) return { kind: 'queued', id: draft.id, reason: errorText(error, locale) };
    return { kind: 'failed', reason: reasonText(error, locale), code };
  }
}
