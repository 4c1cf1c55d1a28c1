/**
 * Which charts a disclosure gets, each attached to the table that holds its numbers. Also the two tables that
 * exist for comparisons (与上年比较, 项目预算执行情况), so those charts have a table too.
 */
import { comparisonChart, drawable, rateChart, type ChartSpec } from '../charts/chart-specs.ts';
import type { Money } from '../domain/money.ts';
import { projectBudget, projectFinal } from '../domain/projects.ts';
import { executionRate, formatRate, yearOnYear, type Rate } from '../domain/rates.ts';
import { amountWithUnit } from '../domain/amount-display.ts';
import { changeSentence } from '../domain/summaries.ts';
import type { PerformanceFile, Project } from '../schemas/performance.ts';
import type { PlacedChart } from '../table-kinds/kind.ts';
import { moneyCell, notApplicableCell, percentCell, type Cell, type TableView } from '../table-kinds/view-model.ts';

/** The table element id a chart describes itself by (DataTable renders <table id="data-…">). */
export const tableElementId = (viewId: string) => `data-${viewId}`;

/** How a reader names a fact in comparisons (the 总计 includes carry-over; 本年 is the year's own). */
const READER_LABELS: Readonly<Record<string, string>> = { 本年支出合计: '本年支出', 本年收入合计: '本年收入', 支出合计: '支出总计', 收入合计: '收入总计', 三公经费: '“三公”经费' };
const readerLabel = (fact: string) => READER_LABELS[fact] ?? fact;

const YOY_ITEMS = ['本年支出合计', '本年收入合计', '支出合计', '收入合计', '一般公共预算支出', '基本支出', '项目支出', '三公经费', '公务接待费', '公务用车运行费', '公务用车购置费', '因公出国费', '机关运行经费'] as const;

/** A computed rate: the percentage, or 不适用 when its base is zero. */
const rateCell = (rate: Rate): Cell => (rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate)));

/** This year against last year for every fact whose last-year value is known. */
export function yearOnYearView(facts: ReadonlyMap<string, Money>, lastYear: ReadonlyMap<string, Money>, year: number, unit: string): TableView | undefined {
  const items = YOY_ITEMS.filter((name) => facts.get(name) && lastYear.get(name));
  if (items.length === 0) return undefined;
  return {
    id: 'year_on_year', title: `${year}年与${year - 1}年比较`, unit, rowHeader: '项目',
    columns: [{ label: `${year}年`, numeric: true }, { label: `${year - 1}年`, numeric: true }, { label: '增减额', numeric: true }, { label: '增减率', numeric: true }],
    rows: items.map((name) => {
      const current = facts.get(name)!;
      const previous = lastYear.get(name)!;
      const change = yearOnYear(current, previous);
      const rate = rateCell(change.percent);
      return { header: readerLabel(name), cells: [moneyCell(current, unit), moneyCell(previous, unit), moneyCell(change.change, unit), rate] };
    }),
  };
}

/** Budget and final of a project (final accounts), as projects.ts reads them. */
function projectExecution(project: Project): { budget?: Money; final?: Money } {
  const budget = projectBudget(project);
  const final = projectFinal(project);
  return { ...(budget ? { budget } : {}), ...(final ? { final } : {}) };
}

/** Projects that report spending, with their budget and final. */
function executedProjects(performance: PerformanceFile | undefined): Array<{ project: Project; budget?: Money; final?: Money }> {
  return (performance?.projects ?? []).map((project) => ({ project, ...projectExecution(project) })).filter((row) => row.final);
}

export function projectExecutionView(performance: PerformanceFile | undefined, unit: string): TableView | undefined {
  const rows = executedProjects(performance);
  if (rows.length === 0) return undefined;
  return {
    id: 'project_execution', title: '项目预算执行情况', unit, rowHeader: '项目',
    columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }, { label: '执行率', numeric: true }],
    rows: rows.map((row) => {
      const rate = executionRate(row.final!, row.budget ?? { units: 0n, decimals: 0 });
      return { header: row.project.name, cells: [moneyCell(row.budget, unit), moneyCell(row.final, unit), rateCell(rate)] };
    }),
  };
}

