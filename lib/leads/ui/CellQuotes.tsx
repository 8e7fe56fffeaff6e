/**
 * The quotes behind a table cell: the sentence a lead can copy, then every quote with who said it,
 * when, who logged it and a link back to the ticket. Quotes are rendered as text nodes only.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n';
import { SAMPLE_HELPDESK } from '../../feedback/constants';
import type { FeedbackItem } from '../../feedback/schema';
import { tagLabel, type Tag } from '../../feedback/tags';
import { feedbackSentence, formatWeekDate } from '../sentence';
import { t } from '../strings';
import { spreadsheetDateTime, type Zone } from '../weeks';
import type { Cell } from '../aggregate';
import type { CellRef } from './WeekTable';

export interface CellQuotesProps {
  cell: CellRef;
  counts: Cell;
  items: FeedbackItem[];
  tags: readonly Tag[];
  pending: ReadonlySet<string>;
  locale: Locale;
  zone: Zone;
  referenceYear: number;
  onClose: () => void;
  copy?: (text: string) => Promise<void>;
}

function who(item: FeedbackItem, locale: Locale): string {
  return item.customer.name || item.customer.email || item.customer.userId || t.in(locale)('unknownCustomer');
}

export function CellQuotes({ cell, counts, items, tags, pending, locale, zone, referenceYear, onClose, copy }: CellQuotesProps) {
  const tr = t.in(locale);
  const [copied, setCopied] = useState(false);
  const label = cell.tag === null ? tr('allTagsLower') : tagLabel(tags, cell.tag, locale);
  const sentence = feedbackSentence(
    { customers: counts.customers, items: counts.items, monday: cell.monday, tagLabel: label, quote: items[0]?.quote, referenceYear },
    locale,
  );
  const doCopy = async () => {
    try {
      await (copy ?? ((text: string) => navigator.clipboard.writeText(text)))(sentence);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section class="fb-panel fb-quotes" data-testid="cell-quotes" aria-labelledby="fb-quotes-title">
      <header class="fb-panel-head">
        <div>
          <h2 id="fb-quotes-title">{tr('quotesTitle')}</h2>
          <p class="fb-muted">{tr('quotesFor', { tag: label, date: formatWeekDate(cell.monday, locale, referenceYear) })}</p>
        </div>
        <button type="button" class="fb-button is-quiet" onClick={onClose} data-testid="close-quotes">
          {tr('closeQuotes')}
        </button>
      </header>
      <div class="fb-sentence">
        <p data-testid="cell-sentence">{sentence}</p>
        <button type="button" class="fb-button is-small" onClick={() => void doCopy()} data-testid="copy-sentence">
          {copied ? tr('copied') : tr('copySentence')}
        </button>
      </div>
      <ol class="fb-quote-list">
        {items.map((item) => (
          <li key={item.id} class="fb-quote" data-testid="quote">
            <blockquote lang={item.language === 'und' ? undefined : item.language}>{item.quote}</blockquote>
            {item.note && (
              <p class="fb-note">
                <span class="fb-muted">{tr('noteLabel')}</span> {item.note}
              </p>
            )}
            <p class="fb-quote-meta">
              <span class="fb-who">{who(item, locale)}</span>
              <span>{item.tags.map((id) => tagLabel(tags, id, locale)).join(', ')}</span>
              <span>{spreadsheetDateTime(item.createdAt, zone).slice(0, 16)}</span>
              {item.agent && <span>{tr('loggedBy', { agent: item.agent })}</span>}
              {pending.has(item.id) && <span class="fb-badge is-warn">{tr('pending')}</span>}
              {item.helpdesk === SAMPLE_HELPDESK && <span class="fb-badge">{tr('sample')}</span>}
              <a href={item.ticketUrl} target="_blank" rel="noopener noreferrer" data-testid="ticket-link">
                {tr('openTicket', { ticket: `${item.helpdesk} #${item.ticketId}` })} ↗
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
