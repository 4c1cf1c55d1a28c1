/**
 * The overview at the top of a disclosure: the answer before the document. How much (the totals that matter for the
 * stage, each with its change on last year where the site has last year), on what (the expenditure structure, the
 * largest projects), against the budget (final accounts: budget, actual, execution rate) and whether targets were
 * met (indicator statuses, with the misses listed). Everything is computed from the disclosure's facts, tables and
 * performance file, never typed; each figure links to the table that prints it.
 */
import { COMPUTED_RATE, COMPUTED_RATE_NOTE } from './performance-views.ts';
import { partsChart, type ChartSpec } from '../charts/chart-specs.ts';
import { amountWithUnit } from '../domain/amount-display.ts';
import { compare, sum, subtract, abs, isZero, type Money } from '../domain/money.ts';
import { executionRate, formatRate, share } from '../domain/rates.ts';
import { changeSentence, expenditureTotal } from '../domain/summaries.ts';
import type { Indicator, PerformanceFile } from '../schemas/performance.ts';
import type { Stage } from '../schemas/primitives.ts';
import { moneyCell, notApplicableCell, percentCell, textCell, type RowView, type TableView } from '../table-kinds/view-model.ts';
import { tableElementId } from './disclosure-charts.ts';
import { indicatorStatus, STATUS_LABELS, type IndicatorStatus, type StatusCounts } from './indicator-status.ts';
import { projectTotals, projectTree, type ProjectNode, type ProjectTotals } from './project-tree.ts';

export interface OverviewFigure {
  /** The fact it shows (catalogue name), or the performance line. */
  readonly key: string;
  readonly label: string;
  readonly value: Money;
  /** "1,992.86万元" (displayAmount, the one rule). */
  readonly text: string;
  /** Share of the expenditure, where it is a part of it ("占71.1%"). */
  readonly share?: string;
  /** "比上年增加614.11万元，增长44.5%", when last year is known. */
  readonly change?: string;
  readonly lastYear?: string;
  /** Where the figure is printed on the page. */
  readonly href?: string;
}

export interface IndicatorMiss {
  readonly project: string;
  readonly href: string;
  readonly indicator: string;
  readonly target?: string;
  readonly actual?: string;
  readonly status: IndicatorStatus;
  readonly statusLabel: string;
}

export interface OverviewIndicators {
  /** Indicators with published results (final accounts), by status; undefined for targets only (budget). */
  readonly counts?: StatusCounts;
  readonly misses: readonly IndicatorMiss[];
  /** Indicators published (targets), department-wide and per project. */
  readonly total: number;
  readonly projects: number;
}

export interface OverviewProjects {
  readonly tree: readonly ProjectNode[];
  readonly totals: ProjectTotals;
  /** The projects as a table, first-level projects with their second-level projects nested below. */
  readonly table: TableView;
  /** How the projects' sum compares with the disclosure's project expenditure, in one sentence. */
  readonly statement: string;
}

export interface Overview {
  readonly unit: string;
  readonly figures: readonly OverviewFigure[];
  /** Final accounts: budget, actual and execution rate of the department's funds, as a table. */
  readonly execution?: TableView;
  /** What the money is spent on: a table and its chart. */
  readonly structure?: { readonly table: TableView; readonly chart?: ChartSpec };
  readonly projects?: OverviewProjects;
  readonly indicators?: OverviewIndicators;
}

export interface OverviewInput {
  readonly stage: Stage;
  readonly unit: string;
  readonly facts: ReadonlyMap<string, Money>;
  readonly lastYear: ReadonlyMap<string, Money>;
  /** The table key that prints a fact (the fact sheet's preferred reading), or undefined. */
  readonly sourceOf: (fact: string) => string | undefined;
  /** The disclosure's table views (the structure is read from the expenditure table's 类 rows). */
  readonly tables: readonly TableView[];
  readonly performance?: PerformanceFile | undefined;
  /** Anchor of a project's section. */
  readonly projectAnchor: (id: string) => string;
}

