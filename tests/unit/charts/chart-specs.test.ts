import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { comparisonChart, drawable, partsChart, rateChart } from '../../../src/charts/chart-specs.ts';
import { parsePercent } from '../../../src/domain/rates.ts';

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
  it('a comparison chart carries amounts only, each with the text the table shows', () => {
    const spec = comparisonChart({
      id: 'p', title: '项目预算与决算', unit: '万元', tableId: 'data-project_execution', labels: ['干部培训经费', '人才工作经费'],
      series: [{ label: '预算数', values: [money('90'), money('1025.7')] }, { label: '决算数', values: [money('89.99'), undefined] }],
      description: '',
    })!;
    expect(spec.series.map((s) => s.label)).toEqual(['预算数', '决算数']);
    expect(spec.series.some((s) => s.percentAxis)).toBe(false);
    expect(spec.series[1]!.data).toEqual([89.99, null]);
    expect(spec.series[0]!.texts).toEqual(['90.00', '1,025.70']);
  });
  it('no comparison chart for one category, nor for blanks and zeros only (the table says it all)', () => {
    const one = comparisonChart({ id: 'y', title: 't', unit: '万元', tableId: 't', labels: ['机关运行经费'], series: [{ label: '2022年', values: [money('140.51')] }, { label: '2023年', values: [money('115.51')] }], description: '' });
    expect(one).toBeUndefined();
    const blank = comparisonChart({ id: 'e', title: '“三公”经费', unit: '万元', tableId: 't', labels: ['因公出国', '公务接待'], series: [{ label: '预算', values: [undefined, money('0')] }, { label: '决算', values: [undefined, undefined] }], description: '' });
    expect(blank).toBeUndefined();
    expect(drawable([{ data: [null, 0, 3] }])).toBe(false);
    expect(drawable([{ data: [1] }, { data: [2] }])).toBe(true);
  });
  it('a rate chart is a chart of its own, in percent, with the rates as printed', () => {
    const rate = (text: string) => { const p = parsePercent(text); if (!p.ok) throw new Error(text); return p.value; };
    const spec = rateChart({ id: 'r', title: '项目预算执行率', tableId: 't', label: '执行率（%）', labels: ['干部培训经费', '换届工作经费'], values: [rate('99.99%'), rate('147.9%')], description: '' })!;
    expect(spec.unit).toBe('%');
    expect(spec.series).toEqual([{ label: '执行率（%）', data: [99.99, 147.9], texts: ['99.99%', '147.9%'], percentAxis: true }]);
  });
  it('long labels switch to horizontal bars', () => {
    const short = comparisonChart({ id: 'a', title: 't', unit: '万元', tableId: 't', labels: ['本年', '上年'], series: [{ label: 's', values: [money('1'), money('2')] }], description: '' })!;
    const long = comparisonChart({ id: 'b', title: 't', unit: '万元', tableId: 't', labels: ['公务用车运行维护费', '公务接待费'], series: [{ label: 's', values: [money('1'), money('2')] }], description: '' })!;
    expect(short.horizontal).toBe(false);
    expect(long.horizontal).toBe(true);
  });
});

