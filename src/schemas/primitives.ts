/**
 * Field primitives shared by every schema. Our YAML loader hands numeric scalars over as their exact source
 * text, so amounts are parsed from what the editor typed, never from a float.
 */
import { z } from 'zod';
import { parseMoney, type Money } from '../domain/money.ts';
import { parsePercent, type Percent } from '../domain/rates.ts';
import { parseIndicatorValue, type IndicatorValue } from '../domain/indicator-value.ts';
import { findUnsafeStrings, unsafeCharacterMessage } from '../domain/unsafe-characters.ts';
import { webAddressProblem } from '../domain/web-address.ts';

/** Attaches the English name and Chinese label used by error messages and the editors' guide. */
export function doc<T extends z.ZodType>(schema: T, en: string, zh: string): T {
  return schema.meta({ title: zh, description: en }) as T;
}

// Our YAML loader hands numbers over as the text typed; numbers from code (tests, generators) are turned into
// text first, so every field sees one string and reports one clear issue when it is something else.
const SCALAR = z.union([z.string(), z.number()]);
type Context = Parameters<Parameters<typeof SCALAR.transform>[0]>[1];

/**
 * A scalar field: its text (trimmed), converted in one step. One transform per field, not a chain: at hundreds of
 * thousands of fields per check each link of a chain costs as much as the conversion itself.
 */
function scalar<T>(convert: (text: string, ctx: Context) => T) {
  return SCALAR.transform((value, ctx) => convert(typeof value === 'number' ? String(value) : value.trim(), ctx));
}
const scalarText = scalar((text) => text);

/** An amount in the document's unit, exact as written (1992.86, 1,992.86). Leave out for blank; 0 is zero. */
export const amount = scalar((text, ctx): Money => {
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason, params: { rule: 'schema/amount', value: text } });
    return z.NEVER;
  }
  return parsed.value;
});

/** A percentage as printed (147.92%). */
export const percent = scalar((text, ctx): Percent => {
  const parsed = parsePercent(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.reason, params: { rule: 'schema/percent', value: text } });
    return z.NEVER;
  }
  return parsed.value;
});

/**
 * Significant digits a JavaScript number holds exactly as written: any decimal of at most 15 significant digits
 * reads back unchanged, so counts and weights with more are refused, never silently rounded (amounts and
 * percentages are exact BigInt decimals and have no such limit).
 */
export const MAX_EXACT_DIGITS = 15;

/** Significant digits of plain decimal text ("007" has 1, "2.50" has 2). */
function significantDigits(text: string): number {
  const digits = text.replace('.', '').replace(/^0+/, '');
  return text.includes('.') ? digits.replace(/0+$/, '').length : digits.length;
}

// Only texts longer than MAX_EXACT_DIGITS can have too many digits: most values are decided by their length.
const tooManyDigits = (text: string, what: string) =>
  `“${text}”有 ${significantDigits(text)} 位有效数字，超过了${what}可精确保存的 ${MAX_EXACT_DIGITS} 位（多出的位数会被舍入）：请检查是否多写了数字`;

/** A whole count (people, vehicles, units). */
export const count = scalar((text, ctx): number => {
  if (!/^\d+$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `“${text}”不是整数`, params: { rule: 'schema/count', value: text } });
    return z.NEVER;
  }
  if (text.length > MAX_EXACT_DIGITS && significantDigits(text) > MAX_EXACT_DIGITS) {
    ctx.addIssue({ code: 'custom', message: tooManyDigits(text, '整数'), params: { rule: 'schema/count', value: text } });
    return z.NEVER;
  }
  return Number(text);
});

/** A small decimal such as an indicator weight (10, 2.5). */
export const decimalNumber = scalar((text, ctx): number => {
  if (!/^\d+(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `“${text}”不是数字`, params: { rule: 'schema/number', value: text } });
    return z.NEVER;
  }
  if (text.length > MAX_EXACT_DIGITS && significantDigits(text) > MAX_EXACT_DIGITS) {
    ctx.addIssue({ code: 'custom', message: tooManyDigits(text, '数字'), params: { rule: 'schema/number', value: text } });
    return z.NEVER;
  }
  return Number(text);
});

/** A four-digit year (1900–2099): always held exactly. */
export const year = scalar((text, ctx): number => {
  if (!/^(19|20)\d{2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `“${text}”不是四位年份`, params: { rule: 'schema/year', value: text } });
    return z.NEVER;
  }
  return Number(text);
});

/** Non-empty text; numbers written bare are kept as their text. */
export const text = scalarText.pipe(z.string().min(1, { message: '不能为空' }));

/**
 * Rejects, in every text of a site file (site, departments, glossary), the characters no output can hold
 * (src/domain/unsafe-characters.ts). Not a check of each text field: disclosure files have hundreds of thousands of
 * them, and src/validation/rules/narrative-html.ts tests each of those files once, as written, instead.
 */
export function withoutUnsafeCharacters<T extends z.ZodType>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    for (const { path, found } of findUnsafeStrings(value)) {
      ctx.addIssue({ code: 'custom', path, message: unsafeCharacterMessage(found), params: { rule: 'text/control-character' } });
    }
  }) as unknown as T;
}

/**
 * An absolute http or https address (the site's base URL); see src/domain/web-address.ts for why no other scheme.
 * Reported as a format error (schema-issues.ts: a custom issue without a rule of its own).
 */
export const webAddress = z.string().refine((value) => webAddressProblem(value) === undefined, {
  error: (issue) => webAddressProblem(issue.input as string) ?? '',
});

/** Classification code, always kept as text ("2013201"). */
export const code = scalarText.pipe(z.string().regex(/^\d+$/, { message: '科目编码只能是数字' }));

/** Stable ASCII identifier used in URLs: lower-case letters, digits and hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: '标识只能用小写英文字母、数字和连字符（如 shizhu-organization）' });

/** True for a real calendar day (2024-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  const year = digitsAt(value, 0, 4), month = digitsAt(value, 5, 2), day = digitsAt(value, 8, 2);
  if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45 && !Number.isNaN(year + month + day)) {
    // The usual YYYY-MM-DD, counted by hand (a Date per field adds up at thousands of dates per check). Date.UTC
    // reads years 0–99 as 1900–1999, so such dates are not real days: that stays so.
    if (year < 100 || month < 1 || month > 12 || day < 1) return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!);
  }
  // Other shapes (the date pattern reports them too) as Date reads them.
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written with `count` ASCII digits at `from`, or NaN. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    n = n * 10 + digit;
  }
  return n;
}

/** Calendar date YYYY-MM-DD. */
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD（如 2023-02-15）' })
  .refine(isCalendarDate, { message: '不是有效日期（该月没有这一天）' });

/** Year and month YYYY-MM, or a full date. */
export const yearMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, { message: '格式应为 YYYY-MM 或 YYYY-MM-DD' });

export const unit = z.enum(['万元', '元'], { message: '金额单位只能是“万元”或“元”' });
export type AmountUnit = z.infer<typeof unit>;

export const stage = z.enum(['budget', 'final'], { message: '阶段只能是 budget（预算）或 final（决算）' });
export type Stage = z.infer<typeof stage>;
export const STAGE_LABELS: Record<Stage, string> = { budget: '预算', final: '决算' };

/** Indicator value text, also parsed into operator, number or range and unit where present. */
export const indicatorValue = scalar((value): IndicatorValue => parseIndicatorValue(value));

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'SHA-256 应为64位小写十六进制' });
