import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from '../../../src/domain/indicator-value.ts';
import { parsePercent } from '../../../src/domain/rates.ts';
import type { Indicator } from '../../../src/schemas/performance.ts';
import { indicatorStatus, statusCounts } from '../../../src/data/indicator-status.ts';

const rate = (text: string) => { const p = parsePercent(text); if (!p.ok) throw new Error(text); return p.value; };
const indicator = (target: string | undefined, actual: string | undefined, extra: Partial<Indicator> = {}): Indicator => ({
  name: '指标', ...(target !== undefined ? { target: parseIndicatorValue(target) } : {}), ...(actual !== undefined ? { actual: parseIndicatorValue(actual) } : {}), ...extra,
});
const status = (...args: Parameters<typeof indicator>) => indicatorStatus(indicator(...args))?.status;

describe('indicator status from the printed figures', () => {
  it('has no status without a result (a budget target)', () => {
    expect(indicatorStatus(indicator('≥95%', undefined))).toBeUndefined();
  });
  it('follows the printed completion rate first', () => {
    expect(status('≥95%', '90%', { completion_rate: rate('100%') })).toBe('met');
    expect(status('10次', '8次', { completion_rate: rate('80%') })).toBe('partly');
    expect(status('10次', '0次', { completion_rate: rate('0%') })).toBe('not-met');
    expect(status('10次', undefined, { completion_rate: rate('120.5%') })).toBe('met');
  });
  it('is met when the actual value repeats the target', () => {
    expect(indicatorStatus(indicator('2021年度全面完成', '2021年度 全面完成'))).toEqual({ status: 'met', basis: '实际完成值与指标值相同' });
  });
  it('compares numbers in the same unit by the target operator, then by the nature column', () => {
    expect(status('≥95%', '98%')).toBe('met');
    expect(status('≥95%', '90%')).toBe('partly');
    expect(status('≥95%', '0%')).toBe('not-met');
    expect(status('≤50万元', '55万元')).toBe('not-met');
    expect(status('≤50万元', '49.99万元')).toBe('met');
    expect(status('7', '4', { nature: '≥' })).toBe('partly');
    expect(status('7个', '7个')).toBe('met');
    expect(status('100', '99', { nature: '=' })).toBe('partly');
    expect(status('5000-10000人', '12000人')).toBe('not-met');
    expect(status('5000-10000人', '6000人')).toBe('met');
    // A bare figure under 成本指标 is a ceiling (the 2021 sample: 30万元 budgeted, 24.76万元 spent).
    expect(status('30万元', '24.76万元', { level1: '产出指标', level2: '成本指标' })).toBe('met');
    expect(status('30万元', '24.76万元')).toBe('partly');
  });
  it('does not compare numbers in different units', () => {
    expect(status('5次', '4人')).toBe('not-judged');
  });
  it('reads a stated reason for a shortfall as partly met, and different words as not judged', () => {
    expect(status('开展培训200余次', '开展宣讲1400余场次', { shortfall_reason: '疫情影响' })).toBe('partly');
    expect(indicatorStatus(indicator('开展培训200余次', '开展宣讲1400余场次'))).toEqual({ status: 'not-judged', basis: '文字表述不同，请对照指标值与实际完成值' });
  });
  it('marks 不适用 targets as not applicable', () => {
    expect(status('不适用', '不适用')).toBe('not-applicable');
  });
  it('counts statuses over indicators with results only', () => {
    const counts = statusCounts([indicator('≥95%', '98%'), indicator('≥95%', '90%'), indicator('10', '0'), indicator('好', '较好'), indicator('≥1', undefined)]);
    expect(counts).toEqual({ met: 1, partly: 1, 'not-met': 1, 'not-judged': 1, 'not-applicable': 0, judged: 4 });
  });
});
