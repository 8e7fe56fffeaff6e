/**
 * A tag's weekly trend, hand-drawn in SVG: bars for items, a line with dots for distinct customers.
 * Every week has a `<title>`, which is the tooltip on hover and what a screen reader announces.
 */
import type { Locale } from '../../i18n';
import type { TrendPoint } from '../aggregate';
import { formatWeekDate } from '../sentence';
import { t, tn } from '../strings';

export interface TrendChartProps {
  points: TrendPoint[];
  color: string;
  locale: Locale;
  referenceYear: number;
  width?: number;
  height?: number;
  testId?: string;
  /** Highlight one week (the open cell). */
  selected?: number;
}

export function TrendChart({ points, color, locale, referenceYear, width = 300, height = 96, testId, selected }: TrendChartProps) {
  // A sparkline (in the table) has no room for date labels.
  const compact = height < 48;
  const padX = compact ? 2 : 6;
  const padTop = compact ? 2 : 8;
  const padBottom = compact ? 2 : 18;
  const plotH = Math.max(1, height - padTop - padBottom);
  const max = Math.max(1, ...points.map((p) => Math.max(p.items, p.customers)));
  const step = points.length > 0 ? (width - 2 * padX) / points.length : 0;
  const x = (i: number) => padX + step * i + step / 2;
  const y = (v: number) => padTop + plotH - (v / max) * plotH;
  const barW = Math.max(2, Math.min(18, step * 0.6));
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.customers).toFixed(1)}`).join(' ');
  const tr = t.in(locale);
  const first = points[0];
  const last = points.at(-1);
  return (
    <svg
      class="fb-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={tr('trends')}
      data-testid={testId}
      style={{ color }}
    >
      <line x1={padX} x2={width - padX} y1={padTop + plotH + 0.5} y2={padTop + plotH + 0.5} class="fb-chart-axis" />
      {points.length > 1 && <path d={line} class="fb-chart-line" />}
      {points.map((p, i) => {
        const title = tr('trendTitle', {
          date: formatWeekDate(p.monday, locale, referenceYear),
          customers: tn('customersShort', p.customers, locale),
          items: tn('itemsShort', p.items, locale),
        });
        return (
          <g key={p.monday} class={p.monday === selected ? 'fb-chart-week is-selected' : 'fb-chart-week'} data-week={p.monday}>
            <title>{title}</title>
            {/* A full-height hit area so the tooltip shows anywhere in the week's column. */}
            <rect x={x(i) - step / 2} y={0} width={step} height={height} class="fb-chart-hit" />
            {p.items > 0 && <rect x={x(i) - barW / 2} y={y(p.items)} width={barW} height={padTop + plotH - y(p.items)} rx={1.5} class="fb-chart-bar" />}
            {p.customers > 0 && !compact && <circle cx={x(i)} cy={y(p.customers)} r={2.4} class="fb-chart-dot" />}
          </g>
        );
      })}
      {!compact && first && (
        <text x={padX} y={height - 4} class="fb-chart-label">
          {formatWeekDate(first.monday, locale, referenceYear)}
        </text>
      )}
      {!compact && last && last !== first && (
        <text x={width - padX} y={height - 4} class="fb-chart-label" text-anchor="end">
          {formatWeekDate(last.monday, locale, referenceYear)}
        </text>
      )}
    </svg>
  );
}