describe('Chart.js configuration (what the reader sees of a chart)', () => {
  type Axis = { type?: string; axis?: string; position?: string; title?: { text?: string }; ticks?: { autoSkip?: boolean } };
  const amounts = (horizontal: boolean) => ({
    id: 'p', kind: 'bar' as const, horizontal, title: '项目预算与决算', unit: '万元', tableId: 't', description: '',
    labels: ['干部培训经费', '人才工作经费'],
    series: [{ label: '预算数', data: [90, 50], texts: ['90.00', '50.00'] }, { label: '执行率（%）', data: [99.99, 80], percentAxis: true }],
  });

  it('never puts a percentage on the amount axis nor on a second category axis: it gets a linear axis titled %', async () => {
    const { chartConfig } = await import('../../../src/charts/chart-config.ts');
    for (const horizontal of [false, true]) {
      const config = chartConfig(amounts(horizontal));
      const scales = config.options!.scales as Record<string, Axis>;
      const value = horizontal ? 'x' : 'y';
      const category = horizontal ? 'y' : 'x';
      expect(scales[value]).toMatchObject({ type: 'linear', title: { text: '万元' } });
      expect(scales[category]!.type).toBe('category');
      // The 2021 bug: with horizontal bars the percent axis was a y axis, i.e. a second list of project names.
      expect(scales.percent).toMatchObject({ type: 'linear', axis: value, position: horizontal ? 'top' : 'right', title: { text: '%' } });
      const datasets = config.data.datasets as unknown as Array<Record<string, unknown>>;
      expect(datasets[1]![horizontal ? 'xAxisID' : 'yAxisID']).toBe('percent');
      expect(datasets[0]!.xAxisID ?? datasets[0]!.yAxisID).toBeUndefined();
    }
  });

  it('titles the one value axis of a rate chart %', async () => {
    const { chartConfig } = await import('../../../src/charts/chart-config.ts');
    const config = chartConfig({ ...amounts(true), unit: '%', series: [{ label: '执行率（%）', data: [99.99, 80], texts: ['99.99%', '80.00%'], percentAxis: true }] });
    const scales = config.options!.scales as Record<string, Axis>;
    expect(Object.keys(scales).sort()).toEqual(['x', 'y']);
    expect(scales.x!.title!.text).toBe('%');
    expect((config.options!.plugins as Record<string, { texts?: unknown }>).barValues!.texts).toEqual([['99.99%', '80.00%']]);
  });

  it('labels every category: no skipping, long names on two lines shortened with …, the full name in the tooltip', async () => {
    const { chartConfig, categoryLabel, wrapLabel } = await import('../../../src/charts/chart-config.ts');
    expect(wrapLabel('一般公共服务支出行政运行')).toEqual(['一般公共服务支出行政', '运行']);
    expect(categoryLabel('企业离退休老干部健康疗养费')).toEqual(['企业离退休老干部健康', '疗养费']);
    // 22 characters: two lines of ten, the second cut to nine and "…"
    expect(categoryLabel('老干部健康疗养经费（直管老干部暑期学习班）')).toEqual(['老干部健康疗养经费（', '直管老干部暑期学习…']);
    const names = ['一般公共服务支出', '农林水支出', '社会保障和就业支出', '住房保障支出', '文化旅游体育与传媒支出', '卫生健康支出'];
    const spec = partsChart({ id: 'x', title: 't', unit: '万元', tableId: 't', parts: names.map((label, i) => ({ label, value: money(String(600 - i * 100)) })) })!;
    const config = chartConfig(spec);
    const scales = config.options!.scales as Record<string, Axis>;
    expect(scales.y!.ticks!.autoSkip).toBe(false);
    expect(config.data.labels).toHaveLength(6);
    const tooltip = config.options!.plugins!.tooltip!.callbacks as { title: (items: Array<{ dataIndex: number }>) => string; label: (item: { dataIndex: number; datasetIndex: number }) => string };
    expect(tooltip.title([{ dataIndex: 4 }])).toBe('文化旅游体育与传媒支出');
    expect(tooltip.label({ dataIndex: 0, datasetIndex: 0 })).toBe('金额（万元）：600.00');
    expect((config.options!.plugins as Record<string, { texts?: unknown }>).barValues!.texts).toEqual([['600.00', '500.00', '400.00', '300.00', '200.00', '100.00']]);
  });

  it('gives neighbouring series colours apart in grey-scale, and every bar a border of 3:1 contrast on white', async () => {
    const { SERIES_STYLES } = await import('../../../src/charts/chart-config.ts');
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => { const c = parseInt(hex.slice(i, i + 2), 16) / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    for (let i = 1; i < SERIES_STYLES.length; i++) {
      expect(contrast(luminance(SERIES_STYLES[i]!.fill), luminance(SERIES_STYLES[i - 1]!.fill)), `series ${i - 1} and ${i} in grey-scale`).toBeGreaterThanOrEqual(2);
    }
    for (const style of SERIES_STYLES) expect(contrast(luminance(style.border), 1), style.border).toBeGreaterThanOrEqual(3);
  });

  it('draws doughnuts without axes, their legend naming the slices', async () => {
    const { chartConfig } = await import('../../../src/charts/chart-config.ts');
    const doughnut = chartConfig(partsChart({ id: 'y', title: 't', unit: '万元', tableId: 't', kind: 'doughnut', parts: [{ label: '基本支出', value: money('2') }, { label: '项目支出', value: money('1') }] })!);
    expect(doughnut.data.labels).toEqual(['基本支出', '项目支出']);
    expect(doughnut.options!.plugins!.legend!.display).toBe(true);
    expect(doughnut.options!.scales).toEqual({});
  });
});
