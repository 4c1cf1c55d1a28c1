import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { amountWithUnit } from '../../../src/domain/amount-display.ts';
import { commonUnit, convertAmount, inUnit } from '../../../src/domain/units.ts';

describe('amounts of different disclosures in one unit', () => {
  it('converts 万元 to 元 exactly (1 万元 = 10,000 元)', () => {
    expect(amountWithUnit(convertAmount(money('1992.86'), '万元', '元'), '元')).toBe('19,928,600元');
    expect(amountWithUnit(convertAmount(money('0.0001'), '万元', '元'), '元')).toBe('1元');
    expect(convertAmount(money('-3.5'), '万元', '元').units).toBe(money('-35000').units);
  });
  it('converts 元 to 万元, rounding only below 1 元', () => {
    // 17,910,000元 = 1,791万元 (the 2022 sample's project funds)
    expect(amountWithUnit(convertAmount(money('17910000'), '元', '万元'), '万元')).toBe('1,791.00万元');
    expect(convertAmount(money('123456'), '元', '万元').units).toBe(money('12.3456').units);
    // 0.5元 = 0.00005万元: half up to 0.0001万元
    expect(convertAmount(money('0.5'), '元', '万元').units).toBe(money('0.0001').units);
    expect(convertAmount(money('0.49'), '元', '万元').units).toBe(0n);
  });
  it('leaves an amount in its own unit untouched', () => {
    const value = money('12.34');
    expect(convertAmount(value, '万元', '万元')).toBe(value);
  });
  it('chooses one unit: the shared one, else 万元', () => {
    expect(commonUnit(['元', '元'])).toBe('元');
    expect(commonUnit(['万元', '元'])).toBe('万元');
    expect(commonUnit([])).toBe('万元');
    const toWan = inUnit('万元');
    expect(amountWithUnit(toWan(money('200000'), '元'), '万元')).toBe('20.00万元');
    expect(amountWithUnit(toWan(money('20'), '万元'), '万元')).toBe('20.00万元');
  });
});
