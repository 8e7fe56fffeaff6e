import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n';
import type { FeedbackItem } from '../../feedback/schema';
import type { Tag } from '../../feedback/tags';
import type { DownloadFile } from '../client';
import { delimiterFor, exportCsv, exportFileName, exportJson, type Delimiter } from '../exportFile';
import { t, tn } from '../strings';
import type { Zone } from '../weeks';

export interface ExportPanelProps {
  all: readonly FeedbackItem[];
  filtered: readonly FeedbackItem[];
  tags: readonly Tag[];
  locale: Locale;
  zone: Zone;
  now: () => number;
  download: (file: DownloadFile) => void;
}

export function ExportPanel({ all, filtered, tags, locale, zone, now, download }: ExportPanelProps) {
  const tr = t.in(locale);
  const [scope, setScope] = useState<'all' | 'filtered'>('filtered');
  const [sep, setSep] = useState<'auto' | Delimiter>('auto');
  const [done, setDone] = useState('');
  const items = scope === 'all' ? all : filtered;
  const byTime = () => [...items].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));

  const save = (kind: 'csv' | 'json') => {
    const at = now();
    const name = exportFileName(kind, scope, at, zone);
    const text =
      kind === 'csv'
        ? exportCsv(byTime(), tags, { locale, zone, ...(sep === 'auto' ? {} : { delimiter: sep }) })
        : exportJson(byTime(), tags, { scope, now: at });
    download({ name, mime: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json', text });
    setDone(tn('exported', items.length, locale, { file: name }));
  };

  return (
    <section class="fb-panel" data-testid="export-panel" aria-labelledby="fb-export-title">
      <h2 id="fb-export-title">{tr('exportTitle')}</h2>
      <fieldset class="fb-choices">
        <legend>{tr('exportScope')}</legend>
        <label>
          <input type="radio" name="fb-scope" checked={scope === 'filtered'} data-testid="export-scope-filtered" onChange={() => setScope('filtered')} />
          {tn('exportFiltered', filtered.length, locale)}
        </label>
        <label>
          <input type="radio" name="fb-scope" checked={scope === 'all'} data-testid="export-scope-all" onChange={() => setScope('all')} />
          {tn('exportAll', all.length, locale)}
        </label>
      </fieldset>
      <label class="fb-field">
        <span>{tr('delimiter')}</span>
        <select value={sep} data-testid="export-delimiter" onChange={(e) => setSep((e.currentTarget as HTMLSelectElement).value as 'auto' | Delimiter)}>
          <option value="auto">{tr('delimiterAuto', { language: tr(locale === 'ru' ? 'languageRu' : 'languageEn'), sep: delimiterFor(locale) })}</option>
          <option value=";">{tr('delimiterSemicolon')}</option>
          <option value=",">{tr('delimiterComma')}</option>
        </select>
      </label>
      <div class="fb-actions">
        <button type="button" class="fb-button" data-testid="export-csv" disabled={items.length === 0} onClick={() => save('csv')}>
          {tr('downloadCsv')}
        </button>
        <button type="button" class="fb-button" data-testid="export-json" disabled={items.length === 0} onClick={() => save('json')}>
          {tr('downloadJson')}
        </button>
      </div>
      {done && (
        <p class="fb-muted" role="status" data-testid="export-done">
          {done}
        </p>
      )}
    </section>
  );
}
