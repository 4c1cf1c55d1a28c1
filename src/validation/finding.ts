/**
 * A finding: one problem (or acknowledged note) in one content file, with where it is and the values involved.
 */
export type Severity = 'error' | 'warning';

export interface FindingValue {
  readonly label: string;
  readonly value: string;
  /** Where this value stands; the engine adds its line number to the printed value. */
  readonly at?: readonly PathSegment[];
  /** The disclosure file `at` refers to, when not the finding's own file. */
  readonly file?: 'index.md' | 'tables.yaml' | 'performance.yaml';
}

export interface Finding {
  readonly severity: Severity;
  /** Stable rule id, such as sum/tree; every id is described in src/validation/rule-catalogue.ts. */
  readonly rule: string;
  /** File path relative to the working directory. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** Field path as editors see it: general_budget_expenditure.rows[201].total */
  readonly path: string;
  /** Chinese message for editors. */
  readonly message: string;
  /** English second line. */
  readonly messageEn?: string;
  /** The values involved (each addend, the computed total, the stated total, the difference…). */
  readonly values?: readonly FindingValue[];
  /** Set when the disclosure acknowledges this finding; it is then published as a data note. */
  readonly acknowledged?: { readonly explanation: string };
}

/** Path segments into parsed data: keys and array indexes. */
export type PathSegment = string | number;

/** What a rule reports before the engine locates it in the file. */
export interface RuleFinding {
  readonly severity: Severity;
  readonly rule: string;
  readonly at: readonly PathSegment[];
  readonly message: string;
  readonly messageEn?: string;
  readonly values?: readonly FindingValue[];
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export function isBlocking(finding: Finding): boolean {
  return finding.severity === 'error' && !finding.acknowledged;
}

/** A value's reference to where it stands (（第12行）, （tables.yaml 第90行）), added when findings are placed. */
const LINE_REFERENCE = /（(?:[\w.]+ )?第\d+行）$/;

/**
 * The figures a finding is about, as an acknowledgement records them: its values, without line references, in
 * order. Any change of a figure changes this text, so an acknowledgement lapses with it.
 */
export function findingFigures(finding: Pick<Finding, 'values'>): string {
  return (finding.values ?? []).map((value) => value.value.replace(LINE_REFERENCE, '')).join('；');
}
