/**
 * The leads' view over a large store: `aggregate-100k` (items and distinct customers per tag per ISO
 * week) and `export-csv-100k` (the Excel-ready CSV), each against JSON.stringify of the same items —
 * the least work any export of them could do. Items are synthetic: a year of feedback over 20,000
 * customers on three helpdesks, Russian and English quotes, some with the characters CSV must quote.
 */
import { DEFAULT_TAGS } from '../../lib/feedback/defaultTags';
import { sampleItems } from '../../lib/feedback/samples';
import type { FeedbackItem } from '../../lib/feedback/schema';
import type { Tag } from '../../lib/feedback/tags';
import { aggregate } from '../../lib/leads/aggregate';
import { exportCsv } from '../../lib/leads/exportFile';
import { localZone } from '../../lib/leads/weeks';
import type { Bench } from './harness';

const N = 100_000;
let items: FeedbackItem[] | undefined;

function corpus(): FeedbackItem[] {
  if (items) return items;
  const base = sampleItems({ count: N, weeks: 52, now: Date.UTC(2025, 10, 20), seed: 7, customers: 20_000, helpdesks: ['zendesk', 'intercom', 'usedesk'] });
  // Every tenth item gets what real quotes have and CSV must handle: quotes, separators, newlines,
  // a formula-looking start, a second tag and a note.
  items = base.map((item, i) =>
    i % 10 === 0
      ? { ...item, quote: `=${item.quote}\n"Sure; right", they said, and left.`, tags: [...item.tags, 'other'], note: 'called back; no answer' }
      : item,
  );
  return items;
}

const tags: Tag[] = DEFAULT_TAGS.map((t) => ({ id: t.id, label: { ...t.label }, archived: false, builtin: true, createdAt: 0 }));
const baselineLabel = 'JSON.stringify of the same 100,000 items';

export const benches: Bench[] = [
  {
    name: 'aggregate-100k',
    baselineLabel,
    maxRatio: 3,
    iterations: 15,
    setup() {
      const all = corpus();
      return { run: () => aggregate(all, { zone: localZone }), baseline: () => JSON.stringify(all) };
    },
  },
  {
    name: 'export-csv-100k',
    baselineLabel,
    maxRatio: 3,
    iterations: 15,
    setup() {
      const all = corpus();
      return { run: () => exportCsv(all, tags, { locale: 'ru', zone: localZone }), baseline: () => JSON.stringify(all) };
    },
  },
];
