/**
 * The consistent twins of the regional-layout and project-sum fixtures (tests/fixtures/invalid/): real layouts and
 * declarations that must check without a finding, and the cases where counting a sub-project twice would have
 * given one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_BUDGET, BASE_CONTENT, BASE_FINAL, baseWith, dump, replaceOnce, runCheck } from '../../helpers/content.ts';
import { acceptedTableNames, readerTableName, resolveTableName, tableNameConflicts } from '../../../src/table-kinds/table-names.ts';
import { REGIONAL_TEMPLATES } from '../../../src/table-kinds/regional-templates.ts';
import { TABLE_KINDS, tableKind } from '../../../src/table-kinds/registry.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** The base tree with some files edited, checked; its findings. */
function checkWith(edits: Record<string, (text: string) => string>) {
  const tree = baseWith(edits);
  cleanups.push(tree.cleanup);
  return runCheck(tree.root).findings;
}
const FINAL_TABLES = `${BASE_FINAL}/tables.yaml`;
const FINAL_PERFORMANCE = `${BASE_FINAL}/performance.yaml`;
const BUDGET_PERFORMANCE = `${BASE_BUDGET}/performance.yaml`;
const baseText = (file: string) => readFileSync(join(BASE_CONTENT, file), 'utf8');

describe('table names in omitted_tables and missing_from_source', () => {
  it('accepts keys, standard names, aliases and regional names (Sichuan, Chongqing), with missing_from_source as a statement of its own', () => {
    const omittedByName = baseText(FINAL_TABLES).replace(/omitted_tables:[\s\S]*$/, `omitted_tables:
  收入支出决算总表: 测试内容只含“三公”经费决算表。
  收入决算表: 测试内容只含“三公”经费决算表。
  一般公共预算财政拨款基本支出决算明细表: 测试内容只含“三公”经费决算表。
  state_capital_expenditure: 测试内容只含“三公”经费决算表。
  一般公共预算财政拨款项目支出决算表: 四川模板的表，本站没有此表的格式。
missing_from_source:
  支出决算表: 决算公开文件中有支出决算表，本站取得的来源文件缺少该页。
  财政拨款收入支出决算总表: 来源文件缺页。
  一般公共预算财政拨款支出决算表: 来源文件缺页。
  政府性基金预算财政拨款收入支出决算表: 来源文件缺页。
`);
    const findings = checkWith({ [FINAL_TABLES]: () => omittedByName });
    expect(findings, dump(findings)).toEqual([]);
  });

  it('still warns about a standard table neither filled nor named in either list', () => {
    const findings = checkWith({ [FINAL_TABLES]: replaceOnce('  state_capital_expenditure: 测试内容只含“三公”经费决算表。\n', '') });
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([['plausibility/missing-table', 'warning']]);
    expect(findings[0]!.message).toContain('国有资本经营预算财政拨款支出决算表');
  });

  it('compares names without spaces and with quotes and brackets in one form', () => {
    expect(resolveTableName('财政拨款"三公"经费支出决算表')?.kind?.key).toBe('three_public_expenses');
    expect(resolveTableName(' 一般公共预算 财政拨款支出决算表 ')?.kind?.key).toBe('general_budget_expenditure');
    expect(resolveTableName('一般公共预算财政拨款项目支出决算表')).toEqual({ name: '一般公共预算财政拨款项目支出决算表' });
    expect(resolveTableName('收入表')).toBeUndefined();
  });

  it('names every kind by its key and both standard names, each name standing for one kind only', () => {
    expect(tableNameConflicts()).toEqual([]);
    for (const kind of TABLE_KINDS) {
      for (const name of [kind.key, kind.label.budget, kind.label.final, ...(kind.aliases ?? [])]) expect(resolveTableName(name)?.kind, name).toBe(kind);
    }
    expect(acceptedTableNames().keys).toEqual(TABLE_KINDS.map((kind) => kind.key));
  });

  it('lists regional tables under kinds that exist', () => {
    for (const template of REGIONAL_TEMPLATES) {
      for (const [name, key] of template.tables) if (key !== undefined) expect(tableKind(key), `${template.template}: ${name} → ${key}`).toBeDefined();
    }
    // Sichuan's final accounts, as listed there: thirteen tables, one of them without a kind.
    const sichuan = REGIONAL_TEMPLATES.find((template) => template.template.startsWith('四川'))!;
    expect(sichuan.tables.length).toBe(13);
    expect(sichuan.tables.filter(([, key]) => key === undefined).map(([name]) => name)).toEqual(['一般公共预算财政拨款项目支出决算表']);
  });

  it('shows readers a key as the stage\'s standard name and a written name as written', () => {
    expect(readerTableName('income_by_source', 'final')).toBe('收入决算表');
    expect(readerTableName('income_by_source', 'budget')).toBe('收入总表');
    expect(readerTableName('部门收入总表', 'budget')).toBe('部门收入总表');
  });
});

