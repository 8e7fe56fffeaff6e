import type { CardContent } from './card';
import type { Box } from './geometry';
import type { Mark } from './painter';
import { t } from './messages';

interface BadgeProps {
  count: number;
  level: 'ok' | 'warn' | 'error';
  at: Box;
  open: boolean;
  label: string;
  items: { mark: Mark; content: CardContent | null; quote: string }[];
  onToggle: (open: boolean) => void;
  onPick: (mark: Mark) => void;
}

/** The count in the editor's corner; opens a list of this draft's notes, reachable by keyboard. */
export function Badge({ count, level, at, open, label, items, onToggle, onPick }: BadgeProps) {
  const left = Math.max(4, at.right - 34 - (count > 9 ? 8 : 0));
  const top = Math.max(4, at.bottom - 28);
  return (
    <div class="tact-ui">
      <button
        type="button"
        class="tact-badge"
        data-level={level}
        data-testid="tact-badge"
        aria-label={label}
        title={label}
        aria-expanded={open}
        style={{ left: `${left}px`, top: `${top}px` }}
        onClick={() => onToggle(!open)}
      >
        <span class="tact-badge__dot" aria-hidden="true" />
        {count}
      </button>
      {open && (
        <div
          class="tact-list"
          role="menu"
          aria-label={t('listTitle')}
          style={{ left: `${Math.max(8, at.right - 340)}px`, top: `${Math.max(8, top - 8 - Math.min(items.length * 56 + 12, 300))}px` }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onToggle(false);
          }}
        >
          {items.map(({ mark, content, quote }) => (
            <button type="button" role="menuitem" class="tact-list__item" key={mark.id} onClick={() => onPick(mark)}>
              {content?.title ?? ''}
              <span class="tact-list__quote">{quote}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
