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

// ---------------------------------------------------------------------------------------------------------
// Writing tables.yaml as the converted documents are written: a flow mapping per row.

/** Hundredths of the unit as an exact decimal text ("1992.86"). */
export function yamlAmount(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** An optional amount: undefined stays out of the flow mapping (a blank cell). */
export const yamlCell = (cents: bigint | undefined): string | undefined => (cents === undefined ? undefined : yamlAmount(cents));

/** Zero as blank, for columns a document leaves empty rather than printing 0. */
export const nonZero = (cents: bigint): bigint | undefined => (cents === 0n ? undefined : cents);

const UNSAFE_PLAIN = /[:#,[\]{}"'\n]|^[\s\-?|>!&*%@`]|\s$|^(?:true|false|null|yes|no|on|off|~)$/i;

/** A scalar as an editor would write it: plain when that is unambiguous text, else double-quoted. */
export const yamlText = (text: string): string => (UNSAFE_PLAIN.test(text) || /^[\d.+]/.test(text) ? JSON.stringify(text) : text);

/** Always double-quoted (codes, which must stay text). */
export const yamlQuoted = (text: string): string => JSON.stringify(text);

/** `{ key: value, … }`, leaving out undefined values. */
export function yamlFlow(entries: ReadonlyArray<readonly [string, string | undefined]>): string {
  return `{ ${entries.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`).join(', ')} }`;
}

/** A row of a classified table before its parents are derived: a code, its name and its cells. */
export interface SyntheticRow {
  readonly code: string;
  readonly name: string;
  readonly cells: Readonly<Record<string, bigint | undefined>>;
}

/** Rows of a classified table from its leaves: 类 and 款 rows derived as exact sums, then the totals row. */
export function withParents(leaves: readonly SyntheticRow[], columns: readonly string[], nameOf: (code: string) => string, sectionLength: number): { rows: SyntheticRow[]; total: Record<string, bigint | undefined> } {
  const rows: SyntheticRow[] = [];
  const add = (into: Record<string, bigint | undefined>, from: Readonly<Record<string, bigint | undefined>>) => {
    for (const column of columns) if (from[column] !== undefined) into[column] = (into[column] ?? 0n) + from[column]!;
  };
  const total: Record<string, bigint | undefined> = {};
  let classRow: { code: string; name: string; cells: Record<string, bigint | undefined> } | undefined;
  let sectionRow: typeof classRow;
  for (const leaf of leaves) {
    const classCode = leaf.code.slice(0, 3);
    if (classRow?.code !== classCode) {
      classRow = { code: classCode, name: nameOf(classCode), cells: {} };
      rows.push(classRow);
      sectionRow = undefined;
    }
    if (sectionLength > 3 && leaf.code.length > sectionLength) {
      const sectionCode = leaf.code.slice(0, sectionLength);
      if (sectionRow?.code !== sectionCode) {
        sectionRow = { code: sectionCode, name: nameOf(sectionCode), cells: {} };
        rows.push(sectionRow);
      }
      add(sectionRow.cells, leaf.cells);
    }
    add(classRow.cells, leaf.cells);
    add(total, leaf.cells);
    rows.push(leaf);
  }
  return { rows, total };
}
