/**
 * Identities between facts, as data: figures that one document prints in two places and that must therefore agree
 * (cross-table identities, a disclosure's 上年数 against last year's disclosure), and plausibility links between
 * them. A new identity is one entry. The rule that reports failures is src/validation/rules/identities.ts.
 */
import { abs, compare, subtract, type Money } from '../money.ts';
import { PREVIOUS_DISCLOSURE, PROSE, factParameter, type FactPeriod, type FactReading } from './reading.ts';
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
  /**
   * A blank is compared as 0, or the pair is skipped when either is blank (default: a blank cell is its own table's
   * finding, so one missing figure gives one finding).
   */
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
      if (identity.blank !== 'zero' && (left.value === undefined || right.value === undefined)) continue;
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

const fromSource = (item: FactReading, source: string) => (source === TABLES ? item.source !== PREVIOUS_DISCLOSURE && item.source !== PROSE : item.source === source);

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

// ---------------------------------------------------------------------------------------------------------
// Totals and their parts, across every place a figure is stated (tables, the narrative, last year's disclosure).

/** whole = Σ parts (+ the optional parts that are stated). */
export interface SumIdentity {
  readonly whole: string;
  readonly parts: readonly string[];
  /** Parts a document may not have (a fund it does not receive): counted when stated, else taken as none. */
  readonly optional?: readonly string[];
  /**
   * The tables whose figures belong to this identity (besides the narrative's): 基本支出 of the general budget table
   * is not a part of the all-funds 本年支出合计.
   */
  readonly tables?: readonly string[];
  /** Not checked where this fact is stated (a finer identity covers the sum then). */
  readonly unless?: string;
  /**
   * The optional parts are balances carried between years (上年结转, 结转下年 …): one not stated may still have
   * been there last year, so the change of the whole is checked only when every balance's change is known.
   */
  readonly balances?: true;
}

export const SUMS: readonly SumIdentity[] = [
  { whole: '收入合计', parts: ['本年收入合计'], optional: ['上年结转', '使用非财政拨款结余', '年初结转和结余'], balances: true },
  { whole: '支出合计', parts: ['本年支出合计'], optional: ['结转下年', '结余分配', '年末结转和结余'], balances: true },
  {
    whole: '本年收入合计', parts: [],
    optional: ['一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入', '财政专户管理资金收入', '事业收入', '经营收入', '上级补助收入', '附属单位上缴收入', '其他收入'],
  },
  { whole: '本年支出合计', parts: ['基本支出', '项目支出'], optional: ['上缴上级支出', '经营支出', '对附属单位补助支出'], tables: ['income_expenditure_summary', 'expenditure_summary'] },
  { whole: '一般公共预算支出', parts: ['基本支出', '项目支出'], tables: ['general_budget_expenditure', 'fiscal_grant_summary'] },
  { whole: '基本支出', parts: ['人员经费', '公用经费'], tables: ['general_budget_expenditure', 'general_budget_basic_expenditure'] },
  { whole: '基本支出合计', parts: ['人员经费', '公用经费'] },
  { whole: '三公经费', parts: ['因公出国费', '公务用车购置及运行费', '公务接待费'] },
  // Narratives often give the two vehicle items without their subtotal.
  { whole: '三公经费', parts: ['因公出国费', '公务用车购置费', '公务用车运行费', '公务接待费'], unless: '公务用车购置及运行费' },
  { whole: '公务用车购置及运行费', parts: ['公务用车购置费', '公务用车运行费'] },
  { whole: '政府采购预算', parts: [], optional: ['政府采购货物', '政府采购工程', '政府采购服务'] },
  { whole: '一般公共预算政府采购', parts: [], optional: ['一般公共预算政府采购货物', '一般公共预算政府采购工程', '一般公共预算政府采购服务'] },
];

/** A figure of a sum: the reading it comes from (undefined for a change computed from this year and last year). */
export interface Term {
  readonly fact: string;
  readonly value: Money;
  readonly reading: FactReading | undefined;
}

export interface SumFailure {
  readonly identity: SumIdentity;
  readonly period: FactPeriod;
  readonly whole: Term;
  readonly parts: readonly Term[];
  /** '=' when every part is stated; '≥' when optional parts are missing (the stated parts cannot exceed the whole). */
  readonly relation: '=' | '≥';
  /** whole − Σ parts. */
  readonly difference: Money;
}

