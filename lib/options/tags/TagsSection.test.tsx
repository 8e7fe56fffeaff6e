import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFeedbackHandlers } from '../../feedback/handlers';
import { logFeedback, queryFeedback } from '../../feedback/messages';
import { applyPolicyTags } from '../../feedback/policy-tags';
import { dbName, draft } from '../../feedback/testing/fixtures';
import { cachePolicy } from '../../settings/policy-cache';
import { byTestId, click, mountOptions, q, settle, typeInto } from '../testing';

let feedback: ReturnType<typeof registerFeedbackHandlers>;
beforeEach(() => {
  feedback = registerFeedbackHandlers({ dbName: dbName(), area: fakeBrowser.storage.local });
});
afterEach(() => feedback.unregister());

async function logItems() {
  await logFeedback.send(draft({ tags: ['bug'], quote: 'Export is broken', ticketId: '1' }));
  await logFeedback.send(draft({ tags: ['bug'], quote: 'Login fails', ticketId: '2' }));
  await logFeedback.send(draft({ tags: ['ux'], quote: 'The button is purple', ticketId: '3' }));
}

const row = (root: HTMLElement, id: string) => byTestId(root, `tag-row-${id}`);
const count = (root: HTMLElement, id: string) => byTestId(row(root, id), 'tag-count').textContent;
const tagsOfItems = async () => Object.fromEntries((await queryFeedback.send({})).items.map((i) => [i.quote, i.tags]));

