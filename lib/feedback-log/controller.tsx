/**
 * The Log flow on one open ticket: the affordances (click 1), the picker (click 2), the save, the
 * toast and Undo. Also answers the context menu and the keyboard command, which arrive through
 * ./bridge and ask to log "the current selection".
 */
import { render } from 'preact';
import type { HelpdeskAdapter, TicketRef, CustomerInfo } from '../adapters/contract';
import type { TagWithUse } from '../feedback/messages';
import { getLocale, type Locale } from '../i18n';
import { highlightsSupported, setHighlightRanges } from '../overlay/highlights';
import { eventFromSurface, isOwnNode, type Surface } from '../overlay/surface';
import type { Box } from '../overlay/geometry';
import { reportError, safely } from '../platform/safe';
import { uuid } from '../platform/uuid';
import { LogAffordance } from './affordance';
import { buildDraft } from './draft';
import { PICKER_HEIGHT, PICKER_WIDTH, TagPicker } from './picker';
import { tagText } from './picker-model';
import { lastLine, placePopover } from './placement';
import { passageFromMessage, passageFromRange, type Passage, type PassageScope, type Refusal } from './quote';
import { t } from './strings';
import { messagingApi, reasonText, submitDraft, type LogApi, type Outcome } from './submit';
import { toasterFor, type Toaster } from './toast';
import type { OpenReply, OpenSource } from './protocol';

export interface LogContext {
  adapter: HelpdeskAdapter;
  siteId: string;
  ticket: TicketRef;
  root: Element;
  doc: Document;
  surface: Surface;
  customer(): CustomerInfo | null;
}

export interface ControllerOptions {
  ctx: LogContext;
  signal: AbortSignal;
  api?: LogApi;
  locale?: () => Locale;
  newId?: () => string;
}

interface PickerState {
  /** A new passage is a new picker: filter, highlight and note start afresh. */
  serial: number;
  passage: Passage;
  anchor: Box;
  customerName?: string;
  saving: boolean;
  error?: string;
  /** Focus to give back when the picker closes. */
  returnFocus: Element | null;
  /** The id the current tag + note were last sent under: a retry of the same choice reuses it. */
  attempt?: { key: string; id: string };
}

export class FeedbackLogController {
  private readonly ctx: LogContext;
  private readonly api: LogApi;
  private readonly locale: () => Locale;
  private readonly newId: () => string;
  private readonly pickerSlot: HTMLElement;
  private readonly toaster: Toaster;
  private readonly affordance: LogAffordance;
  private picker: PickerState | null = null;
  private tags: TagWithUse[] | null = null;
  private tagsFailed = false;
  private tagsLoading: Promise<void> | null = null;
  private disposed = false;
  private serial = 0;

  constructor(o: ControllerOptions) {
    this.ctx = o.ctx;
    this.api = o.api ?? messagingApi;
    this.locale = o.locale ?? getLocale;
    this.newId = o.newId ?? uuid;
    this.pickerSlot = o.ctx.surface.slot('feedback-picker');
    this.toaster = toasterFor(o.ctx.doc, o.ctx.surface);
    this.affordance = new LogAffordance({
      doc: o.ctx.doc,
      root: o.ctx.root,
      surface: o.ctx.surface,
      scope: () => this.scope(),
      onLog: (passage, anchor) => this.openPicker(passage, anchor),
      busy: () => this.picker !== null,
      signal: o.signal,
    });
    const onPointerDown = safely('feedback-log.pointerdown', (e: Event) => {
      const state = this.picker;
      if (!state || eventFromSurface(e)) return;
      // While a save is under way or has failed, the picker holds the only copy of the item: a click
      // in the page (to copy a detail, to scroll) must not lose it. Escape or × still close it.
      if (state.saving || state.error !== undefined) return;
      // Otherwise a click anywhere in the page is the agent moving on: the picker gives way.
      this.closePicker(false);
    });
    o.ctx.doc.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    o.signal.addEventListener(
      'abort',
      () => {
        o.ctx.doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
        this.dispose();
      },
      { once: true },
    );
    // Warm the tag list so the picker opens with it.
    void this.loadTags();
  }

