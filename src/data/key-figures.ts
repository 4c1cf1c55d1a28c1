/**
 * A disclosure's key figures, the ones comparisons across years and departments use: the year's expenditure
 * (本年支出合计, src/domain/summaries.ts), basic and project expenditure, the three public expenses and the staff
 * in post, from the named facts (src/domain/facts/catalogue.ts). A disclosure without standard tables that states
 * its department-wide funds in its performance tables gives those (budget column for a budget, final column for
 * final accounts). Amounts can be read in another unit, exactly (src/domain/units.ts). Pure.
 */
import type { Money } from '../domain/money.ts';
import { expenditureTotal } from '../domain/summaries.ts';
import { convertAmount, type AmountUnit } from '../domain/units.ts';
import type { DisclosureView } from './site-data.ts';

export const KEY_AMOUNTS = ['total', 'basic', 'project', 'threePublic'] as const;
export type KeyAmount = (typeof KEY_AMOUNTS)[number];

/** Column labels of the key amounts, as every comparison prints them. */
export const KEY_LABELS: Readonly<Record<KeyAmount, string>> = { total: '本年支出', basic: '基本支出', project: '项目支出', threePublic: '“三公”经费' };

export interface KeyFigures {
  readonly unit: AmountUnit;
  readonly amounts: Readonly<Partial<Record<KeyAmount, Money>>>;
  /** Where each amount comes from, for notes: the tables' facts, or the department-wide performance table. */
  readonly sources: Readonly<Partial<Record<KeyAmount, 'facts' | 'performance'>>>;
  /** Last year's expenditure as this disclosure prints it (上年数), in this disclosure's unit. */
  readonly lastYearTotal?: Money;
  /** Staff in post: 年末在职人数, else 实有人员 (organisation table or narrative), else the performance table's. */
  readonly staff?: number;
}

const FACT_OF: Readonly<Record<KeyAmount, string | undefined>> = { total: undefined, basic: '基本支出', project: '项目支出', threePublic: '三公经费' };
const FUND_LINE: Readonly<Record<KeyAmount, 'total' | 'basic' | 'project' | undefined>> = { total: 'total', basic: 'basic', project: 'project', threePublic: undefined };

/** A count fact (people) is held as Money like every fact; back to a whole number. */
const countOf = (value: Money | undefined): number | undefined => (value && value.units % 10_000n === 0n ? Number(value.units / 10_000n) : undefined);

const MEMO = new WeakMap<DisclosureView, KeyFigures>();

/** A disclosure's key figures (made once per disclosure: year and department pages all ask). */
export function keyFigures(d: DisclosureView): KeyFigures {
  let figures = MEMO.get(d);
  if (!figures) MEMO.set(d, (figures = readKeyFigures(d)));
  return figures;
}

function readKeyFigures(d: DisclosureView): KeyFigures {
  const amounts: Partial<Record<KeyAmount, Money>> = {};
  const sources: Partial<Record<KeyAmount, 'facts' | 'performance'>> = {};
  const expenditure = expenditureTotal(d.facts);
  const funds = d.performance?.department?.funds;
  for (const key of KEY_AMOUNTS) {
    const fact = key === 'total' ? expenditure?.value : d.facts.get(FACT_OF[key]!);
    if (fact) { amounts[key] = fact; sources[key] = 'facts'; continue; }
    const line = FUND_LINE[key];
    const fromFunds = line ? funds?.[line]?.[d.stage] : undefined;
    if (fromFunds) { amounts[key] = fromFunds; sources[key] = 'performance'; }
  }
  const lastYearTotal = expenditure ? d.lastYearFacts.get(expenditure.fact) : undefined;
  const staff = countOf(d.facts.get('年末在职人数')) ?? countOf(d.facts.get('实有人员')) ?? d.performance?.department?.staff_year_end;
  return { unit: d.meta.unit, amounts, sources, ...(lastYearTotal ? { lastYearTotal } : {}), ...(staff !== undefined ? { staff } : {}) };
}

/** An amount of a disclosure in the comparison's unit (exact; see commonUnit for why it always converts). */
export function amountIn(value: Money | undefined, from: AmountUnit, to: AmountUnit): Money | undefined {
  return value === undefined ? undefined : convertAmount(value, from, to);
}

/** Every amount of the key figures, with its unit, to choose the common unit of a comparison. */
export function* keyAmounts(figures: Iterable<KeyFigures>): Generator<{ value: Money; unit: AmountUnit }> {
  for (const f of figures) {
    for (const key of KEY_AMOUNTS) { const value = f.amounts[key]; if (value) yield { value, unit: f.unit }; }
    if (f.lastYearTotal) yield { value: f.lastYearTotal, unit: f.unit };
  }
}
