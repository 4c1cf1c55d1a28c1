/**
 * Amounts of different disclosures in one unit: the one home of converting between 万元 and 元 where figures of
 * several disclosures meet (a year's page, a department's years, comparisons, projects across years, budget beside
 * final). Each disclosure keeps the unit it was published in on its own page; where several meet, every amount is
 * converted to one unit chosen here, which the page states.
 *
 * Exact: 1 万元 = 10,000 元, and Money keeps 1/10,000 of its unit, so 万元 → 元 always converts exactly and 元 → 万元
 * exactly unless the amount has a fraction of a 元 (分). commonUnit picks a unit every amount it is given converts
 * to exactly, so conversions into it never round.
 */
import { MONEY_SCALE_DIGITS, type Money } from './money.ts';
import type { AmountUnit } from './amount-display.ts';

export type { AmountUnit } from './amount-display.ts';

const YUAN_PER_WAN = 10_000n;

/** Decimals the value really needs (trailing zeros of its four dropped), so 200,000 元 reads 20.00 万元, not 20.0000. */
function significantDecimals(units: bigint): number {
  let decimals = MONEY_SCALE_DIGITS;
  let rest = units < 0n ? -units : units;
  while (decimals > 0 && rest % 10n === 0n) { rest /= 10n; decimals--; }
  return decimals;
}

/** `value` (in `from`) in `to`, exactly; undefined when `to` cannot hold it exactly (a fraction of a 元 in 万元). */
export function convertAmount(value: Money, from: AmountUnit, to: AmountUnit): Money | undefined {
  if (from === to) return value;
  if (from === '万元') {
    const units = value.units * YUAN_PER_WAN;
    return { units, decimals: Math.min(value.decimals, significantDecimals(units)) };
  }
  if (value.units % YUAN_PER_WAN !== 0n) return undefined;
  const units = value.units / YUAN_PER_WAN;
  return { units, decimals: significantDecimals(units) };
}

const asUnit = (unit: string): AmountUnit => (unit === '元' ? '元' : '万元');

/**
 * The one unit a set of amounts (each in its own disclosure's unit) is shown in: their own when they all share it;
 * else 万元 when every amount converts to it exactly; else 元.
 */
export function commonUnit(amounts: Iterable<{ readonly value: Money; readonly unit: string }>): AmountUnit {
  let shared: AmountUnit | undefined;
  let mixed = false;
  let exactInWan = true;
  for (const { value, unit } of amounts) {
    const own = asUnit(unit);
    if (shared === undefined) shared = own;
    else if (own !== shared) mixed = true;
    if (own === '元' && convertAmount(value, '元', '万元') === undefined) exactInWan = false;
  }
  if (!mixed) return shared ?? '万元';
  return exactInWan ? '万元' : '元';
}

/**
 * Every amount in `to`, each from the unit of its own disclosure. Exact for every amount `to` was chosen for
 * (commonUnit); an amount it was not chosen for that has 分 is rounded half up to the 元, the precision 万元 keeps.
 */
export const inUnit = (to: AmountUnit) => (value: Money, from: string): Money => {
  const exact = convertAmount(value, asUnit(from), to);
  if (exact) return exact;
  const negative = value.units < 0n;
  const rounded = ((negative ? -value.units : value.units) + YUAN_PER_WAN / 2n) / YUAN_PER_WAN;
  return { units: negative ? -rounded : rounded, decimals: significantDecimals(rounded) };
};

/**
 * An amount written in one unit (a narrative's 元 or 万元) in another (its document's unit): exact where it can be,
 * else rounded half up to the 元, as inUnit.
 */
export const convertUnit = (value: Money, from: string, to: string): Money => inUnit(asUnit(to))(value, from);