  scope(): PassageScope {
    const { adapter, root } = this.ctx;
    return { root, messages: adapter.messages(root), ticketRoot: adapter.selectors.ticketRoot };
  }

  /**
   * The context menu or the keyboard command: log the selection. The command, which has no
   * selection of its own, falls back to the customer message under the pointer or focus.
   */
  openFromRequest(source: OpenSource): OpenReply {
    if (this.disposed) return { status: 'inactive' };
    if (this.picker) {
      // The shortcut pressed again while choosing: back to the filter box, nothing lost.
      this.pickerSlot.querySelector<HTMLInputElement>('.tact-picker__filter')?.focus({ preventScroll: true });
      return { status: 'opened' };
    }
    const sel = this.ctx.doc.getSelection();
    const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
    const scope = this.scope();
    let result = range ? passageFromRange(range, scope) : null;
    if (!result && source === 'command') {
      const pointed = this.affordance.pointed();
      if (pointed) result = passageFromMessage(pointed, scope);
    }
    if (!result) return this.refuse('empty');
    if (!result.ok) return this.refuse(result.reason);
    const line = lastLine(result.passage.range.getClientRects());
    this.openPicker(result.passage, line ?? this.fallbackAnchor());
    return { status: 'opened' };
  }

  private refuse(reason: Refusal): OpenReply {
    this.toaster.show({ text: t.in(this.locale())(`refused_${reason}`), tone: 'warn', timeout: 6_000 });
    return { status: 'refused', reason };
  }

  private fallbackAnchor(): Box {
    const view = this.ctx.doc.defaultView!;
    const left = Math.max(8, view.innerWidth / 2 - PICKER_WIDTH / 2);
    return { left, top: 80, right: left, bottom: 80 };
  }

  openPicker(passage: Passage, anchor: Box): void {
    if (this.disposed) return;
    const active = this.ctx.doc.activeElement;
    let customerName: string | undefined;
    try {
      customerName = this.ctx.customer()?.name ?? undefined;
    } catch (error) {
      reportError(error, 'feedback-log.customer');
    }
    this.picker = {
      passage,
      anchor,
      customerName,
      saving: false,
      serial: ++this.serial,
      returnFocus: active && active !== this.ctx.doc.body && !isOwnNode(active) ? active : null,
    };
    this.affordance.hide();
    this.highlight(passage.range);
    // Shown from the cache at once, re-read for the team's latest use order and tags.
    void this.loadTags();
    this.paintPicker();
  }

  closePicker(restoreFocus = true): void {
    const state = this.picker;
    if (!state) return;
    this.picker = null;
    this.highlight(null);
    this.paintPicker();
    if (restoreFocus && state.returnFocus?.isConnected) {
      try {
        (state.returnFocus as HTMLElement).focus?.({ preventScroll: true });
      } catch (error) {
        reportError(error, 'feedback-log.focus');
      }
    }
    this.affordance.refresh();
  }

  private async loadTags(): Promise<void> {
    if (this.tagsLoading) return this.tagsLoading;
    this.tagsLoading = (async () => {
      try {
        this.tags = await this.api.tags();
        this.tagsFailed = false;
      } catch (error) {
        reportError(error, 'feedback-log.tags');
        this.tagsFailed = true;
      } finally {
        this.tagsLoading = null;
        this.paintPicker();
      }
    })();
    return this.tagsLoading;
  }

