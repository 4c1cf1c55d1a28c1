/**
 * An amount cell as tables.yaml writes it: the figure exactly as the cell shows it, thousands separators dropped.
 * Blank stays blank (never 0); a cell that shows anything but a figure is reported, never guessed.
 */
import type { SheetCell } from './sheet.ts';
import { MONEY_SCALE_DIGITS } from '../domain/money.ts';

export type AmountText = { readonly ok: true; readonly text?: string } | { readonly ok: false; readonly reason: string; readonly reasonEn: string };

const FULL_WIDTH = /[０-９．，－]/g;
const halfWidth = (text: string) => text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export function amountText(cell: SheetCell | undefined): AmountText {
  const shown = halfWidth(cell?.text ?? '').replace(/[\s\u3000]/g, '');
  // A dash is how some tables print "nothing here": the document shows no figure.
  if (shown === '' || /^[-—–]+$/.test(shown)) return { ok: true };
  const bracketed = /^\((.*)\)$/.exec(shown);
  const text = (bracketed ? `-${bracketed[1]}` : shown);
  const match = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: `“${cell!.text.trim()}”不是金额数字`, reasonEn: `"${cell!.text.trim()}" is not an amount` };
  const [, minus = '', whole = '', fraction] = match;
  if (fraction !== undefined && fraction.length > MONEY_SCALE_DIGITS) {
    return { ok: false, reason: `“${cell!.text.trim()}”有${fraction.length}位小数（最多${MONEY_SCALE_DIGITS}位）：单元格可能是公式结果，请把数字格式设为公开文件的小数位数（如 0.00）`, reasonEn: `"${cell!.text.trim()}" has ${fraction.length} decimals` };
  }
  return { ok: true, text: `${minus}${whole.replace(/,/g, '')}${fraction !== undefined ? `.${fraction}` : ''}` };
}

/** A whole count (人数, 车辆数) as shown. */
export function countText(cell: SheetCell | undefined): AmountText {
  const amount = amountText(cell);
  if (!amount.ok || amount.text === undefined) return amount;
  if (!/^\d+$/.test(amount.text)) return { ok: false, reason: `“${cell!.text.trim()}”不是整数`, reasonEn: `"${cell!.text.trim()}" is not a whole number` };
  return amount;
}
