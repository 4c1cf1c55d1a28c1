/**
 * The Chart.js configuration of a chart specification, as a pure function: what each axis says (unit, percent),
 * how labels wrap, which colours series get. The browser script (mount-charts.ts) only hands it to Chart.js, so
 * everything a reader sees of a chart can be tested without a browser.
 *
 * Truthful by construction: one unit per axis (a percentage series gets a value axis of its own, titled %, never a
 * second category axis); every category labelled (no skipping; long names wrapped to two lines and shortened with
 * "…", the full name in the tooltip and in the table); values written on the bars (bar-values.ts) from the texts
 * the spec carries, which displayAmount made; colours told apart in grey-scale as well as by colour-blind readers.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chart-specs.ts';

/**
 * Series colours: dark and light alternate, so neighbouring series differ in lightness (grey-scale) and in hue
 * along the blue–orange axis that the common colour-vision deficiencies keep apart; each bar has a border of at
 * least 3:1 contrast against white (WCAG 1.4.11), light fills included.
 */
export const SERIES_STYLES = [
  { fill: '#0b4f9c', border: '#0b4f9c' },
  { fill: '#f5c27a', border: '#8a4500' },
  { fill: '#1e6b48', border: '#1e6b48' },
  { fill: '#b9d3f0', border: '#0b4f9c' },
  { fill: '#7d3c98', border: '#7d3c98' },
  { fill: '#e8e8e8', border: '#4a4a4a' },
] as const;
/** Slices of a doughnut: the same alternation of dark and light. */
export const CHART_COLOURS = SERIES_STYLES.map((style) => style.fill);
const PERCENT_STYLE = { fill: '#8a4500', border: '#8a4500' };

/** Characters per line of a category label, and lines at most (Chinese has no spaces to break at). */
export const LABEL_WIDTH = 10;
export const LABEL_LINES = 2;

/** Wraps a long label into lines of at most `width` characters. */
export function wrapLabel(label: string, width = LABEL_WIDTH): string[] {
  const lines: string[] = [];
  for (let i = 0; i < label.length; i += width) lines.push(label.slice(i, i + width));
  return lines;
}

/** A category label as drawn: wrapped, at most `LABEL_LINES` lines, the last shortened with "…" if the name is longer. */
export function categoryLabel(label: string): string[] {
  const lines = wrapLabel(label);
  if (lines.length <= LABEL_LINES) return lines;
  const kept = lines.slice(0, LABEL_LINES);
  kept[LABEL_LINES - 1] = `${kept[LABEL_LINES - 1]!.slice(0, LABEL_WIDTH - 1)}…`;
  return kept;
}

type Scale = Record<string, unknown>;

export function chartConfig(spec: ChartSpec): ChartConfiguration {
  const hasPercent = spec.series.some((series) => series.percentAxis);
  const allPercent = spec.series.every((series) => series.percentAxis);
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const doughnut = spec.kind === 'doughnut';
  // A percentage beside amounts: a second value axis (x when bars are horizontal), linear and titled %.
  const percentAxisId = allPercent ? valueAxis : 'percent';
  const scales: Record<string, Scale> = doughnut ? {} : {
    [categoryAxis]: {
      type: 'category',
      // Every category keeps its label: Chart.js would otherwise drop labels it cannot fit.
      ticks: { autoSkip: false, maxRotation: 0 },
      grid: { display: false },
    },
    [valueAxis]: {
      type: 'linear', beginAtZero: true, stacked: spec.stacked ?? false,
      title: { display: true, text: allPercent ? '%' : spec.unit },
    },
    ...(hasPercent && !allPercent ? {
      percent: {
        type: 'linear', axis: valueAxis, position: spec.horizontal ? 'top' : 'right', beginAtZero: true,
        title: { display: true, text: '%' }, grid: { drawOnChartArea: false },
      },
    } : {}),
  };
  return {
    type: spec.kind,
    data: {
      labels: spec.labels.map((label) => (doughnut ? label : categoryLabel(label))),
      datasets: spec.series.map((series, index) => {
        const style = series.percentAxis ? PERCENT_STYLE : SERIES_STYLES[index % SERIES_STYLES.length]!;
        return {
          label: series.label,
          data: [...series.data],
          backgroundColor: doughnut ? [...CHART_COLOURS] : style.fill,
          borderColor: doughnut ? '#ffffff' : style.border,
          borderWidth: doughnut ? 2 : 1.5,
          ...(series.percentAxis && !allPercent ? { type: 'line' as const, [spec.horizontal ? 'xAxisID' : 'yAxisID']: percentAxisId } : {}),
        };
      }) as ChartConfiguration['data']['datasets'],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      layout: { padding: { right: spec.horizontal ? 8 : 0, top: spec.horizontal ? 0 : 8 } },
      plugins: {
        legend: { display: spec.series.length > 1 || doughnut },
        tooltip: {
          enabled: true,
          // The full category name and the value as the table shows it.
          callbacks: {
            title: (items: Array<{ dataIndex: number }>) => spec.labels[items[0]?.dataIndex ?? 0] ?? '',
            label: (item: { dataIndex: number; datasetIndex: number }) => {
              const series = spec.series[item.datasetIndex];
              const text = series?.texts?.[item.dataIndex];
              return `${series?.label ?? ''}：${text ?? '空白'}`;
            },
          },
        },
        // Values on the bars, drawn by bar-values.ts from the texts the spec carries.
        barValues: { texts: doughnut ? [] : spec.series.map((series) => (series.percentAxis && !allPercent ? [] : series.texts ?? [])) },
      },
      scales,
    },
  } as ChartConfiguration;
}
