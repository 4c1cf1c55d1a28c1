/**
 * A disclosure's projects as a tree: each first-level project (一级项目, a special fund) with the second-level
 * projects that name it as parent, and second-level projects the source links to no first-level project on their
 * own. Sums count each project once (docs/domain.md §5): a first-level project by its own figure (its children are
 * part of it), or by its children's when it prints none; the sum itself is the shared one (sumOverProjects in
 * src/domain/projects.ts), the tree only orders and nests the projects for the page.
 */
import { compare, sum, type Money } from '../domain/money.ts';
import { sumOverProjects } from '../domain/projects.ts';
import type { Project } from '../schemas/performance.ts';

export interface ProjectNode {
  readonly project: Project;
  /** The project's funds (资金总额), as printed. */
  readonly amount: Money | undefined;
  /** Second-level projects under a first-level one, largest first. */
  readonly children: readonly ProjectNode[];
}

const amountOf = (project: Project): Money | undefined => project.funds?.total;

/** Largest first; projects without an amount last, in the document's order. */
function byAmount(a: ProjectNode, b: ProjectNode): number {
  if (a.amount && b.amount) return -compare(a.amount, b.amount);
  return a.amount ? -1 : b.amount ? 1 : 0;
}

/** Top-level projects (first-level, and second-level ones linked to none), each with its children, largest first. */
export function projectTree(projects: readonly Project[]): ProjectNode[] {
  const ids = new Set(projects.map((project) => project.id));
  const isChild = (project: Project) => project.parent !== undefined && project.parent !== project.id && ids.has(project.parent);
  const children = new Map<string, Project[]>();
  for (const project of projects) if (isChild(project)) children.set(project.parent!, [...(children.get(project.parent!) ?? []), project]);
  const seen = new Set<Project>();
  // Two levels (一级, 二级): a deeper project is listed flat under its first-level project.
  const descendants = (project: Project): Project[] => (children.get(project.id) ?? []).flatMap((child) => {
    if (seen.has(child)) return [];
    seen.add(child);
    return [child, ...descendants(child)];
  });
  const node = (project: Project): ProjectNode => {
    seen.add(project);
    const kids = descendants(project).map((child): ProjectNode => ({ project: child, amount: amountOf(child), children: [] })).sort(byAmount);
    const own = amountOf(project);
    const amount = own ?? (kids.some((kid) => kid.amount) ? sum(kids.map((kid) => kid.amount)) : undefined);
    return { project, amount, children: kids };
  };
  const roots = projects.filter((project) => !isChild(project)).map(node);
  // A cycle of parents has no first-level project: its first project stands for it, so none is dropped or counted twice.
  for (const project of projects) if (!seen.has(project)) roots.push(node(project));
  return roots.sort(byAmount);
}

export interface ProjectTotals {
  /** Sum over the tree, each project once. */
  readonly countedOnce: Money;
  /** Sum of every listed project's own figure, sub-projects and their first-level project both (what not to show). */
  readonly everyListed: Money;
  readonly topLevel: number;
  /** Second-level projects linked to a first-level one (inside its figure). */
  readonly nested: number;
  /** Second-level projects the source links to no first-level project (counted on their own). */
  readonly unlinkedSecondLevel: number;
}

export function projectTotals(projects: readonly Project[], tree = projectTree(projects)): ProjectTotals {
  return {
    countedOnce: sumOverProjects(projects, amountOf).total ?? sum([]),
    everyListed: sum(projects.map(amountOf)),
    topLevel: tree.length,
    nested: tree.reduce((n, node) => n + node.children.length, 0),
    unlinkedSecondLevel: tree.filter((node) => node.project.level === 'second').length,
  };
}
