/**
 * The tag picker: the second of the two clicks. Focus lands in the filter box, so the agent can
 * type to narrow the tags, move with ↑/↓ and press Enter — or click a tag. A note is optional and
 * one Tab (or click) away. Keys typed here never reach the helpdesk's own shortcuts.
 *
 * Everything shown is text nodes rendered by Preact (the quote and tag names are page and team
 * text): no markup is ever built from them.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TagWithUse } from '../feedback/messages';
import type { Locale } from '../i18n';
import { isNavKey, moveActive, rankTags, tagText } from './picker-model';
import { t } from './strings';

export const PICKER_WIDTH = 320;
/** The tallest the picker gets with the note open (list capped in CSS): used to place it before it is measured. */
export const PICKER_HEIGHT = 420;
const PREVIEW_CHARS = 160;

export interface PickerProps {
  quote: string;
  customerName?: string;
  /** Most used first; `null` while loading. */
  tags: readonly TagWithUse[] | null;
  tagsFailed?: boolean;
  locale: Locale;
  position: { left: number; top: number };
  saving: boolean;
  /** Why the last save did not go through; the draft is still here. */
  error?: string;
  onPick: (tagId: string, note: string) => void;
  onClose: () => void;
  onRetryTags: () => void;
}

const optionId = (tag: TagWithUse) => `tact-fb-opt-${tag.id}`;
const TAB_ORDER = ['.tact-picker__filter', '.tact-picker__note textarea', '.tact-picker__add-note', '.tact-picker [role="alert"] button', '.tact-picker__close'];

export function preview(quote: string, max = PREVIEW_CHARS): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function TagPicker(props: PickerProps) {
  const tr = t.in(props.locale);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const filter = useRef<HTMLInputElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const shown = props.tags ? rankTags(props.tags, query) : [];
  const current = shown[Math.min(active, shown.length - 1)];

  // Layout effect: the agent's next key must land in the filter box, not in the page behind it.
  useLayoutEffect(() => {
    filter.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    if (!current) return;
    const id = optionId(current);
    const row = Array.from(list.current?.children ?? []).find((el) => el.id === id);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [current?.id]);

  const pick = (tag: TagWithUse | undefined) => {
    if (!tag || props.saving) return;
    props.onPick(tag.id, note);
  };

  const trapTab = (e: KeyboardEvent) => {
    const el = root.current;
    if (!el) return;
    // Filter → note → close: the close button sits first in the header but is the last thing wanted.
    const focusable = TAB_ORDER.flatMap((css) => Array.from(el.querySelectorAll<HTMLElement>(css)));
    if (!focusable.length) return;
    const shadow = el.getRootNode() as ShadowRoot | Document;
    const i = focusable.indexOf(shadow.activeElement as HTMLElement);
    e.preventDefault();
    focusable[(i + (e.shiftKey ? -1 : 1) + focusable.length) % focusable.length]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // The helpdesk's own shortcuts (j/k, "r" to reply, "?") must not fire while the agent types here.
    e.stopPropagation();
    if (e.isComposing) return;
    const inNote = e.target === noteBox.current;
    if (e.key === 'Tab') return trapTab(e);
    if (e.key === 'Escape') {
      e.preventDefault();
      if (inNote) filter.current?.focus();
      else if (query) {
        setQuery('');
        setActive(0);
      } else props.onClose();
      return;
    }
    if (e.key === 'Enter' && !(inNote && e.shiftKey)) {
      // Enter on the close or "add a note" button is that button's click.
      if ((e.target as Element | null)?.tagName === 'BUTTON') return;
      e.preventDefault();
      pick(current);
      return;
    }
    if (!inNote && isNavKey(e.key)) {
      e.preventDefault();
      setActive((i) => moveActive(i, e.key as Parameters<typeof moveActive>[1], shown.length));
    }
  };
  const stop = (e: Event) => e.stopPropagation();

  // In the same commit that shows the note box, before the next key: the button that had focus is gone.
  useLayoutEffect(() => {
    if (noteOpen) noteBox.current?.focus({ preventScroll: true });
  }, [noteOpen]);
  const openNote = () => setNoteOpen(true);

  return (
    <div
      class="tact-ui tact-picker"
      role="dialog"
      aria-label={tr('pickerTitle')}
      data-testid="tact-feedback-picker"
      aria-busy={props.saving || props.tags === null}
      style={{ left: `${props.position.left}px`, top: `${props.position.top}px`, width: `${PICKER_WIDTH}px` }}
      ref={root}
      onKeyDown={onKeyDown}
      onKeyUp={stop}
      onKeyPress={stop}
    >
      <div class="tact-picker__head">
        <p class="tact-picker__title">{tr('pickerTitle')}</p>
        <button type="button" class="tact-picker__close" aria-label={tr('close')} title={tr('close')} data-action="close" onClick={props.onClose}>
          ×
        </button>
      </div>
      <blockquote class="tact-picker__quote" data-testid="tact-feedback-quote">
        {preview(props.quote)}
      </blockquote>
      {props.customerName && <p class="tact-picker__from">— {tr('pickerFrom', { name: props.customerName })}</p>}

      <input
        ref={filter}
        class="tact-picker__filter"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-label={tr('filterLabel')}
        aria-expanded="true"
        aria-controls="tact-fb-tags"
        aria-autocomplete="list"
        aria-activedescendant={current ? optionId(current) : undefined}
        placeholder={tr('filterPlaceholder')}
        value={query}
        maxLength={40}
        data-testid="tact-feedback-filter"
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
      />

      {props.tags === null && !props.tagsFailed && <p class="tact-picker__muted">{tr('loadingTags')}</p>}
      {props.tagsFailed && props.tags === null && (
        <p class="tact-picker__muted" role="alert">
          {tr('tagsFailed')}{' '}
          <button type="button" class="tact-btn" onClick={props.onRetryTags}>
            {tr('retry')}
          </button>
        </p>
      )}
      {props.tags !== null && (
        <ul id="tact-fb-tags" class="tact-picker__list" role="listbox" aria-label={tr('tagsLabel')} ref={list} data-testid="tact-feedback-tags">
          {shown.map((tag, i) => (
            <li
              key={tag.id}
              id={optionId(tag)}
              role="option"
              class="tact-picker__option"
              aria-selected={tag === current}
              data-tag={tag.id}
              // Keep focus (and the caret) in the filter box while the mouse picks.
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== active && setActive(i)}
              onClick={() => pick(tag)}
            >
              {tagText(tag, props.locale)}
            </li>
          ))}
          {shown.length === 0 && (
            <li class="tact-picker__empty" role="presentation">
              {props.tags.length === 0 ? tr('noTags') : tr('noMatch', { query })}
            </li>
          )}
        </ul>
      )}

      {noteOpen ? (
        <label class="tact-picker__note">
          <span>{tr('noteLabel')}</span>
          <textarea
            ref={noteBox}
            rows={2}
            maxLength={2000}
            placeholder={tr('notePlaceholder')}
            value={note}
            data-testid="tact-feedback-note"
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
      ) : (
        <button type="button" class="tact-picker__add-note" data-action="add-note" onClick={openNote}>
          + {tr('addNote')}
        </button>
      )}

      {props.error && (
        <p class="tact-picker__error" role="alert" data-testid="tact-feedback-error">
          {props.error}
        </p>
      )}
      <p class="tact-picker__keys" aria-live="polite">
        {props.saving ? tr('saving') : noteOpen ? tr('keysHintNote') : tr('keysHint')}
      </p>
    </div>
  );
}
