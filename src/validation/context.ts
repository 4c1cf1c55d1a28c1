/**
 * Everything a per-disclosure rule may look at, gathered once: parsed files and their text, the department record,
 * and the same stage of the previous year.
 */
import type { DisclosureTexts, LoadedDisclosure } from './load-content.ts';
import type { FrontMatter } from '../schemas/disclosure.ts';
import type { TablesFile } from '../schemas/tables.ts';
import type { PerformanceFile } from '../schemas/performance.ts';
import type { Department } from '../schemas/site.ts';
import type { PathSegment, RuleFinding } from './finding.ts';
import { money, type Money } from '../domain/money.ts';
import { withLastYear, type FactSheet } from '../domain/facts/sheet.ts';
import { evaluateSums, type SumResult } from '../domain/facts/identities.ts';
import { disclosureFactSheet } from '../table-kinds/tables.ts';

export type RuleFile = 'index.md' | 'tables.yaml' | 'performance.yaml';

export interface DisclosureParts {
  readonly year: number;
  readonly department: string;
  readonly stage: 'budget' | 'final';
  readonly meta: FrontMatter;
  readonly body: string;
  /** The line of index.md where the body begins (1-based): body line n (0-based) is file line bodyStart + n. */
  readonly bodyStart: number;
  readonly tables?: TablesFile;
  readonly performance?: PerformanceFile;
  /** Fields of tables.yaml printed in a form they cannot read (as-printed.ts): not blank, just not a number. */
  readonly tablesAsPrinted?: ReadonlySet<string>;
}

/** The key of a field path in `tablesAsPrinted`. */
export const fieldKey = (path: readonly PathSegment[]) => path.join('\u0000');

export interface DisclosureContext extends DisclosureParts {
  /** The parts this context was made of (the same object is last year's context next year: facts are made once). */
  readonly parts: DisclosureParts;
  readonly departmentRecord?: Department;
  /** The same department and stage one year earlier, when it exists and is valid. */
  readonly previous?: DisclosureParts;
  /** Allowed difference for sums: 0, or 0.01 of the unit when the document rounds each addend. */
  readonly tolerance: Money;
  /** tables.yaml exists but could not be read (its own findings explain why). */
  readonly tablesInvalid: boolean;
  /** Ids of the registered departments (for messages). */
  readonly knownDepartments: readonly string[];
  /**
   * The YAML files as written. A rule that searches text can test a whole file once: a value that matches also
   * matches the file it is written in (unless it has escapes), so most files need no walk through their values.
   */
  readonly texts: DisclosureTexts;
}

/** A rule's finding with its file; in the narrative, its line (0-based from the body) and the sentence it is about. */
export type LocatedRuleFinding = RuleFinding & { readonly file: RuleFile; readonly bodyLine?: number; readonly sentence?: string };
export type DisclosureRule = (context: DisclosureContext) => LocatedRuleFinding[];

/** What rules see of a disclosure; undefined when its front matter is missing or invalid (nothing to check against). */
export function partsOf(disclosure: LoadedDisclosure): DisclosureParts | undefined {
  const meta = disclosure.index?.data;
  if (!meta || !disclosure.index) return undefined;
  return {
    year: disclosure.year,
    department: disclosure.department,
    stage: disclosure.stage,
    meta,
    body: disclosure.index.body,
    bodyStart: disclosure.index.bodyLine,
    ...(disclosure.tables?.data ? { tables: disclosure.tables.data } : {}),
    ...(disclosure.performance?.data ? { performance: disclosure.performance.data } : {}),
    ...(disclosure.tables?.asPrinted?.length ? { tablesAsPrinted: new Set(disclosure.tables.asPrinted.map(fieldKey)) } : {}),
  };
}

/**
 * A disclosure's context. `previous` is the same department and stage one year earlier, when it was read and is
 * valid; `tables` is the disclosure's parsed tables.yaml, if the file exists; `texts` its YAML files as written.
 */
export function buildDisclosureContext(
  parts: DisclosureParts,
  departments: ReadonlyMap<string, Department>,
  knownDepartments: readonly string[],
  previous: DisclosureParts | undefined,
  tables: LoadedDisclosure['tables'],
  texts: DisclosureTexts,
): DisclosureContext {
  const departmentRecord = departments.get(parts.meta.department);
  return {
    ...parts,
    parts,
    ...(departmentRecord ? { departmentRecord } : {}),
    ...(previous ? { previous } : {}),
    tolerance: money(parts.meta.rounding_tolerance ?? '0'),
    tablesInvalid: tables !== undefined && tables.data === undefined,
    knownDepartments,
    texts,
  };
}

/**
 * Facts and sums are made once per disclosure and kept on the object they belong to, so they die with it. Kept in
 * module-level WeakMaps instead, they made the check's young-generation collections promote about 55 KB per
 * disclosure to the old generation, where it waits for a full collection (--trace-gc-nvp: 244 MB per 4,000
 * checked disclosures against 22 MB; README, Benchmark).
 */
const OWN_FACTS = Symbol('own facts');
const FACTS = Symbol('facts');
const SUMS = Symbol('sums');

/** Stores `make()` on `target` under `key` the first time (not enumerable: spreading the object leaves it out). */
function memoOn<T>(target: object, key: symbol, make: () => T): T {
  const slot = target as { [key]?: T };
  if (slot[key] === undefined) Object.defineProperty(target, key, { value: make(), enumerable: false });
  return slot[key]!;
}

/** A disclosure's own facts (tables and narrative, this year's and its printed 上年数), made once per disclosure. */
export function ownFacts(parts: DisclosureParts): FactSheet {
  return memoOn(parts, OWN_FACTS, () => disclosureFactSheet(parts.tables, parts.body, { stage: parts.stage, year: parts.year, unit: parts.meta.unit }));
}

/** The facts rules read: this disclosure's, with last year's disclosure merged into last year's figures. */
export function disclosureFacts(context: DisclosureContext): FactSheet {
  return memoOn(context, FACTS, () => {
    const own = ownFacts(context.parts);
    return context.previous ? withLastYear(own, ownFacts(context.previous)) : own;
  });
}

/** The sums between facts the narrative states (reported by the identities rule, read by the narrative rule). */
export function disclosureSums(context: DisclosureContext): SumResult {
  return memoOn(context, SUMS, () => evaluateSums(disclosureFacts(context), context.tolerance));
}
