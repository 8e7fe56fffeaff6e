/**
 * One text field per selector, the adapter's own selector shown as the placeholder (an empty field
 * keeps it), the browser's message under a selector that does not parse. The first few fields show;
 * the rest fold under "More selectors" unless one of them is filled or wrong.
 */
import { SELECTOR_KEYS, type SelectorKey } from '../../adapters/contract';
import type { Locale } from '../../i18n';
import { SELECTOR_MAX } from '../../sites/selectors';
import { Field } from '../ui/controls';
import { keyHint, keyLabel, t } from './strings';

export type SelectorValues = Partial<Record<SelectorKey, string>>;

export interface SelectorFieldsProps {
  values: SelectorValues;
  /** What the adapter uses when a field is empty. */
  defaults: SelectorValues;
  errors: SelectorValues;
  onInput: (key: SelectorKey, value: string) => void;
  locale: Locale;
  disabled?: boolean;
  /** Shown first; the others under "More selectors". Default: every key shown. */
  primary?: readonly SelectorKey[];
  testPrefix: string;
}

export function SelectorFields(p: SelectorFieldsProps) {
  const tr = t.in(p.locale);
  const primary = p.primary ?? SELECTOR_KEYS;
  const rest = SELECTOR_KEYS.filter((k) => !primary.includes(k));
  const field = (key: SelectorKey) => (
    <Field key={key} label={tr(keyLabel(key))} hint={tr(keyHint(key))} error={p.errors[key]} locale={p.locale}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          class="op-input op-mono"
          spellcheck={false}
          autoComplete="off"
          maxLength={SELECTOR_MAX}
          value={p.values[key] ?? ''}
          placeholder={p.defaults[key] ?? tr('noDefault')}
          title={p.defaults[key] ? tr('builtInDefault', { value: p.defaults[key]! }) : tr('noDefault')}
          disabled={p.disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          data-testid={`${p.testPrefix}-${key}`}
          onInput={(e) => p.onInput(key, (e.currentTarget as HTMLInputElement).value)}
        />
      )}
    </Field>
  );
  const openRest = rest.some((k) => (p.values[k] ?? '').trim() || p.errors[k]);
  return (
    <div class="op-selectors">
      <div class="op-grid-2">{primary.map(field)}</div>
      {rest.length > 0 && (
        <details class="op-more" open={openRest || undefined}>
          <summary>{tr('moreSelectors')}</summary>
          <div class="op-grid-2">{rest.map(field)}</div>
        </details>
      )}
    </div>
  );
}
