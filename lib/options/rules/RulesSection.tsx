/**
 * Phrase rules: the rule editor (when open), the live tester, and every rule by language with its
 * switch. Custom rules are saved only when they compile (checked here and refused otherwise); what
 * the policy manages shows as managed and cannot be changed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectivePacks } from '../../framing/custom';
import type { CheckLang } from '../../check/types';
import { isLocked } from '../../settings/merge';
import type { CustomRuleSource } from '../../settings/model';
import { useOptions } from '../context';
import { SectionFrame } from '../ui/controls';
import { checkDraft, deleteRule, emptyRule, filterRows, packsWithDraft, ruleRows, setRuleEnabled, upsertRule, type RuleRow } from './model';
import { asSource, RuleEditor } from './RuleEditor';
import { RuleList } from './RuleList';
import { t } from './strings';
import { Tester } from './Tester';

interface Editing {
  draft: CustomRuleSource;
  originalId: string | null;
  readOnly: 'builtin' | 'managed' | null;
}

export function RulesSection() {
  const { state, locale, save, announce, confirm } = useOptions();
  const tr = t.in(locale);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);

  const packs = useMemo(() => effectivePacks(state.effective), [state.effective]);
  const rows = useMemo(() => ruleRows(state, packs), [state, packs]);
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const customLocked = isLocked(state.managed, 'framing.customRules');
  const switchesLocked = isLocked(state.managed, 'framing.disabledRules');

  const draftValid = editing && !editing.readOnly ? checkDraft(state, editing.draft, editing.originalId).ok : false;
  const testerPacks = useMemo(
    () => (editing && !editing.readOnly && draftValid ? packsWithDraft(state, editing.draft, editing.originalId).packs : packs.packs),
    [state, editing, draftValid, packs],
  );

  useEffect(() => {
    if (editing) document.getElementById('op-rule-editor-title')?.focus();
  }, [editing?.originalId, editing?.readOnly, editing === null]);

  const open = (row: RuleRow, mode: 'edit' | 'view' | 'copy') => {
    const source = row.custom ?? asSource(row.builtin!);
    if (mode === 'copy') setEditing({ draft: { ...structuredClone(source), id: `${source.id}-copy`.replace(/^(en|ru)\./, 'custom.') }, originalId: null, readOnly: null });
    else if (mode === 'edit') setEditing({ draft: structuredClone(source), originalId: row.id, readOnly: null });
    else setEditing({ draft: structuredClone(source), originalId: row.id, readOnly: row.source === 'builtin' ? 'builtin' : 'managed' });
  };

  const onSave = async (): Promise<boolean> => {
    if (!editing) return false;
    const check = checkDraft(state, editing.draft, editing.originalId);
    if (!check.ok) {
      announce(tr('notSaved'), 'error');
      return false;
    }
    const id = check.rule.id;
    const ok = await save((s) => upsertRule(s, editing.draft, editing.originalId), { announce: tr('savedRule', { id }) });
    if (ok) setEditing(null);
    return ok;
  };

  const onDelete = async () => {
    if (!editing?.originalId) return;
    const id = editing.originalId;
    if (!confirm(tr('deleteConfirm', { id }))) return;
    if (await save((s) => deleteRule(s, id), { announce: tr('deletedRule', { id }) })) setEditing(null);
  };

  const onToggle = (row: RuleRow, on: boolean) =>
    void save((s) => setRuleEnabled(s, row.id, on), { announce: on ? tr('toggledOn', { id: row.id }) : tr('toggledOff', { id: row.id }) });

  const newRule = () => {
    const lang: CheckLang = locale === 'ru' ? 'ru' : 'en';
    setEditing({ draft: emptyRule(lang), originalId: null, readOnly: null });
  };

  return (
    <SectionFrame
      id="rules"
      title={tr('title')}
      intro={tr('intro')}
      actions={
        !customLocked && (
          <button type="button" class="op-button is-primary" data-testid="new-rule" onClick={newRule}>
            {tr('newRule')}
          </button>
        )
      }
    >
      {(customLocked || switchesLocked) && (
        <p class="op-notice is-warn" data-testid="rules-locked">
          {customLocked && switchesLocked ? tr('customLockedAll') : customLocked ? tr('customLocked') : tr('switchesLocked')}
        </p>
      )}

      {editing && (
        <RuleEditor
          key={`${editing.originalId ?? 'new'}:${editing.readOnly ?? 'edit'}`}
          state={state}
          locale={locale}
          draft={editing.draft}
          originalId={editing.originalId}
          readOnly={editing.readOnly}
          onChange={(draft) => setEditing({ ...editing, draft })}
          onSave={onSave}
          onCancel={() => setEditing(null)}
          onDelete={editing.originalId !== null && !editing.readOnly ? () => void onDelete() : undefined}
        />
      )}

      <Tester packs={testerPacks} locale={locale} withDraft={Boolean(editing && !editing.readOnly && draftValid)} />

      <div class="op-field">
        <label for="op-rule-filter" class="op-field-label">
          {tr('filter')}
        </label>
        <input
          id="op-rule-filter"
          type="search"
          class="op-input"
          value={filter}
          aria-describedby="op-rule-filter-hint"
          data-testid="rule-filter"
          onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="op-rule-filter-hint" class="op-hint">
          {tr('filterHint')}
        </p>
      </div>
      <RuleList rows={shown} packs={packs} locale={locale} canEdit={!customLocked} onToggle={onToggle} onOpen={open} />
    </SectionFrame>
  );
}
