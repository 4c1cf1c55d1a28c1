/**
 * Indicator values (指标值) are text as printed ("≥95%", "5000-10000/人", "10 个", "全面完成"). We keep the text
 * and, where it holds exactly one number or one range, also parse operator, number(s) and unit.
 */
import { isSpaceUnit } from './characters.ts';

export type Operator = '≥' | '≤' | '=' | '>' | '<';

export interface IndicatorValue {
  readonly text: string;
  readonly operator?: Operator;
  /** Exact decimal text of the single number, e.g. "95". */
  readonly number?: string;
  /** Exact decimal texts of a range such as 5000-10000. */
  readonly range?: { readonly low: string; readonly high: string };
  readonly unit?: string;
  /** Words before the number that are not an operator, e.g. "达到". */
  readonly prefix?: string;
  /** True when no number could be read: 定性 values such as "良好". */
  readonly qualitative: boolean;
}

const OPERATOR_SYMBOLS: Record<string, Operator> = {
  '≥': '≥', '>=': '≥', '≧': '≥', '≤': '≤', '<=': '≤', '≦': '≤', '=': '=', '＝': '=', '>': '>', '＞': '>', '<': '<', '＜': '<',
};
const OPERATOR_WORDS: ReadonlyArray<[RegExp, Operator]> = [
  [/^(不低于|不少于|至少|大于等于)$/, '≥'],
  [/^(不超过|不高于|不多于|小于等于)$/, '≤'],
];
// "200以上", "200人以上", "50万元以内": the bound word may follow the unit.
const SUFFIX_OPERATORS: ReadonlyArray<[RegExp, Operator]> = [
  [/(及以上|以上)$/, '≥'],
  [/(及以下|以下|以内)$/, '≤'],
];

const VALUE_PATTERN =
  /^(?<prefix>[^\d≥≤≧≦=＝<>＜＞]{0,8}?)\s*(?<op>>=|<=|≥|≤|≧|≦|=|＝|>|<|＞|＜)?\s*(?<a>\d+(?:\.\d+)?)\s*(?:(?:-|~|～|—|至)\s*(?<b>\d+(?:\.\d+)?))?\s*(?<unit>[^\d]{0,16})$/u;

export function parseIndicatorValue(raw: string | number): IndicatorValue {
  const text = String(raw).trim();
  const quick = quickValue(text);
  if (quick) return quick;
  // Values of other shapes repeat across indicators and documents ("2023年12月31日前"); parsed values are read-only.
  let parsed = PATTERN_VALUES.get(text);
  if (!parsed) {
    if (PATTERN_VALUES.size >= 20_000) PATTERN_VALUES.clear();
    PATTERN_VALUES.set(text, (parsed = parseIndicatorValueWithPattern(text)));
  }
  return parsed;
}
const PATTERN_VALUES = new Map<string, IndicatorValue>();

/** The value as VALUE_PATTERN reads it: the authority (exported for the test that holds the quick path equal to it). */
export function parseIndicatorValueWithPattern(text: string): IndicatorValue {
  const match = VALUE_PATTERN.exec(text);
  if (!match?.groups) return { text, qualitative: true };
  const { prefix = '', op, a, b } = match.groups;
  let unit = (match.groups.unit ?? '').trim();
  let operator: Operator | undefined = op ? OPERATOR_SYMBOLS[op] : undefined;
  const trimmedPrefix = prefix.trim();
  if (!operator && trimmedPrefix) {
    for (const [pattern, value] of OPERATOR_WORDS) if (pattern.test(trimmedPrefix)) operator = value;
  }
  [operator, unit] = withSuffixOperator(operator, unit);
  const isOperatorWord = OPERATOR_WORDS.some(([pattern]) => pattern.test(trimmedPrefix));
  return {
    text,
    qualitative: false,
    ...(operator ? { operator } : {}),
    ...(b !== undefined ? { range: { low: a!, high: b } } : { number: a! }),
    ...(unit ? { unit } : {}),
    ...(trimmedPrefix && !isOperatorWord ? { prefix: trimmedPrefix } : {}),
  };
}

/** "200人以上": a bound word after the unit is the operator (unless one was written) and leaves the unit. */
function withSuffixOperator(operator: Operator | undefined, unit: string): [Operator | undefined, string] {
  // Every bound word ends in 上, 下 or 内: most units end in none of them.
  const last = unit.charCodeAt(unit.length - 1);
  if (last !== 0x4e0a && last !== 0x4e0b && last !== 0x5185) return [operator, unit];
  for (const [pattern, value] of SUFFIX_OPERATORS) {
    if (pattern.test(unit)) {
      operator ??= value;
      unit = unit.replace(pattern, '').trim();
    }
  }
  return [operator, unit];
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const SINGLE_OPERATORS = new Set(['≥', '≤', '≧', '≦', '=', '＝', '>', '<', '＞', '＜']);

/**
 * The shapes most values have, read without a regular expression (a check reads hundreds of values per
 * disclosure): no digit at all (qualitative), or an optional operator symbol, one number and a short unit with
 * no digit or space. Anything else is undefined and VALUE_PATTERN decides; a test holds the two equal.
 */
function quickValue(text: string): IndicatorValue | undefined {
  const length = text.length;
  let i = 0;
  while (i < length && !isDigit(text.charCodeAt(i))) i++;
  if (i === length) return { text, qualitative: true };
  // Before the number: nothing, or one operator symbol (">=" and "<=" are two characters).
  let op: string | undefined;
  if (i === 1 && SINGLE_OPERATORS.has(text[0]!)) op = text[0]!;
  else if (i === 2 && (text.startsWith('>=') || text.startsWith('<='))) op = text.slice(0, 2);
  else if (i !== 0) return undefined;
  const start = i;
  while (i < length && isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < length && isDigit(text.charCodeAt(i))) i++;
  }
  const number = text.slice(start, i);
  // The unit: at most 16 characters, none a digit, a space or half of a surrogate pair (the pattern counts code points).
  if (length - i > 16) return undefined;
  for (let k = i; k < length; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c) || isSpaceUnit(c) || (c >= 0xd800 && c <= 0xdfff)) return undefined;
  }
  const [operator, unit] = withSuffixOperator(op ? OPERATOR_SYMBOLS[op] : undefined, text.slice(i));
  // Fields in the order patternValue gives them.
  const value: { -readonly [K in keyof IndicatorValue]: IndicatorValue[K] } = { text, qualitative: false };
  if (operator) value.operator = operator;
  value.number = number;
  if (unit) value.unit = unit;
  return value;
}

/** The lower bound of a parsed value (the number, or the low end of a range). */
export function lowerBound(value: IndicatorValue): number | undefined {
  if (value.number !== undefined) return Number(value.number);
  if (value.range) return Number(value.range.low);
  return undefined;
}

/** Parses the 指标性质 column: an operator symbol or 定性 (qualitative). */
export function parseNature(raw: string): Operator | '定性' | undefined {
  const text = raw.trim();
  if (text === '定性') return '定性';
  return OPERATOR_SYMBOLS[text];
}
