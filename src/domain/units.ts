/**
 * Amounts of different disclosures in one unit. A disclosure is shown in the unit it was published in (万元 or 元);
 * wherever figures of several disclosures meet (a year's list, a department's years, the home page's totals) they
 * are first converted here to one unit, which the page then states. Exact: 1 万元 = 10,000 元, and Money keeps
 * 1/10,000 of its unit, so 万元 → 元 never rounds; 元 → 万元 rounds half up to 0.0001 万元 (1 元) only when an amount
 * in 元 has decimals.
 */
import type { Money } from './money.ts';
import type { AmountUnit } from './amount-display.ts';

const YUAN_PER_WAN = 10_000n;

/** `value` (in `from`) expressed in `to`. */
export function convertAmount(value: Money, from: AmountUnit, to: AmountUnit): Money {
  if (from === to) return value;
  if (from === '万元') {
    // 12.3456万元 = 123,456元: the same digits, four fewer decimals.
    return { units: value.units * YUAN_PER_WAN, decimals: Math.max(0, value.decimals - 4) };
  }
  const negative = value.units < 0n;
  const absolute = negative ? -value.units : value.units;
  const rounded = (absolute + YUAN_PER_WAN / 2n) / YUAN_PER_WAN;
  // 元 figures as published are whole or in 分; in 万元 they keep the decimals they need, at most four (1 元).
  return { units: negative ? -rounded : rounded, decimals: neededDecimals(rounded) };
}

/** Decimals of a scaled amount without its trailing zeros (123,400 units = 12.34: two). */
function neededDecimals(units: bigint): number {
  let decimals = 4;
  while (decimals > 0 && units % 10n === 0n) { units /= 10n; decimals--; }
  return decimals;
}

/** The one unit in which amounts of several disclosures are shown: their own when they all share it, else 万元. */
export function commonUnit(units: Iterable<string>): AmountUnit {
  let only: string | undefined;
  for (const unit of units) {
    if (only === undefined) only = unit;
    else if (unit !== only) return '万元';
  }
  return only === '元' ? '元' : '万元';
}

/** Every amount in `to`, each from the unit of its own disclosure. */
export const inUnit = (to: AmountUnit) => (value: Money, from: string): Money => convertAmount(value, from === '元' ? '元' : '万元', to);
