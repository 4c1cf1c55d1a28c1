/**
 * The Chart.js configuration of a chart specification, as a pure function: what each axis says (unit, percent),
 * how labels wrap, which colours series get. The browser script (mount-charts.ts) only hands it to Chart.js, so
 * everything a reader sees of a chart can be tested without a browser.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from './chart-specs.ts';

/** Colour-blind-safe palette with AA contrast against white. */
export const CHART_COLOURS = ['#0b4f9c', '#c0392b', '#1e7b4a', '#7d3c98', '#b35900', '#2e6b7a', '#6b6b00', '#8c2f5a'] as const;
const PERCENT_COLOUR = '#b35900';

/** Wraps a long label into lines of at most `width` characters (Chinese has no spaces to break at). */
export function wrapLabel(label: string, width = 10): string[] {
  const lines: string[] = [];
  for (let i = 0; i < label.length; i += width) lines.push(label.slice(i, i + width));
  return lines;
}

export function chartConfig(spec: ChartSpec): ChartConfiguration {
  const hasPercent = spec.series.some((series) => series.percentAxis);
  const valueAxis = spec.horizontal ? 'x' : 'y';
  return {
    type: spec.kind,
    data: {
      labels: spec.labels.map((label) => (spec.kind === 'doughnut' ? label : wrapLabel(label))),
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: [...series.data],
        backgroundColor: spec.kind === 'doughnut' ? [...CHART_COLOURS] : series.percentAxis ? PERCENT_COLOUR : CHART_COLOURS[index % CHART_COLOURS.length]!,
        borderColor: series.percentAxis ? PERCENT_COLOUR : CHART_COLOURS[index % CHART_COLOURS.length]!,
        ...(series.percentAxis ? { type: 'line' as const, yAxisID: 'percent' } : {}),
      })) as ChartConfiguration['data']['datasets'],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      plugins: { legend: { display: spec.series.length > 1 || spec.kind === 'doughnut' }, tooltip: { enabled: true } },
      scales: spec.kind === 'doughnut' ? {} : {
        [valueAxis]: { beginAtZero: true, stacked: spec.stacked ?? false, title: { display: true, text: spec.unit } },
        ...(hasPercent ? { percent: { position: 'right', beginAtZero: true, title: { display: true, text: '%' }, grid: { drawOnChartArea: false } } } : {}),
      },
    },
  } as ChartConfiguration;
}
