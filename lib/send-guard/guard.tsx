/**
 * Catches a send before the helpdesk sees it — a click on a send control, a send shortcut, a form
 * submit — in the capture phase on the window, so it runs before the app's own handlers. Features
 * register checks; when one asks to hold, the event is cancelled and the agent decides in an
 * in-page dialog: "Send anyway" replays the original send exactly once, "Back to draft" leaves the
 * draft as it was. Fail open: if anything in Tact throws on this path, the send goes through.
 */
import { render } from 'preact';
import type { HelpdeskAdapter } from '../adapters/contract';
import { saveSelection } from '../editor/selection';
import { injectFault } from '../platform/fault';
import { reportError } from '../platform/safe';
import type { Surface } from '../overlay/surface';
import { eventFromSurface } from '../overlay/surface';
import { HoldDialog, type HoldSection } from './dialog';

export type SendVia = 'click' | 'key' | 'submit';

/** How long after a send the page's own synthetic send events are taken as part of it. */
const FOLLOW_UP_MS = 1000;

export interface SendAttempt {
  via: SendVia;
  /** The reply editor the send belongs to, when it can be told. */
  editor: Element | null;
}

export type HoldRequest = HoldSection;
export type HoldCheck = (attempt: SendAttempt) => HoldRequest | null | Promise<HoldRequest | null>;

export interface SendGuardOptions {
  doc: Document;
  adapter: HelpdeskAdapter;
  root: () => Element | null;
  editors: () => Element[];
  surface: Surface;
  /** How long an async check may take before the send goes through unchecked. */
  asyncTimeoutMs?: number;
}

interface Captured {
  via: SendVia;
  target: Element;
  control: Element | null;
  form: HTMLFormElement | null;
  submitter: HTMLElement | null;
  key: KeyboardEventInit | null;
  editor: Element | null;
}

export interface SendGuardEvents {
  held?: (attempt: SendAttempt, sections: HoldRequest[]) => void;
  replayed?: (attempt: SendAttempt) => void;
  backToDraft?: (attempt: SendAttempt) => void;
}

export class SendGuard {
  private readonly checks = new Map<string, HoldCheck>();
  private replaying = 0;
  private passedForm: { form: HTMLFormElement; until: number } | null = null;
  /** When a send last went out through Tact (passed its checks, or replayed). */
  private lastSend = -Infinity;
  private open = false;
  private disposed = false;
  private readonly slot: HTMLElement;
  private readonly docs = new Set<Document>();
  private readonly removers: (() => void)[] = [];
  events: SendGuardEvents = {};

  constructor(private readonly o: SendGuardOptions) {
    this.slot = o.surface.slot('hold-dialog');
    this.listen(o.doc);
  }

  /** Also watch a same-origin frame's document (editors in iframes take their shortcuts there). */
  listen(doc: Document): void {
    if (this.docs.has(doc)) return;
    this.docs.add(doc);
    const view = doc.defaultView;
    if (!view) return;
    const onClick = (e: MouseEvent) => this.onEvent(e, 'click');
    const onKey = (e: KeyboardEvent) => this.onEvent(e, 'key');
    const onSubmit = (e: SubmitEvent) => this.onEvent(e, 'submit');
    view.addEventListener('click', onClick, true);
    view.addEventListener('keydown', onKey, true);
    view.addEventListener('submit', onSubmit, true);
    this.removers.push(() => {
      view.removeEventListener('click', onClick, true);
      view.removeEventListener('keydown', onKey, true);
      view.removeEventListener('submit', onSubmit, true);
    });
  }

  addCheck(id: string, check: HoldCheck): () => void {
    this.checks.set(id, check);
    return () => {
      if (this.checks.get(id) === check) this.checks.delete(id);
    };
  }

