/**
 * Wires the feedback API (./messages) to a FeedbackService in the background. Called once from
 * `entrypoints/background.ts`, synchronously, so a message that wakes the service worker finds its
 * handler registered.
 *
 * Retry: the outbox is flushed when the worker starts, after every successful log, and by an alarm
 * that exists only while something waits in the outbox.
 */
import { browser, type Browser } from 'wxt/browser';
import { reportError } from '../platform/safe';
import type { Locale } from '../i18n';
import { FeedbackError } from './errors';
import * as m from './messages';
import { sampleItems } from './samples';
import { FeedbackService, MAX_PAGE, type FeedbackServiceOptions, type ItemQuery } from './service';
import { exportCsv, exportFileName, exportJson } from '../leads/exportFile';
import { loadSettings, lockedByPolicy } from '../settings/effective';
import { LIMITS } from './schema';

export const OUTBOX_ALARM = 'tact-feedback-outbox';

type Sender = Browser.runtime.MessageSender;

/**
 * A content script runs inside a helpdesk page, the least trusted place the extension has code in;
 * it gets only what the Log flow needs. Extension pages (popup, options, the leads' view) and the
 * background itself get everything.
 */
export function isContentScript(sender: Sender): boolean {
  if (!sender.tab) return false;
  let base = '';
  try {
    base = browser.runtime.getURL('/' as never);
  } catch {
    // no runtime URL (tests): treat a sender with a tab as a content script
  }
  return !base || !(sender.url ?? '').startsWith(base);
}

function pagesOnly(sender: Sender, what: string): void {
  if (isContentScript(sender)) throw new FeedbackError('forbidden', `${what} is only available to extension pages`);
}

export interface FeedbackHandlerOptions extends Partial<Omit<FeedbackServiceOptions, 'onOutbox'>> {
  /** Default: `browser.storage.local`. */
  area?: FeedbackServiceOptions['area'];
  /** Whether the organisation's policy locks the tag list. Default: the cached managed policy. */
  tagsLocked?: () => Promise<boolean>;
}

