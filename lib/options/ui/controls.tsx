/**
 * Small form controls the sections share: every control has a visible label tied to it, an
 * optional hint read with it (`aria-describedby`), and a managed badge when the policy sets it
 * (the control is then disabled, and the badge says why).
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Locale } from '../../i18n';
import { ManagedBadge } from './Managed';

interface SwitchProps {
  label: ComponentChildren;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  managed?: boolean;
  disabled?: boolean;
  locale: Locale;
  testId?: string;
}

/** An on/off setting: a native checkbox with the switch role, so Space toggles it. */
export function Switch(p: SwitchProps) {
  const id = useId();
  return (
    <div class={`op-switch-row${p.managed ? ' is-managed' : ''}`}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        class="op-switch"
        checked={p.checked}
        disabled={p.managed || p.disabled}
        aria-describedby={p.hint ? `${id}-hint` : undefined}
        data-testid={p.testId}
        onChange={(e) => p.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <div class="op-switch-text">
        <label for={id}>{p.label}</label>
        {p.managed && <ManagedBadge locale={p.locale} />}
        {p.hint && (
          <p class="op-hint" id={`${id}-hint`}>
            {p.hint}
          </p>
        )}
      </div>
    </div>
  );
}

interface FieldProps {
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  managed?: boolean;
  locale: Locale;
  /** Renders the control with the ids it must carry. */
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ComponentChildren;
  class?: string;
}

export function Field(p: FieldProps) {
  const id = useId();
  const describedBy = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`op-field${p.class ? ` ${p.class}` : ''}`}>
      <div class="op-field-label">
        <label for={id}>{p.label}</label>
        {p.managed && <ManagedBadge locale={p.locale} />}
      </div>
      {p.children({ id, describedBy, invalid: Boolean(p.error) })}
      {p.hint && (
        <p class="op-hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.error && (
        <p class="op-error" id={`${id}-error`} role="alert">
          {p.error}
        </p>
      )}
    </div>
  );
}

/** A section's frame: heading (focused when the section is opened from the navigation) and intro. */
export function SectionFrame(p: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="op-section" aria-labelledby={`${p.id}-title`} data-testid={`section-${p.id}`}>
      <header class="op-section-head">
        <div>
          <h2 id={`${p.id}-title`} tabIndex={-1}>
            {p.title}
          </h2>
          {p.intro && <p class="op-muted">{p.intro}</p>}
        </div>
        {p.actions && <div class="op-actions">{p.actions}</div>}
      </header>
      {p.children}
    </section>
  );
}
