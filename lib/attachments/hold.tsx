/**
 * The attachments section of the "before this reply goes out" dialog: the files not opened yet,
 * each with an Open button. Open leaves the dialog the way "Back to draft" does (the send stays
 * unsent, the draft and its caret as they were) and then opens the file the way the helpdesk does,
 * by clicking its own link: the lightbox, player or new tab the agent would have got.
 */
import type { ComponentChildren } from 'preact';
import { injectFault } from '../platform/fault';
import type { HoldRequest } from '../send-guard/guard';
import { t } from './messages';
import { kindText, stateText, type AttachmentSummary } from './summary';

export type HoldItem = AttachmentSummary;

interface Props {
  items: HoldItem[];
  onOpen: (key: string) => void;
}

/** Leaves the dialog through its own "Back to draft", so the guard restores the draft as usual. */
function leaveDialog(from: Element): void {
  const dialog = from.closest('[role="alertdialog"]');
  const back = dialog?.querySelector<HTMLButtonElement>('[data-action="back"]');
  back?.click();
}

export function HoldList({ items, onOpen }: Props): ComponentChildren {
  injectFault('attachments-dialog');
  return (
    <div data-testid="tact-attachments-hold">
      <ul>
        {items.map((item) => (
          <li key={item.key} data-kind={item.kind} data-name={item.name}>
            <span>
              <strong>{item.name}</strong>
              <br />
              <span class="tact-dialog__muted">
                {kindText(item.kind)} · {stateText(item)}
              </span>
            </span>
            <button
              type="button"
              class="tact-btn"
              data-action="open-attachment"
              aria-label={t('openNamed', { name: item.name })}
              onClick={(e) => {
                leaveDialog(e.currentTarget);
                onOpen(item.key);
              }}
            >
              {t('open')}
            </button>
          </li>
        ))}
      </ul>
      <p class="tact-dialog__muted">{t('holdHint')}</p>
    </div>
  );
}

export function holdRequest(items: HoldItem[], onOpen: (key: string) => void): HoldRequest {
  return {
    id: 'attachments',
    title: t('holdTitle', { count: items.length }),
    render: () => <HoldList items={items} onOpen={onOpen} />,
  };
}
