/**
 * Creating and editing a custom rule (or viewing a built-in or managed one): id, language, kind,
 * pattern and exceptions checked as you type, message and hint in both UI languages, and examples
 * run live against the rule — each marked passing or failing. Saving re-checks everything and
 * refuses a rule that does not compile, moving focus to the first thing to fix.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { CheckLang } from '../../check/types';
import { BUILTIN_PACKS, compiledPack, KIND_TEXT, type FramingRule, type RefusalKind } from '../../framing';
import { runExamples, toFramingRule, type RuleProblem } from '../../framing/custom';
import { pick, type Locale, type Localized } from '../../i18n';
import type { CustomRuleSource } from '../../settings/model';
import { REFUSAL_KINDS } from '../../settings/schema';
import type { OptionsState } from '../store';
import { ManagedBadge } from '../ui/Managed';
import { Field } from '../ui/controls';
import { checkDraft, packsWithDraft } from './model';
import { PatternField } from './PatternField';
import { t } from './strings';

export interface EditorProps {
  state: OptionsState;
  locale: Locale;
  draft: CustomRuleSource;
  originalId: string | null;
  /** Built-in or managed: shown, not editable. */
  readOnly: 'builtin' | 'managed' | null;
  onChange: (draft: CustomRuleSource) => void;
  onSave: () => Promise<boolean>;
  onCancel: () => void;
  onDelete?: () => void;
}

/** A built-in rule in the editor's shape, for viewing. */
export function asSource(rule: FramingRule): CustomRuleSource {
  return {
    id: rule.id,
    lang: rule.lang,
    kind: rule.kind,
    pattern: rule.pattern,
    exceptions: [...rule.exceptions],
    message: { ...rule.message },
    hint: { ...rule.hint },
    examples: { match: [...rule.examples.match], noMatch: [...rule.examples.noMatch] },
  };
}

