/** Indicator values (指标值): keep the text, parse operator, number or range and unit where there is exactly one. */
import { describe, expect, it } from 'vitest';
import { lowerBound, parseIndicatorValue, parseNature } from '../../../src/domain/indicator-value.ts';

describe('parseIndicatorValue', () => {
  it('≥95%', () => {
    expect(parseIndicatorValue('≥95%')).toEqual({ text: '≥95%', qualitative: false, operator: '≥', number: '95', unit: '%' });
  });

  it('5000-10000/人 (a range with a per-unit)', () => {
    expect(parseIndicatorValue('5000-10000/人')).toEqual({
      text: '5000-10000/人', qualitative: false, range: { low: '5000', high: '10000' }, unit: '/人',
    });
  });

  it('10 个 (number and unit separated by a space)', () => {
    expect(parseIndicatorValue('10 个')).toEqual({ text: '10 个', qualitative: false, number: '10', unit: '个' });
  });

  it('达到98% (a word before the number is kept as prefix, not an operator)', () => {
    expect(parseIndicatorValue('达到98%')).toEqual({ text: '达到98%', qualitative: false, number: '98', unit: '%', prefix: '达到' });
  });

  it('不低于90% (an operator word)', () => {
    expect(parseIndicatorValue('不低于90%')).toEqual({ text: '不低于90%', qualitative: false, operator: '≥', number: '90', unit: '%' });
  });

  it('200以上 (an operator after the number, no unit left)', () => {
    expect(parseIndicatorValue('200以上')).toEqual({ text: '200以上', qualitative: false, operator: '≥', number: '200' });
  });

  it('全面完成 (qualitative)', () => {
    expect(parseIndicatorValue('全面完成')).toEqual({ text: '全面完成', qualitative: true });
  });

  it.each([
    '开展党员干部培训200余次，覆盖党员干部1000余人次',
    '2021年1月到12月',
    '5次（年轻干部铸魂班、公务员任职培训班）培训共计304',
    '1-2次，每次3天',
  ])('text with several numbers stays qualitative: %s', (text) => {
    const value = parseIndicatorValue(text);
    expect(value.qualitative).toBe(true);
    expect(value.text).toBe(text);
    expect(value.number).toBeUndefined();
    expect(value.range).toBeUndefined();
    expect(value.operator).toBeUndefined();
  });

  it('keeps decimals exactly as text and trims the text', () => {
    expect(parseIndicatorValue('  ≥98.5% ')).toEqual({ text: '≥98.5%', qualitative: false, operator: '≥', number: '98.5', unit: '%' });
  });

  it('accepts numbers given as numbers', () => {
    expect(parseIndicatorValue(95)).toEqual({ text: '95', qualitative: false, number: '95' });
  });

  it('reads every operator spelling', () => {
    expect(parseIndicatorValue('>=90').operator).toBe('≥');
    expect(parseIndicatorValue('≧90').operator).toBe('≥');
    expect(parseIndicatorValue('≤5%').operator).toBe('≤');
    expect(parseIndicatorValue('<=5').operator).toBe('≤');
    expect(parseIndicatorValue('＜5%').operator).toBe('<');
    expect(parseIndicatorValue('＞0').operator).toBe('>');
    expect(parseIndicatorValue('＝100%').operator).toBe('=');
    expect(parseIndicatorValue('不超过30万元')).toMatchObject({ operator: '≤', number: '30', unit: '万元' });
    expect(parseIndicatorValue('不少于12次')).toMatchObject({ operator: '≥', number: '12', unit: '次' });
    expect(parseIndicatorValue('50以内')).toMatchObject({ operator: '≤', number: '50' });
  });

  it('reads 以上/以内 after a unit as the operator, keeping the unit (200人以上, 50万元以内)', () => {
    expect(parseIndicatorValue('200人以上')).toMatchObject({ operator: '≥', number: '200', unit: '人' });
    expect(parseIndicatorValue('50万元以内')).toMatchObject({ operator: '≤', number: '50', unit: '万元' });
  });

  it('reads ranges written with ～, ~, — and 至', () => {
    expect(parseIndicatorValue('5000～10000元').range).toEqual({ low: '5000', high: '10000' });
    expect(parseIndicatorValue('3~5天')).toMatchObject({ range: { low: '3', high: '5' }, unit: '天' });
    expect(parseIndicatorValue('3至5天')).toMatchObject({ range: { low: '3', high: '5' }, unit: '天' });
  });

  it('a prefix that is longer than eight characters makes the value qualitative', () => {
    expect(parseIndicatorValue('全年累计完成各类干部培训任务100次').qualitative).toBe(true);
  });
});

describe('lowerBound', () => {
  it('is the number, or the low end of a range', () => {
    expect(lowerBound(parseIndicatorValue('≥95%'))).toBe(95);
    expect(lowerBound(parseIndicatorValue('5000-10000/人'))).toBe(5000);
    expect(lowerBound(parseIndicatorValue('98.5%'))).toBe(98.5);
  });

  it('is undefined for qualitative values', () => {
    expect(lowerBound(parseIndicatorValue('全面完成'))).toBeUndefined();
  });
});

describe('parseNature', () => {
  it('reads 指标性质', () => {
    expect(parseNature('≥')).toBe('≥');
    expect(parseNature(' >= ')).toBe('≥');
    expect(parseNature('＜')).toBe('<');
    expect(parseNature('定性')).toBe('定性');
  });

  it('is undefined for anything else', () => {
    expect(parseNature('大约')).toBeUndefined();
    expect(parseNature('')).toBeUndefined();
  });
});
