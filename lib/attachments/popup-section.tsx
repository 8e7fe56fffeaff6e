/** The popup's list of the open ticket's attachments and what the agent has done with each. */
import type { PopupSection } from '../popup/sections';
import { pick } from '../i18n';
import { t } from './messages';
import { kindText, stateText, type AttachmentsReport } from './summary';

const DOT: Record<string, string> = { unopened: '#e8a33d', opened: '#2da44e', watched: '#2da44e', pending: '#e8a33d' };

export const attachmentsSection: PopupSection = {
  id: 'attachments',
  render(status) {
    const report = status.data as AttachmentsReport | undefined;
    if (status.state !== 'on' || !report) {
      return (
        <>
          <dt>{t('popupTitle')}</dt>
          <dd data-testid="status-attachments">{status.note ? pick(status.note) : t('popupOff')}</dd>
        </>
      );
    }
    const done = report.items.filter((i) => i.done).length;
    return (
      <>
        <dt>{t('popupTitle')}</dt>
        <dd data-testid="status-attachments">
          {report.items.length ? t('popupSummary', { done, count: report.items.length }) : t('popupNone')}
          {report.items.length > 0 && (
            <ul style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
              {report.items.map((item) => (
                <li key={item.key} data-state={item.state} data-done={String(item.done)} data-name={item.name} style={{ display: 'flex', gap: '6px', alignItems: 'baseline', padding: '2px 0' }}>
                  <span
                    aria-hidden="true"
                    style={{ flex: 'none', width: '8px', height: '8px', borderRadius: '50%', background: DOT[item.done ? item.state : item.state === 'unopened' ? 'unopened' : 'pending'] }}
                  />
                  <span style={{ minWidth: 0 }}>
                    <span style={{ overflowWrap: 'anywhere' }}>{item.name}</span>{' '}
                    <span class="muted">
                      · {kindText(item.kind)} · {stateText(item)}
                      {!item.counted && ` · ${t('notCounted')}`}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </>
    );
  },
};
