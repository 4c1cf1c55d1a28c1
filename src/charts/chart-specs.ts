/**
 * Pure chart specifications built from the same figures as the tables. A spec is plain JSON placed in a
 * data attribute; the client script turns it into a Chart.js chart. Every spec names the table holding its
 * numbers, so the chart only ever enhances a table that is always on the page.
 */
import { moneyToNumber, type Money } from '../domain/money.ts';
import { amountWithUnit } from '../domain/amount-display.ts';

export interface ChartSeries {
  readonly label: string;
  readonly data: ReadonlyArray<number | null>;
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
    series: [{ label: `金额（${args.unit}）`, data: parts.map((part) => num(part.value)) }],
    tableId: args.tableId,
    description: `${args.title}：共${parts.length}项，最大的是${largest.label}，${amountWithUnit(largest.value!, args.unit)}。详细数字见表格。`,
  };
}

/** Two or more series over the same labels (this year vs last year, budget vs final). */
export function comparisonChart(args: {
  id: string; title: string; unit: string; tableId: string; labels: readonly string[];
  series: ReadonlyArray<{ label: string; values: ReadonlyArray<Money | undefined> }>;
  rate?: { label: string; values: ReadonlyArray<number | null> };
  description: string; kind?: 'bar' | 'line';
}): ChartSpec | undefined {
  if (args.labels.length === 0 || args.series.every((s) => s.values.every((v) => !v))) return undefined;
  return {
    id: args.id,
    kind: args.kind ?? 'bar',
    horizontal: (args.kind ?? 'bar') === 'bar' && args.labels.some((label) => label.length > 6),
    title: args.title,
    unit: args.unit,
    labels: args.labels,
    series: [
      ...args.series.map((s) => ({ label: s.label, data: s.values.map(num) })),
      ...(args.rate ? [{ label: args.rate.label, data: args.rate.values, percentAxis: true }] : []),
    ],
    tableId: args.tableId,
    description: args.description,
  };
}
