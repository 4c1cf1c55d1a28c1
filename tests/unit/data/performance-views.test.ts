/**
 * Indicator tables as readers follow them: the result (met / partly met / not met) right after target and actual, and
 * what the source says of an indicator beyond its cells (description, how the target was set) reachable from its row.
 */
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../../src/domain/indicator-value.ts';
import { indicatorTableView } from '../../../src/data/performance-views.ts';
import type { Indicator } from '../../../src/schemas/performance.ts';

const indicator = (name: string, target: string, actual?: string, extra: Partial<Indicator> = {}): Indicator => ({
  level1: '产出指标', level2: '数量指标', name, target: parseIndicatorValue(target), ...(actual ? { actual: parseIndicatorValue(actual) } : {}), ...extra,
});

describe('indicator table view', () => {
  const indicators = [
    indicator('培训人次', '≥500人次', '620人次', { description: '全年举办培训班的参训人次', basis: '《干部教育培训工作条例》' }),
    indicator('培训班次', '≥10次', '6次'),
    indicator('满意度', '≥90%', '0%', { level1: '满意度指标', level2: '服务对象满意度指标', basis: '上年满意度调查' }),
  ];

  it('puts the judged status right after target and actual, in words', () => {
    const view = indicatorTableView('t', '项目绩效', indicators, true);
    const labels = view.columns.map((c) => c.label);
    expect(labels.slice(labels.indexOf('年初指标值'), labels.indexOf('年初指标值') + 3)).toEqual(['年初指标值', '实际完成值', '完成情况']);
    const status = labels.indexOf('完成情况');
    // 620 ≥ 500: met; 6 of 10: partly met; 0% of 90%: not met.
    expect(view.rows.map((row) => row.cells[status]!.text)).toEqual(['已完成', '部分完成', '未完成']);
  });

  it('makes description and basis reachable from the row, and adds nothing where the source has neither', () => {
    const view = indicatorTableView('t', '项目绩效', indicators, true);
    expect(view.rows.map((row) => row.details ?? [])).toEqual([
      [{ label: '指标说明', text: '全年举办培训班的参训人次' }, { label: '指标值确定依据', text: '《干部教育培训工作条例》' }],
      [],
      [{ label: '指标值确定依据', text: '上年满意度调查' }],
    ]);
  });

  it('shows targets without a result column for a budget', () => {
    const view = indicatorTableView('t', '项目绩效', indicators.map(({ actual: _actual, ...rest }) => rest), false);
    expect(view.columns.map((c) => c.label)).not.toContain('完成情况');
    expect(view.columns.map((c) => c.label)).toContain('指标值');
  });
});
