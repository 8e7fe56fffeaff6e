import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFeedbackHandlers } from '../../feedback/handlers';
import { listTags } from '../../feedback/messages';
import { dbName } from '../../feedback/testing/fixtures';
import { customRule } from '../../framing/testing';
import type { DownloadFile } from '../../leads/client';
import type { Settings } from '../../settings/model';
import { cachePolicy } from '../../settings/policy-cache';
import { SETTINGS_KEY } from '../../settings/store';
import { byTestId, click, mountOptions, q, settle } from '../testing';
import { GOOD_PACK, HOSTILE_PACKS } from './fixtures';
import { UNDO_KEY } from './plan';
import { parsePack } from './schema';

let feedback: ReturnType<typeof registerFeedbackHandlers>;
beforeEach(() => {
  feedback = registerFeedbackHandlers({ dbName: dbName(), area: fakeBrowser.storage.local });
});
afterEach(() => feedback.unregister());

const stored = async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings | undefined;

async function choose(root: HTMLElement, text: string, name = 'pack.json') {
  const input = byTestId<HTMLInputElement>(root, 'pack-import-input');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(12);
}

async function before() {
  await fakeBrowser.storage.local.set({
    [SETTINGS_KEY]: { agentName: 'Olga', framing: { customRules: [customRule({ id: 'team.old', pattern: 'old words' })], disabledRules: ['en.blame.should-have'] } },
  });
}

describe('rule packs: import with preview and undo', () => {
  it('previews what changes, imports it, and undoes it', async () => {
    await before();
    const { root } = await mountOptions('packs');
    await choose(root, JSON.stringify(GOOD_PACK));
    const preview = byTestId(root, 'pack-preview');
    expect(preview.querySelector('h3')!.textContent).toBe('What importing “Acme support” changes');
    const lines = [...byTestId(root, 'pack-preview-list').children].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual([
      expect.stringMatching(/^Phrase rules: 2 added.*acme\.islands.*acme\.ostrova.*1 removed.*team\.old/),
      expect.stringMatching(/^Switched-off rules: 1 switched off.*1 switched on again/),
      expect.stringMatching(/^Tags: 1 added.*Refund request.*1 renamed.*Defect/),
      expect.stringMatching(/^Built-in helpdesks: 1 added.*demo/),
      expect.stringMatching(/^Custom sites: 1 added.*acme-help/),
    ]);
    // nothing is written before Import
    expect((await stored())!.framing.customRules.map((r) => r.id)).toEqual(['team.old']);

    await click(byTestId(root, 'pack-import-confirm'));
    expect(byTestId(root, 'status').textContent).toBe('Imported “Acme support”.');
    let s = (await stored())!;
    expect(s.framing.customRules.map((r) => r.id)).toEqual(['acme.islands', 'acme.ostrova']);
    expect(s.framing.disabledRules).toEqual(['en.limit.only']);
    expect(s.customSites.map((x) => x.id)).toEqual(['acme-help']);
    expect(s.adapters.demo!.selectors).toEqual({ sendButton: 'button.dd-send' });
    expect(s.agentName).toBe('Olga');
    let tags = await listTags.send({ includeArchived: true });
    expect(tags.find((t) => t.id === 'refund')?.label).toEqual({ en: 'Refund request', ru: 'Запрос возврата' });
    expect(tags.find((t) => t.id === 'bug')?.label).toEqual({ en: 'Defect', ru: 'Дефект' });

    // the undo survives the page being closed and opened again
    const again = await mountOptions('packs');
    await click(byTestId(again.root, 'pack-undo-button'));
    expect(byTestId(again.root, 'status').textContent).toBe('The import was undone: your previous rules, tags and sites are back.');
    s = (await stored())!;
    expect(s.framing.customRules.map((r) => r.id)).toEqual(['team.old']);
    expect(s.framing.disabledRules).toEqual(['en.blame.should-have']);
    expect(s.customSites).toEqual([]);
    expect(s.adapters).toEqual({});
    expect(s.agentName).toBe('Olga');
    tags = await listTags.send({ includeArchived: true });
    expect(tags.find((t) => t.id === 'refund')).toBeUndefined();
    expect(tags.find((t) => t.id === 'bug')?.label).toEqual({ en: 'Bug', ru: 'Ошибка' });
    expect((await fakeBrowser.storage.local.get(UNDO_KEY))[UNDO_KEY]).toBeUndefined();
    expect(q(again.root, 'pack-undo')).toBeNull();
  });

  it('cancels a preview without changing anything', async () => {
    await before();
    const { root } = await mountOptions('packs');
    await choose(root, JSON.stringify(GOOD_PACK));
    await click(byTestId(root, 'pack-import-cancel'));
    expect(q(root, 'pack-preview')).toBeNull();
    expect((await stored())!.framing.customRules.map((r) => r.id)).toEqual(['team.old']);
  });

  it('refuses every corrupt or hostile file with its reason, and changes nothing', async () => {
    await before();
    const snapshot = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const { root } = await mountOptions('packs');
    for (const [what, text, why] of HOSTILE_PACKS) {
      await choose(root, text, `${what}.json`);
      expect(q(root, 'pack-preview'), what).toBeNull();
      const refusal = byTestId(root, 'pack-refused').textContent!;
      expect(refusal, what).toMatch(/^The file was not imported, and nothing changed\./);
      expect(refusal, what).toMatch(why);
    }
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(snapshot);
  });

  it('says it in Russian on a Russian page', async () => {
    const { root } = await mountOptions('packs', { locale: 'ru' });
    await choose(root, JSON.stringify({ ...GOOD_PACK, tactPack: 3 }));
    expect(byTestId(root, 'pack-refused').textContent).toBe('Файл не импортирован, ничего не изменилось. Этот набор версии 3, его сделал более новый Tact; этот читает версию 1. Обновите Tact и попробуйте снова.');
  });

  it('leaves out what the organisation locks', async () => {
    await cachePolicy({ locks: ['framing.customRules'] });
    const { root } = await mountOptions('packs');
    await choose(root, JSON.stringify(GOOD_PACK));
    expect(byTestId(root, 'pack-preview').textContent).toMatch(/Not imported, managed by your organisation: rules\.custom\./);
    await click(byTestId(root, 'pack-import-confirm'));
    const s = (await stored())!;
    expect(s.framing.customRules).toEqual([]);
    expect(s.framing.disabledRules).toEqual(['en.limit.only']);
  });
});

describe('rule packs: export', () => {
  it('exports the user’s rules, tags and sites as a pack that imports back unchanged', async () => {
    await before();
    const files: DownloadFile[] = [];
    const { root } = await mountOptions('packs', { download: (f) => files.push(f) });
    await click(byTestId(root, 'pack-export'));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^tact-pack-\d{4}-\d{2}-\d{2}\.json$/);
    expect(byTestId(root, 'status').textContent).toBe('Exported: 1 rule, 11 tags, 0 sites.');
    const pack = parsePack(files[0]!.text);
    expect(pack.ok).toBe(true);
    await choose(root, files[0]!.text);
    expect(byTestId(root, 'pack-nothing').textContent).toMatch(/Nothing would change/);
    expect(byTestId<HTMLButtonElement>(root, 'pack-import-confirm').disabled).toBe(true);
  });
});