  private onEvent(e: Event, via: SendVia): void {
    let cancelled = false;
    let captured: Captured | null = null;
    try {
      if (this.replaying > 0 || e.defaultPrevented || eventFromSurface(e)) return;
      // The helpdesk's own follow-up to a send that just went through: jQuery apps answer a send
      // shortcut with `$(button).click()`, which runs their handlers first and only then dispatches
      // a (synthetic) click. Holding it could not stop that send, and replaying it would send twice.
      if (!e.isTrusted && performance.now() - this.lastSend < FOLLOW_UP_MS) return;
      captured = this.capture(e, via);
      if (!captured) return;
      if (via === 'submit' && this.passedForm && this.passedForm.form === captured.form && performance.now() < this.passedForm.until) return;
      const attempt: SendAttempt = { via, editor: captured.editor };
      if (this.open) {
        // A second send while the dialog is up (e.g. Ctrl+Enter again) waits for the agent's answer.
        e.preventDefault();
        e.stopImmediatePropagation();
        cancelled = true;
        return;
      }
      const results = this.runChecks(attempt);
      const pending = results.filter((r): r is Promise<HoldRequest | null> => r instanceof Promise);
      const holds = results.filter((r): r is HoldRequest => !!r && !(r instanceof Promise));
      if (!pending.length && !holds.length) {
        this.notePassed(captured);
        return;
      }
      e.preventDefault();
      e.stopImmediatePropagation();
      cancelled = true;
      injectFault('guard-hold', this.o.doc);
      if (pending.length) {
        const c = captured;
        this.settle(pending).then(
          (late) => {
            const all = [...holds, ...late];
            // The ticket closed while the checks ran: there is no dialog to ask in any more, and a
            // send Tact stopped must not vanish without the agent's say.
            if (all.length && !this.disposed) this.hold(c, attempt, all);
            else this.replay(c, attempt);
          },
          () => this.replay(c, attempt),
        );
        return;
      }
      this.hold(captured, attempt, holds);
    } catch (error) {
      reportError(error, 'send guard');
      // Fail open: if we already stopped the send, put it back through.
      if (cancelled && captured) this.replay(captured, { via, editor: captured.editor });
    }
  }

  private runChecks(attempt: SendAttempt): (HoldRequest | null | Promise<HoldRequest | null>)[] {
    const out: (HoldRequest | null | Promise<HoldRequest | null>)[] = [];
    for (const [id, check] of this.checks) {
      try {
        injectFault(`check-${id}`, this.o.doc);
        const r = check(attempt);
        out.push(r instanceof Promise ? r.catch((error: unknown) => (reportError(error, `send check ${id}`), null)) : r);
      } catch (error) {
        // A check that throws has no say: the other checks still decide.
        reportError(error, `send check ${id}`);
      }
    }
    return out;
  }

