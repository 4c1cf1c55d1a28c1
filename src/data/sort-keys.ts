/**
 * What a sortable table sorts a cell by: its exact value as a plain decimal (amounts, counts, percentages) or its
 * text; blank and not-applicable cells have none and sort last. The page carries the key in the HTML, the browser
 * only compares (src/client/sortable-tables.ts), so a sort never reads display text.
 */
import { moneyToPlain } from '../domain/money.ts';
import type { Cell } from '../table-kinds/view-model.ts';

export function sortKey(cell: Cell): string | undefined {
  switch (cell.kind) {
    case 'money': case 'quantity': return moneyToPlain(cell.value);
    case 'number': return String(cell.value);
    case 'percent': {
      const { scaled, decimals } = cell.value;
      const negative = scaled < 0n;
      const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
      const whole = digits.slice(0, digits.length - decimals);
      return `${negative ? '-' : ''}${whole}${decimals ? `.${digits.slice(digits.length - decimals)}` : ''}`;
    }
    case 'text': return cell.text;
    default: return undefined;
  }
}

/** Exact order of two plain decimals ("-12.5", "1992.86", "20"), without floating point. */
export function compareDecimals(a: string, b: string): number {
  const negA = a.startsWith('-');
  const negB = b.startsWith('-');
  if (negA !== negB) return negA ? -1 : 1;
  const magnitude = compareMagnitudes(negA ? a.slice(1) : a, negB ? b.slice(1) : b);
  return negA ? -magnitude : magnitude;
}

function compareMagnitudes(a: string, b: string): number {
  const [wholeA = '', fractionA = ''] = a.split('.');
  const [wholeB = '', fractionB = ''] = b.split('.');
  const intA = wholeA.replace(/^0+(?=\d)/, '');
  const intB = wholeB.replace(/^0+(?=\d)/, '');
  if (intA.length !== intB.length) return intA.length < intB.length ? -1 : 1;
  if (intA !== intB) return intA < intB ? -1 : 1;
  const width = Math.max(fractionA.length, fractionB.length);
  const fa = fractionA.padEnd(width, '0');
  const fb = fractionB.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
