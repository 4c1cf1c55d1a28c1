/** Amounts of different disclosures in one unit (src/domain/units.ts): exact conversions and the choice of unit. */
import { describe, expect, it } from 'vitest';
import { money, moneyToPlain } from '../../../src/domain/money.ts';
import { amountWithUnit, displayAmount } from '../../../src/domain/amount-display.ts';
import { commonUnit, convertAmount, inUnit } from '../../../src/domain/units.ts';

const plain = (value: ReturnType<typeof convertAmount>) => (value ? moneyToPlain(value) : undefined);

describe('converting between 万元 and 元', () => {
  it('turns 万元 into 元 exactly (×10,000)', () => {
    expect(plain(convertAmount(money('1992.86'), '万元', '元'))).toBe('19928600');
    expect(plain(convertAmount(money('0.0001'), '万元', '元'))).toBe('1');
    expect(plain(convertAmount(money('-3.5'), '万元', '元'))).toBe('-35000');
    expect(amountWithUnit(convertAmount(money('1992.86'), '万元', '元')!, '元')).toBe('19,928,600元');
  });
  it('turns whole 元 into 万元 exactly, showing only the decimals it needs', () => {
    // 17,910,000元 = 1,791万元 (the 2022 sample's project funds)
    expect(amountWithUnit(convertAmount(money('17910000'), '元', '万元')!, '万元')).toBe('1,791.00万元');
    expect(displayAmount(convertAmount(money('200000'), '元', '万元')!, '万元')).toBe('20.00');
    expect(displayAmount(convertAmount(money('12345'), '元', '万元')!, '万元')).toBe('1.2345');
    expect(displayAmount(convertAmount(money('-5000'), '元', '万元')!, '万元')).toBe('-0.50');
  });
  it('refuses 元 with a fraction of a 元, which 万元 cannot hold exactly', () => {
    expect(convertAmount(money('12345.67'), '元', '万元')).toBeUndefined();
  });
  it('leaves an amount in its own unit untouched', () => {
    const value = money('12.34');
    expect(convertAmount(value, '万元', '万元')).toBe(value);
  });
});

describe('the one unit where disclosures meet', () => {
  const wan = (text: string) => ({ value: money(text), unit: '万元' });
  const yuan = (text: string) => ({ value: money(text), unit: '元' });
  it('is their own when they all share it', () => {
    expect(commonUnit([yuan('300000.5'), yuan('1')])).toBe('元');
    expect(commonUnit([wan('1.5')])).toBe('万元');
    expect(commonUnit([])).toBe('万元');
  });
  it('is 万元 for mixed units when every amount converts exactly, else 元', () => {
    expect(commonUnit([wan('1.5'), yuan('300000')])).toBe('万元');
    expect(commonUnit([wan('1.5'), yuan('300000.5')])).toBe('元');
  });
  it('converts each amount from its own unit, exactly where the unit was chosen for it', () => {
    const toWan = inUnit('万元');
    expect(amountWithUnit(toWan(money('200000'), '元'), '万元')).toBe('20.00万元');
    expect(amountWithUnit(toWan(money('20'), '万元'), '万元')).toBe('20.00万元');
    // An amount the unit was not chosen for: half up to the 元 (0.5元 = 0.00005万元 → 0.0001万元).
    expect(plain(toWan(money('0.5'), '元'))).toBe('0.0001');
    expect(plain(toWan(money('0.49'), '元'))).toBe('0');
  });
});
