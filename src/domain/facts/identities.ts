/**
 * Identities between facts, as data: figures that one document prints in two places and that must therefore agree
 * (cross-table identities, a disclosure's 上年数 against last year's disclosure), and plausibility links between
 * them. A new identity is one entry. The rule that reports failures is src/validation/rules/identities.ts.
 */
import { abs, compare, subtract, type Money } from '../money.ts';
import { factParameter, type FactPeriod, type FactReading } from './reading.ts';
import type { FactSheet } from './sheet.ts';

/** One side of a comparison: a fact (a name, or a parametric pattern 支出:*) read from a source. */
export interface Side {
  readonly fact: string;
  /** A table key, PREVIOUS_DISCLOSURE, or TABLES for any table of this disclosure. */
  readonly source: string;
}

export const TABLES = '*tables';

export interface Comparison {
  readonly rule: string;
  readonly severity?: 'warning';
  /** left = right, or left ≥ right (a part cannot exceed its whole). */
  readonly relation: '=' | '≥';
  readonly period?: FactPeriod;
  /** The finding is placed at the left reading. */
  readonly left: Side;
  readonly right: Side;
  /** A blank is compared as 0 (default), or the pair is skipped when either is blank. */
  readonly blank?: 'zero' | 'skip';
  /** Compare exactly, ignoring the document's rounding tolerance. */
  readonly exact?: boolean;
  /** What is compared, in Chinese: {left} and {right} are the places, {name} the printed line name. */
  readonly subject: string;
}

/** Every identity checked across tables (and, for last year's figures, against last year's disclosure). */
export const IDENTITIES: readonly Comparison[] = [
  {
    rule: 'cross/basic-expenditure', relation: '=',
    left: { fact: '基本支出合计', source: 'general_budget_basic_expenditure' }, right: { fact: '基本支出', source: 'general_budget_expenditure' },
    subject: '{left}合计应等于{right}的基本支出合计',
  },
  {
    rule: 'cross/general-budget', relation: '=',
    left: { fact: '一般公共预算支出', source: 'general_budget_expenditure' }, right: { fact: '一般公共预算支出', source: 'fiscal_grant_summary' },
    subject: '{left}合计应等于{right}本年支出的一般公共预算列',
  },
  {
    rule: 'cross/general-budget-class', relation: '=',
    left: { fact: '一般公共预算支出:*', source: 'fiscal_grant_summary' }, right: { fact: '一般公共预算支出:*', source: 'general_budget_expenditure' },
    subject: '“{name}”在{left}与{right}中应一致',
  },
  {
    rule: 'cross/expenditure-summary', relation: '=',
    left: { fact: '本年支出合计', source: 'expenditure_summary' }, right: { fact: '本年支出合计', source: 'income_expenditure_summary' },
    subject: '{left}合计应等于{right}的本年支出',
  },
  {
    rule: 'cross/expenditure-class', relation: '=',
    left: { fact: '支出:*', source: 'income_expenditure_summary' }, right: { fact: '支出:*', source: 'expenditure_summary' },
    subject: '“{name}”在{left}与{right}中应一致',
  },
  {
    rule: 'cross/general-budget-income', relation: '=',
    left: { fact: '一般公共预算拨款收入', source: 'income_expenditure_summary' }, right: { fact: '一般公共预算拨款收入', source: 'fiscal_grant_summary' },
    subject: '本年一般公共预算收入在{left}与{right}中应一致',
  },
  // 三公 items are charged to these economic codes: the basic-expenditure line cannot exceed the 三公 figure.
  ...([['因公出国费', '30212'], ['公务接待费', '30217'], ['公务用车运行费', '30231'], ['公务用车购置费', '31013']] as const).map(([fact, code]): Comparison => ({
    rule: 'plausibility/three-public-basic', severity: 'warning', relation: '≥', blank: 'zero',
    left: { fact, source: 'three_public_expenses' }, right: { fact: `基本支出:${code}`, source: 'general_budget_basic_expenditure' },
    subject: '{right}中“{name}”大于{left}中的同项经费',
  })),
  {
    rule: 'plausibility/operating-costs', severity: 'warning', relation: '=', blank: 'skip',
    left: { fact: '机关运行经费', source: 'operating_costs' }, right: { fact: '公用经费', source: 'general_budget_basic_expenditure' },
    subject: '机关运行经费通常等于一般公共预算基本支出中的公用经费',
  },
  {
    rule: 'yoy/previous-mismatch', relation: '=', period: 'last', blank: 'skip', exact: true,
    left: { fact: '*', source: TABLES }, right: { fact: '*', source: 'previous-disclosure' },
    subject: '上年{name}：本文件中的上年数应与{right}一致',
  },
];

