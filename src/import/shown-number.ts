/**
 * The text a spreadsheet shows for a number: what the editor sees and the published document prints. A cell stores
 * a binary double (1992.86 may be 1992.8600000000001); Excel shows at most 15 significant digits and rounds to the
 * decimals of the cell's number format. Both steps are done here on decimal digits, never by float arithmetic.
 */

/** The value's 15 significant digits as a plain decimal ("1992.86000000000", never exponent notation). */
function fifteenDigits(value: number): string {
  const [mantissa = '0', exponentText] = value.toExponential(14).split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/[-.]/g, '');
  const point = exponent + 1;
  const text = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : point >= digits.length ? digits + '0'.repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + text;
}

/** Rounds a plain decimal to `decimals` places, half away from zero (as Excel shows it), in exact arithmetic. */
export function roundDecimal(text: string, decimals: number): string {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace('-', '').split('.');
  let scaled = BigInt(whole + fraction.padEnd(decimals, '0').slice(0, decimals));
  if ((fraction[decimals] ?? '0') >= '5') scaled += 1n;
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const result = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

/** A plain decimal without trailing zeros after the point ("28.50000" → "28.5", "12.000" → "12"). */
const trimZeros = (text: string): string => (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);

/** The section of a number format that applies to positive numbers, without quoted text, escapes and [colours]. */
function positiveSection(format: string): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === ';') break;
    if (c === '"') { i = format.indexOf('"', i + 1); if (i < 0) break; continue; }
    if (c === '\\' || c === '_' || c === '*') { i++; continue; }
    if (c === '[') { i = format.indexOf(']', i + 1); if (i < 0) break; continue; }
    out += c;
  }
  return out;
}

/**
 * The decimals a number format shows (0.00 → 2, #,##0 → 0), undefined for General (shown as stored, up to 15
 * significant digits) and null for a format that does not show a plain amount (percent, scientific, date).
 */
export function formatDecimals(format: string | undefined): number | undefined | null {
  if (!format || /^general$/i.test(format.trim()) || format.trim() === '@') return undefined;
  const section = positiveSection(format);
  if (/[%]|E[+-]|[ymdhs]/i.test(section)) return null;
  if (!/[0#?]/.test(section)) return undefined;
  const point = section.indexOf('.');
  return point < 0 ? 0 : (section.slice(point + 1).match(/[0#?]/g) ?? []).length;
}

/** The text shown for a number in a cell of the given format, or undefined when the format does not show an amount. */
export function shownNumber(value: number, format?: string): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const decimals = formatDecimals(format);
  if (decimals === null) return undefined;
  const digits = fifteenDigits(value);
  return decimals === undefined ? trimZeros(digits) : roundDecimal(digits, decimals);
}