describe('regional first-level indicator wordings', () => {
  const sichuanWording = (declaration: string) => (text: string) => replaceOnce('unit: 万元\n', `unit: 万元\n${declaration}\n`)(text)
    .replaceAll('level1: 产出指标', 'level1: 项目完成').replaceAll('level1: 效益指标', 'level1: 项目效益');

  it('accepts the wording of a named regional vocabulary, declared once', () => {
    const findings = checkWith({ [FINAL_PERFORMANCE]: sichuanWording('indicator_vocabulary: 四川') });
    expect(findings, dump(findings)).toEqual([]);
  });

  it('accepts the file\'s own wording, declared once, and checks the second level against the category it stands for', () => {
    const declared = sichuanWording('indicator_levels: { 项目完成: 产出指标, 项目效益: 效益指标 }');
    expect(checkWith({ [FINAL_PERFORMANCE]: declared })).toEqual([]);
    // 项目完成 stands for 产出指标: 社会效益指标 does not belong under it.
    const misplaced = checkWith({ [FINAL_PERFORMANCE]: (text) => declared(text).replace('level2: 数量指标\n        name: 培训班次', 'level2: 社会效益指标\n        name: 培训班次') });
    const levels = misplaced.filter((finding) => finding.rule === 'plausibility/indicator-level');
    expect(levels.map((finding) => finding.path)).toEqual(['projects[staff-training].indicators[培训班次].level2']);
    expect(levels[0]!.message).toContain('“项目完成”（即产出指标）');
  });

  it('still warns on every row of a wording that is not declared', () => {
    const findings = checkWith({ [FINAL_PERFORMANCE]: (text) => text.replaceAll('level1: 效益指标', 'level1: 项目效益') });
    expect(findings.map((finding) => finding.rule)).toEqual(['plausibility/indicator-level', 'plausibility/indicator-level']);
  });

  it('reports an undeclared standard name in indicator_levels as a schema error', () => {
    const findings = checkWith({ [FINAL_PERFORMANCE]: replaceOnce('unit: 万元\n', 'unit: 万元\nindicator_levels: { 项目完成: 产出 }\n') });
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.line])).toEqual([['schema/enum', 'error', 3]]);
    expect(findings[0]!.message).toContain('产出指标');
  });
});

describe('sums over projects count a sub-project once', () => {
  const finalWithTables = (project: string) => (text: string) => replaceOnce('    reception: 5.00\n\nomitted_tables:', `    reception: 5.00

general_budget_expenditure:
  rows:
    - { code: "201", name: 一般公共服务支出, total: ${270 + Number(project)}.00, basic: 270.00, project: ${project}.00 }
  total: { total: ${270 + Number(project)}.00, basic: 270.00, project: ${project}.00 }

omitted_tables:`)(text).replace('  general_budget_expenditure: 测试内容只含“三公”经费决算表。\n', '');
  // archives-digitization (budget 80, spent 74) printed with its two second-level projects (60 + 20, spent 54 + 20);
  // their forms carry no indicators, so the template's mandatory categories are left out.
  const withSubProjects = (text: string) => `${replaceOnce('mandatory_categories: [数量指标, 质量指标, 时效指标, 服务对象满意度指标]\n', '')(text)}
  - id: archives-local
    name: 档案数字化项目（本级）
    parent: archives-digitization
    level: second
    funds: { total: 60.00, executed: { total: 54.00 } }
  - id: archives-superior
    name: 档案数字化项目（上级补助）
    parent: archives-digitization
    level: second
    funds: { total: 20.00, executed: { total: 20.00 } }
`;

  it('final accounts: projects that spent 48 + 74 = 122 within a 项目支出 of 125 give no warning, sub-projects included', () => {
    const findings = checkWith({ [FINAL_TABLES]: finalWithTables('125'), [FINAL_PERFORMANCE]: withSubProjects });
    expect(findings, dump(findings)).toEqual([]);
  });

  it('final accounts: the same projects against a 项目支出 of 120 are flagged with both figures', () => {
    const findings = checkWith({ [FINAL_TABLES]: finalWithTables('120'), [FINAL_PERFORMANCE]: withSubProjects });
    expect(findings.map((finding) => finding.rule)).toEqual(['plausibility/project-total-exceeds']);
    expect(findings[0]!.message).toContain('决算数合计为122万元');
    expect(findings[0]!.message).toContain('项目支出120万元');
  });

  it('final accounts: forms without spending are compared by their budgets', () => {
    const noSpending = (text: string) => text.replace(/\n\s+executed: \{[^}]*\}/g, '').replace(/, final: [\d.]+, execution_rate: [\d.]+%/g, '');
    const findings = checkWith({ [FINAL_TABLES]: finalWithTables('125'), [FINAL_PERFORMANCE]: noSpending });
    // Budgets 50 + 80 = 130 > 125.
    expect(findings.map((finding) => finding.rule)).toEqual(['plausibility/project-total-exceeds']);
    expect(findings[0]!.message).toContain('预算数合计为130万元');
  });

  it('budget: a first-level project not marked as such, with its children, is counted once against 项目支出', () => {
    const performance = `unit: 万元

projects:
  - id: office-support
    name: 办公运行保障专项
    funds: { total: 100.50 }
  - id: office-meetings
    name: 会议保障
    parent: office-support
    funds: { total: 60.50 }
  - id: office-vehicles
    name: 公务用车保障
    parent: office-support
    funds: { total: 40.00 }
`;
    const findings = checkWith({ [BUDGET_PERFORMANCE]: () => performance });
    expect(findings, dump(findings)).toEqual([]);
  });
});
