import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { comparisonChart, partsChart } from '../../../src/charts/chart-specs.ts';

describe('chart specifications', () => {
  it('a parts chart keeps positive parts, names its table and describes the largest part', () => {
    const spec = partsChart({
      id: 'x', title: '支出按功能分类', unit: '万元', tableId: 'data-general_budget_expenditure',
      parts: [{ label: '201 一般公共服务支出', value: money('1436.72') }, { label: '207 文化旅游', value: money('28') }, { label: '空白', value: undefined }, { label: '零', value: money('0') }],
    })!;
    expect(spec.labels).toEqual(['201 一般公共服务支出', '207 文化旅游']);
    expect(spec.series[0]!.data).toEqual([1436.72, 28]);
    expect(spec.tableId).toBe('data-general_budget_expenditure');
    expect(spec.horizontal).toBe(true);
    expect(spec.description).toContain('最大的是201 一般公共服务支出，1,436.72万元');
  });
  it('no chart for fewer than two parts (nothing to compare)', () => {
    expect(partsChart({ id: 'x', title: 't', unit: '万元', tableId: 't', parts: [{ label: 'a', value: money('1') }] })).toBeUndefined();
  });
  it('a comparison chart carries each series and an optional percentage series on its own axis', () => {
    const spec = comparisonChart({
      id: 'p', title: '项目预算与决算', unit: '万元', tableId: 'data-project_execution', labels: ['干部培训经费'],
      series: [{ label: '预算数', values: [money('90')] }, { label: '决算数', values: [money('89.99')] }],
      rate: { label: '执行率（%）', values: [99.99] }, description: '干部培训经费执行率99.99%。',
    })!;
    expect(spec.series.map((s) => s.label)).toEqual(['预算数', '决算数', '执行率（%）']);
    expect(spec.series[2]!.percentAxis).toBe(true);
    expect(spec.series[1]!.data).toEqual([89.99]);
    expect(comparisonChart({ id: 'e', title: 't', unit: '万元', tableId: 't', labels: ['a'], series: [{ label: 's', values: [undefined] }], description: '' })).toBeUndefined();
  });
  it('long labels switch to horizontal bars', () => {
    const short = comparisonChart({ id: 'a', title: 't', unit: '万元', tableId: 't', labels: ['本年', '上年'], series: [{ label: 's', values: [money('1'), money('2')] }], description: '' })!;
    const long = comparisonChart({ id: 'b', title: 't', unit: '万元', tableId: 't', labels: ['公务用车运行维护费'], series: [{ label: 's', values: [money('1')] }], description: '' })!;
    expect(short.horizontal).toBe(false);
    expect(long.horizontal).toBe(true);
  });
});

describe('Chart.js configuration (what the reader sees of a chart)', () => {
  it('puts a percentage series on a right-hand axis of its own, titled %, while amounts keep the unit axis', async () => {
    const { chartConfig } = await import('../../../src/charts/chart-config.ts');
    const spec = comparisonChart({
      id: 'p', title: '项目预算与决算', unit: '万元', tableId: 't', labels: ['干部培训经费', '人才工作经费'],
      series: [{ label: '预算数', values: [money('90'), money('50')] }, { label: '决算数', values: [money('89.99'), money('40')] }],
      rate: { label: '执行率（%）', values: [99.99, 80] }, description: '',
    })!;
    const config = chartConfig(spec);
    const scales = config.options!.scales as Record<string, { title?: { text?: string }; position?: string }>;
    // Short labels keep the bars vertical: the value axis is y, and it carries the unit.
    expect(scales.y!.title!.text).toBe('万元');
    expect(scales.percent!.title!.text).toBe('%');
    expect(scales.percent!.position).toBe('right');
    const datasets = config.data.datasets as Array<{ label: string; yAxisID?: string; type?: string }>;
    expect(datasets.map((d) => d.yAxisID)).toEqual([undefined, undefined, 'percent']);
    expect(datasets[2]!.type).toBe('line');
  });

  it('wraps long Chinese labels into lines of ten characters, except in doughnuts (the legend names them)', async () => {
    const { chartConfig, wrapLabel } = await import('../../../src/charts/chart-config.ts');
    expect(wrapLabel('2013201 一般公共服务支出行政运行费用')).toEqual(['2013201 一般', '公共服务支出行政运行', '费用']);
    const bars = chartConfig(partsChart({ id: 'x', title: 't', unit: '万元', tableId: 't', parts: [{ label: '201 一般公共服务支出', value: money('2') }, { label: '207 文化旅游体育与传媒支出', value: money('1') }] })!);
    expect(bars.data.labels).toEqual([['201 一般公共服务', '支出'], ['207 文化旅游体育', '与传媒支出']]);
    const doughnut = chartConfig(partsChart({ id: 'y', title: 't', unit: '万元', tableId: 't', kind: 'doughnut', parts: [{ label: '基本支出', value: money('2') }, { label: '项目支出', value: money('1') }] })!);
    expect(doughnut.data.labels).toEqual(['基本支出', '项目支出']);
    expect(doughnut.options!.plugins!.legend!.display).toBe(true);
    expect(doughnut.options!.scales).toEqual({});
  });
});
