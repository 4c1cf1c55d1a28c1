/**
 * Whether an indicator's target was met (final accounts' self-evaluation), judged from what the document prints and
 * nothing else: the printed completion rate; else the actual value against the target (same text, or both numbers in
 * the same unit compared by the target's operator or the indicator's nature); else a reason for a shortfall. Text
 * that says something else in other words cannot be judged by a program: it stays "not judged", with the texts shown.
 */
import { parseMoney, compare, isZero, type Money } from '../domain/money.ts';
import type { IndicatorValue, Operator } from '../domain/indicator-value.ts';
import type { Indicator } from '../schemas/performance.ts';

export type IndicatorStatus = 'met' | 'partly' | 'not-met' | 'not-judged' | 'not-applicable';

export const STATUS_LABELS: Readonly<Record<IndicatorStatus, string>> = {
  met: '已完成', partly: '部分完成', 'not-met': '未完成', 'not-judged': '未判定', 'not-applicable': '不适用',
};

export interface StatusJudgement {
  readonly status: IndicatorStatus;
  /** Why, in a phrase a reader can check against the row. */
  readonly basis: string;
}

const NOT_APPLICABLE_TEXT = /^(不适用|无|\/|—|-)$/;
const normalise = (text: string) => text.replace(/[\s\u3000]/g, '');
const amount = (text: string | undefined): Money | undefined => {
  if (text === undefined) return undefined;
  const parsed = parseMoney(text);
  return parsed.ok ? parsed.value : undefined;
};

/** Did `actual` reach `target` under `operator`? undefined when the values are not two comparable numbers. */
function numericStatus(target: IndicatorValue, actual: IndicatorValue, indicator: Indicator): IndicatorStatus | undefined {
  if (target.qualitative || actual.qualitative || actual.range) return undefined;
  if (target.unit && actual.unit && normalise(target.unit) !== normalise(actual.unit)) return undefined;
  const value = amount(actual.number);
  if (!value) return undefined;
  if (target.range) {
    const low = amount(target.range.low);
    const high = amount(target.range.high);
    if (!low || !high) return undefined;
    return compare(value, low) >= 0 && compare(value, high) <= 0 ? 'met' : compare(value, low) < 0 && !isZero(value) ? 'partly' : 'not-met';
  }
  const goal = amount(target.number);
  if (!goal) return undefined;
  // The target's own operator first (≥95%), then the 指标性质 column; a bare number is a cost not to exceed under
  // 成本指标 (docs/domain.md §5), else a quantity to reach.
  const { nature } = indicator;
  const isCost = [indicator.level1, indicator.level2].some((level) => level?.includes('成本'));
  const operator: Operator = target.operator ?? (nature && nature !== '定性' ? nature : isCost ? '≤' : '≥');
  const order = compare(value, goal);
  switch (operator) {
    case '≥': return order >= 0 ? 'met' : isZero(value) ? 'not-met' : 'partly';
    case '>': return order > 0 ? 'met' : isZero(value) ? 'not-met' : 'partly';
    case '≤': return order <= 0 ? 'met' : 'not-met';
    case '<': return order < 0 ? 'met' : 'not-met';
    case '=': return order === 0 ? 'met' : isZero(value) ? 'not-met' : 'partly';
  }
}

/** The status of one indicator with results; undefined for an indicator that publishes no result (a budget target). */
export function indicatorStatus(indicator: Indicator): StatusJudgement | undefined {
  const { target, actual, completion_rate: rate } = indicator;
  if (!actual && !rate) return undefined;
  if (target && NOT_APPLICABLE_TEXT.test(normalise(target.text)) && (!actual || NOT_APPLICABLE_TEXT.test(normalise(actual.text)))) {
    return { status: 'not-applicable', basis: '指标值为“不适用”' };
  }
  if (rate) {
    const hundred = rate.scaled >= 100n * 10n ** BigInt(rate.decimals);
    const status: IndicatorStatus = hundred ? 'met' : rate.scaled <= 0n ? 'not-met' : 'partly';
    return { status, basis: '按表中完成率' };
  }
  if (target && actual && normalise(target.text) === normalise(actual.text)) return { status: 'met', basis: '实际完成值与指标值相同' };
  const numeric = target && actual ? numericStatus(target, actual, indicator) : undefined;
  if (numeric) return { status: numeric, basis: '按实际完成值与指标值比较' };
  if (indicator.shortfall_reason) return { status: 'partly', basis: '填写了未完成原因' };
  return { status: 'not-judged', basis: '文字表述不同，请对照指标值与实际完成值' };
}

export interface StatusCounts {
  readonly met: number;
  readonly partly: number;
  readonly 'not-met': number;
  readonly 'not-judged': number;
  readonly 'not-applicable': number;
  /** Indicators with a result. */
  readonly judged: number;
}

export function statusCounts(indicators: readonly Indicator[]): StatusCounts {
  const counts = { met: 0, partly: 0, 'not-met': 0, 'not-judged': 0, 'not-applicable': 0, judged: 0 };
  for (const indicator of indicators) {
    const judgement = indicatorStatus(indicator);
    if (!judgement) continue;
    counts[judgement.status]++;
    counts.judged++;
  }
  return counts;
}
