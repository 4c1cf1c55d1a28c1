/**
 * Amounts between the two units disclosures use, exactly: 1 万元 = 10,000 元 (BigInt, never floats). Any 万元 amount
 * is a whole number of 1/10,000 元 units times 10,000, so it converts to 元 exactly; a 元 amount converts to 万元
 * exactly only when it has no fraction of a 元 (Money keeps four decimals of its unit). Comparisons across
 * disclosures therefore use 万元 when every amount converts exactly, and 元 otherwise.
 */
import type { Money } from './money.ts';
import { MONEY_SCALE_DIGITS } from './money.ts';

export type AmountUnit = '万元' | '元';

const FACTOR = 10_000n;

/** Decimals the value really needs (trailing zeros of its four dropped), so 200,000 元 reads 20.00 万元, not 20.0000. */
function significantDecimals(units: bigint): number {
  let decimals = MONEY_SCALE_DIGITS;
  let rest = units < 0n ? -units : units;
  while (decimals > 0 && rest % 10n === 0n) { rest /= 10n; decimals--; }
  return decimals;
}

/** The amount in `to`, exactly; undefined when it cannot be held exactly (a fraction of a 元 in 万元). */
export function convertAmount(value: Money, from: AmountUnit, to: AmountUnit): Money | undefined {
  if (from === to) return value;
  if (from === '万元') {
    const units = value.units * FACTOR;
    return { units, decimals: Math.min(value.decimals, significantDecimals(units)) };
  }
  if (value.units % FACTOR !== 0n) return undefined;
  const units = value.units / FACTOR;
  return { units, decimals: significantDecimals(units) };
}

/** The one unit a set of amounts is compared in: 万元 when every amount converts to it exactly, else 元. */
export function commonUnit(amounts: Iterable<{ readonly value: Money; readonly unit: AmountUnit }>): AmountUnit {
  for (const { value, unit } of amounts) if (unit === '元' && convertAmount(value, '元', '万元') === undefined) return '元';
  return '万元';
}