export function registerFeedbackHandlers(options: FeedbackHandlerOptions = {}): { service: FeedbackService; unregister: () => void } {
  const { tagsLocked = () => lockedByPolicy('tags'), ...serviceOptions } = options;
  const service = new FeedbackService({
    ...serviceOptions,
    area: options.area ?? browser.storage.local,
    agentName: options.agentName ?? agentNameFromSettings,
    onOutbox: (pending) => armRetry(pending),
  });

  const offs: (() => void)[] = [];
  const on = <Req, Res>(msg: { handle(h: (p: Req, s: Sender) => Res | Promise<Res>): () => void }, h: (p: Req, s: Sender) => Res | Promise<Res>) =>
    offs.push(msg.handle(h));
  const flushSoon = () => {
    void service.flushOutbox().catch((error: unknown) => reportError(error, 'feedback outbox flush'));
  };

  on(m.logFeedback, async (draft) => {
    const result = await service.log(draft);
    flushSoon();
    return result;
  });
  on(m.undoFeedback, (p) => service.undo(p?.id));
  on(m.queryFeedback, (q, sender) => {
    if (isContentScript(sender) && !q?.ticket) throw new FeedbackError('forbidden', 'content scripts may only query one ticket');
    return service.query(q ?? {});
  });
  on(m.feedbackStats, () => service.stats());
  on(m.flushFeedbackOutbox, () => service.flushOutbox());

  on(m.pickerTags, () => service.tagsByUse());
  on(m.listTags, async (p) => service.tags.list({ includeArchived: p?.includeArchived === true }));
  on(m.tagCounts, () => service.tagCounts());
  // The options page greys these out under the lock, but any extension page can send the message:
  // the lock is enforced here, where every change to the tag list passes.
  const tagEdit = async (s: Sender, what: string) => {
    pagesOnly(s, what);
    if (await tagsLocked()) throw new FeedbackError('tags_locked', `${what} is locked by the organisation's policy`);
  };
  on(m.addTag, async (p, s) => (await tagEdit(s, 'adding tags'), service.tags.add(p?.label ?? {})));
  on(m.ensureTags, async (p, s) => (await tagEdit(s, 'adding tags'), { added: await service.tags.ensure(Array.isArray(p?.tags) ? p.tags : []) }));
  on(m.renameTag, async (p, s) => (await tagEdit(s, 'renaming tags'), service.tags.rename(p.id, p.label ?? {})));
  on(m.archiveTag, async (p, s) => (await tagEdit(s, 'archiving tags'), service.tags.setArchived(p.id, p.archived !== false)));
  on(m.mergeTags, async (p, s) => (await tagEdit(s, 'merging tags'), service.mergeTags(p.from, p.into)));
  on(m.deleteTag, async (p, s) => {
    await tagEdit(s, 'deleting tags');
    await service.deleteTag(p.id);
    return { deleted: true as const };
  });

  on(m.checkImportIds, async (p, s) => (pagesOnly(s, 'importing'), { existing: await service.existingIds(p.ids) }));
  on(m.stageImport, (p, s) => (pagesOnly(s, 'importing'), service.stageImport(p.session, p.items, p.tags)));
  // Items with tags that exist here still import under the lock; only new tags are refused.
  on(m.commitImport, async (p, s) => (pagesOnly(s, 'importing'), service.commitImport(p.session, { newTags: !(await tagsLocked()) })));
  on(m.discardImport, (p, s) => (pagesOnly(s, 'importing'), service.discardImport(p.session)));

  on(m.exportFeedback, async (p, s) => {
    pagesOnly(s, 'exporting');
    const items = await queryAll(service, p.query ?? {});
    const tags = await service.tags.all();
    const locale: Locale = p.locale === 'ru' ? 'ru' : 'en';
    const scope = p.query ? 'filtered' : 'all';
    const now = Date.now();
    if (p.format === 'json') {
      return { fileName: exportFileName('json', scope, now), mimeType: 'application/json', text: exportJson(items, tags, { scope, now }), count: items.length };
    }
    return {
      fileName: exportFileName('csv', scope, now),
      mimeType: 'text/csv;charset=utf-8',
      text: exportCsv(items, tags, { locale, delimiter: p.delimiter }),
      count: items.length,
    };
  });

  on(m.loadSampleFeedback, async (p, s) => {
    pagesOnly(s, 'sample data');
    const session = `samples-${crypto.randomUUID()}`;
    service.stageImport(session, sampleItems({ count: p?.count, seed: p?.seed, now: p?.now }));
    return service.commitImport(session);
  });
  on(m.clearSampleFeedback, (_p, s) => (pagesOnly(s, 'sample data'), service.clearSamples()));

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === OUTBOX_ALARM) flushSoon();
  };
  const alarms = browser.alarms as typeof browser.alarms | undefined;
  try {
    alarms?.onAlarm.addListener(onAlarm);
  } catch (error) {
    reportError(error, 'feedback alarm listener');
  }
  // Every worker start: whatever a crash or a full disk left in the outbox goes in now.
  flushSoon();

  return {
    service,
    unregister() {
      for (const off of offs) off();
      try {
        alarms?.onAlarm.removeListener(onAlarm);
      } catch {
        // nothing to remove
      }
      void service.close();
    },
  };
}

/**
 * The agent's name as set in the options (policy included), as the one line the item schema
 * accepts: a stray newline or an over-long name there must not make every log invalid.
 */
export async function agentNameFromSettings(): Promise<string> {
  const raw: unknown = (await loadSettings()).agentName;
  if (typeof raw !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001F\u007F\s\u2028\u2029]+/g, ' ').trim().slice(0, LIMITS.agent).trim();
}

function armRetry(pending: number): void {
  try {
    const alarms = browser.alarms as typeof browser.alarms | undefined;
    if (!alarms) return;
    if (pending > 0) void Promise.resolve(alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 })).catch((e: unknown) => reportError(e, 'feedback retry alarm'));
    else void Promise.resolve(alarms.clear(OUTBOX_ALARM)).catch((e: unknown) => reportError(e, 'feedback retry alarm'));
  } catch (error) {
    reportError(error, 'feedback retry alarm');
  }
}

async function queryAll(service: FeedbackService, query: Omit<ItemQuery, 'offset' | 'limit'>) {
  const items = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await service.query({ ...query, order: 'asc', offset, limit: MAX_PAGE });
    items.push(...page.items);
    if (offset + MAX_PAGE >= page.total) return items;
  }
}
