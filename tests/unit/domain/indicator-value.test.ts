/** Indicator values (指标值): keep the text, parse operator, number or range and unit where there is exactly one. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowerBound, parseIndicatorValue, parseIndicatorValueWithPattern, parseNature } from '../../../src/domain/indicator-value.ts';
import { generateContent } from '../../../scripts/bench/generate.ts';
import { Random } from '../../../scripts/bench/random.ts';

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

/** Indicator targets and actuals written in the content files under `root` (quoted or plain). */
function valuesUnder(root: string): string[] {
  const values: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.yaml')) {
        for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:target|actual): (?:"([^"]*)"|([^,}\n]*))/g)) values.push(match[1] ?? match[2]!);
      }
    }
  };
  walk(root);
  return values;
}

describe('parseIndicatorValue quick path', () => {
  // The quick path reads common shapes without the pattern; it must give exactly what the pattern gives (same
  // fields, same order).
  const expectSame = (value: string) => expect(JSON.stringify(parseIndicatorValue(value)), value).toBe(JSON.stringify(parseIndicatorValueWithPattern(value.trim())));

  it('agrees with the pattern on every value of the sample content, the fixtures and a generated site', () => {
    const generated = mkdtempSync(join(tmpdir(), 'indicator-values-'));
    try {
      generateContent({ root: generated, disclosures: 40, seed: 'indicator-values' });
      const values = [...valuesUnder('content'), ...valuesUnder('tests/fixtures'), ...valuesUnder(generated)];
      expect(values.length).toBeGreaterThan(2000);
      for (const value of new Set(values)) expectSame(value);
    } finally {
      rmSync(generated, { recursive: true, force: true });
    }
  });

  it('agrees with the pattern on edge shapes', () => {
    for (const value of [
      '', '95', '95%', '≥95%', '>=95%', '<=3天', '=>5', '≥ 95%', '95 %', '1.5.3', '5.万', '5~', '5至', '5-', '5-10', '12345678901234567个单位以上的东西',
      '1234567890123456个', '0.5小时以内', '200人以上', '200以上', '以上', '≥200人次及以上', '5\u3000个', '5\u00a0个', '5\ufeff', '约5个', '≧3', '＜1%', '＝100%',
      `5${'个'.repeat(16)}`, `5${'个'.repeat(17)}`, `≥5${'个'.repeat(17)}`, `5${'个'.repeat(15)}以上`, `5${'个'.repeat(15)}𠀀`, '5𠀀', '𠀀5', '2023年12月31日前', '10个/人', '-5', '.5', '5.', '5..5', '３个', '不低于90%', '达到98%',
    ]) expectSame(value);
  });

  it('agrees with the pattern on 20,000 random strings of the characters that matter', () => {
    const random = new Random('indicator-value-fuzz');
    const alphabet = ['0', '1', '5', '9', '.', '-', '~', '～', '—', '至', '≥', '≤', '≧', '>', '<', '=', '＝', '＜', ' ', '\u3000', '%', '个', '人', '万元', '以上', '以内', '及以下', '不低于', '达到', '年', '𠀀', 'a'];
    for (let n = 0; n < 20_000; n++) {
      let value = '';
      const length = random.int(0, 7);
      for (let k = 0; k < length; k++) value += alphabet[random.int(0, alphabet.length - 1)];
      expectSame(value);
    }
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
