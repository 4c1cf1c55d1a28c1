/**
 * A department's years side by side: the trend table and its charts (totals, basic vs project, three public
 * expenses). Its disclosures may be published in different units (万元, 元): every amount is converted to one unit
 * (src/domain/units.ts), which the table's caption and the charts' axes state.
 */
import { comparisonChart, type ChartSpec } from '../charts/chart-specs.ts';
import { moneyCell, type TableView } from '../table-kinds/view-model.ts';
import type { Department } from '../schemas/site.ts';
import { changeSentence, expenditureTotal } from '../domain/summaries.ts';
import { amountsIn, projectFunds, unitOf } from './across-disclosures.ts';
import type { DisclosureView } from './site-data.ts';
import { tableElementId } from './disclosure-charts.ts';

export function departmentTrendCharts(disclosures: readonly DisclosureView[], tableViewId: string): ChartSpec[] {
  const charts: ChartSpec[] = [];
  for (const stage of ['budget', 'final'] as const) {
    const series = disclosures.filter((d) => d.stage === stage && expenditureTotal(d.facts));
    if (series.length < 2) continue; // a trend needs two years
    const unit = unitOf(series);
    const amount = amountsIn(unit);
    const label = stage === 'budget' ? '预算' : '决算';
    const totals = series.map((d) => amount(d, expenditureTotal(d.facts)?.value));
    const first = totals[0]!;
    const last = totals[totals.length - 1]!;
    const spec = comparisonChart({
      id: `trend-${stage}`, kind: 'line', title: `历年支出${label}趋势`, unit, tableId: tableElementId(tableViewId),
      labels: series.map((d) => `${d.year}年`),
      series: [
        { label: '本年支出', values: totals },
        { label: '基本支出', values: series.map((d) => amount(d, d.facts.get('基本支出'))) },
        { label: '项目支出', values: series.map((d) => amount(d, d.facts.get('项目支出'))) },
        { label: '“三公”经费', values: series.map((d) => amount(d, d.facts.get('三公经费'))) },
      ],
      description: `${series[0]!.year}年至${series[series.length - 1]!.year}年支出${label}：${series[series.length - 1]!.year}年${changeSentence(last, first, unit).replace('比上年', `比${series[0]!.year}年`)}。`,
    });
    if (spec) charts.push(spec);
  }
  return charts;
}

export function departmentTrendView(department: Department, own: readonly DisclosureView[]): TableView {
  const unit = unitOf(own);
  const amount = amountsIn(unit);
  return {
    id: `trend-${department.id}`, title: `${department.name}历年收支`, unit, rowHeader: '年度',
    columns: [{ label: '本年支出', numeric: true }, { label: '基本支出', numeric: true }, { label: '项目支出', numeric: true }, { label: '“三公”经费', numeric: true }, { label: '项目资金合计', numeric: true }],
    rows: own.map((d) => ({
      header: `${d.year}年${d.stageLabel}`,
      cells: [expenditureTotal(d.facts)?.value, d.facts.get('基本支出'), d.facts.get('项目支出'), d.facts.get('三公经费'), projectFunds(d)].map((value) => moneyCell(amount(d, value), unit)),
    })),
  };
}

/** Disclosures grouped by department, oldest first: built once per list (every department page asks). */
const BY_DEPARTMENT = new WeakMap<readonly DisclosureView[], Map<string, DisclosureView[]>>();

/** A department's disclosures, oldest first. */
export function departmentDisclosures(all: readonly DisclosureView[], departmentId: string): DisclosureView[] {
  let groups = BY_DEPARTMENT.get(all);
  if (!groups) {
    groups = new Map();
    for (const d of [...all].sort((a, b) => a.year - b.year || a.stage.localeCompare(b.stage))) {
      const group = groups.get(d.department.id);
      if (group) group.push(d); else groups.set(d.department.id, [d]);
    }
    BY_DEPARTMENT.set(all, groups);
  }
  return groups.get(departmentId) ?? [];
}