  private async save(tagId: string, note: string): Promise<void> {
    const state = this.picker;
    if (!state || state.saving) return;
    const locale = this.locale();
    const key = `${tagId}\u0000${note.trim()}`;
    const id = state.attempt?.key === key ? state.attempt.id : this.newId();
    state.attempt = { key, id };
    state.saving = true;
    state.error = undefined;
    this.paintPicker();

    const draft = {
      ...buildDraft({
        id,
        tag: tagId,
        quote: state.passage.quote,
        note,
        customer: safeCustomer(this.ctx),
        siteId: this.ctx.siteId,
        adapterId: this.ctx.adapter.id,
        ticket: this.ctx.ticket,
      }),
      id,
    };
    const outcome = await submitDraft(this.api, draft, locale);
    if (this.picker !== state) {
      // The agent closed the picker or left the ticket meanwhile; still say what happened.
      this.announce(outcome, tagId, locale);
      return;
    }
    state.saving = false;
    if (outcome.kind === 'failed') {
      state.error = outcome.reason;
      if (outcome.code === 'unknown_tag') void this.loadTags();
      this.paintPicker();
      return;
    }
    this.closePicker(true);
    this.announce(outcome, tagId, locale);
    // The order of the picker's tags follows use.
    void this.loadTags();
  }

  private label(tagId: string, locale: Locale): string {
    const tag = this.tags?.find((x) => x.id === tagId);
    return tag ? tagText(tag, locale) : tagId;
  }

  private announce(outcome: Outcome, tagId: string, locale: Locale): void {
    const tr = t.in(locale);
    const tag = this.label(tagId, locale);
    switch (outcome.kind) {
      case 'logged':
        this.toaster.show({ text: tr('logged', { tag }), tone: 'info', actions: [this.undoAction(outcome.item.id, locale)] });
        return;
      case 'queued':
        this.toaster.show({ text: tr('loggedQueued', { tag, reason: outcome.reason }), tone: 'warn', actions: [this.undoAction(outcome.id, locale)] });
        return;
      case 'duplicate':
        // No Undo: it would remove the earlier item, which the agent did not just log.
        this.toaster.show({ text: tr('duplicate', { tag }), tone: 'info' });
        return;
      case 'failed':
        this.toaster.show({ text: outcome.reason, tone: 'error' });
    }
  }

  private undoAction(id: string, locale: Locale) {
    const api = this.api;
    const toaster = this.toaster;
    return {
      id: 'undo',
      label: t.in(locale)('undo'),
      async run() {
        try {
          await api.undo(id);
          toaster.show({ text: t.in(locale)('undone'), tone: 'info', timeout: 4_000 });
        } catch (error) {
          toaster.show({ text: reasonText(error, locale), tone: 'error' });
        }
      },
    };
  }

  private highlight(range: Range | null): void {
    const doc = this.ctx.doc;
    try {
      if (!highlightsSupported(doc)) return;
      setHighlightRanges(doc, this, new Map(range ? [['feedback', [range]]] : []));
    } catch (error) {
      reportError(error, 'feedback-log.highlight');
    }
  }

  private paintPicker(): void {
    try {
      const state = this.picker;
      if (!state || this.disposed) {
        render(null, this.pickerSlot);
        return;
      }
      const view = this.ctx.doc.defaultView!;
      const position = placePopover(state.anchor, { width: PICKER_WIDTH, height: PICKER_HEIGHT }, { width: view.innerWidth, height: view.innerHeight });
      render(
        <TagPicker
          key={state.serial}
          quote={state.passage.quote}
          customerName={state.customerName}
          tags={this.tags}
          tagsFailed={this.tagsFailed}
          locale={this.locale()}
          position={position}
          saving={state.saving}
          error={state.error}
          onPick={(tagId, note) => {
            this.save(tagId, note).catch((error: unknown) => {
              reportError(error, 'feedback-log.save');
              if (this.picker === state) {
                state.saving = false;
                state.error = t.in(this.locale())('unreachable');
                this.paintPicker();
              }
            });
          }}
          onClose={() => this.closePicker(true)}
          onRetryTags={() => void this.loadTags()}
        />,
        this.pickerSlot,
      );
    } catch (error) {
      reportError(error, 'feedback-log.picker');
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.picker = null;
    this.highlight(null);
    try {
      render(null, this.pickerSlot);
    } catch {
      // the overlay is gone with the page
    }
  }
}

function safeCustomer(ctx: LogContext): CustomerInfo | null {
  try {
    return ctx.customer();
  } catch (error) {
    reportError(error, 'feedback-log.customer');
    return null;
  }
}
