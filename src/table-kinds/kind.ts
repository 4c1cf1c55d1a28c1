/**
 * A table kind: everything the publisher knows about one kind of table, in one module. The registry
 * (registry.ts) lists the kinds; the tables.yaml schema, table names, the standard-table lists, the checks of each
 * table, the facts it prints, its views on the page, its charts and its part of the benchmark's synthetic content
 * are all built by iterating the registry, so adding a kind is adding a module (docs/developers.md has the recipe).
 */
import type { z } from 'zod';
import type { Money } from '../domain/money.ts';
import type { FactReading } from '../domain/facts/reading.ts';
import type { ChartSpec } from '../charts/chart-specs.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import type { Stage } from '../schemas/primitives.ts';
import type { TableView } from './view-model.ts';
import type { SyntheticDisclosure, SyntheticTable } from './synthetic.ts';

export interface StageLabels {
  readonly budget: string;
  readonly final: string;
}

/**
 * A place every disclosure of a stage is expected to fill with one of its kinds (or explain under omitted_tables):
 * the national templates' standard tables. Several kinds can fill one slot (a fund table printed as an expenditure
 * table or as an income-and-expenditure table with balances).
 */
export type StandardSlot =
  | 'income_expenditure_summary' | 'income_by_source' | 'expenditure_summary' | 'fiscal_grant_summary'
  | 'general_budget_expenditure' | 'general_budget_basic_expenditure' | 'three_public_expenses'
  | 'government_fund' | 'state_capital';

export interface KindContext {
  readonly stage: Stage;
  readonly year: number;
  /** The disclosure's amount unit (万元 or 元). */
  readonly unit: string;
  /** The table's name for this stage, as the standard templates print it. */
  readonly label: string;
}

export interface RuleContext extends KindContext {
  /** Allowed difference for sums: 0, or 0.01 of the unit when the document rounds each addend. */
  readonly tolerance: Money;
}

export interface ChartContext extends KindContext {
  /** Whether the disclosure has a table of this kind (a chart may prefer another table's figures). */
  readonly has: (kind: string) => boolean;
}

/** A chart and the view (table) holding its numbers, next to which it is drawn. */
export interface PlacedChart {
  readonly view: string;
  readonly chart: ChartSpec;
}

export interface TableKind<T = never> {
  /** Key in tables.yaml (and in omitted_tables). */
  readonly key: string;
  /** Standard name per stage. */
  readonly label: StageLabels;
  /** Other names real documents print for this table (regional templates), accepted wherever a name is. */
  readonly aliases?: readonly string[];
  /** English and Chinese description of the field, for the editors' guide. */
  readonly doc: { readonly en: string; readonly zh: string };
  /** The standard slot it fills, per stage where the national template has it. */
  readonly standard?: { readonly budget?: StandardSlot; readonly final?: StandardSlot };
  readonly schema: z.ZodType<T>;
  /** Facts this table prints (paths relative to the table). */
  readonly facts?: (table: T, context: KindContext) => FactReading[];
  /** Checks of the table on its own (paths relative to the table). */
  readonly rules?: (table: T, context: RuleContext) => LocatedRuleFinding[];
  /** What the page shows, in reading order (usually one view). */
  readonly views?: (table: T, context: KindContext) => TableView[];
  readonly charts?: (table: T, context: ChartContext) => PlacedChart[];
  /** The table in the benchmark's synthetic content, as YAML lines of tables.yaml (undefined: not generated). */
  readonly sample?: (disclosure: SyntheticDisclosure) => SyntheticTable | undefined;
  /**
   * Fields that hold last year's figures (上年数), each with the field whose figures they are a year later: a new
   * year's disclosure scaffolded from last year's (npm run new) moves `from` of last year into `to`.
   */
  readonly lastYearFields?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
}

/** Declares a kind with its table type inferred from the schema. */
export const defineKind = <T>(kind: TableKind<T>): TableKind<T> => kind;
