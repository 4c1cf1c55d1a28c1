/**
 * Performance tables as views: department-wide and project funds (budget, final, execution rate as printed and as
 * computed), indicator tables grouped by level, and one view model per project.
 */
import type { Money } from '../domain/money.ts';
import { executionRate, formatRate } from '../domain/rates.ts';
import type { FundLine, Indicator, PerformanceFile, Project } from '../schemas/performance.ts';
import type { Stage } from '../schemas/primitives.ts';
import { indicatorStatus, STATUS_LABELS } from './indicator-status.ts';
import { BLANK, moneyCell, notApplicableCell, numberCell, percentCell, textCell, type Cell, type ColumnView, type RowView, type TableView } from '../table-kinds/view-model.ts';

export function fundLinesView(id: string, title: string, lines: Array<[string, FundLine | undefined]>, unit: string): TableView | undefined {
  const present = lines.filter(([, line]) => line);
  if (present.length === 0) return undefined;
  return {
    id, title, unit, rowHeader: '资金',
    columns: [
      { label: FUND_LINE_COLUMNS.budget!, numeric: true }, { label: FUND_LINE_COLUMNS.final!, numeric: true },
      { label: FUND_LINE_COLUMNS.execution_rate!, numeric: true }, { label: COMPUTED_RATE, numeric: true },
    ],
    rows: present.map(([name, line]) => ({
      header: name,
      cells: [moneyCell(line!.budget, unit), moneyCell(line!.final, unit), percentCell(line!.execution_rate), recomputedRate(line!)],
    })),
    note: COMPUTED_RATE_NOTE,
  };
}

/** A figure the document never printed is named as the site's own (issue 12: computed figures are marked). */
export const COMPUTED_RATE = '执行率（本站计算）';
export const COMPUTED_RATE_NOTE = `“${COMPUTED_RATE}”一栏不是原文的数字，是本站按决算数÷预算数算出的，供与原文的执行率对照；预算数为0时不适用。`;

function recomputedRate(line: { budget?: Money | undefined; final?: Money | undefined }): Cell {
  if (!line.final) return BLANK;
  const rate = executionRate(line.final, line.budget ?? { units: 0n, decimals: 0 });
  return rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate));
}

/** The department's funding lines as the page names them (performance.yaml key → row). */
export const DEPARTMENT_FUND_LINES = [['total', '预算总额'], ['fiscal', '财政拨款'], ['other', '其他资金'], ['basic', '基本支出'], ['project', '项目支出']] as const;
/** Fund-line fields → column labels of fundLinesView (data notes find their cell by these). */
export const FUND_LINE_COLUMNS: Readonly<Record<string, string>> = { budget: '预算数', final: '决算数', execution_rate: '执行率（原文）' };
/** Self-evaluation forms name the target column 年初指标值. */
const TARGET_WITH_RESULTS = '年初指标值';
/** Indicator fields → column labels of indicatorTableView (the name is the row header). */
export const INDICATOR_COLUMNS: Readonly<Record<string, string>> = {
  target_with_results: TARGET_WITH_RESULTS,
  weight: '权重', unit: '计量单位', nature: '指标性质', target: '指标值', actual: '实际完成值', completion_rate: '完成率', shortfall_reason: '未完成原因',
};

/** What the source says of an indicator beyond its cells, reachable from its row. */
function indicatorDetails(indicator: Indicator): Array<{ label: string; text: string }> {
  return [
    ...(indicator.description ? [{ label: '指标说明', text: indicator.description }] : []),
    ...(indicator.basis ? [{ label: '指标值确定依据', text: indicator.basis }] : []),
  ];
}

