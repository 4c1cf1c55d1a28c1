/**
 * Every amount of a disclosure's tables.yaml and performance.yaml, found with the `yaml` package and the
 * project's own schemas: a field is an amount exactly when the schema parses it with the `amount` primitive
 * (its output is Money). The figure keeps its source text, so expectations are computed from what the editor
 * wrote, not from the site's code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { tablesFile } from '../../../src/schemas/tables.ts';
import { performanceFile } from '../../../src/schemas/performance.ts';
import type { Money } from '../../../src/domain/money.ts';

export interface ContentAmount {
  readonly file: 'tables.yaml' | 'performance.yaml';
  readonly path: ReadonlyArray<string | number>;
  /** The scalar as written, without quotes ("1992.86", "28.00", "1,992.86", "200000"). */
  readonly source: string;
  /** Line of the scalar, for messages. */
  readonly line: number;
  /** The schema's parsed value. */
  readonly money: Money;
  /** Procurement quantities are parsed as amounts but are counts, shown as written. */
  readonly isQuantity: boolean;
}

type Plain = string | boolean | Plain[] | { [key: string]: Plain } | undefined;

/** YAML → plain data as the checker's loader hands it over: numbers as their source text, empty values absent. */
function toPlain(node: Node | null | undefined, text: string): Plain {
  if (node == null) return undefined;
  if (isScalar(node)) {
    if (node.value === null || node.value === undefined) return undefined;
    if (typeof node.value === 'number' && node.range) return text.slice(node.range[0], node.range[1]).trim();
    return node.value as string | boolean;
  }
  if (isMap(node)) {
    const out: Record<string, Plain> = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = toPlain(pair.value as Node | null, text);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item as Node | null, text));
  throw new Error(`unsupported YAML node ${String(node)}`);
}

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' && value !== null && typeof (value as { units?: unknown }).units === 'bigint' && typeof (value as { decimals?: unknown }).decimals === 'number';

function moneyPaths(value: unknown, path: Array<string | number>, out: Array<{ path: Array<string | number>; money: Money }>): void {
  if (isMoney(value)) out.push({ path, money: value });
  else if (Array.isArray(value)) value.forEach((item, index) => moneyPaths(item, [...path, index], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) moneyPaths(item, [...path, key], out);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function amountsOf(file: ContentAmount['file'], fullPath: string): ContentAmount[] {
  if (!existsSync(fullPath)) return [];
  const text = readFileSync(fullPath, 'utf8');
  const document: Document = parseDocument(text);
  if (document.errors.length > 0) throw new Error(`${fullPath}: ${document.errors[0]!.message}`);
  const schema = file === 'tables.yaml' ? tablesFile : performanceFile;
  const parsed = schema.safeParse(toPlain(document.contents as Node | null, text));
  if (!parsed.success) throw new Error(`${fullPath}: does not parse with the schema: ${parsed.error.message}`);
  const found: Array<{ path: Array<string | number>; money: Money }> = [];
  moneyPaths(parsed.data, [], found);
  return found.map(({ path, money }) => {
    const node = document.getIn(path, true) as Node | undefined;
    if (!node || !isScalar(node) || !node.range) throw new Error(`${fullPath}: no scalar at ${path.join('.')}`);
    return {
      file, path, money,
      source: String(typeof node.value === 'number' ? text.slice(node.range[0], node.range[1]).trim() : node.value).trim(),
      line: lineOf(text, node.range[0]),
      isQuantity: path[path.length - 1] === 'quantity',
    };
  });
}

/** All amounts of one disclosure folder. */
export function disclosureAmounts(dir: string): ContentAmount[] {
  return [...amountsOf('tables.yaml', join(dir, 'tables.yaml')), ...amountsOf('performance.yaml', join(dir, 'performance.yaml'))];
}

/** Splits an amount's source text into sign, whole digits and fraction digits. */
function parts(source: string): { negative: boolean; whole: string; fraction: string } {
  const match = /^(-)?([\d,]+)(?:\.(\d+))?$/.exec(source.replace(/[\s\u3000]/g, ''));
  if (!match) throw new Error(`not an amount: ${source}`);
  const whole = match[2]!.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  return { negative: !!match[1], whole, fraction: match[3] ?? '' };
}

/**
 * The figure as a reader sees it, computed from the source text alone: thousands separators; in a 万元
 * document at least two decimals; in a 元 document (and for quantities) the decimals as written.
 */
export function expectedDisplay(source: string, unit: '万元' | '元', asWritten = false): string {
  const { negative, whole, fraction } = parts(source);
  const decimals = unit === '元' || asWritten ? fraction.length : Math.max(fraction.length, 2);
  const digits = fraction.padEnd(decimals, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const zero = /^0*$/.test(whole + digits);
  return `${negative && !zero ? '-' : ''}${grouped}${decimals > 0 ? `.${digits}` : ''}`;
}

/** The figure without separators, as spreadsheets read it. */
export function plainFigure(source: string): string {
  const { negative, whole, fraction } = parts(source);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Canonical decimal for numeric comparison ("28.00" and "28" are the same number). */
export function canonicalDecimal(text: string): string | undefined {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const zero = whole === '0' && fraction === '';
  return `${match[1] && !zero ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A regular expression finding the figure as a whole number token (not inside a longer number). */
export function figurePattern(figure: string): RegExp {
  const escaped = figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,\\-])${escaped}(?![\\d]|[.,]\\d)`);
}
