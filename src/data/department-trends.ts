/** Multi-year trend charts of a department: totals, basic vs project, and the three public expenses. */
import { comparisonChart, type ChartSpec } from '../charts/chart-specs.ts';
import { changeSentence } from '../domain/summaries.ts';
import type { DisclosureView } from './site-data.ts';
import { tableElementId } from './disclosure-charts.ts';

export function departmentTrendCharts(disclosures: readonly DisclosureView[], tableViewId: string): ChartSpec[] {
  const charts: ChartSpec[] = [];
  for (const stage of ['budget', 'final'] as const) {
    const series = disclosures.filter((d) => d.stage === stage && (d.facts.get('支出合计') ?? d.facts.get('一般公共预算支出')));
    const units = new Set(series.map((d) => d.meta.unit));
    if (series.length < 2 || units.size !== 1) continue; // a trend needs two years in one unit
    const unit = series[0]!.meta.unit;
    const label = stage === 'budget' ? '预算' : '决算';
    const totals = series.map((d) => d.facts.get('支出合计') ?? d.facts.get('一般公共预算支出'));
    const first = totals[0]!;
    const last = totals[totals.length - 1]!;
    const spec = comparisonChart({
      id: `trend-${stage}`, kind: 'line', title: `历年支出${label}趋势`, unit, tableId: tableElementId(tableViewId),
      labels: series.map((d) => `${d.year}年`),
      series: [
        { label: '支出合计', values: totals },
        { label: '基本支出', values: series.map((d) => d.facts.get('基本支出')) },
        { label: '项目支出', values: series.map((d) => d.facts.get('项目支出')) },
        { label: '“三公”经费', values: series.map((d) => d.facts.get('三公经费')) },
      ],
      description: `${series[0]!.year}年至${series[series.length - 1]!.year}年支出${label}：${series[series.length - 1]!.year}年${changeSentence(last, first, unit).replace('比上年', `比${series[0]!.year}年`)}。`,
    });
    if (spec) charts.push(spec);
  }
  return charts;
}
