/**
 * The leads' feedback page: headline sentences, the tags × weeks table, a trend chart per tag, the
 * quotes behind a clicked cell, filters, export and import. Data comes from the background through
 * `client`; everything shown is computed here from the loaded items, so filters are instant.
 *
 * Stable `data-testid`s mark what e2e tests look for: `feedback-view`, `week-table`,
 * `cell-<tag|__all>-<YYYY-Www>`, `cell-quotes`, `quote`, `ticket-link`, `filter-*`, `export-*`,
 * `import-*`, `load-samples`, `headline`.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { getLocale, type Locale } from '../../i18n';
import { SAMPLE_HELPDESK } from '../../feedback/constants';
import type { FeedbackItem } from '../../feedback/schema';
import { errorText } from '../../feedback/strings';
import { tagLabel, type Tag } from '../../feedback/tags';
import { aggregate, cellOf, facets, filterItems, itemsInCell, trend, weekOverWeek } from '../aggregate';
import { downloadFile, messagingClient, type DownloadFile, type FeedbackClient } from '../client';
import { formatWeekDate } from '../sentence';
import { t, tn } from '../strings';
import { comparedWeek, DEFAULT_FILTER, headlines, tagColor, toItemFilter, type FilterState } from '../view';
import { dayOf, localZone, ymd, type Zone } from '../weeks';
import { CellQuotes } from './CellQuotes';
import { ExportPanel } from './ExportPanel';
import { Filters } from './Filters';
import { ImportPanel } from './ImportPanel';
import { TrendChart } from './TrendChart';
import { ChangeBadge, WeekTable, type CellRef } from './WeekTable';

export interface FeedbackViewProps {
  client?: FeedbackClient;
  zone?: Zone;
  now?: () => number;
  locale?: Locale;
  download?: (file: DownloadFile) => void;
  copy?: (text: string) => Promise<void>;
}

type Load = { status: 'loading'; loaded?: number } | { status: 'error'; message: string } | { status: 'ready' };

export function FeedbackView(props: FeedbackViewProps) {
  const client = props.client ?? messagingClient;
  const zone = props.zone ?? localZone;
  const now = props.now ?? Date.now;
  const locale = props.locale ?? getLocale();
  const download = props.download ?? downloadFile;
  const tr = t.in(locale);

  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [items, setItems] = useState<FeedbackItem[]>([]);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [tags, setTags] = useState<Tag[]>([]);
  const [filter, setFilter] = useState<FilterState>({ ...DEFAULT_FILTER });
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  /** `quiet`: refresh behind what is on screen (after an import) instead of blanking the page. */
  const reload = useCallback(async (quiet = false) => {
    if (!quiet) setLoad({ status: 'loading' });
    try {
      const onProgress = quiet ? undefined : (n: number) => setLoad({ status: 'loading', loaded: n });
      const [loaded, tagList] = await Promise.all([client.loadItems(onProgress), client.loadTags()]);
      setItems(loaded.items);
      setPending(new Set(loaded.pending));
      setTags(tagList);
      setLoad({ status: 'ready' });
    } catch (error) {
      setLoad({ status: 'error', message: tr('loadFailed', { reason: errorText(error, locale) }) });
    }
  }, [client, locale]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const today = dayOf(now(), zone);
  const referenceYear = ymd(today).year;
  const itemFilter = useMemo(() => toItemFilter(filter, today), [filter, today]);
  const agg = useMemo(() => aggregate(items, { zone, filter: itemFilter, includeDays: [today] }), [items, zone, itemFilter, today]);
  const options = useMemo(() => facets(items), [items]);
  const filtered = useMemo(() => filterItems(items, itemFilter, zone), [items, itemFilter, zone]);
  const lines = useMemo(() => headlines(items, agg, tags, { locale, zone, filter: itemFilter, today }), [items, agg, tags, locale, zone, itemFilter, today]);
  const cellItems = useMemo(
    () => (selected ? itemsInCell(items, selected.tag, selected.monday, { zone, filter: itemFilter }) : []),
    [items, selected, zone, itemFilter],
  );
  const hasSamples = useMemo(() => items.some((i) => i.helpdesk === SAMPLE_HELPDESK), [items]);

  const changeFilter = (next: FilterState) => {
    setFilter(next);
    setSelected(null);
  };

  const samples = async (load: boolean) => {
    setBusy(true);
    try {
      if (load) setNotice(tn('samplesLoaded', (await client.loadSamples()).added, locale));
      else setNotice(tn('samplesCleared', (await client.clearSamples()).removed, locale));
      setSelected(null);
      await reload(true);
    } catch (error) {
      setNotice(errorText(error, locale));
    } finally {
      setBusy(false);
    }
  };

  const zoneName = zone === localZone ? Intl.DateTimeFormat().resolvedOptions().timeZone : zone.id;

  return (
    <div class="fb-page" data-testid="feedback-view" lang={locale} aria-busy={load.status === 'loading'}>
      <header class="fb-head">
        <div>
          <h1>{tr('title')}</h1>
          <p class="fb-muted">{tr('subtitle')}</p>
        </div>
      </header>

      {notice && (
        <p class="fb-notice" role="status" data-testid="notice">
          {notice}
        </p>
      )}

      {load.status === 'loading' && (
        <p class="fb-muted" role="status" data-testid="loading">
          {load.loaded ? tn('loadingCount', load.loaded, locale) : tr('loading')}
        </p>
      )}
      {load.status === 'error' && (
        <div class="fb-panel fb-error" role="alert" data-testid="load-error">
          <p>{load.message}</p>
          <button type="button" class="fb-button" onClick={() => void reload()}>
            {tr('retry')}
          </button>
        </div>
      )}

      {load.status === 'ready' && items.length === 0 && (
        <section class="fb-panel fb-empty" data-testid="empty">
          <h2>{tr('emptyTitle')}</h2>
          <p>{tr('emptyBody')}</p>
          <button type="button" class="fb-button is-primary" disabled={busy} data-testid="load-samples" onClick={() => void samples(true)}>
            {tr('loadSamples')}
          </button>
        </section>
      )}

      {load.status === 'ready' && items.length > 0 && (
        <>
          <Filters state={filter} onChange={changeFilter} tags={tags} tagIds={options.tags} helpdesks={options.helpdesks} agents={options.agents} locale={locale} />

          {lines.length > 0 && (
            <section class="fb-headlines" data-testid="headlines" aria-label={tr('headline', { date: formatWeekDate(lines[0]!.monday, locale, referenceYear) })}>
              {lines.map((line) => (
                <p key={line.tag} class="fb-headline" data-testid="headline" style={{ borderColor: tagColor(tags, line.tag) }}>
                  {line.text}
                </p>
              ))}
            </section>
          )}

          {filtered.length === 0 ? (
            <p class="fb-panel fb-muted" data-testid="nothing-matches">
              {tr('nothingMatches')}
            </p>
          ) : (
            <WeekTable agg={agg} tags={tags} locale={locale} referenceYear={referenceYear} today={today} selected={selected} onSelect={setSelected} />
          )}

          {selected && (
            <CellQuotes
              cell={selected}
              counts={cellOf(agg, selected.tag, selected.monday)}
              items={cellItems}
              tags={tags}
              pending={pending}
              locale={locale}
              zone={zone}
              referenceYear={referenceYear}
              onClose={() => setSelected(null)}
              copy={props.copy}
            />
          )}

          {agg.tagIds.length > 0 && (
            <section class="fb-trends" aria-labelledby="fb-trends-title">
              <h2 id="fb-trends-title">{tr('trends')}</h2>
              <p class="fb-legend fb-muted">
                <span class="fb-legend-line" /> {tr('legendCustomers')} <span class="fb-legend-bar" /> {tr('legendItems')}
              </p>
              <div class="fb-trend-grid">
                {agg.tagIds.map((tag) => {
                  const total = agg.tagTotals.get(tag)!;
                  const latest = comparedWeek(agg.weeks, today);
                  const wow = latest === undefined ? undefined : weekOverWeek(agg, tag, latest);
                  return (
                    <figure key={tag} class="fb-trend" data-testid={`trend-${tag}`}>
                      <figcaption>
                        <span class="fb-dot" style={{ background: tagColor(tags, tag) }} aria-hidden="true" />
                        <strong>{tagLabel(tags, tag, locale)}</strong>
                        <span class="fb-muted">{tn('customersShort', total.customers, locale)}</span>
                        {wow && <ChangeBadge delta={wow.delta} ratio={wow.ratio} locale={locale} />}
                      </figcaption>
                      <TrendChart
                        points={trend(agg, tag)}
                        color={tagColor(tags, tag)}
                        locale={locale}
                        referenceYear={referenceYear}
                        testId={`chart-${tag}`}
                        selected={selected?.tag === tag ? selected.monday : undefined}
                      />
                    </figure>
                  );
                })}
              </div>
            </section>
          )}

        </>
      )}

      {load.status === 'ready' && (
        // One ImportPanel for the empty and the full page, so its result survives the switch.
        <div class="fb-columns">
          {items.length > 0 && <ExportPanel key="export" all={items} filtered={filtered} tags={tags} locale={locale} zone={zone} now={now} download={download} />}
          <ImportPanel key="import" client={client} tags={tags} locale={locale} zone={zone} onImported={() => void reload(true)} />
        </div>
      )}

      <footer class="fb-foot fb-muted">
        <p>{tr('zoneNote', { zone: zoneName })}</p>
        {pending.size > 0 && <p data-testid="pending-note">{tn('pendingNote', pending.size, locale)}</p>}
        {hasSamples && (
          <button type="button" class="fb-button is-quiet" disabled={busy} data-testid="clear-samples" onClick={() => void samples(false)}>
            {tr('clearSamples')}
          </button>
        )}
      </footer>
    </div>
  );
}
