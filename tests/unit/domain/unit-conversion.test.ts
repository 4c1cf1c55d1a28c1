import { describe, expect, it } from 'vitest';
import { money, moneyToPlain } from '../../../src/domain/money.ts';
import { displayAmount } from '../../../src/domain/amount-display.ts';
import { commonUnit, convertAmount } from '../../../src/domain/unit-conversion.ts';

const plain = (value: ReturnType<typeof convertAmount>) => (value ? moneyToPlain(value) : undefined);

describe('converting between 万元 and 元', () => {
  it('turns 万元 into 元 exactly (×10,000)', () => {
    expect(plain(convertAmount(money('1992.86'), '万元', '元'))).toBe('19928600');
    expect(plain(convertAmount(money('0.0001'), '万元', '元'))).toBe('1');
    expect(displayAmount(convertAmount(money('1992.86'), '万元', '元')!, '元')).toBe('19,928,600');
  });
  it('turns whole 元 into 万元 exactly, showing only the decimals it needs', () => {
    expect(plain(convertAmount(money('200000'), '元', '万元'))).toBe('20');
    expect(displayAmount(convertAmount(money('200000'), '元', '万元')!, '万元')).toBe('20.00');
    expect(displayAmount(convertAmount(money('12345'), '元', '万元')!, '万元')).toBe('1.2345');
    expect(displayAmount(convertAmount(money('-5000'), '元', '万元')!, '万元')).toBe('-0.50');
  });
  it('refuses 元 with a fraction of a 元, which 万元 cannot hold exactly', () => {
    expect(convertAmount(money('12345.67'), '元', '万元')).toBeUndefined();
  });
  it('compares in 万元 unless some 元 amount would not convert exactly', () => {
    expect(commonUnit([{ value: money('1.5'), unit: '万元' }, { value: money('300000'), unit: '元' }])).toBe('万元');
    expect(commonUnit([{ value: money('1.5'), unit: '万元' }, { value: money('300000.5'), unit: '元' }])).toBe('元');
    expect(commonUnit([])).toBe('万元');
  });
});
