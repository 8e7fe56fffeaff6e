import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Box } from './geometry';
import type { MarkKind } from './painter';
import { t } from './messages';

export interface CardAction {
  id: string;
  label: string;
  primary?: boolean;
  run: () => void | Promise<void>;
}

export interface CardContent {
  kind: MarkKind;
  kicker: string;
  title: string;
  body?: string;
  hint?: string;
  actions: CardAction[];
}

interface CardProps {
  content: CardContent;
  anchor: Box;
  onAction: (action: CardAction) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  cardRef: (el: HTMLDivElement | null) => void;
}

const CARD_WIDTH = 320;
const GAP = 6;

/** Below the mark when there is room, above it otherwise; always inside the viewport. */
export function placeCard(anchor: Box, viewport: { width: number; height: number }, height = 160): { left: number; top: number } {
  const left = Math.max(8, Math.min(anchor.left, viewport.width - CARD_WIDTH - 8));
  const below = anchor.bottom + GAP;
  const top = below + height <= viewport.height - 8 ? below : Math.max(8, anchor.top - GAP - height);
  return { left, top };
}

export function Card({ content, anchor, onAction, onKeyDown, onPointerEnter, onPointerLeave, cardRef }: CardProps) {
  const view = globalThis.window ?? { innerWidth: 1024, innerHeight: 768 };
  // Placed once with an estimate, then again with the card's real height, so a card shown above
  // the mark never covers the line it explains.
  const [height, setHeight] = useState<number | undefined>(undefined);
  const own = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    const h = own.current?.offsetHeight;
    if (h && h !== height) setHeight(h);
  });
  const pos = placeCard(anchor, { width: view.innerWidth, height: view.innerHeight }, height);
  return (
    <div
      class="tact-ui tact-card"
      role="dialog"
      aria-label={content.title}
      data-kind={content.kind}
      data-testid="tact-card"
      style={{ left: `${pos.left}px`, top: `${pos.top}px` }}
      ref={(el) => {
        own.current = el;
        cardRef(el);
      }}
      onKeyDown={onKeyDown}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div class="tact-card__kicker" data-kind={content.kind}>{content.kicker}</div>
      <p class="tact-card__title">{content.title}</p>
      {content.body && <p class="tact-card__body">{content.body}</p>}
      {content.hint && <p class="tact-card__hint">{content.hint}</p>}
      <div class="tact-card__actions">
        {content.actions.map((action) => (
          <button
            type="button"
            key={action.id}
            data-action={action.id}
            class={`tact-btn${action.primary ? ' tact-btn--primary' : ''}`}
            // A click must not take the focus: the agent's caret stays in the draft and typing goes on.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onAction(action)}
          >
            {action.label}
          </button>
        ))}
      </div>
      <div class="tact-card__keys">{t('keysHint')}</div>
    </div>
  );
}