/** Which facts the overview shows, in reading order, and how a reader names them. */
const FIGURES: ReadonlyArray<{ fact: string; label: string; part?: true }> = [
  { fact: '本年收入合计', label: '本年收入' },
  { fact: '基本支出', label: '基本支出', part: true },
  { fact: '项目支出', label: '项目支出', part: true },
  { fact: '三公经费', label: '“三公”经费' },
  { fact: '机关运行经费', label: '机关运行经费' },
];
const EXPENDITURE_LABELS: Readonly<Record<string, string>> = { 本年支出合计: '本年支出', 一般公共预算支出: '一般公共预算支出' };

/** Where on the page a fact's table is (DataTable's figure id), else the narrative. */
function hrefOf(source: string | undefined, tables: readonly TableView[]): string | undefined {
  if (!source) return undefined;
  if (tables.some((view) => view.id === source)) return `#table-${source}`;
  return source === 'narrative' || source === 'index.md' ? '#narrative' : undefined;
}

function figures(input: OverviewInput): OverviewFigure[] {
  const { facts, lastYear, unit } = input;
  const expenditure = expenditureTotal(facts);
  const figure = (fact: string, label: string, value: Money, part: boolean): OverviewFigure => {
    const last = lastYear.get(fact);
    const href = hrefOf(input.sourceOf(fact), input.tables);
    return {
      key: fact, label, value, text: amountWithUnit(value, unit),
      ...(part && expenditure && !isZero(expenditure.value) ? { share: `占${EXPENDITURE_LABELS[expenditure.fact]}的${formatRate(share(value, expenditure.value))}` } : {}),
      ...(last ? { change: changeSentence(value, last, unit), lastYear: amountWithUnit(last, unit) } : {}),
      ...(href ? { href } : {}),
    };
  };
  const out: OverviewFigure[] = [];
  if (expenditure) out.push(figure(expenditure.fact, EXPENDITURE_LABELS[expenditure.fact]!, expenditure.value, false));
  for (const item of FIGURES) {
    const value = facts.get(item.fact);
    if (value) out.push(figure(item.fact, item.label, value, item.part ?? false));
  }
  return out;
}

/** Final accounts: budget, actual and execution rate of the department's funds (绩效自评's 资金情况). */
function execution(input: OverviewInput): TableView | undefined {
  const funds = input.performance?.department?.funds;
  if (!funds) return undefined;
  const lines = [['部门整体资金', funds.total], ['基本支出', funds.basic], ['项目支出', funds.project]] as const;
  const rows: RowView[] = lines.flatMap(([label, line]) => {
    if (!line || (!line.budget && !line.final)) return [];
    const rate = line.final ? executionRate(line.final, line.budget ?? { units: 0n, decimals: 0 }) : undefined;
    return [{
      header: label, href: '#table-department-funds',
      cells: [moneyCell(line.budget, input.unit), moneyCell(line.final, input.unit), !rate ? textCell(undefined) : rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate))],
    }];
  });
  return rows.length ? { id: 'overview-execution', title: '预算执行情况', unit: input.unit, rowHeader: '资金', columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }, { label: COMPUTED_RATE, numeric: true }], rows, note: COMPUTED_RATE_NOTE } : undefined;
}

const STRUCTURE_TABLES = ['expenditure_summary', 'general_budget_expenditure'] as const;
const MAX_BARS = 8;

/** Parts with their shares as a table, the largest first, and a bar chart of them (two parts or more). */
function structureOf(id: string, title: string, unit: string, parts: ReadonlyArray<{ label: string; value: Money }>, whole: Money): Overview['structure'] {
  const sorted = [...parts].sort((a, b) => compare(b.value, a.value));
  // Many small parts become one "其他" line, so the chart keeps every bar labelled and readable.
  const shown = sorted.length > MAX_BARS ? [...sorted.slice(0, MAX_BARS - 1), { label: `其他${sorted.length - MAX_BARS + 1}项`, value: sum(sorted.slice(MAX_BARS - 1).map((p) => p.value)) }] : sorted;
  const rows: RowView[] = shown.map((part) => {
    const rate = share(part.value, whole);
    return { header: part.label, cells: [moneyCell(part.value, unit), rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate))] };
  });
  const table: TableView = { id, title, unit, rowHeader: '项目', columns: [{ label: '金额', numeric: true }, { label: '占比', numeric: true }], rows };
  const chart = partsChart({ id: `${id}-chart`, title, unit, tableId: tableElementId(id), parts: shown });
  return chart ? { table, chart } : { table };
}

