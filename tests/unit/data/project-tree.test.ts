import { describe, expect, it } from 'vitest';
import { money, moneyToPlain } from '../../../src/domain/money.ts';
import type { Project } from '../../../src/schemas/performance.ts';
import { projectTotals, projectTree } from '../../../src/data/project-tree.ts';

const project = (id: string, total: string | undefined, extra: Partial<Project> = {}): Project =>
  ({ id, name: id, indicators: [], ...(total ? { funds: { total: money(total), breakdown: [] } } : {}), ...extra }) as Project;

describe('projects as a tree, each counted once', () => {
  // The 2023 sample's shape: a first-level fund printed with its own total and its second-level projects, and
  // second-level projects the source links to no first-level project.
  const projects = [
    project('fund-work', '192.14', { level: 'first' }),
    project('cadre-work', '27', { level: 'second', parent: 'fund-work' }),
    project('civil-service', '72', { level: 'second', parent: 'fund-work' }),
    project('archives', '93.14', { level: 'second', parent: 'fund-work' }),
    project('fund-talent', '470.99', { level: 'first' }),
    project('unlinked', '39.51', { level: 'second' }),
  ];

  it('nests second-level projects under their first-level project, largest first', () => {
    const tree = projectTree(projects);
    expect(tree.map((node) => node.project.id)).toEqual(['fund-talent', 'fund-work', 'unlinked']);
    expect(tree[1]!.children.map((node) => node.project.id)).toEqual(['archives', 'civil-service', 'cadre-work']);
  });

  it('sums a first-level project once, never with its children again', () => {
    const totals = projectTotals(projects);
    // 470.99 + 192.14 + 39.51 (the children 27 + 72 + 93.14 are inside 192.14)
    expect(moneyToPlain(totals.countedOnce)).toBe('702.64');
    // every printed figure, children and parent both: 702.64 + 192.14
    expect(moneyToPlain(totals.everyListed)).toBe('894.78');
    expect(totals).toMatchObject({ topLevel: 3, nested: 3, unlinkedSecondLevel: 1 });
  });

  it("counts a first-level project without a figure as its children's sum", () => {
    const tree = projectTree([project('fund', undefined, { level: 'first' }), project('a', '1.5', { parent: 'fund' }), project('b', '2', { parent: 'fund' })]);
    expect(tree).toHaveLength(1);
    expect(moneyToPlain(tree[0]!.amount!)).toBe('3.5');
  });

  it('drops nothing and counts nothing twice in a cycle of parents or a deeper chain', () => {
    const cycle = projectTree([project('a', '1', { parent: 'b' }), project('b', '2', { parent: 'a' })]);
    expect(cycle.map((node) => [node.project.id, node.children.map((c) => c.project.id)])).toEqual([['a', ['b']]]);
    const chain = projectTree([project('top', '10'), project('mid', '6', { parent: 'top' }), project('leaf', '4', { parent: 'mid' })]);
    expect(chain[0]!.children.map((c) => c.project.id).sort()).toEqual(['leaf', 'mid']);
    expect(moneyToPlain(projectTotals([project('top', '10'), project('mid', '6', { parent: 'top' }), project('leaf', '4', { parent: 'mid' })]).countedOnce)).toBe('10');
  });

  it('lists projects without an amount after those with one, and an unknown parent as top-level', () => {
    const tree = projectTree([project('none', undefined), project('small', '1'), project('orphan', '5', { parent: 'missing' })]);
    expect(tree.map((node) => node.project.id)).toEqual(['orphan', 'small', 'none']);
  });
});
