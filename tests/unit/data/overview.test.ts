/**
 * The overview's view model, from hand-made inputs whose expected figures are worked out here by hand (the 2023
 * sample's totals: 1,992.86 = 575.29 + 1,417.57; 575.29 / 1,992.86 = 28.87% → 28.9%).
 */
import { describe, expect, it } from 'vitest';
import { money, moneyToPlain, type Money } from '../../../src/domain/money.ts';
import { parseIndicatorValue } from '../../../src/domain/indicator-value.ts';
import type { Indicator, PerformanceFile, Project } from '../../../src/schemas/performance.ts';
import { moneyCell, type TableView } from '../../../src/table-kinds/view-model.ts';
import { buildOverview, type OverviewInput } from '../../../src/data/overview.ts';

const facts = (entries: Record<string, string>): Map<string, Money> => new Map(Object.entries(entries).map(([k, v]) => [k, money(v)]));
const indicator = (name: string, target: string, actual?: string, extra: Partial<Indicator> = {}): Indicator =>
  ({ name, target: parseIndicatorValue(target), ...(actual ? { actual: parseIndicatorValue(actual) } : {}), ...extra });
const project = (id: string, total: string, extra: Partial<Project> = {}): Project =>
  ({ id, name: `项目${id}`, indicators: [], funds: { total: money(total), breakdown: [] }, ...extra }) as Project;

const expenditureTable: TableView = {
  id: 'expenditure_summary', title: '支出总表', unit: '万元', rowHeader: '科目名称', codeHeader: '功能分类科目编码',
  columns: [{ label: '合计', numeric: true, key: 'total' }],
  rows: [
    { code: '201', header: '一般公共服务支出', level: 0, cells: [moneyCell(money('1436.72'), '万元')] },
    { code: '20132', header: '组织事务', level: 1, cells: [moneyCell(money('1436.72'), '万元')] },
    { code: '213', header: '农林水支出', level: 0, cells: [moneyCell(money('376.9'), '万元')] },
    { code: '221', header: '住房保障支出', level: 0, cells: [moneyCell(money('179.24'), '万元')] },
    { header: '合计', isTotal: true, cells: [moneyCell(money('1992.86'), '万元')] },
  ],
};

const budgetInput = (performance?: PerformanceFile): OverviewInput => ({
  stage: 'budget', unit: '万元',
  facts: facts({ 本年支出合计: '1992.86', 支出合计: '2052.15', 本年收入合计: '1992.86', 基本支出: '575.29', 项目支出: '1417.57', 三公经费: '20', 机关运行经费: '115.51' }),
  lastYear: facts({ 机关运行经费: '140.51' }),
  sourceOf: (fact) => ({ 本年支出合计: 'expenditure_summary', 机关运行经费: 'operating_costs' })[fact],
  tables: [expenditureTable],
  performance,
  projectAnchor: (id) => `project-${id}`,
});

describe('overview of a budget with standard tables', () => {
  const overview = buildOverview(budgetInput());

  it("shows this year's expenditure (本年, never the 总计 with carry-forward) and the totals that matter", () => {
    expect(overview.figures.map((f) => [f.label, f.text])).toEqual([
      ['本年支出', '1,992.86万元'], ['本年收入', '1,992.86万元'], ['基本支出', '575.29万元'], ['项目支出', '1,417.57万元'],
      ['“三公”经费', '20.00万元'], ['机关运行经费', '115.51万元'],
    ]);
  });
  it('gives the shares of basic and project expenditure and the change on last year where last year is known', () => {
    expect(overview.figures.find((f) => f.key === '基本支出')?.share).toBe('占本年支出的28.9%');
    expect(overview.figures.find((f) => f.key === '项目支出')?.share).toBe('占本年支出的71.1%');
    // 115.51 − 140.51 = −25.00; 25 / 140.51 = 17.79% → 17.8%
    expect(overview.figures.find((f) => f.key === '机关运行经费')).toMatchObject({ change: '比上年减少25.00万元，下降17.8%', lastYear: '140.51万元' });
    expect(overview.figures.find((f) => f.key === '三公经费')?.change).toBeUndefined();
  });
  it('links each figure to the table that prints it, when that table is on the page', () => {
    expect(overview.figures[0]?.href).toBe('#table-expenditure_summary');
    expect(overview.figures.find((f) => f.key === '机关运行经费')?.href).toBeUndefined();
  });
  it('reads the structure from the 类 rows of the expenditure table, largest first, with shares of the whole', () => {
    expect(overview.structure?.table.rows.map((row) => [row.header, ...row.cells.map((c) => c.text)])).toEqual([
      // 1436.72 / 1992.86 = 72.09%; 376.9 / 1992.86 = 18.91%; 179.24 / 1992.86 = 8.99%
      ['一般公共服务支出', '1,436.72', '72.1%'], ['农林水支出', '376.90', '18.9%'], ['住房保障支出', '179.24', '9.0%'],
    ]);
    expect(overview.structure?.chart).toMatchObject({ tableId: 'data-overview-structure', labels: ['一般公共服务支出', '农林水支出', '住房保障支出'] });
  });
  it('has no execution figures for a budget', () => {
    expect(overview.execution).toBeUndefined();
  });
});

