import type { Locale } from '../../i18n';
import { tagLabel, type Tag } from '../../feedback/tags';
import { t, type PageKey } from '../strings';
import { DEFAULT_FILTER, isFiltered, PERIODS, type FilterState, type Period } from '../view';

export interface FiltersProps {
  state: FilterState;
  onChange: (next: FilterState) => void;
  tags: readonly Tag[];
  /** Tag ids that occur in the data, so the list offers nothing that would show an empty page. */
  tagIds: readonly string[];
  helpdesks: readonly string[];
  agents: readonly string[];
  locale: Locale;
}

const PERIOD_KEYS: Record<Period, PageKey> = {
  '4': 'period4',
  '8': 'period8',
  '12': 'period12',
  '26': 'period26',
  '52': 'period52',
  all: 'periodAll',
  custom: 'periodCustom',
};

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function Filters({ state, onChange, tags, tagIds, helpdesks, agents, locale }: FiltersProps) {
  const tr = t.in(locale);
  const set = (patch: Partial<FilterState>) => onChange({ ...state, ...patch });
  const sortedTags = [...tagIds].sort((a, b) => tagLabel(tags, a, locale).localeCompare(tagLabel(tags, b, locale), locale));
  return (
    <form class="fb-filters" aria-label={tr('filters')} data-testid="filters" onSubmit={(e) => e.preventDefault()}>
      <label class="fb-field">
        <span>{tr('period')}</span>
        <select value={state.period} data-testid="filter-period" onChange={(e) => set({ period: value(e) as Period })}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {tr(PERIOD_KEYS[p])}
            </option>
          ))}
        </select>
      </label>
      {state.period === 'custom' && (
        <>
          <label class="fb-field">
            <span>{tr('from')}</span>
            <input type="date" value={state.from} data-testid="filter-from" onChange={(e) => set({ from: value(e) })} />
          </label>
          <label class="fb-field">
            <span>{tr('to')}</span>
            <input type="date" value={state.to} data-testid="filter-to" onChange={(e) => set({ to: value(e) })} />
          </label>
        </>
      )}
      <label class="fb-field">
        <span>{tr('tag')}</span>
        <select value={state.tag} data-testid="filter-tag" onChange={(e) => set({ tag: value(e) })}>
          <option value="">{tr('allTags')}</option>
          {sortedTags.map((id) => (
            <option key={id} value={id}>
              {tagLabel(tags, id, locale)}
            </option>
          ))}
        </select>
      </label>
      <label class="fb-field">
        <span>{tr('helpdesk')}</span>
        <select value={state.helpdesk} data-testid="filter-helpdesk" onChange={(e) => set({ helpdesk: value(e) })}>
          <option value="">{tr('allHelpdesks')}</option>
          {helpdesks.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </label>
      <label class="fb-field">
        <span>{tr('agent')}</span>
        <select value={state.agent} data-testid="filter-agent" onChange={(e) => set({ agent: value(e) })}>
          <option value="">{tr('allAgents')}</option>
          {agents.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      {isFiltered(state) && (
        <button type="button" class="fb-button is-quiet" data-testid="filter-reset" onClick={() => onChange({ ...DEFAULT_FILTER })}>
          {tr('resetFilters')}
        </button>
      )}
    </form>
  );
}
