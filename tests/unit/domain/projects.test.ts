/** Sums over projects: each first-level project counted once with its second-level projects (docs/domain.md §5). */
import { describe, expect, it } from 'vitest';
import { money, moneyToPlain, type Money } from '../../../src/domain/money.ts';
import { projectBudget, projectFinal, sumOverProjects } from '../../../src/domain/projects.ts';

interface P { id: string; parent?: string; amount?: string }
const amountOf = (project: P): Money | undefined => (project.amount === undefined ? undefined : money(project.amount));
const total = (projects: P[]) => {
  const result = sumOverProjects(projects, amountOf);
  return { total: result.total && moneyToPlain(result.total), counted: result.counted, nested: result.nested };
};

describe('sumOverProjects', () => {
  it('adds projects that stand alone', () => {
    expect(total([{ id: 'a', amount: '10' }, { id: 'b', amount: '2.5' }, { id: 'c' }])).toEqual({ total: '12.5', counted: 2, nested: false });
  });

  it('counts a first-level project by its own figure, never its second-level projects as well', () => {
    // 一级 192.14 with children 27 + 18 (which the 192.14 includes), and an unrelated project 5: 192.14 + 5.
    const projects = [
      { id: 'fund', amount: '192.14' }, { id: 'cadre-work', parent: 'fund', amount: '27' },
      { id: 'assessment', parent: 'fund', amount: '18' }, { id: 'other', amount: '5' },
    ];
    expect(total(projects)).toEqual({ total: '197.14', counted: 2, nested: true });
  });

  it('uses the sum of the children when the first-level project prints no figure', () => {
    expect(total([{ id: 'fund' }, { id: 'a', parent: 'fund', amount: '27' }, { id: 'b', parent: 'fund', amount: '18' }])).toEqual({ total: '45', counted: 2, nested: false });
  });

  it('goes down more than one level, and the listing order does not matter', () => {
    const projects = [{ id: 'leaf', parent: 'mid', amount: '3' }, { id: 'mid', parent: 'top' }, { id: 'top' }, { id: 'leaf2', parent: 'mid', amount: '4' }];
    expect(total(projects).total).toBe('7');
  });

  it('counts a project whose parent is unknown or itself on its own', () => {
    expect(total([{ id: 'a', parent: 'missing', amount: '1' }, { id: 'b', parent: 'b', amount: '2' }]).total).toBe('3');
  });

  it('does not loop on a cycle of parents, and drops nothing in it', () => {
    expect(total([{ id: 'a', parent: 'b', amount: '1' }, { id: 'b', parent: 'a', amount: '2' }]).total).toBe('3');
  });

  it('has no total when no counted project prints the figure', () => {
    expect(total([{ id: 'a' }, { id: 'b', parent: 'a' }])).toEqual({ total: undefined, counted: 0, nested: false });
  });

  it('keeps the most decimals written', () => {
    const result = sumOverProjects([{ id: 'a', amount: '1.5' }, { id: 'b', amount: '2.25' }], amountOf);
    expect(result.total).toEqual({ units: 37500n, decimals: 2 });
  });
});

describe('a project\'s budget and final', () => {
  const line = (budget?: string, final?: string) => ({ ...(budget ? { budget: money(budget) } : {}), ...(final ? { final: money(final) } : {}) });
  it('reads the funding lines first, then the total; spent funds first, then the lines', () => {
    const project = { funds: { total: money('80'), breakdown: [line('60', '54'), line('20', '20')], executed: { total: money('74') } } };
    expect(moneyToPlain(projectBudget(project)!)).toBe('80');
    expect(moneyToPlain(projectFinal(project)!)).toBe('74');
    const linesOnly = { funds: { total: money('90'), breakdown: [line('50', '45'), line(undefined, '1')] } };
    expect(moneyToPlain(projectBudget(linesOnly)!)).toBe('50');
    expect(moneyToPlain(projectFinal(linesOnly)!)).toBe('46');
    expect(moneyToPlain(projectBudget({ funds: { total: money('30'), breakdown: [] } })!)).toBe('30');
    expect(projectFinal({ funds: { total: money('30'), breakdown: [] } })).toBeUndefined();
    expect(projectBudget({})).toBeUndefined();
  });
});
