/**
 * The team's tags as the options page reaches them: through the feedback API in the background,
 * which owns the tags and the items. Behind an interface so component tests can count calls.
 */
import { browser } from 'wxt/browser';
import * as api from '../../feedback/messages';
import { TAGS_KEY, type Tag } from '../../feedback/tags';
import type { Localized } from '../../i18n';

/** What the section asks of the background; the real one is the feedback API. */
export interface TagsClient {
  list(): Promise<Tag[]>;
  counts(): Promise<Record<string, number>>;
  add(label: Localized): Promise<Tag>;
  /** Adds tags with these ids where missing (pack import); returns the ids added. */
  ensure(defs: Array<{ id: string; label: Localized }>): Promise<string[]>;
  rename(id: string, label: Localized): Promise<Tag>;
  archive(id: string, archived: boolean): Promise<Tag>;
  merge(from: string, into: string): Promise<{ retagged: number }>;
  remove(id: string): Promise<unknown>;
  /** Calls back when the tags change elsewhere (another page, a policy, an import). */
  watch(callback: () => void): () => void;
}

export const messagingTags: TagsClient = {
  list: () => api.listTags.send({ includeArchived: true }),
  counts: () => api.tagCounts.send(),
  add: (label) => api.addTag.send({ label }),
  ensure: async (defs) => (await api.ensureTags.send({ tags: defs })).added,
  rename: (id, label) => api.renameTag.send({ id, label }),
  archive: (id, archived) => api.archiveTag.send({ id, archived }),
  merge: (from, into) => api.mergeTags.send({ from: [from], into }),
  remove: (id) => api.deleteTag.send({ id }),
  watch(callback) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TAGS_KEY in changes) callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

