/**
 * Finds the amount scalars of a content file with the `yaml` package (independently of the checker's own loader),
 * with their source range and line, and writes the file back with one amount changed.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

export interface AmountScalar {
  /** Field path, keys and list indexes. */
  readonly path: ReadonlyArray<string | number>;
  /** Source text as written ("1,992.86", "28.00", "90"). */
  readonly text: string;
  /** 1-based line of the scalar. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

const AMOUNT_TEXT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Sections of tables.yaml that hold counts (people, vehicles, units), not money. */
const COUNT_SECTIONS = new Set(['state_assets', 'organisation', 'details']);
/** Keys that are never amounts even when numeric. */
const NOT_AMOUNT_KEYS = new Set(['execution_rate', 'completion_rate', 'code', 'functional_code', 'catalogue_code', 'unit', 'as_of']);

export type AmountSelector = (path: ReadonlyArray<string | number>) => boolean;

/** Every amount of tables.yaml: numeric scalars outside the count sections. */
export const tableAmounts: AmountSelector = (path) =>
  !path.some((segment) => typeof segment === 'string' && COUNT_SECTIONS.has(segment)) && !NOT_AMOUNT_KEYS.has(String(path[path.length - 1]));

/** The amounts of performance.yaml under `funds` (department-wide and per project). */
export const fundAmounts: AmountSelector = (path) => path.includes('funds') && !NOT_AMOUNT_KEYS.has(String(path[path.length - 1]));

export function findAmounts(text: string, select: AmountSelector): AmountScalar[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, keepSourceTokens: true });
  if (document.errors.length > 0) throw new Error(`YAML error: ${document.errors[0]!.message}`);
  const out: AmountScalar[] = [];
  const visit = (node: Node | null | undefined, path: Array<string | number>) => {
    if (!node) return;
    if (isScalar(node)) {
      const source = node.range ? text.slice(node.range[0], node.range[1]).trim() : '';
      const isNumber = typeof node.value === 'number';
      const isAmountString = typeof node.value === 'string' && AMOUNT_TEXT.test(node.value) && /^["']/.test(source);
      if ((isNumber || isAmountString) && node.range && select(path)) {
        const raw = isNumber ? source : String(node.value);
        if (AMOUNT_TEXT.test(raw)) {
          out.push({ path, text: raw, line: lineCounter.linePos(node.range[0]).line, start: node.range[0], end: node.range[1] });
        }
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value as Node | null, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item as Node | null, [...path, index]));
    }
  };
  visit(document.contents as Node | null, []);
  return out;
}

/** Adds `step` (a decimal text such as "0.01" or "1") to an amount written as `text`, exactly. */
export function bumpAmount(text: string, step: string): string {
  const clean = text.replace(/,/g, '');
  const decimals = Math.max((clean.split('.')[1] ?? '').length, (step.split('.')[1] ?? '').length);
  const scaled = (value: string) => {
    const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
    const digits = BigInt(whole + fraction.padEnd(decimals, '0'));
    return value.startsWith('-') ? -digits : digits;
  };
  const total = scaled(clean) + scaled(step);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(decimals + 1, '0');
  const result = decimals > 0 ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
  return (negative ? '-' : '') + result;
}

/** The text with the scalar at [start, end) replaced. Quoted amounts stay quoted. */
export function replaceScalar(text: string, amount: AmountScalar, replacement: string): string {
  const original = text.slice(amount.start, amount.end);
  const quote = /^["']/.test(original.trim()) ? original.trim()[0]! : '';
  return text.slice(0, amount.start) + quote + replacement + quote + text.slice(amount.end);
}