function LocalizedFields(p: {
  label: string;
  hint?: string;
  value: Localized;
  placeholder: Localized;
  readOnly: boolean;
  locale: Locale;
  testId: string;
  onChange: (value: Localized) => void;
}) {
  const tr = t.in(p.locale);
  return (
    <fieldset class="op-fieldset">
      <legend>{p.label}</legend>
      {p.hint && <p class="op-hint">{p.hint}</p>}
      <div class="op-grid-2">
        {(['en', 'ru'] as const).map((lang) => (
          <Field key={lang} label={lang === 'en' ? tr('inEnglish') : tr('inRussian')} locale={p.locale}>
            {({ id, describedBy }) => (
              <textarea
                id={id}
                class="op-textarea"
                rows={2}
                lang={lang}
                value={p.value[lang]}
                placeholder={p.placeholder[lang]}
                readOnly={p.readOnly}
                aria-describedby={describedBy}
                data-testid={`${p.testId}-${lang}`}
                onInput={(e) => p.onChange({ ...p.value, [lang]: (e.currentTarget as HTMLTextAreaElement).value })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

type ExampleList = 'match' | 'noMatch';

export function RuleEditor(p: EditorProps) {
  const tr = t.in(p.locale);
  const { draft, readOnly } = p;
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const root = useRef<HTMLFormElement>(null);
  const editable = readOnly === null;

  const check = useMemo(() => (editable ? checkDraft(p.state, draft, p.originalId) : null), [p.state, draft, p.originalId, editable]);
  const problems: RuleProblem[] = check && !check.ok ? check.problems : [];
  const problemOf = (field: RuleProblem['field'], index?: number) => problems.find((x) => x.field === field && (index === undefined || x.index === index)) ?? null;

  // Examples run against the rule as the checker would run it: inside its language's pack.
  const examples = useMemo(() => {
    if (readOnly === 'builtin') return runExamples(toFramingRule(draft), compiledPack(BUILTIN_PACKS[draft.lang]));
    if (problems.some((x) => x.field !== 'id')) return null;
    const probe = { ...draft, id: problemOf('id') ? '__draft__' : draft.id.trim() };
    const packs = packsWithDraft(p.state, probe, p.originalId);
    if (!packs.packs[draft.lang].rules.some((r) => r.id === probe.id)) return null;
    return runExamples(toFramingRule({ ...probe, examples: draft.examples }), compiledPack(packs.packs[draft.lang]));
  }, [p.state, draft, p.originalId, readOnly, check]);

  const set = (patch: Partial<CustomRuleSource>) => p.onChange({ ...draft, ...patch });
  const touch = (key: string) => setTouched((x) => (x[key] ? x : { ...x, [key]: true }));
  const setList = (list: ExampleList, items: string[]) => set({ examples: { ...draft.examples, [list]: items } });

  const submit = async (e: Event) => {
    e.preventDefault();
    setAttempted(true);
    if (problems.length) {
      // the first marked field, so a keyboard user lands on what to fix
      queueMicrotask(() => root.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      await p.onSave(); // announces why (the section refuses too)
      return;
    }
    await p.onSave();
  };

  const title = p.originalId === null ? tr('editorNew') : editable ? tr('editorEdit', { id: p.originalId }) : tr('editorView', { id: draft.id });
  const kindText = KIND_TEXT[draft.kind as RefusalKind] ?? KIND_TEXT.cannot;
  const failing = examples ? [...examples.match, ...examples.noMatch].filter((x) => !x.passes).length : 0;
  const total = examples ? examples.match.length + examples.noMatch.length : 0;

  const exampleRows = (list: ExampleList) => {
    const items = draft.examples[list];
    const results = examples?.[list];
    return (
      <fieldset class="op-fieldset" data-testid={`examples-${list}`}>
        <legend>{list === 'match' ? tr('examplesMatch') : tr('examplesNoMatch')}</legend>
        <div class="op-list-edit">
          {items.map((text, i) => {
            const result = text.trim() ? results?.find((r) => r.text === text) : undefined;
            const label = list === 'match' ? tr('exampleMatchN', { n: i + 1 }) : tr('exampleNoMatchN', { n: i + 1 });
            return (
              <div class="op-example" key={i} data-testid={`example-${list}-${i}`}>
                <input
                  type="text"
                  class="op-input"
                  aria-label={label}
                  value={text}
                  readOnly={!editable}
                  onInput={(e) => setList(list, items.map((x, j) => (j === i ? (e.currentTarget as HTMLInputElement).value : x)))}
                />
                {result && (
                  <span class={`op-verdict ${result.passes ? 'is-pass' : 'is-fail'}`} data-testid="verdict" data-passes={String(result.passes)}>
                    {result.passes ? tr('pass') : tr('fail')} · {result.flagged ? tr('flagged') : tr('notFlagged')}
                  </span>
                )}
                {editable && (
                  <button type="button" class="op-button is-quiet is-small" aria-label={tr('removeItem', { what: label })} onClick={() => setList(list, items.filter((_, j) => j !== i))}>
                    {tr('remove')}
                  </button>
                )}
              </div>
            );
          })}
          {editable && (
            <div>
              <button type="button" class="op-button is-small" data-testid={`add-example-${list}`} onClick={() => setList(list, [...items, ''])}>
                {tr('addExample')}
              </button>
            </div>
          )}
        </div>
      </fieldset>
    );
  };

  const idProblem = problemOf('id');
  return (
    <form class="op-panel op-editor" ref={root} onSubmit={submit} aria-labelledby="op-rule-editor-title" data-testid="rule-editor" noValidate>
      <div class="op-panel-head">
        <h3 id="op-rule-editor-title" tabIndex={-1}>
          {title}
        </h3>
        {readOnly === 'managed' && <ManagedBadge locale={p.locale} />}
      </div>

      <div class="op-grid-2">
        <Field label={tr('id')} hint={editable ? tr('idHint') : undefined} error={editable && idProblem && (attempted || touched.id) ? pick(idProblem.message, p.locale) : undefined} locale={p.locale}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              class="op-input op-mono"
              value={draft.id}
              readOnly={!editable}
              spellcheck={false}
              autoComplete="off"
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              data-testid="rule-id"
              onInput={(e) => set({ id: (e.currentTarget as HTMLInputElement).value })}
              onBlur={() => touch('id')}
            />
          )}
        </Field>
        <Field label={tr('lang')} locale={p.locale}>
          {({ id }) => (
            <select id={id} class="op-select" value={draft.lang} disabled={!editable} data-testid="rule-lang" onChange={(e) => set({ lang: (e.currentTarget as HTMLSelectElement).value as CheckLang })}>
              <option value="ru">{tr('langRu')}</option>
              <option value="en">{tr('langEn')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field label={tr('kind')} locale={p.locale}>
        {({ id }) => (
          <select id={id} class="op-select" value={draft.kind} disabled={!editable} data-testid="rule-kind" onChange={(e) => set({ kind: (e.currentTarget as HTMLSelectElement).value as RefusalKind })}>
            {REFUSAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {tr(`kind_${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <PatternField
        label={tr('pattern')}
        hint={editable ? tr('patternHint') : undefined}
        value={draft.pattern}
        onInput={(pattern) => {
          touch('pattern');
          set({ pattern });
        }}
        problem={problemOf('pattern')}
        showProblem={attempted || Boolean(touched.pattern && draft.pattern.trim())}
        readOnly={!editable}
        locale={p.locale}
        testId="rule-pattern"
      />

      <fieldset class="op-fieldset" data-testid="rule-exceptions">
        <legend>{tr('exceptions')}</legend>
        {editable && <p class="op-hint">{tr('exceptionsHint')}</p>}
        {draft.exceptions.map((e, i) => (
          <PatternField
            key={i}
            label={tr('exception', { n: i + 1 })}
            value={e}
            onInput={(value) => {
              touch(`exception${i}`);
              set({ exceptions: draft.exceptions.map((x, j) => (j === i ? value : x)) });
            }}
            problem={problemOf('exceptions', i)}
            showProblem={attempted || Boolean(touched[`exception${i}`])}
            readOnly={!editable}
            locale={p.locale}
            testId={`rule-exception-${i}`}
            rows={1}
            onRemove={() => set({ exceptions: draft.exceptions.filter((_, j) => j !== i) })}
            removeLabel={tr('removeItem', { what: tr('exception', { n: i + 1 }) })}
          />
        ))}
        {editable && (
          <button type="button" class="op-button is-small" data-testid="add-exception" onClick={() => set({ exceptions: [...draft.exceptions, ''] })}>
            {tr('addException')}
          </button>
        )}
      </fieldset>

      <LocalizedFields label={tr('message')} hint={editable ? tr('messageHint') : undefined} value={draft.message} placeholder={kindText.message} readOnly={!editable} locale={p.locale} testId="rule-message" onChange={(message) => set({ message })} />
      <LocalizedFields label={tr('hint')} value={draft.hint} placeholder={kindText.hint} readOnly={!editable} locale={p.locale} testId="rule-hint" onChange={(hint) => set({ hint })} />

      {exampleRows('match')}
      {exampleRows('noMatch')}
      <p class={`op-small ${examples && failing ? 'op-error' : 'op-muted'}`} aria-live="polite" data-testid="examples-summary">
        {!examples ? tr('examplesWait') : failing ? tr('examplesSummary', { failing, count: total }) : total ? tr('examplesAllPass', { count: total }) : ''}
      </p>

      <div class="op-actions">
        {editable ? (
          <>
            <button type="submit" class="op-button is-primary" data-testid="rule-save">
              {tr('save')}
            </button>
            <button type="button" class="op-button" data-testid="rule-cancel" onClick={p.onCancel}>
              {tr('cancel')}
            </button>
            {p.onDelete && (
              <button type="button" class="op-button is-danger" data-testid="rule-delete" onClick={p.onDelete}>
                {tr('delete')}
              </button>
            )}
          </>
        ) : (
          <button type="button" class="op-button" data-testid="rule-close" onClick={p.onCancel}>
            {tr('close')}
          </button>
        )}
      </div>
    </form>
  );
}