export interface SumResult {
  readonly failures: SumFailure[];
  /** Readings some identity compared with other figures (a tag nothing compared is "unchecked"). */
  readonly checked: ReadonlySet<FactReading>;
}

const PERIODS: readonly FactPeriod[] = ['current', 'last', 'budget', 'change'];

/**
 * Every sum identity in every period where the whole and its required parts are known and the narrative states one
 * of its figures: sums within and between tables are the tables' own checks and the cross-table identities above.
 * Changes on last year add up like the figures themselves: the change of a whole is the sum of the changes of its
 * parts.
 */
export function evaluateSums(sheet: FactSheet, tolerance: Money, sums: readonly SumIdentity[] = SUMS): SumResult {
  const failures: SumFailure[] = [];
  const checked = new Set<FactReading>();
  const stated = statedInProse(sheet);
  for (const identity of sums) {
    for (const period of PERIODS) {
      // A sum is evaluated only where the narrative states one of its figures (below); most narratives state none of
      // most sums' figures in most periods, which this tells without looking any figure up.
      const inProse = stated.get(period);
      if (!inProse || !(inProse.has(identity.whole) || identity.parts.some((fact) => inProse.has(fact)) || identity.optional?.some((fact) => inProse.has(fact)))) continue;
      const term = (fact: string): Term | undefined => termOf(sheet, fact, period, identity.tables);
      const whole = term(identity.whole);
      if (!whole || (identity.unless && sheet.value(identity.unless, period === 'change' ? 'current' : period))) continue;
      const required = identity.parts.map(term);
      if (required.some((part) => !part)) continue;
      // An optional part the disclosure never states (no such fund) counts as none; one it states this year but whose
      // figure in this period is unknown leaves the sum incomplete.
      const balancesUnknown = identity.balances && period === 'change';
      const optional = (identity.optional ?? [])
        .filter((fact) => balancesUnknown || sheet.value(fact) !== undefined || sheet.value(fact, 'last') !== undefined || sheet.value(fact, period) !== undefined)
        .map(term);
      const parts = [...required, ...optional].filter((part): part is Term => part !== undefined);
      if (parts.length === 0) continue;
      const readings = [whole, ...parts].map((item) => item.reading);
      if (!readings.some((item) => item?.source === PROSE)) continue;
      // With optional parts unstated, the stated ones cannot exceed the whole; changes can be negative, so their sum
      // bounds nothing: a change is checked only when every part's change is known.
      const complete = optional.every((part) => part !== undefined);
      if (!complete && period === 'change') continue;
      for (const item of readings) if (item) checked.add(item);
      const relation = complete ? '=' : '≥';
      let total = 0n;
      for (const part of parts) total += part.value.units;
      const difference: Money = { units: whole.value.units - total, decimals: Math.max(whole.value.decimals, ...parts.map((part) => part.value.decimals)) };
      const holds = relation === '=' ? compare(abs(difference), tolerance) <= 0 : difference.units >= -tolerance.units;
      if (!holds) failures.push({ identity, period, whole, parts, relation, difference });
    }
  }
  return { failures, checked };
}

/** The facts the narrative states a figure of, by period. */
function statedInProse(sheet: FactSheet): Map<FactPeriod, Set<string>> {
  const stated = new Map<FactPeriod, Set<string>>();
  for (const item of sheet.readings) {
    if (item.source !== PROSE || item.value === undefined) continue;
    const facts = stated.get(item.period);
    if (facts) facts.add(item.fact);
    else stated.set(item.period, new Set([item.fact]));
  }
  return stated;
}

/**
 * A fact's figure in a period, from the given tables (any, if none are given), the narrative or last year's
 * disclosure; a change the narrative does not state is this year − last year.
 */
function termOf(sheet: FactSheet, fact: string, period: FactPeriod, tables: readonly string[] | undefined): Term | undefined {
  for (const item of sheet.readingsOf(fact, period)) {
    if (item.value === undefined) continue;
    // Last year's disclosure counts where it stated the figure in one of these tables (or its narrative).
    const place = item.source === PREVIOUS_DISCLOSURE ? item.origin ?? '' : item.source;
    if (tables && place !== PROSE && !tables.includes(place)) continue;
    return { fact, value: item.value, reading: item };
  }
  if (period !== 'change') return undefined;
  const current = termOf(sheet, fact, 'current', tables);
  const last = termOf(sheet, fact, 'last', tables);
  return current && last ? { fact, value: subtract(current.value, last.value), reading: undefined } : undefined;
}
