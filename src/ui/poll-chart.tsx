import type { Figure } from '../core/dataset-schema.ts';
import { formatChange, formatPrevious, formatValue } from './format.ts';
import { useLocale, type UiLocale } from './i18n.ts';

/** Props of {@link PollChart}. */
export interface PollChartProps {
  figures: Figure[];
  /** The text of the poll's source, for each figure's excerpt. */
  sourceText: string;
}

const WIDTH = 300;
const BAR_MAX = 176;
const ROW = 36;
const LABEL_MAX = 52;

function shorten(label: string): string {
  return label.length <= LABEL_MAX ? label : `${label.slice(0, LABEL_MAX - 1).trimEnd()}…`;
}

/** The largest value on the chart's axis: percentages run to 100, anything else to its largest. */
function axisMax(figures: Figure[]): number {
  if (figures.every((f) => f.unit === 'percent')) return 100;
  const all = figures.flatMap((f) => [f.value, f.previous ?? 0]).map(Math.abs);
  return Math.max(1, ...all);
}

/** What a screen reader hears for one figure: its label, its value and how it moved. */
export function describeFigure(figure: Figure, sourceText: string, locale: UiLocale): string {
  const excerpt = sourceText.slice(figure.start, figure.end);
  const change = formatChange(figure, excerpt, locale);
  return `${figure.label}: ${formatValue(figure.value, figure.unit, locale)}${change ? `, ${change}` : ''}`;
}

/**
 * A poll's figures as bars with the numbers written on them: a reader sees "42%" and how long
 * its bar is, and a dashed outline where the figure stood before ("from ~70%"). The chart is
 * one image to assistive technology, named with every figure, so nothing is only visual.
 */
export function PollChart({ figures, sourceText }: PollChartProps) {
  const locale = useLocale();
  if (figures.length === 0) return null;
  const max = axisMax(figures);
  const scale = (v: number) => Math.max(0, Math.min(BAR_MAX, (Math.abs(v) / max) * BAR_MAX));
  const height = figures.length * ROW;
  const name = figures.map((f) => describeFigure(f, sourceText, locale)).join('; ');
  return (
    <svg class="fl-chart" role="img" aria-label={name} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      {figures.map((f, i) => {
        const y = i * ROW;
        const bar = scale(f.value);
        const prev = f.previous === null || f.previous === undefined ? null : scale(f.previous);
        const textX = Math.max(bar, prev ?? 0) + 6;
        const before = formatPrevious(f, sourceText.slice(f.start, f.end), locale);
        const prevText = before === null ? null : locale.t('cardChangeFrom', before);
        return (
          <g key={i} aria-hidden="true">
            <text class="fl-chart-label" x={0} y={y + 12}>
              {shorten(f.label)}
            </text>
            <rect class="fl-chart-track" x={0} y={y + 17} width={BAR_MAX} height={13} rx={2} />
            <rect class="fl-chart-bar" x={0} y={y + 17} width={bar} height={13} rx={2} />
            {prev !== null && <rect class="fl-chart-ghost" x={0.6} y={y + 17.6} width={prev} height={11.8} rx={2} />}
            <text class="fl-chart-value" x={textX} y={y + 28}>
              {formatValue(f.value, f.unit, locale)}
              {prevText && (
                <tspan class="fl-chart-change" dx={5}>
                  {prevText}
                </tspan>
              )}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
