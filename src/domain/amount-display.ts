/**
 * How an amount is shown, the one rule for every table cell, sentence, chart label and download: figures in 万元
 * keep at least two decimals (as published tables print them: 28 → 28.00), figures in 元 keep the decimals the
 * document wrote. Grouping (1,992.86) is for reading; downloads drop it so spreadsheets read numbers.
 */
import { formatMoney, type Money } from './money.ts';

export type AmountUnit = '万元' | '元';

export const displayDecimals = (value: Money, unit: string): number => (unit === '元' ? value.decimals : Math.max(value.decimals, 2));

/** "1,992.86" (万元), "200,000" (元); without grouping "1992.86". */
export const displayAmount = (value: Money, unit: string, grouping = true): string => formatMoney(value, displayDecimals(value, unit), grouping);

/** "1,992.86万元". */
export const amountWithUnit = (value: Money, unit: string): string => `${displayAmount(value, unit)}${unit}`;