/** A comparison that does not hold: the two readings and left − right. */
export interface Failure {
  readonly identity: Comparison;
  readonly left: FactReading;
  readonly right: FactReading;
  readonly difference: Money;
}

const ZERO: Money = { units: 0n, decimals: 0 };

/** Every failing comparison of a sheet; `tolerance` is the document's rounding tolerance. */
export function failingComparisons(sheet: FactSheet, tolerance: Money, identities: readonly Comparison[] = IDENTITIES): Failure[] {
  const failures: Failure[] = [];
  for (const identity of identities) {
    const period = identity.period ?? 'current';
    for (const [left, right] of pairs(sheet, identity, period)) {
      if (identity.blank === 'skip' && (left.value === undefined || right.value === undefined)) continue;
      if (left.value === undefined && right.value === undefined) continue;
      const difference = subtract(left.value ?? ZERO, right.value ?? ZERO);
      const allowed = identity.exact ? ZERO : tolerance;
      const holds = identity.relation === '='
        ? compare(abs(difference), allowed) <= 0
        : difference.units >= -allowed.units;
      if (!holds) failures.push({ identity, left, right, difference });
    }
  }
  return failures;
}

const fromSource = (item: FactReading, source: string) => (source === TABLES ? item.source !== 'previous-disclosure' : item.source === source);

/** The pairs of readings an identity compares: per fact name (each parameter, for a pattern). */
function pairs(sheet: FactSheet, identity: Comparison, period: FactPeriod): Array<[FactReading, FactReading]> {
  const { left, right } = identity;
  const pair = (leftName: string, rightName: string): [FactReading, FactReading] | undefined => {
    let a: FactReading | undefined, b: FactReading | undefined;
    for (const item of sheet.readingsOf(leftName, period)) if (fromSource(item, left.source)) { a = item; break; }
    if (!a) return undefined;
    for (const item of sheet.readingsOf(rightName, period)) if (fromSource(item, right.source)) { b = item; break; }
    return b ? [a, b] : undefined;
  };
  if (!left.fact.includes('*')) {
    const found = pair(left.fact, right.fact);
    return found ? [found] : [];
  }
  const out: Array<[FactReading, FactReading]> = [];
  const matches = pattern(left.fact);
  for (const name of sheet.names(period)) {
    if (!matches(name)) continue;
    const found = pair(name, counterpart(name, left.fact, right.fact));
    if (found) out.push(found);
  }
  return out;
}

/** '*' matches every fact, '支出:*' every parameter of 支出, a plain name itself. */
function pattern(fact: string): (name: string) => boolean {
  if (fact === '*') return () => true;
  if (fact.endsWith(':*')) {
    const prefix = fact.slice(0, -1);
    return (name) => name.startsWith(prefix);
  }
  return (name) => name === fact;
}

/** The right-hand name for a left-hand one: the same parameter, or the same name for '*'. */
function counterpart(leftName: string, leftFact: string, rightFact: string): string {
  if (rightFact === '*') return leftName;
  if (leftFact.endsWith(':*') && rightFact.endsWith(':*')) return `${rightFact.slice(0, -1)}${factParameter(leftName)[1] ?? ''}`;
  return rightFact;
}