function structure(input: OverviewInput, projects: OverviewProjects | undefined): Overview['structure'] {
  const { unit, facts } = input;
  const expenditure = expenditureTotal(facts);
  for (const key of STRUCTURE_TABLES) {
    const view = input.tables.find((table) => table.id === key);
    const column = view?.columns.findIndex((c) => c.label === '合计' || c.label.startsWith('合计') || c.label === '本年支出合计') ?? -1;
    if (!view || column < 0 || !expenditure) continue;
    const parts = view.rows.flatMap((row) => {
      const cell = row.cells[column];
      return row.level === 0 && !row.isTotal && cell?.kind === 'money' && cell.value.units > 0n ? [{ label: row.header, value: cell.value }] : [];
    });
    if (parts.length >= 2) return structureOf('overview-structure', `${EXPENDITURE_LABELS[expenditure.fact]}按功能分类（类）`, unit, parts, expenditure.value);
  }
  const basic = facts.get('基本支出');
  const project = facts.get('项目支出');
  if (basic && project && expenditure) return structureOf('overview-structure', '基本支出与项目支出', unit, [{ label: '基本支出', value: basic }, { label: '项目支出', value: project }], expenditure.value);
  const funds = input.performance?.department?.funds;
  const amount = (line: { budget?: Money | undefined; final?: Money | undefined } | undefined) => (input.stage === 'final' ? line?.final : line?.budget) ?? line?.budget;
  const fundBasic = amount(funds?.basic);
  const fundProject = amount(funds?.project);
  if (fundBasic && fundProject) {
    return structureOf('overview-structure', `基本支出与项目支出（${input.stage === 'final' ? '决算' : '预算'}）`, unit, [{ label: '基本支出', value: fundBasic }, { label: '项目支出', value: fundProject }], sum([fundBasic, fundProject]));
  }
  if (projects && projects.tree.filter((node) => node.amount).length >= 2) {
    const parts = projects.tree.flatMap((node) => (node.amount && node.amount.units > 0n ? [{ label: node.project.name, value: node.amount }] : []));
    return structureOf('overview-structure', '项目资金（每个项目计一次）', unit, parts, projects.totals.countedOnce);
  }
  return undefined;
}

const LEVEL_LABELS = { first: '一级项目', second: '二级项目' } as const;

function projectsOf(input: OverviewInput): OverviewProjects | undefined {
  const list = input.performance?.projects ?? [];
  if (list.length === 0) return undefined;
  const { unit } = input;
  const tree = projectTree(list);
  const totals = projectTotals(list, tree);
  const whole = totals.countedOnce;
  const row = (node: ProjectNode, level: number): RowView => {
    const rate = node.amount && !isZero(whole) ? share(node.amount, whole) : undefined;
    return {
      header: node.project.name, level, href: `#${input.projectAnchor(node.project.id)}`,
      cells: [
        textCell(node.project.level ? LEVEL_LABELS[node.project.level] : undefined),
        moneyCell(node.amount, unit),
        // A second-level project's share is inside its first-level project's: shown only for top-level rows.
        level === 0 && rate?.applicable ? percentCell(rate.percent) : textCell(level === 0 ? undefined : '（含在上级项目内）'),
      ],
    };
  };
  const rows = tree.flatMap((node) => [row(node, 0), ...node.children.map((child) => row(child, 1))]);
  rows.push({ header: '合计（每个项目计一次）', cells: [textCell(undefined), moneyCell(whole, unit), textCell(undefined)], isTotal: true });
  const table: TableView = {
    id: 'overview-projects', title: '项目资金（按金额从大到小，二级项目列在所属一级项目之下）', unit, rowHeader: '项目',
    columns: [{ label: '层级', numeric: false }, { label: '资金总额', numeric: true }, { label: '占项目资金合计', numeric: true }],
    rows,
  };
  return { tree, totals, table, statement: projectStatement(totals, input.facts.get('项目支出'), unit, tree) };
}