describe('projects in the overview', () => {
  const performance = {
    unit: '万元',
    projects: [
      project('work', '192.14', { level: 'first' }),
      project('cadre', '27', { level: 'second', parent: 'work' }),
      project('archives', '165.14', { level: 'second', parent: 'work' }),
      project('talent', '470.99', { level: 'first' }),
    ],
  } as PerformanceFile;
  const overview = buildOverview({ ...budgetInput(performance), facts: facts({ 本年支出合计: '700', 项目支出: '663.13' }) });

  it('lists first-level projects with their second-level projects under them, largest first, linked to their sections', () => {
    expect(overview.projects?.table.rows.map((row) => [row.header, row.level, row.href, ...row.cells.map((c) => c.text)])).toEqual([
      ['项目talent', 0, '#project-talent', '一级项目', '470.99', '71.0%'],
      ['项目work', 0, '#project-work', '一级项目', '192.14', '29.0%'],
      ['项目archives', 1, '#project-archives', '二级项目', '165.14', '（含在上级项目内）'],
      ['项目cadre', 1, '#project-cadre', '二级项目', '27.00', '（含在上级项目内）'],
      ['合计（每个项目计一次）', undefined, undefined, '', '663.13', ''],
    ]);
  });
  it('never counts a second-level project twice: the sum equals project expenditure here', () => {
    // 470.99 + 192.14 = 663.13 (27 + 165.14 are inside 192.14)
    expect(moneyToPlain(overview.projects!.totals.countedOnce)).toBe('663.13');
    expect(overview.projects?.statement).toBe('2个项目（另有2个二级项目列在所属一级项目之下，不重复计算）资金合计663.13万元，与本年项目支出663.13万元相等。');
  });
  it('says by how much and why the sum differs from project expenditure', () => {
    const other = buildOverview({ ...budgetInput({ ...performance, projects: [...performance.projects, project('loose', '10', { level: 'second' })] }), facts: facts({ 项目支出: '663.13' }) });
    expect(other.projects?.statement).toMatch(/^3个项目.*资金合计673\.13万元，比本年项目支出663\.13万元多10\.00万元：原文有1个二级项目（合计10\.00万元）未注明所属一级项目/);
  });
  it('counts targets of a budget without judging them', () => {
    const withTargets = buildOverview(budgetInput({ unit: '万元', projects: [project('a', '1', { indicators: [indicator('人数', '≥7人'), indicator('满意度', '≥95%')] })] } as PerformanceFile));
    expect(withTargets.indicators).toEqual({ misses: [], total: 2, projects: 1 });
  });
});

describe('overview of final accounts', () => {
  const performance = {
    unit: '万元',
    department: {
      key_tasks: [], indicators: [indicator('按期完成率', '100%', '100%')],
      funds: { total: { budget: money('1025.73'), final: money('1517.21') }, basic: { budget: money('344.78'), final: money('1010.46') }, project: { budget: money('680.95'), final: money('506.75') } },
    },
    projects: [
      project('election', '30', { indicators: [
        indicator('培训人次', '≥200人次', '150人次'),
        indicator('资料费', '30万元', '24.76万元', { level1: '产出指标', level2: '成本指标' }),
        indicator('覆盖乡镇', '12个', '0个'),
        indicator('宣传效果', '明显', '较为明显'),
      ] }),
    ],
  } as unknown as PerformanceFile;
  const overview = buildOverview({ ...budgetInput(performance), stage: 'final', facts: new Map(), lastYear: new Map(), tables: [] });

  it('gives budget, actual and execution rate of the department funds', () => {
    // 1517.21 / 1025.73 = 147.915…% → 147.92%; 506.75 / 680.95 = 74.418…% → 74.42%
    expect(overview.execution?.rows.map((row) => [row.header, ...row.cells.map((cell) => cell.text)])).toEqual([
      ['部门整体资金', '1,025.73', '1,517.21', '147.92%'], ['基本支出', '344.78', '1,010.46', '293.07%'], ['项目支出', '680.95', '506.75', '74.42%'],
    ]);
  });
  it('names the execution rate as the site\'s own figure, with a note saying how it is computed', () => {
    expect(overview.execution?.columns.map((column) => column.label)).toEqual(['预算数', '决算数', '执行率（本站计算）']);
    expect(overview.execution?.note).toContain('不是原文的数字');
  });
  it('falls back to basic vs project (final) for the structure when there are no tables', () => {
    expect(overview.structure?.table.rows.map((row) => [row.header, row.cells[1]?.text])).toEqual([['基本支出', '66.6%'], ['项目支出', '33.4%']]);
  });
  it('counts indicators met, partly met and not met, and lists the misses', () => {
    expect(overview.indicators?.counts).toEqual({ met: 2, partly: 1, 'not-met': 1, 'not-judged': 1, 'not-applicable': 0, judged: 5 });
    expect(overview.indicators?.misses.map((miss) => [miss.indicator, miss.statusLabel, miss.target, miss.actual, miss.href])).toEqual([
      ['培训人次', '部分完成', '≥200人次', '150人次', '#project-election'],
      ['覆盖乡镇', '未完成', '12个', '0个', '#project-election'],
    ]);
  });
});

describe('overview of a disclosure of project performance only', () => {
  it('gives the projects’ funds, each counted once, as its figure', () => {
    const performance = { unit: '元', projects: [project('a', '7300000'), project('b', '5000000')] } as PerformanceFile;
    const overview = buildOverview({ ...budgetInput(performance), unit: '元', facts: new Map(), lastYear: new Map(), tables: [] });
    expect(overview.figures.map((f) => [f.label, f.text])).toEqual([['项目资金（每个项目计一次）', '12,300,000元']]);
  });
});
