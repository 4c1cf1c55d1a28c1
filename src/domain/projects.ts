/**
 * Sums over a disclosure's projects (docs/domain.md §5). A first-level project (一级项目, a special fund) is the sum of
 * its second-level projects, so a sum over projects counts each first-level project once with its children: its own
 * figure, or the sum of its children's when it prints none. Every sum over projects (checks, summaries) goes through
 * here. Pure functions of the parsed projects.
 */
import type { Money } from './money.ts';

/** What the sums need of a project: its id and the id of the first-level project it belongs to. */
export interface ProjectNode {
  readonly id: string;
  readonly parent?: string | undefined;
}

export interface ProjectSum {
  /** The sum; undefined when no counted project prints the figure. */
  readonly total: Money | undefined;
  /** Projects whose own figure is in the sum. */
  readonly counted: number;
  /** Some project stood for its second-level projects (so the sum is smaller than the sum of every listed figure). */
  readonly nested: boolean;
}

/**
 * The sum of `figure` over projects, each first-level project counted once with its second-level projects. A
 * project naming an unknown parent, or itself, counts on its own (ref/unknown-project reports it); so does each
 * project in (or below) a cycle of parents, so nothing is dropped and nothing loops.
 */
export function sumOverProjects<P extends ProjectNode>(projects: readonly P[], figure: (project: P) => Money | undefined): ProjectSum {
  const sum = new Accumulator();
  let linked = false;
  for (const project of projects) if (project.parent !== undefined && project.parent !== project.id) { linked = true; break; }
  if (!linked) {
    // The usual case: no second-level project is linked to its first-level project.
    for (const project of projects) sum.add(figure(project));
    return sum.result(false);
  }
  const byId = new Map<string, P>();
  for (const project of projects) if (!byId.has(project.id)) byId.set(project.id, project);
  const children = new Map<string, P[]>();
  const isChild = (project: P) => project.parent !== undefined && project.parent !== project.id && byId.has(project.parent);
  for (const project of projects) {
    if (!isChild(project)) continue;
    const siblings = children.get(project.parent!);
    if (siblings) siblings.push(project);
    else children.set(project.parent!, [project]);
  }
  const seen = new Set<P>();
  let nested = false;
  const skip = (project: P): void => {
    if (seen.has(project)) return;
    seen.add(project);
    for (const child of children.get(project.id) ?? []) { nested = true; skip(child); }
  };
  const count = (project: P): void => {
    if (seen.has(project)) return;
    const own = figure(project);
    const kids = children.get(project.id);
    if (own !== undefined || kids === undefined) {
      sum.add(own);
      skip(project);
      return;
    }
    seen.add(project);
    for (const child of kids) count(child);
  };
  for (const project of projects) if (!isChild(project)) count(project);
  // Whatever no root reached hangs from a cycle of parents, where no project is first-level: each counts on its own.
  for (const project of projects) {
    if (seen.has(project)) continue;
    seen.add(project);
    sum.add(figure(project));
  }
  return sum.result(nested);
}

class Accumulator {
  private units = 0n;
  private decimals = 0;
  private counted = 0;

  add(value: Money | undefined): void {
    if (value === undefined) return;
    this.units += value.units;
    if (value.decimals > this.decimals) this.decimals = value.decimals;
    this.counted++;
  }

  result(nested: boolean): ProjectSum {
    return { total: this.counted > 0 ? { units: this.units, decimals: this.decimals } : undefined, counted: this.counted, nested };
  }
}

/** A funding line of a project form with its budget and final figures. */
interface FundingLine {
  readonly budget?: Money | undefined;
  readonly final?: Money | undefined;
}

/** The funding figures of a project form: the total, the funding lines and the funds spent. */
export interface ProjectFunds {
  readonly funds?: {
    readonly total?: Money | undefined;
    readonly breakdown: readonly FundingLine[];
    readonly executed?: { readonly total?: Money | undefined } | undefined;
  } | undefined;
}

/** A project's budget: the sum of its funding lines' budgets where printed, else its funds total. */
export function projectBudget(project: ProjectFunds): Money | undefined {
  const funds = project.funds;
  return (funds && sumOfLines(funds.breakdown, 'budget')) ?? funds?.total;
}

/** A project's final (spent) figure: the funds spent where printed, else the sum of its funding lines' finals. */
export function projectFinal(project: ProjectFunds): Money | undefined {
  const funds = project.funds;
  return funds?.executed?.total ?? (funds ? sumOfLines(funds.breakdown, 'final') : undefined);
}

function sumOfLines(lines: readonly FundingLine[], column: keyof FundingLine): Money | undefined {
  let units = 0n;
  let decimals = 0;
  let present = false;
  for (const line of lines) {
    const value = line[column];
    if (value === undefined) continue;
    units += value.units;
    if (value.decimals > decimals) decimals = value.decimals;
    present = true;
  }
  return present ? { units, decimals } : undefined;
}
