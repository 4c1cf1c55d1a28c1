/**
 * Rates, shares and year-on-year change, computed exactly from Money and compared with printed percentages.
 * A rate whose denominator is zero is "not applicable", never NaN or 0%.
 */
import { type Money, type ParseResult, readPlainDecimal, subtract, isZero } from './money.ts';

/** A percentage held exactly as an integer count of 1/10^decimals percent. */
export interface Percent {
  readonly scaled: bigint;
  readonly decimals: number;
}

export type Rate = { applicable: true; percent: Percent } | { applicable: false };

export const NOT_APPLICABLE: Rate = { applicable: false };

const PERCENT_PATTERN = /^(-)?(\d+)(?:\.(\d+))?\s*[%％]?$/;

/** "147.92%", "100%", "98.5": plain digits (at most 15) and an optional % (most printed rates), else undefined. */
function plainPercent(text: string): Percent | undefined {
  const length = text.charCodeAt(text.length - 1) === 37 ? text.length - 1 : text.length; // without a final %
  const plain = length <= 15 ? readPlainDecimal(text, length) : undefined;
  return plain && { scaled: BigInt(plain.digits), decimals: plain.decimals };
}

/** Parses "147.92%", "147.92" or "100%" as printed. */
export function parsePercent(input: string | number): ParseResult<Percent> {
  const text = String(input).trim();
  const plain = plainPercent(text);
  return plain ? { ok: true, value: plain } : parsePercentWithPattern(text);
}

/** The authority for parsePercent (exported for the test that holds the quick path equal to it). */
export function parsePercentWithPattern(text: string): ParseResult<Percent> {
  const match = PERCENT_PATTERN.exec(text);
  if (!match) return { ok: false, reason: `“${text}”不是百分比（应如 98.5%）` };
  const [, minus, whole = '0', fraction = ''] = match;
  const scaled = BigInt(whole + fraction);
  return { ok: true, value: { scaled: minus ? -scaled : scaled, decimals: fraction.length } };
}

/** 100 × 10^decimals for the usual numbers of decimals. */
const PERCENT_FACTORS = [100n, 1000n, 10000n, 100000n, 1000000n];

/** numerator ÷ denominator as a percentage rounded half-up (away from zero) to `decimals`. */
export function ratePercent(numerator: Money, denominator: Money, decimals = 2): Rate {
  if (isZero(denominator)) return NOT_APPLICABLE;
  const factor = PERCENT_FACTORS[decimals] ?? 100n * 10n ** BigInt(decimals);
  const n = numerator.units * factor;
  const d = denominator.units;
  const negative = n < 0n !== d < 0n;
  const absN = n < 0n ? -n : n;
  const absD = d < 0n ? -d : d;
  const rounded = (absN * 2n + absD) / (absD * 2n);
  return { applicable: true, percent: { scaled: negative ? -rounded : rounded, decimals } };
}

/** Execution rate (执行率) = final ÷ budget. */
export function executionRate(final: Money, budget: Money, decimals = 2): Rate {
  return ratePercent(final, budget, decimals);
}

/** Share of a part in a whole. */
export function share(part: Money, whole: Money, decimals = 1): Rate {
  return ratePercent(part, whole, decimals);
}

export interface YearOnYear {
  readonly change: Money;
  /** Change as a percentage of last year; not applicable when last year was zero. */
  readonly percent: Rate;
}

export function yearOnYear(current: Money, previous: Money, decimals = 1): YearOnYear {
  const change = subtract(current, previous);
  return { change, percent: ratePercent(change, previous, decimals) };
}

/**
 * Does a printed percentage agree with the exact value? Agreement means within one unit of the last printed
 * digit, which accepts both rounding and truncation as publishers use them, and nothing coarser.
 */
export function percentAgrees(printed: Percent, numerator: Money, denominator: Money): boolean | 'not-applicable' {
  if (isZero(denominator)) return 'not-applicable';
  // |100·n/d − p/10^k| < 1/10^k, exactly: |100·n·10^k − p·d| < |d| (no rounding of the quotient first).
  const scale = 100n * 10n ** BigInt(printed.decimals);
  const difference = numerator.units * scale - printed.scaled * denominator.units;
  const magnitude = difference < 0n ? -difference : difference;
  const d = denominator.units < 0n ? -denominator.units : denominator.units;
  return magnitude < d;
}

export function formatPercent(p: Percent, decimals = p.decimals): string {
  const negative = p.scaled < 0n;
  let absolute = negative ? -p.scaled : p.scaled;
  if (decimals < p.decimals) {
    const divisor = 10n ** BigInt(p.decimals - decimals);
    absolute = (absolute + divisor / 2n) / divisor;
  } else if (decimals > p.decimals) {
    absolute *= 10n ** BigInt(decimals - p.decimals);
  }
  const text = absolute.toString().padStart(decimals + 1, '0');
  const whole = text.slice(0, text.length - decimals);
  const fraction = decimals > 0 ? '.' + text.slice(text.length - decimals) : '';
  return (negative && absolute !== 0n ? '-' : '') + whole + fraction + '%';
}

export function formatRate(rate: Rate, decimals?: number): string {
  return rate.applicable ? formatPercent(rate.percent, decimals) : '不适用';
}

export function percentToNumber(p: Percent): number {
  return Number(p.scaled) / 10 ** p.decimals;
}