export function indicatorTableView(id: string, title: string, indicators: readonly Indicator[], withResults: boolean): TableView {
  const hasWeight = indicators.some((i) => i.weight !== undefined);
  const hasUnit = indicators.some((i) => i.unit);
  const hasNature = indicators.some((i) => i.nature);
  const columns: ColumnView[] = [
    ...(hasWeight ? [{ label: '权重', numeric: true }] : []),
    ...(hasUnit ? [{ label: '计量单位', numeric: false }] : []),
    ...(hasNature ? [{ label: '指标性质', numeric: false }] : []),
    { label: withResults ? TARGET_WITH_RESULTS : '指标值', numeric: false },
    ...(withResults ? [{ label: '实际完成值', numeric: false }, { label: '完成情况', numeric: false }, { label: '完成率', numeric: true }, { label: '未完成原因', numeric: false }] : []),
  ];
  let previousGroup = '';
  const rows: RowView[] = indicators.map((indicator) => {
    const group = [indicator.level1, indicator.level2].filter(Boolean).join(' · ');
    const details = indicatorDetails(indicator);
    // Met / partly met / not met, judged from the printed figures (src/data/indicator-status.ts), beside target and actual.
    const judgement = withResults ? indicatorStatus(indicator) : undefined;
    const row: RowView = {
      header: indicator.name ?? '（原文无指标名称）',
      ...(details.length ? { details } : {}),
      cells: [
        ...(hasWeight ? [numberCell(indicator.weight)] : []),
        ...(hasUnit ? [textCell(indicator.unit)] : []),
        ...(hasNature ? [textCell(indicator.nature)] : []),
        textCell(indicator.target?.text),
        ...(withResults ? [textCell(indicator.actual?.text), judgement ? textCell(STATUS_LABELS[judgement.status]) : BLANK, percentCell(indicator.completion_rate), textCell(indicator.shortfall_reason)] : []),
      ],
      ...(group && group !== previousGroup ? { group } : {}),
      groupLabels: [indicator.level1 ?? '', indicator.level2 ?? ''],
    };
    previousGroup = group || previousGroup;
    return row;
  });
  return { id, title, rowHeader: '三级指标', groupHeaders: ['一级指标', '二级指标'], columns, rows };
}

export interface ProjectView {
  readonly project: Project;
  readonly anchor: string;
  readonly funds?: TableView;
  readonly breakdown?: TableView;
  readonly indicators: TableView;
  readonly withResults: boolean;
}

export function projectViews(performance: PerformanceFile | undefined, stage: Stage, unit: string): ProjectView[] {
  if (!performance) return [];
  return performance.projects.map((project) => {
    const withResults = stage === 'final' || project.indicators.some((i) => i.actual !== undefined);
    const funds = project.funds;
    const fundRows: Array<[string, Cell[]]> = [];
    if (funds) {
      const add = (name: string, value: Money | undefined) => { if (value) fundRows.push([name, [moneyCell(value, unit)]]); };
      add('资金总额', funds.total); add('其中：财政资金', funds.fiscal); add('其他资金', funds.other);
      add('本级安排', funds.local); add('上级补助', funds.superior); add('上年结转', funds.carryover);
      add('已执行资金', funds.executed?.total); add('已执行：财政资金', funds.executed?.fiscal); add('已执行：其他资金', funds.executed?.other);
    }
    const breakdown = funds?.breakdown.length ? fundLinesView(`project-${project.id}-breakdown`, `${project.name}：资金构成`, funds.breakdown.map((line) => [line.name, line]), unit) : undefined;
    const fundsView: TableView | undefined = fundRows.length
      ? { id: `project-${project.id}-funds`, title: `${project.name}：项目资金`, unit, rowHeader: '资金', columns: [{ label: '金额', numeric: true }], rows: fundRows.map(([header, cells]) => ({ header, cells })) }
      : undefined;
    return {
      project,
      anchor: `project-${project.id}`,
      ...(fundsView ? { funds: fundsView } : {}),
      ...(breakdown ? { breakdown } : {}),
      indicators: indicatorTableView(`project-${project.id}-indicators`, `${project.name}：绩效指标`, project.indicators, withResults),
      withResults,
    };
  });
}
