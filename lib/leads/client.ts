/**
 * What the leads' page asks of the background, behind an interface so component tests can hand in
 * a fake. Big transfers go in pages and chunks: a runtime message is JSON-serialized in Chrome and
 * capped at 64 MiB, and 100,000 items are about 40 MB.
 */
import * as m from '../feedback/messages';
import type { FeedbackItem } from '../feedback/schema';
import type { ImportResult, ImportTagDef } from '../feedback/service';
import type { Tag } from '../feedback/tags';

export interface FeedbackClient {
  loadItems(onProgress?: (loaded: number, total: number) => void): Promise<{ items: FeedbackItem[]; pending: string[] }>;
  loadTags(): Promise<Tag[]>;
  existingIds(ids: string[]): Promise<string[]>;
  commitImport(items: FeedbackItem[], tags: ImportTagDef[], onProgress?: (done: number, total: number) => void): Promise<ImportResult>;
  loadSamples(): Promise<ImportResult>;
  clearSamples(): Promise<{ removed: number }>;
}

const PAGE = 10_000;
const STAGE_CHUNK = 5_000;
const ID_CHUNK = 20_000;

export const messagingClient: FeedbackClient = {
  async loadItems(onProgress) {
    const items: FeedbackItem[] = [];
    const pending: string[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = await m.queryFeedback.send({ order: 'asc', offset, limit: PAGE });
      items.push(...page.items);
      pending.push(...page.pending);
      onProgress?.(items.length, page.total);
      if (offset + PAGE >= page.total) return { items, pending };
    }
  },
  loadTags: () => m.listTags.send({ includeArchived: true }),
  async existingIds(ids) {
    const out: string[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) out.push(...(await m.checkImportIds.send({ ids: ids.slice(i, i + ID_CHUNK) })).existing);
    return out;
  },
  async commitImport(items, tags, onProgress) {
    if (items.length === 0) return { added: 0, skipped: 0, tagsAdded: [] };
    const session = crypto.randomUUID();
    try {
      for (let i = 0; i < items.length; i += STAGE_CHUNK) {
        await m.stageImport.send({ session, items: items.slice(i, i + STAGE_CHUNK), tags: i === 0 ? tags : [] });
        onProgress?.(Math.min(items.length, i + STAGE_CHUNK), items.length);
      }
      return await m.commitImport.send({ session });
    } catch (error) {
      await m.discardImport.send({ session }).catch(() => undefined);
      throw error;
    }
  },
  loadSamples: () => m.loadSampleFeedback.send({}),
  clearSamples: () => m.clearSampleFeedback.send(),
};

export interface DownloadFile {
  name: string;
  mime: string;
  text: string;
}

/** Saves text as a file through a temporary link: no `downloads` permission, nothing leaves the machine. */
export function downloadFile(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
