/** Free-text helpers used by the warnings: years, line numbers, citations, string fields. */
import { describe, expect, it } from 'vitest';
import { findStrings, lineOf, withoutCitations, yearsIn } from '../../../src/validation/rules/text-scan.ts';
import { parseIndicatorValue } from '../../../src/domain/indicator-value.ts';

describe('yearsIn', () => {
  it('finds four-digit years followed by 年 or 届', () => {
    expect(yearsIn('2023年收入较2022年增加，第2019届').map((found) => found.year)).toEqual([2023, 2022, 2019]);
  });

  it('ignores numbers that are not years and years inside citations', () => {
    expect(yearsIn('实有人员2022人，金额2021.5年')).toEqual([]);
    expect(yearsIn('共1992.86万元')).toEqual([]);
    expect(yearsIn('《2019—2023年井研县干部教育培训规划》')).toEqual([]);
    expect(yearsIn('石柱委发〔2018〕26号')).toEqual([]);
    expect(yearsIn('电话023-2019年')).toEqual([{ year: 2019, index: 6 }]);
  });

  it('counts a leading year that opens a name only when asked', () => {
    expect(yearsIn('2021人均补助金额')).toEqual([]);
    expect(yearsIn('2021人均补助金额', true)).toEqual([{ year: 2021, index: 0 }]);
  });
});

describe('lineOf and withoutCitations', () => {
  it('gives 0-based line numbers of offsets', () => {
    const text = 'a\nbc\n\nd';
    expect(lineOf(text, 0)).toBe(0);
    expect(lineOf(text, 2)).toBe(1);
    expect(lineOf(text, text.indexOf('d'))).toBe(3);
  });

  it('blanks citations without moving offsets', () => {
    const text = '依据《2019年规划》〔2018〕【2017】[2016]执行';
    const cleaned = withoutCitations(text);
    expect(cleaned.length).toBe(text.length);
    expect(cleaned.startsWith('依据')).toBe(true);
    expect(cleaned.endsWith('执行')).toBe(true);
    expect(cleaned).not.toMatch(/\d/);
  });
});

describe('findStrings', () => {
  it('lists every string with its path; indicator values contribute their text', () => {
    const data = { name: '项目', rows: [{ note: '有则写' }], target: parseIndicatorValue('≥95%'), amount: { units: 1n, decimals: 0 } };
    expect(findStrings(data, () => true)).toEqual([
      { at: ['name'], text: '项目' },
      { at: ['rows', 0, 'note'], text: '有则写' },
      { at: ['target'], text: '≥95%' },
    ]);
  });
});
