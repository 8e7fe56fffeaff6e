import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from './messages';

export interface HoldSection {
  id: string;
  title: string;
  render?: () => ComponentChildren;
}

interface Props {
  sections: HoldSection[];
  onSend: () => void;
  onBack: () => void;
}

/** The in-page "ask before sending" dialog: keyboard-first, Esc goes back to the draft. */
export function HoldDialog({ sections, onSend, onBack }: Props) {
  const [done, setDone] = useState(false);
  // A ref, not just state: a second click can arrive before the re-render that disables the buttons.
  const decided = useRef(false);
  const back = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  // Layout effect: focus must be in the dialog before the agent's next key (Esc, Tab) arrives.
  useLayoutEffect(() => {
    back.current?.focus({ preventScroll: true });
  }, []);

  const finish = (fn: () => void) => {
    // One decision per held send: a double click on "Send anyway" must not send twice.
    if (decided.current) return;
    decided.current = true;
    setDone(true);
    fn();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      finish(onBack);
      return;
    }
    if (e.key === 'Tab' && dialog.current) {
      const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'));
      if (!focusable.length) return;
      const root = dialog.current.getRootNode() as ShadowRoot;
      const i = focusable.indexOf(root.activeElement as HTMLElement);
      const next = focusable[(i + (e.shiftKey ? -1 : 1) + focusable.length) % focusable.length];
      e.preventDefault();
      next?.focus();
    }
  };

  return (
    <div class="tact-ui tact-backdrop" data-testid="tact-hold-backdrop">
      <div
        class="tact-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="tact-hold-title"
        data-testid="tact-hold-dialog"
        ref={dialog}
        onKeyDown={onKeyDown}
      >
        <h2 id="tact-hold-title">{t('title')}</h2>
        {sections.map((s) => (
          <section class="tact-dialog__section" key={s.id} data-section={s.id}>
            <h3>{s.title}</h3>
            {s.render?.()}
          </section>
        ))}
        <div class="tact-dialog__footer">
          <button type="button" class="tact-btn" data-action="back" ref={back} disabled={done} onClick={() => finish(onBack)}>
            {t('backToDraft')}
          </button>
          <button type="button" class="tact-btn tact-btn--danger" data-action="send" disabled={done} onClick={() => finish(onSend)}>
            {t('sendAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
