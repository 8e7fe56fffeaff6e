/** The "Managed" badge: what the organisation's policy sets, with the reason as its tooltip and accessible description. */
import type { Locale } from '../../i18n';
import { t } from '../strings';

export function ManagedBadge({ locale, id }: { locale: Locale; id?: string }) {
  const tr = t.in(locale);
  return (
    <span class="op-managed" title={tr('managedTitle')} data-testid="managed-badge" id={id}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5Zm1.5 0h4V5a2 2 0 0 0-4 0v2Z" fill="currentColor" />
      </svg>
      {tr('managed')}
      <span class="op-visually-hidden">. {tr('managedTitle')}</span>
    </span>
  );
}