/** The projects' sum against the disclosure's 项目支出, saying why they differ where the source lets us. */
function projectStatement(totals: ProjectTotals, projectExpenditure: Money | undefined, unit: string, tree: readonly ProjectNode[]): string {
  const counted = `${totals.topLevel}个项目${totals.nested ? `（另有${totals.nested}个二级项目列在所属一级项目之下，不重复计算）` : ''}资金合计${amountWithUnit(totals.countedOnce, unit)}`;
  if (!projectExpenditure) return `${counted}。`;
  const difference = subtract(totals.countedOnce, projectExpenditure);
  if (isZero(difference)) return `${counted}，与本年项目支出${amountWithUnit(projectExpenditure, unit)}相等。`;
  const unlinked = tree.filter((node) => node.project.level === 'second');
  const why = unlinked.length
    ? `原文有${unlinked.length}个二级项目（合计${amountWithUnit(sum(unlinked.map((node) => node.amount)), unit)}）未注明所属一级项目，已单独计入，可能与一级项目重复；项目资金也可能含上年结转等其他来源`
    : '项目资金可能含上年结转等其他来源，或部分项目未列入项目支出';
  return `${counted}，比本年项目支出${amountWithUnit(projectExpenditure, unit)}${difference.units > 0n ? '多' : '少'}${amountWithUnit(abs(difference), unit)}：${why}。`;
}

function indicatorsOf(input: OverviewInput): OverviewIndicators | undefined {
  const performance = input.performance;
  if (!performance) return undefined;
  const groups: Array<{ name: string; href: string; indicators: readonly Indicator[] }> = [
    ...(performance.department?.indicators.length ? [{ name: '部门整体', href: '#table-department-indicators', indicators: performance.department.indicators }] : []),
    ...performance.projects.map((project) => ({ name: project.name, href: `#${input.projectAnchor(project.id)}`, indicators: project.indicators })),
  ];
  const total = groups.reduce((n, group) => n + group.indicators.length, 0);
  if (total === 0) return undefined;
  const counts = { met: 0, partly: 0, 'not-met': 0, 'not-judged': 0, 'not-applicable': 0, judged: 0 };
  const misses: IndicatorMiss[] = [];
  for (const group of groups) {
    for (const indicator of group.indicators) {
      const judgement = indicatorStatus(indicator);
      if (!judgement) continue;
      counts[judgement.status]++;
      counts.judged++;
      if (judgement.status === 'partly' || judgement.status === 'not-met') {
        misses.push({
          project: group.name, href: group.href, indicator: indicator.name ?? '（原文无指标名称）', status: judgement.status, statusLabel: STATUS_LABELS[judgement.status],
          ...(indicator.target ? { target: indicator.target.text } : {}), ...(indicator.actual ? { actual: indicator.actual.text } : {}),
        });
      }
    }
  }
  return { ...(counts.judged ? { counts } : {}), misses, total, projects: performance.projects.length };
}

export function buildOverview(input: OverviewInput): Overview {
  const projects = projectsOf(input);
  const structureView = structure(input, projects);
  const indicators = indicatorsOf(input);
  const shown = figures(input);
  const executionView = input.stage === 'final' ? execution(input) : undefined;
  // Without stated totals (a disclosure of project performance only), the projects' funds are the figure to give.
  if (shown.length === 0 && projects) {
    shown.push({ key: 'projects', label: '项目资金（每个项目计一次）', value: projects.totals.countedOnce, text: amountWithUnit(projects.totals.countedOnce, input.unit), href: '#overview-projects' });
  }
  return {
    unit: input.unit,
    figures: shown,
    ...(executionView ? { execution: executionView } : {}),
    ...(structureView ? { structure: structureView } : {}),
    ...(projects ? { projects } : {}),
    ...(indicators ? { indicators } : {}),
  };
}
