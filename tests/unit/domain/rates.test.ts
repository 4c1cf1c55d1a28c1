/** Rates, shares and year-on-year change: expected values worked out by hand (long division shown in comments). */
import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import {
  NOT_APPLICABLE, executionRate, formatPercent, formatRate, parsePercent, parsePercentWithPattern, percentAgrees, percentToNumber, ratePercent, share,
  yearOnYear, type Percent, type Rate,
} from '../../../src/domain/rates.ts';

const pct = (scaled: bigint, decimals: number): Rate => ({ applicable: true, percent: { scaled, decimals } });
const printed = (text: string): Percent => {
  const result = parsePercent(text);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};

describe('parsePercent', () => {
  it('reads plain rates (its quick path) exactly as the pattern does', () => {
    const cases = ['147.92%', '100%', '98.5', '0%', '007%', '0.0001%', '123456789012345%', '1234567890123456%', '5.', '.5', '%', '', '5.5.5%', '5%%', '-5%',
      '5 %', '5％', '１００%', 'abc', '99.999999999999%'];
    for (const text of cases) expect(JSON.stringify(parsePercent(text), (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)), text)
      .toBe(JSON.stringify(parsePercentWithPattern(text), (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)));
  });

  it('reads percentages as printed, exactly', () => {
    expect(parsePercent('147.92%')).toEqual({ ok: true, value: { scaled: 14_792n, decimals: 2 } });
    expect(parsePercent('100%')).toEqual({ ok: true, value: { scaled: 100n, decimals: 0 } });
    expect(parsePercent('98.5％')).toEqual({ ok: true, value: { scaled: 985n, decimals: 1 } });
    expect(parsePercent('147.92')).toEqual({ ok: true, value: { scaled: 14_792n, decimals: 2 } });
    expect(parsePercent(' 0.05 % ')).toEqual({ ok: true, value: { scaled: 5n, decimals: 2 } });
    expect(parsePercent('-3.5%')).toEqual({ ok: true, value: { scaled: -35n, decimals: 1 } });
    expect(parsePercent(12)).toEqual({ ok: true, value: { scaled: 12n, decimals: 0 } });
  });

  it.each(['abc', '97,5%', '', '%', '约97.5%', '97.5%%', '1/2', '50 percent'])('rejects %j', (text) => {
    const result = parsePercent(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('不是百分比');
  });
});

describe('ratePercent', () => {
  it('computes final ÷ budget rounded half up', () => {
    // 1517.21 ÷ 1025.73 = 1.4791514… → 147.92%
    expect(ratePercent(money('1517.21'), money('1025.73'))).toEqual(pct(14_792n, 2));
    // 506.75 ÷ 680.95 = 0.744181… → 74.42%
    expect(ratePercent(money('506.75'), money('680.95'))).toEqual(pct(7442n, 2));
    // 1 ÷ 3 = 33.333…% ; 2 ÷ 3 = 66.666…% → 66.67%
    expect(ratePercent(money('1'), money('3'))).toEqual(pct(3333n, 2));
    expect(ratePercent(money('2'), money('3'))).toEqual(pct(6667n, 2));
  });

  it('rounds exact halves up (away from zero)', () => {
    // 1 ÷ 8 = 12.5%
    expect(ratePercent(money('1'), money('8'), 1)).toEqual(pct(125n, 1));
    expect(ratePercent(money('1'), money('8'), 0)).toEqual(pct(13n, 0));
    expect(ratePercent(money('-1'), money('8'), 0)).toEqual(pct(-13n, 0));
    expect(ratePercent(money('1'), money('-8'), 0)).toEqual(pct(-13n, 0));
  });

  it('is not applicable when the denominator is zero: never NaN, never 0%', () => {
    expect(ratePercent(money('5'), money('0'))).toEqual(NOT_APPLICABLE);
    expect(ratePercent(money('0'), money('0.00'))).toEqual({ applicable: false });
    expect(formatRate(ratePercent(money('5'), money('0')))).toBe('不适用');
  });

  it('a zero numerator is 0%, which is applicable', () => {
    expect(ratePercent(money('0'), money('20'))).toEqual(pct(0n, 2));
    expect(formatRate(ratePercent(money('0'), money('20')))).toBe('0.00%');
  });

  it('executionRate is final ÷ budget', () => {
    // 89.99 ÷ 90 = 0.99988… → 99.99%
    expect(executionRate(money('89.99'), money('90'))).toEqual(pct(9999n, 2));
    expect(executionRate(money('48'), money('0'))).toEqual(NOT_APPLICABLE);
  });
});

describe('percentAgrees', () => {
  const final = money('1517.21');
  const budget = money('1025.73'); // exact rate 147.915143…%

  it('accepts the rounded and the truncated printing of the exact rate', () => {
    expect(percentAgrees(printed('147.92%'), final, budget)).toBe(true); // rounded
    expect(percentAgrees(printed('147.91%'), final, budget)).toBe(true); // truncated
    expect(percentAgrees(printed('147.9%'), final, budget)).toBe(true);
    expect(percentAgrees(printed('148%'), final, budget)).toBe(true);
    expect(percentAgrees(printed('147%'), final, budget)).toBe(true); // truncated to whole percent
  });

  it('rejects anything coarser than one unit of the last printed digit', () => {
    expect(percentAgrees(printed('147.93%'), final, budget)).toBe(false);
    expect(percentAgrees(printed('147.89%'), final, budget)).toBe(false);
    expect(percentAgrees(printed('146%'), final, budget)).toBe(false);
    expect(percentAgrees(printed('149%'), final, budget)).toBe(false);
    expect(percentAgrees(printed('14.79%'), final, budget)).toBe(false);
  });

  it('is exact at the boundary: 19999 ÷ 20000 = 99.995% exactly', () => {
    expect(percentAgrees(printed('100.00%'), money('19999'), money('20000'))).toBe(true);
    expect(percentAgrees(printed('99.99%'), money('19999'), money('20000'))).toBe(true);
    expect(percentAgrees(printed('99.98%'), money('19999'), money('20000'))).toBe(false);
  });

  it('says "not-applicable" when the denominator is zero', () => {
    expect(percentAgrees(printed('100%'), money('5'), money('0'))).toBe('not-applicable');
    expect(percentAgrees(printed('0%'), money('0'), money('0'))).toBe('not-applicable');
  });
});

describe('yearOnYear', () => {
  it('gives the change and its percentage of last year', () => {
    // 1992.86 − 1378.75 = 614.11 ; 614.11 ÷ 1378.75 = 0.44541… → 44.5%
    const result = yearOnYear(money('1992.86'), money('1378.75'));
    expect(result.change).toEqual(money('614.11'));
    expect(result.percent).toEqual(pct(445n, 1));
    expect(formatRate(result.percent)).toBe('44.5%');
  });

  it('handles a decrease', () => {
    // 115.51 − 140.51 = −25 ; 25 ÷ 140.51 = 0.177923… → −17.8%
    const result = yearOnYear(money('115.51'), money('140.51'));
    expect(result.change.units).toBe(money('-25').units);
    expect(result.percent).toEqual(pct(-178n, 1));
    expect(formatRate(result.percent)).toBe('-17.8%');
  });

  it('is not applicable when last year was zero, but still gives the change', () => {
    const result = yearOnYear(money('376.90'), money('0'));
    expect(result.change.units).toBe(money('376.90').units);
    expect(result.percent).toEqual(NOT_APPLICABLE);
    expect(formatRate(result.percent)).toBe('不适用');
  });

  it('no change is 0.0%', () => {
    expect(yearOnYear(money('20'), money('20.00')).percent).toEqual(pct(0n, 1));
  });
});

describe('share', () => {
  it('is the part of a whole with one decimal by default', () => {
    expect(share(money('8'), money('20'))).toEqual(pct(400n, 1));
    expect(formatRate(share(money('8'), money('20')))).toBe('40.0%');
    // 424.05 ÷ 1436.72 = 0.295151… → 29.5%
    expect(formatRate(share(money('424.05'), money('1436.72')))).toBe('29.5%');
    expect(share(money('8'), money('0'))).toEqual(NOT_APPLICABLE);
  });
});

describe('formatPercent and formatRate', () => {
  it('prints as stored, or re-rounded half up', () => {
    const p: Percent = { scaled: 14_792n, decimals: 2 };
    expect(formatPercent(p)).toBe('147.92%');
    expect(formatPercent(p, 1)).toBe('147.9%');
    expect(formatPercent(p, 0)).toBe('148%');
    expect(formatPercent(p, 3)).toBe('147.920%');
    expect(formatPercent({ scaled: 5n, decimals: 2 })).toBe('0.05%');
    expect(formatPercent({ scaled: 125n, decimals: 1 }, 0)).toBe('13%');
  });

  it('never prints -0', () => {
    expect(formatPercent({ scaled: -4n, decimals: 2 }, 1)).toBe('0.0%');
    expect(formatPercent({ scaled: -5n, decimals: 2 }, 1)).toBe('-0.1%');
  });

  it('formatRate passes the decimals on and says 不适用 for not applicable', () => {
    expect(formatRate(pct(14_792n, 2))).toBe('147.92%');
    expect(formatRate(pct(14_792n, 2), 0)).toBe('148%');
    expect(formatRate(NOT_APPLICABLE)).toBe('不适用');
    expect(formatRate(NOT_APPLICABLE, 2)).toBe('不适用');
  });

  it('percentToNumber is approximate, for charts and thresholds', () => {
    expect(percentToNumber({ scaled: 14_792n, decimals: 2 })).toBeCloseTo(147.92, 10);
    expect(percentToNumber({ scaled: 100n, decimals: 0 })).toBe(100);
  });
  it('accepts a rounded or a cut-off printed rate by the exact quotient, not by a rounded one', () => {
    // 1697.65 ÷ 2897.51 = 58.58996…%: 58.59% (rounded) and 58.58% (cut off) are both within one unit; 58.57% is not.
    const agrees = (text: string) => { const p = parsePercent(text); if (!p.ok) throw new Error(text); return percentAgrees(p.value, money('1697.65'), money('2897.51')); };
    expect([agrees('58.59%'), agrees('58.58%'), agrees('58.57%'), agrees('58.60%')]).toEqual([true, true, false, false]);
  });
});
