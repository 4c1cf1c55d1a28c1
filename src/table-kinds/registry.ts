/**
 * The table registry: every kind of table tables.yaml can hold, in reading order (the order pages show them).
 * Everything about tables is built by iterating this list (see kind.ts).
 */
import type { Stage } from '../schemas/primitives.ts';
import type { StandardSlot, TableKind } from './kind.ts';
import { expenditureSummary, generalBudgetBasicExpenditure, generalBudgetExpenditure, governmentFundExpenditure, incomeBySource, stateCapitalExpenditure } from './classified.ts';
import { fiscalGrantSummary, incomeExpenditureSummary } from './summary.ts';
import { threePublicExpenses } from './three-public.ts';
import { projectExpenditure } from './project-expenditure.ts';
import { procurement } from './procurement.ts';
import { stateAssets } from './state-assets.ts';
import { operatingCosts } from './operating-costs.ts';
import { organisation } from './organisation.ts';
import { previousYear } from './previous-year.ts';
import { governmentFundBalance, stateCapitalBalance } from './fund-balance.ts';
import { fiscalGrantExpenditureDetail, generalBudgetExpenditureDetail } from './expenditure-detail.ts';

// A kind's functions take its own table type; the registry holds them all.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTableKind = TableKind<any>;

export const TABLE_KINDS: readonly AnyTableKind[] = [
  incomeExpenditureSummary,
  incomeBySource,
  expenditureSummary,
  fiscalGrantSummary,
  fiscalGrantExpenditureDetail,
  generalBudgetExpenditure,
  generalBudgetExpenditureDetail,
  generalBudgetBasicExpenditure,
  threePublicExpenses,
  governmentFundExpenditure,
  governmentFundBalance,
  stateCapitalExpenditure,
  stateCapitalBalance,
  projectExpenditure,
  procurement,
  stateAssets,
  operatingCosts,
  organisation,
  previousYear,
];

const BY_KEY: ReadonlyMap<string, AnyTableKind> = new Map(TABLE_KINDS.map((kind) => [kind.key, kind]));

export const tableKind = (key: string): AnyTableKind | undefined => BY_KEY.get(key);

/** A table's name for a stage (the key itself for an unknown table). */
export const tableLabel = (key: string, stage: Stage): string => BY_KEY.get(key)?.label[stage] ?? key;

type Slots = ReadonlyArray<{ slot: StandardSlot; kinds: readonly AnyTableKind[] }>;

function slotsOf(stage: Stage): Slots {
  const slots = new Map<StandardSlot, AnyTableKind[]>();
  for (const kind of TABLE_KINDS) {
    const slot = kind.standard?.[stage];
    if (slot) slots.set(slot, [...(slots.get(slot) ?? []), kind]);
  }
  return [...slots].map(([slot, kinds]) => ({ slot, kinds }));
}
// Made once: every disclosure's completeness check reads them.
const SLOTS: Record<Stage, Slots> = { budget: slotsOf('budget'), final: slotsOf('final') };

/** The standard slots of a stage in reading order, each with the kinds that fill it. */
export const standardSlots = (stage: Stage): Slots => SLOTS[stage];
