/**
 * Which charts a disclosure gets, each attached to the table that holds its numbers. Also the two tables that
 * exist for comparisons (与上年比较, 项目预算执行情况), so those charts have a table too.
 */
import { comparisonChart, partsChart, type ChartSpec } from '../charts/chart-specs.ts';
import { sum, type Money } from '../domain/money.ts';
import { executionRate, formatRate, percentToNumber, yearOnYear } from '../domain/rates.ts';
import { amountText, changeSentence } from '../domain/summaries.ts';
import type { TablesFile } from '../schemas/tables.ts';
import type { PerformanceFile, Project } from '../schemas/performance.ts';
import type { AmountUnit, Stage } from '../schemas/primitives.ts';
import { moneyCell, type TableView, type Cell } from './table-views.ts';

/** The table element id a chart describes itself by (DataTable renders <table id="data-…">). */
export const tableElementId = (viewId: string) => `data-${viewId}`;

const YOY_ITEMS = ['支出合计', '收入合计', '一般公共预算支出', '基本支出', '项目支出', '三公经费', '公务接待费', '公务用车运行费', '公务用车购置费', '因公出国费', '机关运行经费'] as const;

/** This year against last year for every fact whose last-year value is known. */
export function yearOnYearView(facts: ReadonlyMap<string, Money>, lastYear: ReadonlyMap<string, Money>, year: number, unit: AmountUnit): TableView | undefined {
  const items = YOY_ITEMS.filter((name) => facts.get(name) && lastYear.get(name));
  if (items.length === 0) return undefined;
  return {
    id: 'year_on_year', title: `${year}年与${year - 1}年比较`, unit, rowHeader: '项目',
    columns: [{ label: `${year}年`, numeric: true }, { label: `${year - 1}年`, numeric: true }, { label: '增减额', numeric: true }, { label: '增减率', numeric: true }],
    rows: items.map((name) => {
      const current = facts.get(name)!;
      const previous = lastYear.get(name)!;
      const change = yearOnYear(current, previous);
      const rate: Cell = { text: formatRate(change.percent), kind: change.percent.applicable ? 'percent' : 'na' };
      return { header: name === '三公经费' ? '“三公”经费' : name, cells: [moneyCell(current, unit), moneyCell(previous, unit), moneyCell(change.change, unit), rate] };
    }),
  };
}

/** Budget, final and execution rate per project (final accounts). */
export function projectExecution(project: Project): { budget?: Money; final?: Money } {
  const funds = project.funds;
  const breakdown = funds?.breakdown ?? [];
  const budget = breakdown.some((line) => line.budget) ? sum(breakdown.map((line) => line.budget)) : funds?.total;
  const final = funds?.executed?.total ?? (breakdown.some((line) => line.final) ? sum(breakdown.map((line) => line.final)) : undefined);
  return { ...(budget ? { budget } : {}), ...(final ? { final } : {}) };
}

/** Projects that report spending, with their budget and final. */
function executedProjects(performance: PerformanceFile | undefined): Array<{ project: Project; budget?: Money; final?: Money }> {
  return (performance?.projects ?? []).map((project) => ({ project, ...projectExecution(project) })).filter((row) => row.final);
}

export function projectExecutionView(performance: PerformanceFile | undefined, unit: AmountUnit): TableView | undefined {
  const rows = executedProjects(performance);
  if (rows.length === 0) return undefined;
  return {
    id: 'project_execution', title: '项目预算执行情况', unit, rowHeader: '项目',
    columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }, { label: '执行率', numeric: true }],
    rows: rows.map((row) => {
      const rate = executionRate(row.final!, row.budget ?? { units: 0n, decimals: 0 });
      return { header: row.project.name, cells: [moneyCell(row.budget, unit), moneyCell(row.final, unit), { text: formatRate(rate), kind: rate.applicable ? 'percent' : 'na' }] };
    }),
  };
}

export interface DisclosureCharts {
  /** Charts keyed by the id of the table view they belong next to. */
  readonly byTable: ReadonlyMap<string, ChartSpec[]>;
}

