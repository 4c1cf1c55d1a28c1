/**
 * Everything a per-disclosure rule may look at, gathered once: parsed files, the department record, the
 * same stage of the previous year and the other stage of the same year.
 */
import type { LoadedContent, LoadedDisclosure } from './load-content.ts';
import type { FrontMatter } from '../schemas/disclosure.ts';
import type { TablesFile } from '../schemas/tables.ts';
import type { PerformanceFile } from '../schemas/performance.ts';
import type { Department } from '../schemas/site.ts';
import type { RuleFinding } from './finding.ts';
import { money, type Money } from '../domain/money.ts';

export type RuleFile = 'index.md' | 'tables.yaml' | 'performance.yaml';

export interface DisclosureParts {
  readonly year: number;
  readonly department: string;
  readonly stage: 'budget' | 'final';
  readonly meta: FrontMatter;
  readonly body: string;
  readonly tables?: TablesFile;
  readonly performance?: PerformanceFile;
}

export interface DisclosureContext extends DisclosureParts {
  readonly departmentRecord?: Department;
  /** The same department and stage one year earlier, when it exists and is valid. */
  readonly previous?: DisclosureParts;
  /** Allowed difference for sums: 0, or 0.01 of the unit when the document rounds each addend. */
  readonly tolerance: Money;
  /** tables.yaml exists but could not be read (its own findings explain why). */
  readonly tablesInvalid: boolean;
  /** Ids of the registered departments (for messages). */
  readonly knownDepartments: readonly string[];
}

export type LocatedRuleFinding = RuleFinding & { readonly file: RuleFile; readonly bodyLine?: number };
export type DisclosureRule = (context: DisclosureContext) => LocatedRuleFinding[];

function partsOf(disclosure: LoadedDisclosure): DisclosureParts | undefined {
  const meta = disclosure.index?.data;
  if (!meta || !disclosure.index) return undefined;
  return {
    year: disclosure.year,
    department: disclosure.department,
    stage: disclosure.stage,
    meta,
    body: disclosure.index.body,
    ...(disclosure.tables?.data ? { tables: disclosure.tables.data } : {}),
    ...(disclosure.performance?.data ? { performance: disclosure.performance.data } : {}),
  };
}

/** Index of valid disclosures by "year/department/stage", built once per check. */
export function indexDisclosures(content: LoadedContent): Map<string, DisclosureParts> {
  const index = new Map<string, DisclosureParts>();
  for (const disclosure of content.disclosures) {
    const parts = partsOf(disclosure);
    if (parts) index.set(`${disclosure.year}/${disclosure.department}/${disclosure.stage}`, parts);
  }
  return index;
}

export function buildDisclosureContext(
  disclosure: LoadedDisclosure,
  departments: ReadonlyMap<string, Department>,
  all: ReadonlyMap<string, DisclosureParts>,
): DisclosureContext | undefined {
  const parts = partsOf(disclosure);
  if (!parts) return undefined;
  const previous = all.get(`${disclosure.year - 1}/${disclosure.department}/${disclosure.stage}`);
  const departmentRecord = departments.get(parts.meta.department);
  return {
    ...parts,
    ...(departmentRecord ? { departmentRecord } : {}),
    ...(previous ? { previous } : {}),
    tolerance: money(parts.meta.rounding_tolerance ?? '0'),
    tablesInvalid: disclosure.tables !== undefined && disclosure.tables.data === undefined,
    knownDepartments: [...departments.keys()],
  };
}