describe('tags section', () => {
  it('lists the tags with their item counts, Russian plurals included', async () => {
    await logItems();
    const { root } = await mountOptions('tags');
    expect(count(root, 'bug')).toBe('2 items');
    expect(count(root, 'ux')).toBe('1 item');
    expect(count(root, 'pricing')).toBe('0 items');
    const ru = await mountOptions('tags', { locale: 'ru' });
    expect(count(ru.root, 'bug')).toBe('2 записи');
    expect(count(ru.root, 'ux')).toBe('1 запись');
    expect(count(ru.root, 'pricing')).toBe('0 записей');
  });

  it('adds a tag, and refuses a name that is taken', async () => {
    const { root } = await mountOptions('tags');
    await typeInto(byTestId<HTMLInputElement>(root, 'tag-new-en'), 'Refund request', false);
    await typeInto(byTestId<HTMLInputElement>(root, 'tag-new-ru'), 'Запрос возврата', false);
    await click(byTestId(root, 'tag-add-button'));
    expect(byTestId(root, 'status').textContent).toBe('Tag “Refund request” added.');
    expect(root.querySelector('[data-testid="tags-table"]')!.textContent).toContain('Refund request');
    await typeInto(byTestId<HTMLInputElement>(root, 'tag-new-en'), 'bug', false);
    await click(byTestId(root, 'tag-add-button'));
    expect(byTestId(root, 'status').textContent).toBe('A tag with this name already exists.');
  });

  it('renames a tag; its items keep it', async () => {
    await logItems();
    const { root } = await mountOptions('tags');
    await click(byTestId(row(root, 'bug'), 'tag-rename'));
    await typeInto(byTestId<HTMLInputElement>(root, 'tag-rename-en'), 'Defect', false);
    await typeInto(byTestId<HTMLInputElement>(root, 'tag-rename-ru'), 'Дефект', false);
    await click(byTestId(root, 'tag-rename-save'));
    expect(byTestId(root, 'status').textContent).toBe('Tag renamed to “Defect”; its items keep it.');
    expect(row(root, 'bug').querySelector('strong')!.textContent).toBe('Defect');
    expect(count(root, 'bug')).toBe('2 items');
    expect(await tagsOfItems()).toEqual({ 'Export is broken': ['bug'], 'Login fails': ['bug'], 'The button is purple': ['ux'] });
  });

  it('merges a tag into another after asking; its items move, and it shows as merged', async () => {
    await logItems();
    const asked: string[] = [];
    const { root } = await mountOptions('tags', { confirm: (m) => (asked.push(m), true) });
    await click(byTestId(row(root, 'ux'), 'tag-merge'));
    const select = byTestId<HTMLSelectElement>(row(root, 'ux'), 'tag-merge-into');
    await typeInto(select as never, 'bug');
    await click(byTestId(row(root, 'ux'), 'tag-merge-confirm'));
    expect(asked).toEqual(['Move 1 item from “UX / design” to “Bug” and archive “UX / design”? This cannot be undone.']);
    expect(byTestId(root, 'status').textContent).toBe('“UX / design” merged into “Bug”: 1 item re-tagged.');
    expect(await tagsOfItems()).toEqual({ 'Export is broken': ['bug'], 'Login fails': ['bug'], 'The button is purple': ['bug'] });
    expect(count(root, 'bug')).toBe('3 items');
    expect(q(root, 'tag-row-ux')).toBeNull();
    await click(byTestId(root, 'tags-show-archived'));
    expect(row(root, 'ux').textContent).toContain('Merged into “Bug”');
    expect(q(row(root, 'ux'), 'tag-restore')).toBeNull();
  });

  it('keeps items through a rename after a merge too', async () => {
    await logItems();
    const { root } = await mountOptions('tags', { confirm: () => true });
    await click(byTestId(row(root, 'ux'), 'tag-merge'));
    await typeInto(byTestId<HTMLSelectElement>(row(root, 'ux'), 'tag-merge-into') as never, 'bug');
    await click(byTestId(row(root, 'ux'), 'tag-merge-confirm'));
    await click(byTestId(row(root, 'bug'), 'tag-rename'));
    await typeInto(byTestId<HTMLInputElement>(root, 'tag-rename-en'), 'Problems', false);
    await click(byTestId(root, 'tag-rename-save'));
    expect(Object.values(await tagsOfItems())).toEqual([['bug'], ['bug'], ['bug']]);
    // logging under the merged id lands on the survivor
    await logFeedback.send(draft({ tags: ['ux'], quote: 'Too many clicks', ticketId: '4' }));
    await settle();
    expect((await tagsOfItems())['Too many clicks']).toEqual(['bug']);
  });

  it('archives and restores a tag, and deletes an unused one', async () => {
    await logItems();
    const { root } = await mountOptions('tags', { confirm: () => true });
    await click(byTestId(row(root, 'ux'), 'tag-archive'));
    expect(q(root, 'tag-row-ux')).toBeNull();
    await click(byTestId(root, 'tags-show-archived'));
    expect(row(root, 'ux').textContent).toContain('Archived');
    await click(byTestId(row(root, 'ux'), 'tag-restore'));
    expect(row(root, 'ux').textContent).toContain('Active');
    expect(q(row(root, 'bug'), 'tag-delete')).toBeNull();
    await click(byTestId(row(root, 'pricing'), 'tag-delete'));
    expect(q(root, 'tag-row-pricing')).toBeNull();
  });

  it('shows the organisation’s tags as managed, and nothing editable when tags are locked', async () => {
    await cachePolicy({ tags: [{ id: 'refund', label: { en: 'Refund', ru: 'Возврат' } }] });
    await applyPolicyTags(feedback.service.tags, [{ id: 'refund', label: { en: 'Refund', ru: 'Возврат' }, archived: false }]);
    let { root } = await mountOptions('tags');
    expect(q(row(root, 'refund'), 'managed-badge')).toBeTruthy();
    expect(q(row(root, 'refund'), 'tag-rename')).toBeNull();
    expect(q(row(root, 'bug'), 'tag-rename')).toBeTruthy();
    await cachePolicy({ locks: ['tags'] });
    ({ root } = await mountOptions('tags'));
    expect(q(root, 'tag-add')).toBeNull();
    expect(byTestId(root, 'tags-locked').textContent).toMatch(/organisation manages the tags/);
    expect(root.querySelectorAll('[data-testid="tag-rename"]')).toHaveLength(0);
  });
});

describe('policy tags', () => {
  it('are added, relabelled and archived as the policy says; other tags are left alone', async () => {
    const store = feedback.service.tags;
    await applyPolicyTags(store, [
      { id: 'refund', label: { en: 'Refund', ru: 'Возврат' }, archived: false },
      { id: 'bug', label: { en: 'Defect', ru: 'Дефект' }, archived: false },
      { id: 'docs', label: { en: 'Docs / onboarding', ru: 'Документация и обучение' }, archived: true },
    ]);
    const tags = await store.all();
    expect(tags.find((t) => t.id === 'refund')).toMatchObject({ label: { en: 'Refund', ru: 'Возврат' }, archived: false });
    expect(tags.find((t) => t.id === 'bug')!.label).toEqual({ en: 'Defect', ru: 'Дефект' });
    expect(tags.find((t) => t.id === 'docs')!.archived).toBe(true);
    expect(tags.find((t) => t.id === 'ux')).toMatchObject({ label: { en: 'UX / design' }, archived: false });
  });
});
