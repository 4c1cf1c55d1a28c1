/**
 * Indicator values (指标值) are text as printed ("≥95%", "5000-10000/人", "10 个", "全面完成"). We keep the text
 * and, where it holds exactly one number or one range, also parse operator, number(s) and unit.
 */
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
  const match = VALUE_PATTERN.exec(text);
  if (!match?.groups) return { text, qualitative: true };
  const { prefix = '', op, a, b } = match.groups;
  let unit = (match.groups.unit ?? '').trim();
  let operator: Operator | undefined = op ? OPERATOR_SYMBOLS[op] : undefined;
  const trimmedPrefix = prefix.trim();
  if (!operator && trimmedPrefix) {
    for (const [pattern, value] of OPERATOR_WORDS) if (pattern.test(trimmedPrefix)) operator = value;
  }
  for (const [pattern, value] of SUFFIX_OPERATORS) {
    if (pattern.test(unit)) {
      operator ??= value;
      unit = unit.replace(pattern, '').trim();
    }
  }
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
