/** A number is taken as the spreadsheet shows it: 15 significant digits, rounded to its format's decimals, exactly. */
import { describe, expect, it } from 'vitest';
import { formatDecimals, roundDecimal, shownNumber } from '../../../src/import/shown-number.ts';
import { amountText } from '../../../src/import/amount-text.ts';

describe('shownNumber', () => {
  it('drops the binary noise a float carries (1992.86 stored as 1992.8600000000001)', () => {
    expect(1992.8600000000001).not.toBe(1992.86 + 1e-12);
    expect(shownNumber(1992.8600000000001, '#,##0.00')).toBe('1992.86');
    expect(shownNumber(0.1 + 0.2)).toBe('0.3');
    expect(shownNumber(0.1 + 0.2, 'General')).toBe('0.3');
  });
  it('shows the decimals of the number format, zeros included', () => {
    expect(shownNumber(28, '0.00')).toBe('28.00');
    expect(shownNumber(28, '#,##0.00_ ;[Red]-#,##0.00 ')).toBe('28.00');
    expect(shownNumber(28.5, '0')).toBe('29');
    expect(shownNumber(0, '0.00;-0.00;;@')).toBe('0.00');
    expect(shownNumber(-1234.5, '#,##0.00;(#,##0.00)')).toBe('-1234.50');
  });
  it('rounds half away from zero on the decimal digits, as Excel shows 1.005 (stored as 1.00499999…)', () => {
    expect(1.005 * 100).toBeLessThan(100.5);
    expect(shownNumber(1.005, '0.00')).toBe('1.01');
    expect(shownNumber(-1.005, '0.00')).toBe('-1.01');
    expect(shownNumber(2.675, '0.00')).toBe('2.68');
  });
  it('keeps large amounts in 元 whole (no exponent, no lost digits up to 15)', () => {
    expect(shownNumber(123456789012.35)).toBe('123456789012.35');
    expect(shownNumber(52804935.1, '#,##0.00')).toBe('52804935.10');
    expect(shownNumber(1e21)).toBe('1000000000000000000000');
  });
  it('refuses formats that show no plain amount', () => {
    expect(shownNumber(0.25, '0.00%')).toBeUndefined();
    expect(shownNumber(45000, 'yyyy-mm-dd')).toBeUndefined();
    expect(formatDecimals('0.000E+00')).toBeNull();
    expect(formatDecimals('"¥"#,##0.00')).toBe(2);
  });
  it('rounds decimal text exactly', () => {
    expect(roundDecimal('0.004999', 2)).toBe('0.00');
    expect(roundDecimal('-0.004', 2)).toBe('0.00');
    expect(roundDecimal('99.995', 2)).toBe('100.00');
  });
});

describe('amountText', () => {
  const text = (value: string, numeric = false) => amountText({ text: value, numeric });
  it('keeps the figure as shown, without thousands separators, blank as blank', () => {
    expect(text('1,992.86')).toEqual({ ok: true, text: '1992.86' });
    expect(text(' 28.00 ')).toEqual({ ok: true, text: '28.00' });
    expect(text('０．５０')).toEqual({ ok: true, text: '0.50' });
    expect(text('(12.00)')).toEqual({ ok: true, text: '-12.00' });
    expect(text('')).toEqual({ ok: true });
    expect(text('-')).toEqual({ ok: true });
    expect(text('0')).toEqual({ ok: true, text: '0' });
  });
  it('reports anything else', () => {
    expect(text('约100')).toMatchObject({ ok: false });
    expect(text('100万元')).toMatchObject({ ok: false });
    expect(text('#REF!')).toMatchObject({ ok: false });
    expect(text('0.666666666666667')).toMatchObject({ ok: false });
  });
});
