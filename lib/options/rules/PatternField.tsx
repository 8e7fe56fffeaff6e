/**
 * A pattern input that says, as you type, whether the pattern compiles, and if not what is wrong
 * (in the page's language) and where: the pattern is echoed below with the span the error is about
 * marked (a caret when the error is between two characters). Text only, never markup from the pattern.
 */
import { useId } from 'preact/hooks';
import { pick, type Locale } from '../../i18n';
import type { RuleProblem } from '../../framing/custom';
import { t } from './strings';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  problem: RuleProblem | null;
  /** Show the problem (after the first edit or a save attempt; an untouched empty pattern is not an error yet). */
  showProblem: boolean;
  hint?: string;
  readOnly?: boolean;
  locale: Locale;
  testId: string;
  rows?: number;
  /** Also removable (exceptions). */
  onRemove?: () => void;
  removeLabel?: string;
}

export function PatternEcho({ source, start, end }: { source: string; start: number; end: number }) {
  const a = Math.max(0, Math.min(start, source.length));
  const b = Math.max(a, Math.min(end, source.length));
  return (
    <p class="op-pattern-echo" aria-hidden="true" data-testid="pattern-echo">
      {source.slice(0, a)}
      {b > a ? <mark>{source.slice(a, b)}</mark> : <span class="op-caret" />}
      {source.slice(b)}
    </p>
  );
}

export function PatternField(p: Props) {
  const id = useId();
  const tr = t.in(p.locale);
  const shown = p.showProblem ? p.problem : null;
  const described = [p.hint ? `${id}-hint` : '', `${id}-state`].filter(Boolean).join(' ');
  return (
    <div class="op-field">
      <div class="op-field-label">
        <label for={id}>{p.label}</label>
      </div>
      <div class="op-list-row">
        <textarea
          id={id}
          class="op-textarea op-mono"
          rows={p.rows ?? 2}
          spellcheck={false}
          value={p.value}
          readOnly={p.readOnly}
          aria-invalid={shown ? true : undefined}
          aria-describedby={described}
          data-testid={p.testId}
          onInput={(e) => p.onInput((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {p.onRemove && !p.readOnly && (
          <button type="button" class="op-button is-quiet is-small" aria-label={p.removeLabel} onClick={p.onRemove}>
            {tr('remove')}
          </button>
        )}
      </div>
      {p.hint && (
        <p class="op-hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      <div id={`${id}-state`} aria-live="polite" data-testid={`${p.testId}-state`}>
        {shown ? (
          <>
            <p class="op-error" data-testid={`${p.testId}-error`}>
              {shown.start !== undefined && p.value.length > 0 ? `${tr('patternAt', { at: shown.start + 1 })} ` : ''}
              {pick(shown.message, p.locale)}
            </p>
            {shown.start !== undefined && p.value.length > 0 && <PatternEcho source={p.value} start={shown.start} end={shown.end ?? shown.start} />}
          </>
        ) : (
          p.value.trim() && !p.problem && !p.readOnly && <p class="op-hint op-ok">{tr('patternOk')}</p>
        )}
      </div>
    </div>
  );
}
