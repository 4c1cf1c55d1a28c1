/**
 * Pure chart specifications built from the same figures as the tables. A spec is plain JSON placed in a
 * data attribute; the client script turns it into a Chart.js chart. Every spec names the table holding its
 * numbers, so the chart only ever enhances a table that is always on the page.
 */
import { moneyToNumber, type Money } from '../domain/money.ts';
import { amountWithUnit, displayAmount } from '../domain/amount-display.ts';
import { formatPercent, type Percent } from '../domain/rates.ts';

export interface ChartSeries {
  readonly label: string;
  readonly data: ReadonlyArray<number | null>;
  /** Each value as the table shows it (displayAmount, formatPercent), written on its bar and in the tooltip. */
  readonly texts?: ReadonlyArray<string | null>;
  /** Right-hand axis for a percentage series drawn over amounts (execution rate). */
  readonly percentAxis?: boolean;
}

export interface ChartSpec {
  readonly id: string;
  readonly kind: 'bar' | 'doughnut' | 'line';
  /** Horizontal bars keep long Chinese labels readable. */
  readonly horizontal: boolean;
  readonly stacked?: boolean;
  readonly title: string;
  readonly unit: string;
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Id of the table that holds these numbers (aria-describedby). */
  readonly tableId: string;
  /** Text alternative: the chart's message in one sentence. */
  readonly description: string;
}

const num = (value: Money | undefined): number | null => (value ? moneyToNumber(value) : null);
const text = (unit: string) => (value: Money | undefined): string | null => (value ? displayAmount(value, unit) : null);

/**
 * Is there something to draw? A chart needs two values or more that are neither blank nor zero: one bar compares
 * nothing, and a chart of blanks says nothing the table does not (the table is always there).
 */
export function drawable(series: ReadonlyArray<{ readonly data: ReadonlyArray<number | null> }>): boolean {
  let values = 0;
  for (const one of series) for (const value of one.data) if (value !== null && value !== 0) values++;
  return values >= 2;
}

export interface LabelledAmount {
  readonly label: string;
  readonly value: Money | undefined;
}

/** Parts of a whole (expenditure by class, income by source, basic vs project). */
export function partsChart(args: { id: string; title: string; unit: string; tableId: string; parts: readonly LabelledAmount[]; kind?: 'bar' | 'doughnut' }): ChartSpec | undefined {
  const parts = args.parts.filter((part) => part.value && part.value.units > 0n);
  if (parts.length < 2) return undefined;
  const largest = parts.reduce((a, b) => (b.value!.units > a.value!.units ? b : a));
  return {
    id: args.id,
    kind: args.kind ?? 'bar',
    horizontal: (args.kind ?? 'bar') === 'bar',
    title: args.title,
    unit: args.unit,
    labels: parts.map((part) => part.label),
    series: [{ label: `金额（${args.unit}）`, data: parts.map((part) => num(part.value)), texts: parts.map((part) => text(args.unit)(part.value)) }],
    tableId: args.tableId,
    description: `${args.title}：共${parts.length}项，最大的是${largest.label}，${amountWithUnit(largest.value!, args.unit)}。详细数字见表格。`,
  };
}

/** Two or more series over the same labels (this year vs last year, budget vs final): amounts only, one unit. */
export function comparisonChart(args: {
  id: string; title: string; unit: string; tableId: string; labels: readonly string[];
  series: ReadonlyArray<{ label: string; values: ReadonlyArray<Money | undefined> }>;
  description: string; kind?: 'bar' | 'line';
}): ChartSpec | undefined {
  const series = args.series.map((s) => ({ label: s.label, data: s.values.map(num), texts: s.values.map(text(args.unit)) }));
  // A single category (one line of a year-on-year table) or a chart of blanks is left to the table.
  if (args.labels.length < 2 || !drawable(series)) return undefined;
  return {
    id: args.id,
    kind: args.kind ?? 'bar',
    horizontal: (args.kind ?? 'bar') === 'bar' && args.labels.some((label) => label.length > 6),
    title: args.title,
    unit: args.unit,
    labels: args.labels,
    series,
    tableId: args.tableId,
    description: args.description,
  };
}

/** Percentages (execution or completion rates) as a chart of their own: its one value axis is titled %. */
export function rateChart(args: {
  id: string; title: string; tableId: string; labels: readonly string[]; label: string;
  values: ReadonlyArray<Percent | undefined>; description: string;
}): ChartSpec | undefined {
  const series = [{ label: args.label, data: args.values.map((value) => (value ? Number(value.scaled) / 10 ** value.decimals : null)), texts: args.values.map((value) => (value ? formatPercent(value) : null)), percentAxis: true }];
  if (args.labels.length < 2 || !drawable(series)) return undefined;
  return {
    id: args.id, kind: 'bar', horizontal: true, title: args.title, unit: '%', labels: args.labels, series,
    tableId: args.tableId, description: args.description,
  };
}
