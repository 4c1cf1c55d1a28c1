/**
 * Exact money. Amounts are kept as BigInt counts of 1/10,000 of the document's unit (万元 or 元), so that
 * every published figure (at most 4 decimals) is represented exactly and sums never touch floating point.
 * `decimals` remembers how many decimals the source wrote, for tolerance and display.
 */
export const MONEY_SCALE_DIGITS = 4;
const SCALE = 10n ** BigInt(MONEY_SCALE_DIGITS);

export interface Money {
  /** Amount in 1/10,000 of the document unit. */
  readonly units: bigint;
  /** Decimals as written in the source (0–4). */
  readonly decimals: number;
}

/** Plain decimal, optionally with thousands separators as printed ("1,992.86"), optional leading minus. */
const AMOUNT_PATTERN = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Reads text[0, length) as plain digits with at most one point inside ("1992.86", "15", not "1.", ".5"): the digits
 * as one number (exact up to 15 of them), how many are whole and how many decimals; undefined for anything else.
 * The quick path of amounts and percentages, which are mostly written this way.
 */
export function readPlainDecimal(text: string, length = text.length): { digits: number; whole: number; decimals: number } | undefined {
  if (length === 0) return undefined;
  let point = -1;
  let digits = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point < 0 && i > 0 && i < length - 1) point = i;
    else if (c < 48 || c > 57) return undefined;
    else digits = digits * 10 + (c - 48);
  }
  return point < 0 ? { digits, whole: length, decimals: 0 } : { digits, whole: point, decimals: length - point - 1 };
}

/** "1992.86", "0", "15": plain digits and at most four decimals (most amounts), else undefined. */
function plainDecimal(text: string): Money | undefined {
  const plain = readPlainDecimal(text);
  if (!plain || plain.decimals > MONEY_SCALE_DIGITS) return undefined;
  const { whole, decimals } = plain;
  // Up to 11 whole digits the scaled amount stays below 10^15 < 2^53: exact as a double, no intermediate strings.
  if (whole <= 11) return { units: BigInt(plain.digits * POWERS_OF_TEN[MONEY_SCALE_DIGITS - decimals]!), decimals };
  const digits = decimals === 0 ? text : text.slice(0, whole) + text.slice(whole + 1);
  return { units: BigInt(digits + '0000'.slice(decimals)), decimals };
}
const POWERS_OF_TEN = [1, 10, 100, 1000, 10000];

/** Parses an amount exactly as written. Accepts numbers only when they are already exact decimals. */
export function parseMoney(input: string | number): ParseResult<Money> {
  const plain = typeof input === 'string' ? plainDecimal(input) : undefined;
  if (plain) return { ok: true, value: plain };
  const text = typeof input === 'number' ? numberToPlainText(input) : input.trim();
  if (text === null) return { ok: false, reason: '不是有限数字' };
  const match = AMOUNT_PATTERN.exec(text.replace(/[\s\u3000]/g, ''));
  if (!match) return { ok: false, reason: `“${text}”不是金额（应为数字，如 1992.86 或 1,992.86）` };
  const [, minus, whole = '0', fraction = ''] = match;
  if (fraction.length > MONEY_SCALE_DIGITS) {
    return { ok: false, reason: `“${text}”小数位超过${MONEY_SCALE_DIGITS}位` };
  }
  const digits = BigInt(whole.replace(/,/g, '') + fraction.padEnd(MONEY_SCALE_DIGITS, '0'));
  return { ok: true, value: { units: minus ? -digits : digits, decimals: fraction.length } };
}

function numberToPlainText(value: number): string | null {
  if (!Number.isFinite(value)) return null;
  // Numbers reach us only from programmatic callers; YAML scalars arrive as source text.
  return value.toFixed(MONEY_SCALE_DIGITS).replace(/\.?0+$/, '');
}

export function money(text: string | number): Money {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

export const ZERO: Money = { units: 0n, decimals: 0 };

/** True for an amount (a parsed value's Money), whatever else a structure holds. */
export const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && typeof (value as Money).units === 'bigint' && 'decimals' in value;

export function add(a: Money, b: Money): Money {
  return { units: a.units + b.units, decimals: Math.max(a.decimals, b.decimals) };
}

export function subtract(a: Money, b: Money): Money {
  return { units: a.units - b.units, decimals: Math.max(a.decimals, b.decimals) };
}

/** Sum of amounts; blanks (undefined/null) are skipped, since a blank cell adds nothing. */
export function sum(values: ReadonlyArray<Money | null | undefined>): Money {
  let total = ZERO;
  for (const value of values) if (value) total = add(total, value);
  return total;
}

export function equals(a: Money, b: Money): boolean {
  return a.units === b.units;
}

export function compare(a: Money, b: Money): -1 | 0 | 1 {
  return a.units < b.units ? -1 : a.units > b.units ? 1 : 0;
}

export function isZero(a: Money): boolean {
  return a.units === 0n;
}

export function abs(a: Money): Money {
  return a.units < 0n ? { units: -a.units, decimals: a.decimals } : a;
}

/** Multiplies by an exact integer (used for unit conversion, 1 万元 = 10,000 元). */
export function multiplyByInteger(a: Money, factor: bigint): Money {
  return { units: a.units * factor, decimals: a.decimals };
}

/** Exact product of two amounts (e.g. quantity × unit price); both carry the 10^4 scale, so divide once. */
export function multiply(a: Money, b: Money): Money {
  return { units: (a.units * b.units) / SCALE, decimals: Math.min(MONEY_SCALE_DIGITS, a.decimals + b.decimals) };
}

/** Formats with thousands separators and the given number of decimals (default: as written, at least 2 when any). */
export function formatMoney(a: Money, decimals: number = Math.max(a.decimals, 2), grouping = true): string {
  const negative = a.units < 0n;
  const absolute = negative ? -a.units : a.units;
  const dropped = MONEY_SCALE_DIGITS - decimals;
  let scaled = absolute;
  if (dropped > 0) {
    const divisor = 10n ** BigInt(dropped);
    scaled = (absolute + divisor / 2n) / divisor; // round half up, exactly
  } else if (dropped < 0) {
    scaled = absolute * 10n ** BigInt(-dropped);
  }
  const text = scaled.toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals);
  const fraction = decimals > 0 ? '.' + text.slice(text.length - decimals) : '';
  const grouped = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return (negative && scaled !== 0n ? '-' : '') + grouped + fraction;
}

/** Plain text as an editor would write it (no grouping, trailing zeros trimmed). */
export function moneyToPlain(a: Money): string {
  return formatMoney(a, MONEY_SCALE_DIGITS, false).replace(/\.?0+$/, '') || '0';
}

/** Approximate number for charts only (never for arithmetic). */
export function moneyToNumber(a: Money): number {
  return Number(a.units) / Number(SCALE);
}