export interface DisclosureCharts {
  /** Charts keyed by the id of the table view they belong next to. */
  readonly byTable: ReadonlyMap<string, ChartSpec[]>;
}

export function disclosureCharts(args: {
  tableCharts: readonly PlacedChart[]; performance?: PerformanceFile | undefined; unit: string; year: number;
  facts: ReadonlyMap<string, Money>; lastYear: ReadonlyMap<string, Money>;
}): DisclosureCharts {
  const { performance, unit, year } = args;
  const byTable = new Map<string, ChartSpec[]>();
  // Every chart passes the same test, whoever built it (a table kind's chart of blanks is left to its table).
  const add = (viewId: string, spec: ChartSpec | undefined) => {
    if (spec && (spec.kind === 'doughnut' ? spec.series[0]!.data.filter((v) => v).length >= 2 : drawable(spec.series))) byTable.set(viewId, [...(byTable.get(viewId) ?? []), spec]);
  };
  for (const placed of args.tableCharts) add(placed.view, placed.chart);

  const yoy = yearOnYearView(args.facts, args.lastYear, year, unit);
  if (yoy) {
    const names = YOY_ITEMS.filter((name) => args.facts.get(name) && args.lastYear.get(name));
    add('year_on_year', comparisonChart({
      id: 'year-on-year', title: `${year}年与上年比较`, unit, tableId: tableElementId('year_on_year'),
      labels: names.map(readerLabel),
      series: [{ label: `${year - 1}年`, values: names.map((n) => args.lastYear.get(n)) }, { label: `${year}年`, values: names.map((n) => args.facts.get(n)) }],
      description: names.map((n) => `${readerLabel(n)}${changeSentence(args.facts.get(n)!, args.lastYear.get(n)!, unit)}`).join('；') + '。',
    }));
  }

  const execution = projectExecutionView(performance, unit);
  if (execution) {
    const rows = executedProjects(performance);
    const rates = rows.map((row) => executionRate(row.final!, row.budget ?? { units: 0n, decimals: 0 }));
    add('project_execution', comparisonChart({
      id: 'project-execution', title: '项目预算数与决算数', unit, tableId: tableElementId('project_execution'),
      labels: rows.map((row) => row.project.name),
      series: [{ label: '预算数', values: rows.map((row) => row.budget) }, { label: '决算数', values: rows.map((row) => row.final) }],
      description: rows.map((row) => `${row.project.name}预算${row.budget ? amountWithUnit(row.budget, unit) : '未列'}，决算${amountWithUnit(row.final!, unit)}`).join('；') + '。',
    }));
    // The execution rate is a percentage: a chart of its own, never a line drawn over amounts.
    add('project_execution', rateChart({
      id: 'project-execution-rate', title: '项目预算执行率', tableId: tableElementId('project_execution'), label: '执行率（%）',
      labels: rows.map((row) => row.project.name),
      values: rates.map((rate) => (rate.applicable ? rate.percent : undefined)),
      description: rows.map((row, i) => `${row.project.name}执行率${formatRate(rates[i]!)}`).join('；') + '。',
    }));
  }

  for (const project of performance?.projects ?? []) {
    const rated = project.indicators.filter((indicator) => indicator.completion_rate);
    if (rated.length < 2) continue;
    const viewId = `project-${project.id}-indicators`;
    add(viewId, rateChart({
      id: `completion-${project.id}`, title: `${project.name}：指标完成率`, tableId: tableElementId(viewId), label: '完成率（%）',
      labels: rated.map((indicator) => indicator.name ?? '（无名称）'),
      values: rated.map((indicator) => indicator.completion_rate),
      description: `${project.name}的${rated.length}个指标的完成率，详见指标表。`,
    }));
  }
  return { byTable };
}
