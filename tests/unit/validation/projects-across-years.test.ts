/**
 * Projects across years: a project of last year's same stage that is gone, or a new project whose name is nearly a
 * vanished one's (most likely the same project under a changed id). Pure: contexts are built by hand.
 */
import { describe, expect, it } from 'vitest';
import { nearlySameName, normaliseProjectName, projectsAcrossYearsRules } from '../../../src/validation/rules/projects-across-years.ts';
import type { DisclosureContext } from '../../../src/validation/context.ts';

const project = (id: string, name: string) => ({ id, name });
const context = (projects: Array<{ id: string; name: string }>, last?: Array<{ id: string; name: string }>) => ({
  year: 2024,
  stage: 'final',
  performance: { projects },
  ...(last ? { previous: { year: 2023, stage: 'final', performance: { projects: last } } } : {}),
}) as unknown as DisclosureContext;

describe('project names', () => {
  it('are compared without years, spaces and punctuation', () => {
    expect(normaliseProjectName('2023年度 干部教育（培训）经费')).toBe('干部教育培训经费');
    expect(nearlySameName('2023年干部教育培训经费', '2024年干部教育培训经费')).toBe(true);
  });
  it.each([
    ['干部教育培训经费', '干部教育培训专项经费', true],
    ['干部教育培训项目', '干部教育培训经费', true],
    ['档案数字化项目', '档案数字化建设项目', true],
    ['档案数字化项目', '办公楼维修改造项目', false],
    ['信息化运维', '安全运维', false],
    ['会议费', '培训费', false],
  ])('%s / %s: nearly the same %s', (a, b, same) => {
    expect(nearlySameName(a, b)).toBe(same);
  });
});

describe('the projects-across-years rule', () => {
  const last = [project('cadre-training', '干部教育培训经费'), project('archives', '档案数字化项目'), project('repair', '办公楼维修改造项目')];

  it('is silent without last year, without projects, or when every project of last year is still there', () => {
    expect(projectsAcrossYearsRules(context(last))).toEqual([]);
    expect(projectsAcrossYearsRules(context(last, []))).toEqual([]);
    expect(projectsAcrossYearsRules(context([...last, project('new', '全新的项目名称')], last))).toEqual([]);
  });

  it('warns once per new id whose name is nearly a vanished project, at that id, naming both', () => {
    const findings = projectsAcrossYearsRules(context([project('archives', '档案数字化项目'), project('staff-training', '2024年干部教育培训专项经费')], last));
    const changed = findings.filter((f) => f.rule === 'project/id-changed');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ severity: 'warning', file: 'performance.yaml', at: ['projects', 1, 'id'] });
    expect(changed[0]!.message).toMatch(/^项目“2024年干部教育培训专项经费”的标识 staff-training 是新的.*2023年决算的项目“干部教育培训经费”（标识 cadre-training）/);
    expect(changed[0]!.values).toEqual([
      { label: '本年项目', value: '2024年干部教育培训专项经费（staff-training）' },
      { label: '2023年决算项目', value: '干部教育培训经费（cadre-training）' },
    ]);
  });

  it('lists the vanished projects no new id stands for in one finding', () => {
    const findings = projectsAcrossYearsRules(context([project('staff-training', '干部教育培训经费')], last));
    expect(findings.map((f) => f.rule)).toEqual(['project/id-changed', 'project/disappeared']);
    const gone = findings[1]!;
    expect(gone).toMatchObject({ severity: 'warning', file: 'performance.yaml', at: ['projects'] });
    expect(gone.message).toContain('2023年决算的2个项目在本年未出现');
    expect(gone.values).toEqual([{ label: '上年项目', value: '档案数字化项目（archives）；办公楼维修改造项目（repair）' }]);
  });

  it('pairs a vanished project with one new project only', () => {
    const findings = projectsAcrossYearsRules(context([project('a', '干部教育培训经费'), project('b', '干部教育培训经费')], [project('old', '干部教育培训经费')]));
    expect(findings.map((f) => [f.rule, f.at])).toEqual([['project/id-changed', ['projects', 0, 'id']]]);
  });
});
