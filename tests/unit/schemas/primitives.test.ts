/** Field primitives: what an editor may type in each kind of field. */
import { describe, expect, it } from 'vitest';
import { amount, count, date, decimalNumber, indicatorValue, isCalendarDate, percent, slug, text, unit, year, yearMonth } from '../../../src/schemas/primitives.ts';
import type { z } from 'zod';

const ok = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;
const ruleOf = (schema: z.ZodType, value: unknown): string | undefined => {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0] as { params?: { rule?: string } };
  return issue.params?.rule ?? result.error.issues[0]!.code;
};

describe('amount', () => {
  it('parses the text exactly', () => {
    expect(amount.parse('1,992.86')).toEqual({ units: 19_928_600n, decimals: 2 });
    expect(amount.parse('28.00')).toEqual({ units: 280_000n, decimals: 2 });
    expect(amount.parse(0)).toEqual({ units: 0n, decimals: 0 });
  });

  it('rejects bad amounts under schema/amount', () => {
    expect(ruleOf(amount, '12o.5')).toBe('schema/amount');
    expect(ruleOf(amount, '1.23456')).toBe('schema/amount');
  });
});

describe('percent', () => {
  it('parses printed percentages', () => {
    expect(percent.parse('147.92%')).toEqual({ scaled: 14_792n, decimals: 2 });
    expect(percent.parse('100')).toEqual({ scaled: 100n, decimals: 0 });
  });

  it('rejects anything else under schema/percent', () => {
    expect(ruleOf(percent, '约97.5%')).toBe('schema/percent');
  });
});

describe('count, decimalNumber, year', () => {
  it('count is a whole number', () => {
    expect(count.parse('22')).toBe(22);
    expect(ruleOf(count, '2.5')).toBe('schema/count');
    expect(ruleOf(count, '-1')).toBe('schema/count');
  });

  it('decimalNumber is a small non-negative decimal', () => {
    expect(decimalNumber.parse('2.5')).toBe(2.5);
    expect(ruleOf(decimalNumber, '十')).toBe('schema/number');
  });

  it('year is four digits starting 19 or 20', () => {
    expect(year.parse('2023')).toBe(2023);
    expect(ruleOf(year, '23')).toBe('schema/year');
    expect(ruleOf(year, '2023年')).toBe('schema/year');
  });
});

describe('date', () => {
  it('accepts real calendar dates YYYY-MM-DD', () => {
    expect(ok(date, '2024-02-29')).toBe(true); // leap year
    expect(ok(date, '2023-12-31')).toBe(true);
  });

  it('rejects other formats', () => {
    expect(ok(date, '2024/01/20')).toBe(false);
    expect(ok(date, '2024-1-20')).toBe(false);
    expect(ok(date, '20240120')).toBe(false);
  });

  it('rejects impossible months and days', () => {
    expect(ok(date, '2024-13-01')).toBe(false);
    expect(ok(date, '2024-00-10')).toBe(false);
    expect(ok(date, '2024-01-32')).toBe(false);
  });

  it('rejects a day that does not exist in its month (2024-02-30, 2023-02-29, 2024-04-31)', () => {
    expect(ok(date, '2024-02-30')).toBe(false);
    expect(ok(date, '2023-02-29')).toBe(false);
    expect(ok(date, '2024-04-31')).toBe(false);
    expect(ok(date, '1900-02-29')).toBe(false); // a century is a leap year only every 400 years
    expect(ok(date, '2000-02-29')).toBe(true);
    for (const bad of ['2024-00-10', '2024-13-01', '2024-01-00', '2024-12-32']) expect(ok(date, bad), bad).toBe(false);
    expect(ok(date, '2024-12-31')).toBe(true);
  });

  it('isCalendarDate counts days by hand exactly as Date does, for every shape of text', () => {
    // What a day is, according to Date (years 0–99 are read as 1900–1999 by Date.UTC, so they are never real).
    const byDate = (value: string) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const when = new Date(Date.UTC(y, m - 1, d));
      return when.getUTCFullYear() === y && when.getUTCMonth() === m - 1 && when.getUTCDate() === d;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const values: string[] = ['2024-01- 1', '2024-1-01', '2024-01-1 ', ' 2024-01-01', 'abcd-ef-gh', '', '2024-02-29x', '2024/02/29', '+2024-02-29'];
    for (const year of [0, 23, 99, 100, 400, 1582, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) for (let day = 0; day <= 32; day++) values.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    }
    for (const value of values) expect(isCalendarDate(value), value).toBe(byDate(value));
  });

  it('yearMonth accepts YYYY-MM or a full date', () => {
    expect(ok(yearMonth, '2022-12')).toBe(true);
    expect(ok(yearMonth, '2022-12-31')).toBe(true);
    expect(ok(yearMonth, '2022年12月')).toBe(false);
  });
});

describe('text, slug, unit, indicatorValue', () => {
  it('text is non-empty; numbers written bare are kept as text', () => {
    expect(text.parse('  组织事务 ')).toBe('组织事务');
    expect(text.parse(2021)).toBe('2021');
    expect(ok(text, '')).toBe(false);
    expect(ok(text, '   ')).toBe(false);
  });

  it('slug is lower-case ASCII with hyphens', () => {
    expect(ok(slug, 'shizhu-organization')).toBe(true);
    expect(ok(slug, 'Shizhu')).toBe(false);
    expect(ok(slug, 'shizhu_organization')).toBe(false);
    expect(ok(slug, '-shizhu')).toBe(false);
    expect(ok(slug, '石柱')).toBe(false);
  });

  it('unit is 万元 or 元', () => {
    expect(unit.parse('万元')).toBe('万元');
    expect(unit.parse('元')).toBe('元');
    expect(ok(unit, '千元')).toBe(false);
  });

  it('indicatorValue keeps the text and parses it', () => {
    expect(indicatorValue.parse('≥95%')).toMatchObject({ text: '≥95%', operator: '≥', number: '95', unit: '%' });
    expect(indicatorValue.parse(100)).toMatchObject({ text: '100', number: '100' });
  });
});