  private async settle(pending: Promise<HoldRequest | null>[]): Promise<HoldRequest[]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), this.o.asyncTimeoutMs ?? 600)));
    try {
      const r = await Promise.race([Promise.all(pending), timeout]);
      if (r === 'timeout') return [];
      return r.filter((x): x is HoldRequest => !!x);
    } finally {
      clearTimeout(timer);
    }
  }

  private capture(e: Event, via: SendVia): Captured | null {
    const root = this.o.root();
    if (!root) return null;
    const path = e.composedPath().filter((n): n is Element => n instanceof Element);
    const target = path[0] ?? (e.target as Element | null);
    if (!target) return null;
    const editors = this.o.editors();
    const editorOf = (el: Element) => editors.find((ed) => ed === el || ed.contains(el)) ?? null;

    if (via === 'click') {
      const me = e as MouseEvent;
      if (me.button !== 0) return null;
      const controls = this.o.adapter.sendControls(root);
      const control = path.find((el) => controls.includes(el)) ?? null;
      if (!control || (control as HTMLButtonElement).disabled) return null;
      const form = (control as HTMLButtonElement).form ?? control.closest('form');
      return { via, target, control, form, submitter: control as HTMLElement, key: null, editor: editors.find((ed) => (form ?? root).contains(ed)) ?? editors[0] ?? null };
    }
    if (via === 'key') {
      const ke = e as KeyboardEvent;
      if (ke.isComposing || ke.repeat) return null;
      const editor = path.map(editorOf).find(Boolean) ?? null;
      if (!this.o.adapter.isSendShortcut(ke, Boolean(editor))) return null;
      if (!editor && !root.contains(target)) return null;
      const key: KeyboardEventInit = {
        key: ke.key, code: ke.code, ctrlKey: ke.ctrlKey, metaKey: ke.metaKey, shiftKey: ke.shiftKey, altKey: ke.altKey,
        keyCode: ke.keyCode, which: ke.which, location: ke.location, bubbles: true, cancelable: true, composed: true,
      } as KeyboardEventInit;
      return { via, target, control: null, form: null, submitter: null, key, editor };
    }
    const se = e as SubmitEvent;
    const form = target instanceof HTMLFormElement ? target : (target.closest('form') as HTMLFormElement | null);
    if (!form || !root.contains(form)) return null;
    const editor = editors.find((ed) => form.contains(ed)) ?? null;
    if (!editor) return null;
    return { via, target: form, control: se.submitter ?? null, form, submitter: (se.submitter as HTMLElement | null) ?? null, key: null, editor };
  }

  private notePassed(c: Captured): void {
    this.lastSend = performance.now();
    if (c.via === 'click' && c.form) this.passedForm = { form: c.form, until: performance.now() + 1000 };
  }

  private hold(c: Captured, attempt: SendAttempt, sections: HoldRequest[]): void {
    try {
      this.open = true;
      this.events.held?.(attempt, sections);
      const selection = saveSelection(c.editor);
      injectFault('guard-dialog', this.o.doc);
      render(
        <HoldDialog
          sections={sections}
          onSend={() => {
            this.close();
            // A key send is replayed where it was pressed: some helpdesks only send while the editor
            // has focus (FreeScout's chat mode checks `:focus`), and the dialog took it.
            if (c.via === 'key') selection();
            this.replay(c, attempt);
          }}
          onBack={() => {
            this.close();
            selection();
            this.events.backToDraft?.(attempt);
          }}
        />,
        this.slot,
      );
    } catch (error) {
      reportError(error, 'send guard dialog');
      this.close();
      this.replay(c, attempt);
    }
  }

  private close(): void {
    this.open = false;
    try {
      render(null, this.slot);
    } catch (error) {
      reportError(error, 'send guard close');
    }
  }

  /** Sends the held send once, through the same path the agent used. */
  private replay(c: Captured, attempt: SendAttempt): void {
    this.replaying++;
    this.lastSend = performance.now();
    try {
      if (c.via === 'click') {
        // The control the agent clicked, or, if the helpdesk re-rendered it, this ticket's own; never
        // the first send button on the page, which may belong to another ticket.
        const root = this.o.root();
        const control = c.control?.isConnected ? c.control : root ? this.o.adapter.sendControls(root)[0] : undefined;
        if (!control) throw new Error('the held send\'s ticket is gone');
        (control as HTMLElement).click();
      } else if (c.via === 'key') {
        const target = c.target.isConnected ? c.target : c.editor;
        const view = (target?.ownerDocument ?? this.o.doc).defaultView!;
        target?.dispatchEvent(new view.KeyboardEvent('keydown', c.key ?? {}));
      } else if (c.form?.isConnected) {
        const submitter = c.submitter?.isConnected && c.form.contains(c.submitter) ? c.submitter : undefined;
        c.form.requestSubmit(submitter);
      }
      this.events.replayed?.(attempt);
    } catch (error) {
      reportError(error, 'send replay');
    } finally {
      this.replaying--;
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const fn of this.removers.splice(0)) fn();
    this.docs.clear();
    this.close();
    this.slot.remove();
  }
}
