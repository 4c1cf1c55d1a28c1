/** Exact money: every expected value below is worked out by hand from the decimal text. */
import { describe, expect, it } from 'vitest';
import {
  MONEY_SCALE_DIGITS, ZERO, abs, add, compare, equals, formatMoney, isZero, money, moneyToNumber, moneyToPlain, multiply,
  multiplyByInteger, parseMoney, subtract, sum, type Money,
} from '../../../src/domain/money.ts';

const units = (text: string | number): bigint => money(text).units;

describe('parseMoney', () => {
  it('keeps amounts as 1/10,000 of the unit and remembers the decimals written', () => {
    expect(MONEY_SCALE_DIGITS).toBe(4);
    expect(parseMoney('1992.86')).toEqual({ ok: true, value: { units: 19_928_600n, decimals: 2 } });
    expect(parseMoney('28.00')).toEqual({ ok: true, value: { units: 280_000n, decimals: 2 } });
    expect(parseMoney('0')).toEqual({ ok: true, value: { units: 0n, decimals: 0 } });
    expect(parseMoney('0.0001')).toEqual({ ok: true, value: { units: 1n, decimals: 4 } });
  });

  it('accepts thousands separators as printed, and the same amount without them', () => {
    expect(parseMoney('1,992.86')).toEqual({ ok: true, value: { units: 19_928_600n, decimals: 2 } });
    expect(parseMoney('12,345,678')).toEqual({ ok: true, value: { units: 123_456_780_000n, decimals: 0 } });
    expect(units('1,000')).toBe(units('1000'));
  });

  it('reads plain decimals (its quick path) exactly as the same figures written with spaces or separators', () => {
    for (const [plain, spaced] of ([['007', ' 007 '], ['1.5000', ' 1.5000'], ['0.0001', '0.0001 '], ['1234567.89', '1,234,567.89'], ['0', ' 0'],
      // Around the largest amount summed in a double (11 whole digits) and beyond it.
      ['99999999999.9999', ' 99999999999.9999'], ['99999999999', '99,999,999,999'], ['999999999999.9999', '999,999,999,999.9999'],
      ['90071992547.4099', ' 90071992547.4099'], ['123456789012345678.5', ' 123456789012345678.5']] as Array<[string, string]>)) {
      expect(parseMoney(plain), plain).toEqual(parseMoney(spaced));
      expect(parseMoney(plain).ok, plain).toBe(true);
    }
    expect(parseMoney('99999999999.9999')).toEqual({ ok: true, value: { units: 999_999_999_999_999n, decimals: 4 } });
    expect(parseMoney('123456789012345678.5')).toEqual({ ok: true, value: { units: 1_234_567_890_123_456_785_000n, decimals: 1 } });
    for (const bad of ['1.', '.5', '1.2.3', '12.34567', '']) expect(parseMoney(bad).ok, bad).toBe(false);
  });

  it('accepts a leading minus and surrounding (also full-width) spaces', () => {
    expect(parseMoney(' -0.5 ')).toEqual({ ok: true, value: { units: -5000n, decimals: 1 } });
    expect(parseMoney('\u30001992.86\u3000')).toEqual({ ok: true, value: { units: 19_928_600n, decimals: 2 } });
  });

  it('accepts exact JavaScript numbers from programmatic callers', () => {
    expect(parseMoney(0.1)).toEqual({ ok: true, value: { units: 1000n, decimals: 1 } });
    expect(parseMoney(100)).toEqual({ ok: true, value: { units: 1_000_000n, decimals: 0 } });
    expect(parseMoney(1517.21)).toEqual({ ok: true, value: { units: 15_172_100n, decimals: 2 } });
  });

  it.each([
    ['12o.5', 'a letter o for a zero'],
    ['1,99.86', 'a misplaced thousands separator'],
    ['1,9928.6', 'a group of four digits'],
    ['1992.86万元', 'a unit glued to the number'],
    ['1.23456', 'five decimals'],
    ['1e3', 'exponent notation'],
    ['.5', 'no digit before the point'],
    ['--1', 'two minus signs'],
    ['', 'an empty cell'],
    ['约100', 'an approximate amount'],
  ])('rejects %j (%s) with a Chinese reason', (text) => {
    const result = parseMoney(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/金额|小数位/);
  });

  it('rejects non-finite numbers', () => {
    expect(parseMoney(Number.NaN)).toEqual({ ok: false, reason: '不是有限数字' });
    expect(parseMoney(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('money() throws the reason on bad input', () => {
    expect(() => money('12o.5')).toThrow(/不是金额/);
    expect(money('7.4')).toEqual({ units: 74_000n, decimals: 1 });
  });
});

describe('add, sum, subtract', () => {
  it('0.1 + 0.2 is exactly 0.3 (no floating point)', () => {
    const total = add(money('0.1'), money('0.2'));
    expect(total).toEqual({ units: 3000n, decimals: 1 });
    expect(equals(total, money('0.3'))).toBe(true);
    expect(0.1 + 0.2 === 0.3).toBe(false); // what exact money avoids
  });

  it('adds the 石柱 2023 expenditure classes to the printed total 1992.86', () => {
    const classes = ['1436.72', '28.00', '89.52', '24.87', '376.90', '36.85'].map((text) => money(text));
    const total = sum(classes);
    expect(total.units).toBe(19_928_600n);
    expect(total.decimals).toBe(2);
  });

  it('skips blank cells (undefined, null) but counts zero', () => {
    expect(sum([money('1.5'), undefined, null, money('0'), money('2.25')])).toEqual({ units: 37_500n, decimals: 2 });
    expect(sum([])).toEqual(ZERO);
    expect(sum([undefined, null])).toEqual(ZERO);
  });

  it('subtracts exactly, keeping the larger number of decimals', () => {
    expect(subtract(money('1992.86'), money('1378.75'))).toEqual({ units: 6_141_100n, decimals: 2 });
    expect(subtract(money('115.51'), money('140.51'))).toEqual({ units: -250_000n, decimals: 2 });
    expect(subtract(money('1'), money('0.001'))).toEqual({ units: 9990n, decimals: 3 });
  });

  it('a difference of one cent is not lost in large sums', () => {
    const many = Array.from({ length: 1000 }, () => money('0.01'));
    expect(sum(many).units).toBe(units('10'));
    expect(subtract(sum([money('99999999.99'), money('0.01')]), money('100000000')).units).toBe(0n);
  });
});

describe('compare, equals, isZero, abs', () => {
  it('compares by value, not by decimals written', () => {
    expect(equals(money('28'), money('28.00'))).toBe(true);
    expect(compare(money('28.01'), money('28'))).toBe(1);
    expect(compare(money('-1'), money('0'))).toBe(-1);
    expect(compare(money('3.50'), money('3.5'))).toBe(0);
  });

  it('knows zero and absolute values', () => {
    expect(isZero(money('0.00'))).toBe(true);
    expect(isZero(money('0.0001'))).toBe(false);
    expect(abs(money('-25.00'))).toEqual({ units: 250_000n, decimals: 2 });
    const positive = money('25');
    expect(abs(positive)).toBe(positive);
  });
});

describe('multiply', () => {
  it('multiplies quantity by unit price exactly', () => {
    expect(multiply(money('10'), money('0.5'))).toEqual({ units: 50_000n, decimals: 1 });
    expect(multiply(money('3'), money('1.25'))).toEqual({ units: 37_500n, decimals: 2 });
    expect(multiply(money('-2'), money('1.5')).units).toBe(units('-3'));
    // 8 periods × 60,000 元 = 480,000 元
    expect(multiply(money('8'), money('60000')).units).toBe(units('480000'));
  });

  it('caps the decimals at 4 and drops what cannot be represented (1e-8 → 0)', () => {
    expect(multiply(money('1.25'), money('1.25'))).toEqual({ units: 15_625n, decimals: 4 });
    expect(multiply(money('1.255'), money('1.25')).decimals).toBe(4);
    expect(multiply(money('0.0001'), money('0.0001')).units).toBe(0n);
  });

  it('converts 万元 to 元 with an integer factor', () => {
    expect(multiplyByInteger(money('1.5'), 10_000n)).toEqual({ units: 150_000_000n, decimals: 1 });
    expect(moneyToPlain(multiplyByInteger(money('1992.86'), 10_000n))).toBe('19928600');
  });
});

describe('formatMoney', () => {
  it('groups thousands and shows the decimals as written (at least 2)', () => {
    expect(formatMoney(money('1234567.891'))).toBe('1,234,567.891');
    expect(formatMoney(money('1992.86'))).toBe('1,992.86');
    expect(formatMoney(money('28'))).toBe('28.00');
    expect(formatMoney(money('0'))).toBe('0.00');
    expect(formatMoney(money('999'))).toBe('999.00');
    expect(formatMoney(money('1000'))).toBe('1,000.00');
  });

  it('rounds half up, exactly', () => {
    expect(formatMoney(money('1234567.891'), 2)).toBe('1,234,567.89');
    expect(formatMoney(money('0.005'), 2)).toBe('0.01');
    expect(formatMoney(money('0.0049'), 2)).toBe('0.00');
    expect(formatMoney(money('2.5'), 0)).toBe('3');
    expect(formatMoney(money('999.995'), 2)).toBe('1,000.00');
  });

  it('rounds negative amounts away from zero and never prints -0', () => {
    expect(formatMoney(money('-1234.5'), 2)).toBe('-1,234.50');
    expect(formatMoney(money('-0.005'), 2)).toBe('-0.01');
    expect(formatMoney(money('-0.004'), 2)).toBe('0.00');
  });

  it('can print without grouping and with more decimals than written', () => {
    expect(formatMoney(money('1234.5'), 2, false)).toBe('1234.50');
    expect(formatMoney(money('1.5'), 4)).toBe('1.5000');
  });
});

describe('moneyToPlain and moneyToNumber', () => {
  it('writes amounts as an editor would: no grouping, no trailing zeros', () => {
    expect(moneyToPlain(money('28.00'))).toBe('28');
    expect(moneyToPlain(money('1,992.80'))).toBe('1992.8');
    expect(moneyToPlain(money('0'))).toBe('0');
    expect(moneyToPlain(money('100'))).toBe('100');
    expect(moneyToPlain(money('-0.5'))).toBe('-0.5');
    expect(moneyToPlain(money('0.0001'))).toBe('0.0001');
  });

  it('gives an approximate number for charts', () => {
    expect(moneyToNumber(money('1992.86'))).toBeCloseTo(1992.86, 10);
    expect(moneyToNumber(ZERO)).toBe(0);
  });

  it('round-trips through parse', () => {
    const samples: Money[] = ['0.01', '1436.72', '-25', '12345678.9012'].map((text) => money(text));
    for (const value of samples) expect(money(moneyToPlain(value)).units).toBe(value.units);
  });
});
