/**
 * One toast at a time at the bottom of the window, in Tact's overlay. It never takes focus (the
 * agent goes on typing their reply); it waits while the pointer or focus is on it, so Undo cannot
 * vanish under the cursor; warnings and errors stay longer than confirmations.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { reportError } from '../platform/safe';
import { t } from './strings';

export type ToastTone = 'info' | 'warn' | 'error';

export interface ToastAction {
  id: string;
  label: string;
  run: () => void | Promise<void>;
}

export interface ToastSpec {
  text: string;
  tone: ToastTone;
  actions?: ToastAction[];
  /** Milliseconds on screen; by tone when absent. */
  timeout?: number;
}

export const TOAST_TIMEOUT: Record<ToastTone, number> = { info: 8_000, warn: 15_000, error: 15_000 };
/** After the pointer or focus leaves, at least this long remains. */
const RESUME_MIN = 2_000;

interface ToastProps {
  spec: ToastSpec;
  onDismiss: () => void;
  onHold: (held: boolean) => void;
}

function Toast({ spec, onDismiss, onHold }: ToastProps) {
  const [busy, setBusy] = useState(false);
  const run = (action: ToastAction) => {
    if (busy) return;
    setBusy(true);
    Promise.resolve()
      .then(action.run)
      .catch((error: unknown) => reportError(error, `feedback toast ${action.id}`))
      .finally(() => setBusy(false));
  };
  return (
    <div
      class="tact-ui tact-toast"
      role={spec.tone === 'info' ? 'status' : 'alert'}
      data-tone={spec.tone}
      data-testid="tact-feedback-toast"
      onPointerEnter={() => onHold(true)}
      onPointerLeave={() => onHold(false)}
      onFocusIn={() => onHold(true)}
      onFocusOut={() => onHold(false)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onDismiss();
      }}
    >
      <span class="tact-toast__text">{spec.text}</span>
      {spec.actions?.map((action) => (
        <button type="button" key={action.id} class="tact-btn" data-action={action.id} disabled={busy} onClick={() => run(action)}>
          {action.label}
        </button>
      ))}
      <button type="button" class="tact-toast__close" data-action="dismiss" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

export class Toaster {
  private spec: ToastSpec | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private deadline = 0;
  private remaining = 0;
  private held = false;
  private shown = 0;

  constructor(
    /** Asked each time: the overlay may have been rebuilt since the last toast. */
    private readonly slot: () => HTMLElement,
    private readonly clock: { now: () => number } = { now: () => Date.now() },
  ) {}

  get current(): ToastSpec | null {
    return this.spec;
  }

  show(spec: ToastSpec): void {
    this.spec = spec;
    this.shown++;
    this.held = false;
    this.arm(spec.timeout ?? TOAST_TIMEOUT[spec.tone]);
    this.paint();
  }

  dismiss(): void {
    this.stop();
    this.spec = null;
    this.paint();
  }

  dispose(): void {
    this.stop();
    this.spec = null;
    try {
      render(null, this.slot());
    } catch (error) {
      reportError(error, 'feedback toast dispose');
    }
  }

  private hold(held: boolean): void {
    if (!this.spec || held === this.held) return;
    this.held = held;
    if (held) {
      this.remaining = Math.max(0, this.deadline - this.clock.now());
      this.stop();
    } else this.arm(Math.max(this.remaining, RESUME_MIN));
  }

  private arm(ms: number): void {
    this.stop();
    this.deadline = this.clock.now() + ms;
    this.timer = setTimeout(() => this.dismiss(), ms);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private paint(): void {
    try {
      const spec = this.spec;
      // A new key per toast: a fresh toast never inherits the last one's busy Undo.
      render(spec ? <Toast key={this.shown} spec={spec} onDismiss={() => this.dismiss()} onHold={(h) => this.hold(h)} /> : null, this.slot());
    } catch (error) {
      reportError(error, 'feedback toast');
    }
  }
}

const toasters = new WeakMap<Document, Toaster>();

/**
 * One toaster per page, not per ticket: an Undo toast stays usable when the agent moves on to the
 * next ticket right after logging (Undo works by item id).
 */
export function toasterFor(doc: Document, surface: { slot(name: string): HTMLElement }): Toaster {
  let toaster = toasters.get(doc);
  if (!toaster) {
    toaster = new Toaster(() => surface.slot('feedback-toast'));
    toasters.set(doc, toaster);
  }
  return toaster;
}