export function disclosureCharts(args: {
  tables?: TablesFile | undefined; performance?: PerformanceFile | undefined; stage: Stage; unit: AmountUnit; year: number;
  facts: ReadonlyMap<string, Money>; lastYear: ReadonlyMap<string, Money>;
}): DisclosureCharts {
  const { tables, performance, unit, year } = args;
  const byTable = new Map<string, ChartSpec[]>();
  const add = (viewId: string, spec: ChartSpec | undefined) => {
    if (spec) byTable.set(viewId, [...(byTable.get(viewId) ?? []), spec]);
  };

  const summary = tables?.income_expenditure_summary ?? tables?.fiscal_grant_summary;
  const summaryId = tables?.income_expenditure_summary ? 'income_expenditure_summary' : 'fiscal_grant_summary';
  const incomeItems = summary?.income.sections.flatMap((section) =>
    section.kind === 'current' ? section.items.map((item) => ({ label: item.name, value: (item as { amount?: Money }).amount })) : [{ label: section.name ?? '上年结转', value: (section.total as { amount?: Money } | undefined)?.amount ?? sum(section.items.map((item) => (item as { amount?: Money }).amount)) }]);
  if (incomeItems) add(summaryId, partsChart({ id: 'income-structure', title: '收入结构', unit, tableId: tableElementId(summaryId), parts: incomeItems, kind: 'doughnut' }));

  const expenditureTable = tables?.general_budget_expenditure ?? tables?.expenditure_summary;
  const expenditureId = tables?.general_budget_expenditure ? 'general_budget_expenditure' : 'expenditure_summary';
  if (expenditureTable) {
    const classes = expenditureTable.rows.filter((row) => row.code.length === 3).map((row) => ({ label: `${row.code} ${row.name}`, value: row.total }));
    add(expenditureId, partsChart({ id: 'expenditure-by-class', title: '支出按功能分类（类）', unit, tableId: tableElementId(expenditureId), parts: classes }));
    const total = expenditureTable.total;
    add(expenditureId, partsChart({ id: 'basic-vs-project', title: '基本支出与项目支出', unit, tableId: tableElementId(expenditureId), parts: [{ label: '基本支出', value: total?.basic }, { label: '项目支出', value: total?.project }], kind: 'doughnut' }));
  }

  const yoy = yearOnYearView(args.facts, args.lastYear, year, unit);
  if (yoy) {
    const names = YOY_ITEMS.filter((name) => args.facts.get(name) && args.lastYear.get(name));
    add('year_on_year', comparisonChart({
      id: 'year-on-year', title: `${year}年与上年比较`, unit, tableId: tableElementId('year_on_year'),
      labels: names.map((name) => (name === '三公经费' ? '“三公”经费' : name)),
      series: [{ label: `${year - 1}年`, values: names.map((n) => args.lastYear.get(n)) }, { label: `${year}年`, values: names.map((n) => args.facts.get(n)) }],
      description: names.map((n) => `${n}${changeSentence(args.facts.get(n)!, args.lastYear.get(n)!, unit)}`).join('；') + '。',
    }));
  }

  const three = tables?.three_public_expenses;
  if (three?.this_year) {
    const items: Array<[string, 'overseas' | 'vehicle_purchase' | 'vehicle_operation' | 'reception']> = [['因公出国（境）费', 'overseas'], ['公务用车购置费', 'vehicle_purchase'], ['公务用车运行维护费', 'vehicle_operation'], ['公务接待费', 'reception']];
    const comparison = three.last_year ?? (args.stage === 'final' ? three.budget : undefined);
    const comparisonLabel = three.last_year ? `${year - 1}年` : '预算数';
    add('three_public_expenses', comparisonChart({
      id: 'three-public', title: '“三公”经费构成', unit, tableId: tableElementId('three_public_expenses'),
      labels: items.map(([label]) => label),
      series: [
        ...(comparison ? [{ label: comparisonLabel, values: items.map(([, key]) => comparison[key]) }] : []),
        { label: args.stage === 'final' ? `${year}年决算数` : `${year}年预算数`, values: items.map(([, key]) => three.this_year![key]) },
      ],
      description: `“三公”经费${three.this_year.total ? amountText(three.this_year.total, unit) : ''}：${items.map(([label, key]) => `${label}${three.this_year![key] ? amountText(three.this_year![key]!, unit) : '空白'}`).join('，')}。`,
    }));
  }

  const execution = projectExecutionView(performance, unit);
  if (execution) {
    const rows = executedProjects(performance);
    add('project_execution', comparisonChart({
      id: 'project-execution', title: '项目预算与决算', unit, tableId: tableElementId('project_execution'),
      labels: rows.map((row) => row.project.name),
      series: [{ label: '预算数', values: rows.map((row) => row.budget) }, { label: '决算数', values: rows.map((row) => row.final) }],
      rate: { label: '执行率（%）', values: rows.map((row) => { const r = executionRate(row.final!, row.budget ?? { units: 0n, decimals: 0 }); return r.applicable ? percentToNumber(r.percent) : null; }) },
      description: rows.map((row) => `${row.project.name}执行率${formatRate(executionRate(row.final!, row.budget ?? { units: 0n, decimals: 0 }))}`).join('；') + '。',
    }));
  }

  for (const project of performance?.projects ?? []) {
    const rated = project.indicators.filter((indicator) => indicator.completion_rate);
    if (rated.length < 2) continue;
    const viewId = `project-${project.id}-indicators`;
    add(viewId, {
      id: `completion-${project.id}`, kind: 'bar', horizontal: true, title: `${project.name}：指标完成率`, unit: '%',
      labels: rated.map((indicator) => indicator.name ?? '（无名称）'),
      series: [{ label: '完成率（%）', data: rated.map((indicator) => percentToNumber(indicator.completion_rate!)) }],
      tableId: tableElementId(viewId),
      description: `${project.name}的${rated.length}个指标的完成率，详见指标表。`,
    });
  }
  return { byTable };
}
