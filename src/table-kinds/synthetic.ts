/**
 * The benchmark's synthetic disclosures (scripts/bench/generate.ts) as the table kinds see them: exact figures of
 * one department, year and stage, from which each kind writes its part of tables.yaml (its `sample` hook). Amounts
 * are BigInt hundredths of the document unit; every derived figure adds up exactly.
 */

/** One 项 of the functional classification with its amounts by fund and kind of spending. */
export interface SyntheticLeaf {
  readonly code: string;
  readonly name: string;
  /** General budget basic / project, other funds basic / project. */
  readonly gBasic: bigint;
  readonly gProject: bigint;
  readonly oBasic: bigint;
  readonly oProject: bigint;
  /** 上年结转 used this year (general budget) and 结转下年 (final accounts). */
  readonly carry: bigint;
  readonly forward: bigint;
  readonly business: bigint;
  readonly other: bigint;
  /** Final accounts: 年初预算数 of this line, general budget and all funds. */
  readonly budgetG?: bigint;
  readonly budgetES?: bigint;
}

export interface SyntheticFigures {
  readonly stage: 'budget' | 'final';
  readonly year: number;
  readonly leaves: readonly SyntheticLeaf[];
  /** Basic expenditure by economic code (one column each). */
  readonly economic: ReadonlyArray<{ readonly code: string; readonly name: string; readonly column: 'personnel' | 'public'; readonly amount: bigint }>;
  readonly three: { readonly overseas: bigint; readonly purchase: bigint; readonly operation: bigint; readonly reception: bigint };
  readonly procurement: ReadonlyArray<{ readonly name: string; readonly kind: 'goods' | 'works' | 'services'; readonly quantity: number; readonly price: bigint; readonly amount: bigint; readonly code: string; readonly unit: string }>;
  readonly gBasic: bigint;
  readonly gProject: bigint;
  readonly gTotal: bigint;
  readonly esTotal: bigint;
  readonly carry: bigint;
  readonly forward: bigint;
  readonly business: bigint;
  readonly other: bigint;
  readonly generalIncome: bigint;
  readonly incomeTotal: bigint;
  readonly expenditureTotal: bigint;
  readonly personnel: bigint;
  readonly public: bigint;
  readonly threeTotal: bigint;
}

export interface SyntheticDisclosure {
  readonly departmentName: string;
  readonly unit: '万元' | '元';
  readonly data: SyntheticFigures;
  /** The same stage a year earlier (its figures are this disclosure's 上年数). */
  readonly previous: SyntheticFigures;
  /** Final accounts: the same year's budget. */
  readonly budget?: SyntheticFigures;
  readonly vehicles: { readonly general: number; readonly law: number; readonly special: number };
  readonly organisation: { readonly staff: number; readonly authorized: number; readonly retired: number; readonly internalUnits: readonly string[]; readonly subordinates: number };
  /** Names of classification codes. */
  readonly functionalName: (code: string) => string;
  readonly economicName: (code: string) => string;
  /** A whole number in [min, max], deterministic for the disclosure and the label. */
  readonly randomInt: (label: string, min: number, max: number) => number;
}

/** A table's lines of tables.yaml and the shape of what it shows ([rows, columns] per view), for the bare-Astro yardstick. */
export interface SyntheticTable {
  readonly lines: readonly string[];
  readonly shapes: ReadonlyArray<readonly [number, number]>;
}
