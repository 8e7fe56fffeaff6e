/**
 * The feedback API the background answers. Safe to import from content scripts and pages: it holds
 * only message declarations and types, no database code.
 *
 * Errors reach the caller as rejections whose message starts with `[feedback:<code>]`; read the code
 * with `feedbackErrorCode(error)` and show `errorText(code)` from ./strings.
 * Calls marked "pages only" are refused (`forbidden`) when they come from a content script.
 */
import { defineMessage } from '../platform/messaging';
import type { Localized } from '../i18n';
import type { FeedbackItem } from './schema';
import type { FeedbackDraft, FeedbackStats, ImportResult, ImportTagDef, ItemQuery, LogResult, QueryResult } from './service';
import type { Tag, TagWithUse } from './tags';

export type { FeedbackDraft, FeedbackStats, ImportResult, ImportTagDef, ItemQuery, LogResult, QueryResult, FeedbackItem, Tag, TagWithUse };

/**
 * Log an item. Resolves `{item, duplicate}` once it is committed (`duplicate`: the same quote with
 * the same tag was already logged on this ticket; `item` is that earlier one). Rejects with
 * `quota` / `write_failed` when IndexedDB refused it — the item is then in the outbox and will be
 * retried — with `unsaved` if even the outbox failed, `invalid` or `unknown_tag` for bad input.
 */
export const logFeedback = defineMessage<FeedbackDraft, LogResult>('feedback/log');

/** Undo a log within 15 minutes. Rejects `not_found`, `undo_expired`. */
export const undoFeedback = defineMessage<{ id: string }, { removed: true }>('feedback/undo');

/** Items matching filters, newest first, paged (≤ 20,000 per page). Content scripts may only ask about one ticket. */
export const queryFeedback = defineMessage<ItemQuery, QueryResult>('feedback/query');

/** Counts for the popup: this week vs last, top tags, items waiting in the outbox. */
export const feedbackStats = defineMessage<void, FeedbackStats>('feedback/stats');

/** Store the outbox now ("Retry" in a toast). */
export const flushFeedbackOutbox = defineMessage<void, { stored: number; remaining: number }>('feedback/outbox/flush');

/** The picker's tags: active only, most used in the last 30 days first. */
export const pickerTags = defineMessage<void, TagWithUse[]>('feedback/tags/picker');
/** Every tag in stored order; archived (and merged) ones with `includeArchived`. */
export const listTags = defineMessage<{ includeArchived?: boolean }, Tag[]>('feedback/tags/list');
/** Items per tag id, all time (waiting items included). */
export const tagCounts = defineMessage<void, Record<string, number>>('feedback/tags/counts');
/** Pages only. Rejects `tag_label` (empty, too long, control characters), `tag_exists`. */
export const addTag = defineMessage<{ label: Partial<Localized> }, Tag>('feedback/tags/add');
/** Pages only. Adds tags with these ids where missing (a rule pack's tags); existing ids keep their labels. Returns the ids added. */
export const ensureTags = defineMessage<{ tags: ImportTagDef[] }, { added: string[] }>('feedback/tags/ensure');
/** Pages only. Items keep the tag: they store its id. */
export const renameTag = defineMessage<{ id: string; label: Partial<Localized> }, Tag>('feedback/tags/rename');
/** Pages only. Archived tags leave the picker; their items and history stay. */
export const archiveTag = defineMessage<{ id: string; archived: boolean }, Tag>('feedback/tags/archive');
/** Pages only. Re-tags every item of `from` to `into` in one transaction, then archives `from`. */
export const mergeTags = defineMessage<{ from: string[]; into: string }, { retagged: number }>('feedback/tags/merge');
/** Pages only. Only for a tag no item carries (`tag_in_use` otherwise: archive it). */
export const deleteTag = defineMessage<{ id: string }, { deleted: true }>('feedback/tags/delete');

/** Pages only. Which of these ids are already here (the import preview's "skipped as duplicates"). */
export const checkImportIds = defineMessage<{ ids: string[] }, { existing: string[] }>('feedback/import/check');
/** Pages only. One chunk of an import; nothing is written yet. Rejects `import_invalid`. */
export const stageImport = defineMessage<{ session: string; items: FeedbackItem[]; tags?: ImportTagDef[] }, { staged: number }>(
  'feedback/import/stage',
);
/** Pages only. Writes the staged items in one transaction; existing ids are skipped, never overwritten. */
export const commitImport = defineMessage<{ session: string }, ImportResult>('feedback/import/commit');
export const discardImport = defineMessage<{ session: string }, void>('feedback/import/discard');

export interface ExportRequest {
  format: 'csv' | 'json';
  /** Filters; omitted = everything. */
  query?: Omit<ItemQuery, 'offset' | 'limit'>;
  /** CSV labels and default delimiter. */
  locale?: 'en' | 'ru';
  delimiter?: ';' | ',';
}
/** Pages only. The export file's text and a suggested name (the popup's "Export all"). */
export const exportFeedback = defineMessage<ExportRequest, { fileName: string; mimeType: string; text: string; count: number }>(
  'feedback/export',
);

/**
 * Pages only. Adds the sample items (demo, e2e, an empty store); returns what the import did. The
 * same `seed` and `now` always give the same items, so e2e tests can assert exact numbers.
 */
export const loadSampleFeedback = defineMessage<{ count?: number; seed?: number; now?: number } | void, ImportResult>('feedback/samples/load');
/** Pages only. Removes the sample items and nothing else. */
export const clearSampleFeedback = defineMessage<void, { removed: number }>('feedback/samples/clear');
