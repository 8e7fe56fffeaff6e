/**
 * Import with a preview: files are read and checked here, in the page, with progress; nothing is
 * written until the lead confirms, and then the background writes all of it or none of it.
 */
import { useState } from 'preact/hooks';
import type { Locale } from '../../i18n';
import { errorText } from '../../feedback/strings';
import { lockedByPolicy } from '../../settings/effective';
import type { Tag } from '../../feedback/tags';
import type { FeedbackClient } from '../client';
import { fileSource, previewImport, type ImportSource } from '../importFiles';
import type { ImportPlan, ImportProgress } from '../importTypes';
import { fileErrorText, rejectionText, t, tn } from '../strings';
import type { Zone } from '../weeks';

const SHOWN_REJECTIONS = 100;

type State =
  | { step: 'idle'; message?: string; failed?: boolean }
  | { step: 'reading'; progress?: ImportProgress }
  | { step: 'preview'; plan: ImportPlan }
  | { step: 'importing'; done: number; total: number };

export interface ImportPanelProps {
  client: FeedbackClient;
  tags: readonly Tag[];
  locale: Locale;
  zone: Zone;
  onImported: () => void;
  /** Whether the organisation's policy locks the tag list. Default: the cached managed policy. */
  tagsLocked?: () => Promise<boolean>;
}

export function ImportPanel({ client, tags, locale, zone, onImported, tagsLocked = () => lockedByPolicy('tags') }: ImportPanelProps) {
  const tr = t.in(locale);
  const [state, setState] = useState<State>({ step: 'idle' });

  const read = async (sources: ImportSource[]) => {
    if (sources.length === 0) return;
    setState({ step: 'reading' });
    try {
      const plan = await previewImport(sources, {
        zone,
        tags,
        // read at each preview: the policy may have changed since the page opened
        tagsLocked: await tagsLocked(),
        existing: (ids) => client.existingIds(ids),
        onProgress: (progress) => setState({ step: 'reading', progress }),
      });
      setState({ step: 'preview', plan });
    } catch (error) {
      setState({ step: 'idle', failed: true, message: tr('importFailed', { reason: errorText(error, locale) }) });
    }
  };

  const confirm = async (plan: ImportPlan) => {
    setState({ step: 'importing', done: 0, total: plan.toAdd.length });
    try {
      const result = await client.commitImport(plan.toAdd, plan.tags, (done, total) => setState({ step: 'importing', done, total }));
      setState({ step: 'idle', message: tn('imported', result.added, locale) });
      onImported();
    } catch (error) {
      setState({ step: 'idle', failed: true, message: tr('importFailed', { reason: errorText(error, locale) }) });
    }
  };

  return (
    <section class="fb-panel" data-testid="import-panel" aria-labelledby="fb-import-title">
      <h2 id="fb-import-title">{tr('importTitle')}</h2>
      <p class="fb-muted">{tr('importHint')}</p>
      {(state.step === 'idle' || state.step === 'preview') && (
        <label class="fb-button fb-file">
          {tr('chooseFiles')}
          <input
            type="file"
            multiple
            accept=".csv,.json,text/csv,application/json"
            data-testid="import-input"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const files = Array.from(input.files ?? []);
              input.value = '';
              void read(files.map(fileSource));
            }}
          />
        </label>
      )}
      {state.step === 'reading' && <Progress progress={state.progress} locale={locale} />}
      {state.step === 'importing' && (
        <div class="fb-progress" role="status" data-testid="import-progress">
          <span>{tr('importing')}</span>
          <progress max={Math.max(1, state.total)} value={state.done} />
        </div>
      )}
      {state.step === 'preview' && <Preview plan={state.plan} tags={tags} locale={locale} onConfirm={() => void confirm(state.plan)} onCancel={() => setState({ step: 'idle' })} />}
      {state.step === 'idle' && state.message && (
        <p class={state.failed ? 'fb-error' : 'fb-ok'} role="status" data-testid="import-result">
          {state.message}
        </p>
      )}
    </section>
  );
}

function Progress({ progress, locale }: { progress: ImportProgress | undefined; locale: Locale }) {
  const tr = t.in(locale);
  if (!progress) return <p role="status">{tr('reading', { file: '' })}</p>;
  const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const label = progress.phase === 'read' ? tr('reading', { file: progress.file }) : tr('checking', { file: progress.file });
  return (
    <div class="fb-progress" role="status" data-testid="import-progress">
      <span>{label}</span>
      <progress max={100} value={percent} aria-label={tr('progress', { file: progress.file, percent })} />
    </div>
  );
}

function Preview({ plan, tags, locale, onConfirm, onCancel }: { plan: ImportPlan; tags: readonly Tag[]; locale: Locale; onConfirm: () => void; onCancel: () => void }) {
  const tr = t.in(locale);
  const newTagNames = plan.tags.filter((d) => !tags.some((t) => t.id === d.id)).map((d) => d.label[locale] || d.label.en);
  return (
    <div class="fb-preview" data-testid="import-preview">
      <h3>{tr('previewTitle')}</h3>
      <ul class="fb-preview-counts">
        <li class="is-add" data-testid="preview-add">
          {tn('willAdd', plan.toAdd.length, locale)}
          {newTagNames.length > 0 && ` ${tn('newTags', newTagNames.length, locale, { names: newTagNames.join(', ') })}`}
        </li>
        <li data-testid="preview-skip">{tn('willSkip', plan.duplicates, locale)}</li>
        <li class={plan.rejected.length ? 'is-reject' : undefined} data-testid="preview-reject">
          {tn('willReject', plan.rejected.length, locale)}
        </li>
      </ul>
      <ul class="fb-file-list">
        {plan.files.map((f, i) => (
          <li key={`${f.name}-${i}`} class={f.error ? 'fb-error' : undefined} data-testid="preview-file">
            {f.error ? tr('fileRefused', { file: f.name, reason: fileErrorText(f.error, locale) }) : tn('fileSummary', f.rows, locale, { file: f.name })}
          </li>
        ))}
      </ul>
      {plan.rejected.length > 0 && (
        <details class="fb-rejected" open={plan.rejected.length <= 10}>
          <summary>{tr('rejectedTitle')}</summary>
          <ul>
            {plan.rejected.slice(0, SHOWN_REJECTIONS).map((r, i) => (
              <li key={i} data-testid="preview-rejection">
                {rejectionText(r, locale)}
              </li>
            ))}
            {plan.rejected.length > SHOWN_REJECTIONS && <li>{tn('rejectedMore', plan.rejected.length - SHOWN_REJECTIONS, locale)}</li>}
          </ul>
        </details>
      )}
      <div class="fb-actions">
        {plan.toAdd.length > 0 ? (
          <button type="button" class="fb-button is-primary" data-testid="import-confirm" onClick={onConfirm}>
            {tn('confirmImport', plan.toAdd.length, locale)}
          </button>
        ) : (
          <span class="fb-muted">{tr('nothingToImport')}</span>
        )}
        <button type="button" class="fb-button is-quiet" data-testid="import-cancel" onClick={onCancel}>
          {tr('cancel')}
        </button>
      </div>
    </div>
  );
}
