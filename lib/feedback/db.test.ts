import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { createV1Schema, DB_VERSION, MIGRATIONS, openFeedbackDb, readPendingTags } from './db';
import type { FeedbackItemV1 } from './migrate';
import { FeedbackService } from './service';
import { tagIdForName } from './defaultTags';
import { dbName } from './testing/fixtures';

const v1 = (over: Partial<FeedbackItemV1> = {}): FeedbackItemV1 => ({
  id: '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
  tags: ['Bug'],
  quote: 'The export button does nothing',
  customerName: 'Emily Carter',
  customerEmail: 'emily@mail.example',
  customerId: '7001',
  helpdesk: 'Zendesk',
  ticketId: '555',
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/555',
  language: 'en',
  createdAt: '2025-11-03T09:15:00.000Z',
  agent: 'Kate',
  ...over,
});

const FIXTURES: FeedbackItemV1[] = [
  v1(),
  v1({ id: '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5c', tags: ['Баг', 'дизайн'], quote: 'Кнопка фиолетовая', language: undefined, agent: undefined }),
  v1({ id: '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5d', tags: ['Возвраты денег'], customerName: '', customerEmail: '', customerId: '', note: 'called twice' }),
  v1({ id: '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5e', tags: [] }),
];
const BROKEN = { id: 'broken-1', tags: ['Bug'], quote: 'no date, no ticket' };

async function seedV1(name: string, records: unknown[]): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (d) => createV1Schema(d) });
  const tx = db.transaction('items', 'readwrite');
  for (const r of records) await tx.store.put(r);
  await tx.done;
  db.close();
}

describe('feedback database', () => {
  it('creates the current layout on a fresh install by running every step', async () => {
    const db = await openFeedbackDb({ name: dbName() });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['items', 'meta', 'quarantine']);
    expect([...db.transaction('items').store.indexNames].sort()).toEqual(['createdAt', 'tag', 'ticket']);
    db.close();
  });

  it('has a step for every version up to the current one', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(MIGRATIONS[v], `migration to v${v}`).toBeTypeOf('function');
  });

  it('migrates v1 data (tag names, flat customer, ISO dates) to v2 and loses nothing', async () => {
    const name = dbName();
    await seedV1(name, [...FIXTURES, BROKEN]);
    const db = await openFeedbackDb({ name });
    const items = await db.getAll('items');
    expect(items).toHaveLength(4);
    const first = items.find((i) => i.id === FIXTURES[0]!.id)!;
    expect(first).toEqual({
      schemaVersion: 2,
      id: FIXTURES[0]!.id,
      tags: ['bug'],
      quote: 'The export button does nothing',
      customer: { name: 'Emily Carter', email: 'emily@mail.example', userId: '7001' },
      helpdesk: 'zendesk',
      ticketId: '555',
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/555',
      language: 'en',
      createdAt: Date.UTC(2025, 10, 3, 9, 15),
      agent: 'Kate',
    });
    const ru = items.find((i) => i.id === FIXTURES[1]!.id)!;
    expect(ru.tags).toEqual(['bug', 'ux']);
    expect(ru.language).toBe('ru');
    expect(ru.agent).toBe('');
    const custom = items.find((i) => i.id === FIXTURES[2]!.id)!;
    expect(custom.tags).toEqual([tagIdForName('Возвраты денег')]);
    expect(custom.customer).toEqual({});
    expect(custom.note).toBe('called twice');
    expect(items.find((i) => i.id === FIXTURES[3]!.id)!.tags).toEqual(['other']);

    // The v2 tag index works on ids now.
    expect(await db.getAllKeysFromIndex('items', 'tag', 'bug')).toHaveLength(2);
    // The record it could not read is kept aside with the reason, not dropped.
    const q = await db.getAll('quarantine');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ key: 'v1:broken-1', fromVersion: 1, raw: BROKEN });
    expect(q[0]!.reason).toMatch(/createdAt: bad_date/);
    // The custom name waits in `meta` until the tag store has it.
    expect(await readPendingTags(db)).toEqual([{ id: tagIdForName('Возвраты денег'), name: 'Возвраты денег' }]);
    db.close();
  });

  it('hands tag names met during the upgrade to the tag store, once', async () => {
    const name = dbName();
    await seedV1(name, FIXTURES);
    const service = new FeedbackService({ area: browser.storage.local, dbName: name });
    const db = await service.db();
    const tag = await service.tags.get(tagIdForName('Возвраты денег'));
    expect(tag?.label).toEqual({ en: 'Возвраты денег', ru: 'Возвраты денег' });
    expect(await readPendingTags(db)).toEqual([]);
    await service.close();
  });

  it('rolls a failed upgrade back: still v1, data untouched', async () => {
    const name = dbName();
    await seedV1(name, FIXTURES);
    const failing = {
      ...MIGRATIONS,
      2: async (...args: Parameters<(typeof MIGRATIONS)[2]>) => {
        await MIGRATIONS[2]!(...args);
        throw new Error('disk went away');
      },
    };
    await expect(openFeedbackDb({ name, migrations: failing })).rejects.toThrow(/upgrade to v2 failed and was rolled back: disk went away/);
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.getAll('items')).toEqual(FIXTURES);
    raw.close();
    // and a later open with the real steps still migrates it
    const db = await openFeedbackDb({ name });
    expect(await db.count('items')).toBe(FIXTURES.length);
    db.close();
  });

  it('opens an already current database without changing it', async () => {
    const name = dbName();
    const a = await openFeedbackDb({ name });
    await a.put('items', {
      schemaVersion: 2,
      id: '6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
      tags: ['bug'],
      quote: 'q',
      customer: {},
      helpdesk: 'zendesk',
      ticketId: '1',
      ticketUrl: 'https://a.example/1',
      language: 'en',
      createdAt: Date.UTC(2025, 0, 1),
      agent: '',
    });
    a.close();
    const b = await openFeedbackDb({ name });
    expect(await b.count('items')).toBe(1);
    b.close();
  });
});
