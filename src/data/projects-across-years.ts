/**
 * A project followed from year to year. The editors keep a project's id (performance.yaml, projects[].id) the same
 * in every year's budget and final accounts of the department, so (department, project id) is the project; its
 * name may change (src/validation/rules/projects-across-years.ts warns when an id looks changed instead). For each
 * project: its funds per year (budget, and the final accounts' budget and spending) in one unit, and its
 * indicators per year, target → actual. Pure; built once per list of disclosures.
 */
import type { Money } from '../domain/money.ts';
import { executionRate, formatRate } from '../domain/rates.ts';
import { commonUnit, type AmountUnit } from '../domain/units.ts';
import type { Indicator } from '../schemas/performance.ts';
import type { Department } from '../schemas/site.ts';
import { BLANK, moneyCell, notApplicableCell, percentCell, textCell, type Cell, type RowView, type TableView } from '../table-kinds/view-model.ts';
import type { DisclosureView } from './site-data.ts';
import type { ProjectView } from './performance-views.ts';
import { amountIn } from './key-figures.ts';

export interface ProjectInDisclosure {
  readonly disclosure: DisclosureView;
  readonly view: ProjectView;
}

export interface ProjectYear {
  readonly year: number;
  readonly budget?: ProjectInDisclosure;
  readonly final?: ProjectInDisclosure;
}

export interface ProjectHistory {
  readonly department: Department;
  readonly id: string;
  /** The name of the latest year. */
  readonly name: string;
  /** Every name the project was published under, oldest first. */
  readonly names: readonly string[];
  readonly url: string;
  /** Oldest first. */
  readonly years: readonly ProjectYear[];
  /** The first-level project this one belongs to (its latest parent id), and its second-level projects. */
  readonly parent?: string;
  readonly children: readonly string[];
}

export const projectUrl = (departmentId: string, projectId: string): string => `/projects/${departmentId}/${projectId}/`;

/** The project in a disclosure, by the anchor of its section on the disclosure page. */
export const projectAnchorUrl = (item: ProjectInDisclosure): string => `${item.disclosure.url}#${item.view.anchor}`;

const MEMO = new WeakMap<readonly DisclosureView[], ProjectHistory[]>();

/** Every project of the site across its years, by department then first appearance. */
export function siteProjects(disclosures: readonly DisclosureView[]): ProjectHistory[] {
  let projects = MEMO.get(disclosures);
  if (!projects) MEMO.set(disclosures, (projects = collect(disclosures)));
  return projects;
}

function collect(disclosures: readonly DisclosureView[]): ProjectHistory[] {
  const byKey = new Map<string, { department: Department; id: string; years: Map<number, { budget?: ProjectInDisclosure; final?: ProjectInDisclosure }> }>();
  const ordered = [...disclosures].sort((a, b) => a.department.id.localeCompare(b.department.id) || a.year - b.year || a.stage.localeCompare(b.stage));
  for (const disclosure of ordered) {
    for (const view of disclosure.projects) {
      const key = `${disclosure.department.id}\u0000${view.project.id}`;
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { department: disclosure.department, id: view.project.id, years: new Map() }));
      const year = entry.years.get(disclosure.year) ?? {};
      year[disclosure.stage] = { disclosure, view };
      entry.years.set(disclosure.year, year);
    }
  }
  const histories = [...byKey.values()].map(({ department, id, years }): Omit<ProjectHistory, 'children'> => {
    const list = [...years].sort(([a], [b]) => a - b).map(([year, stages]) => ({ year, ...stages }));
    const projects = list.flatMap((row) => [row.budget, row.final]).filter((item): item is ProjectInDisclosure => item !== undefined).map((item) => item.view.project);
    const latest = projects[projects.length - 1]!;
    const parent = [...projects].reverse().find((project) => project.parent)?.parent;
    return { department, id, name: latest.name, names: [...new Set(projects.map((project) => project.name))], url: projectUrl(department.id, id), years: list, ...(parent ? { parent } : {}) };
  });
  return histories.map((history) => ({
    ...history,
    children: histories.filter((other) => other.department.id === history.department.id && other.parent === history.id).map((other) => other.id),
  }));
}

/** A department's projects with the years they appear in (for the department page). */
export function departmentProjects(disclosures: readonly DisclosureView[], departmentId: string): ProjectHistory[] {
  return siteProjects(disclosures).filter((project) => project.department.id === departmentId);
}

export function projectHistory(disclosures: readonly DisclosureView[], departmentId: string, projectId: string): ProjectHistory | undefined {
  return siteProjects(disclosures).find((project) => project.department.id === departmentId && project.id === projectId);
}

interface FundFigures {
  readonly budget?: Money | undefined;
  readonly finalBudget?: Money | undefined;
  readonly spent?: Money | undefined;
}

/** A year's fund figures, each in its disclosure's unit: the budget's total, the final accounts' total and spending. */
function fundFigures(row: ProjectYear): { figures: FundFigures; units: { budget?: AmountUnit; final?: AmountUnit } } {
  const budget = row.budget?.view.project.funds?.total;
  const final = row.final?.view.project.funds;
  return {
    figures: { budget, finalBudget: final?.total, spent: final?.executed?.total },
    units: { ...(row.budget ? { budget: row.budget.disclosure.meta.unit } : {}), ...(row.final ? { final: row.final.disclosure.meta.unit } : {}) },
  };
}

/** The unit the project's funds are compared in (万元 unless some amount only holds exactly in 元). */
export function projectUnit(history: ProjectHistory): AmountUnit {
  const amounts: Array<{ value: Money; unit: AmountUnit }> = [];
  for (const row of history.years) {
    const { figures, units } = fundFigures(row);
    if (figures.budget && units.budget) amounts.push({ value: figures.budget, unit: units.budget });
    for (const value of [figures.finalBudget, figures.spent]) if (value && units.final) amounts.push({ value, unit: units.final });
  }
  return commonUnit(amounts);
}

/** 历年资金: per year, the budget's project funds, and the final accounts' budget, spending and execution rate. */
export function projectFundsView(history: ProjectHistory): TableView {
  const unit = projectUnit(history);
  return {
    id: `project-funds-${history.id}`,
    title: `${history.name}：历年资金`,
    unit, rowHeader: '年度',
    columns: [{ label: '预算（预算公开）', numeric: true }, { label: '预算（决算自评）', numeric: true }, { label: '实际支出（决算自评）', numeric: true }, { label: '执行率', numeric: true }],
    rows: history.years.map((row): RowView => {
      const { figures, units } = fundFigures(row);
      const budget = units.budget ? amountIn(figures.budget, units.budget, unit) : undefined;
      const finalBudget = units.final ? amountIn(figures.finalBudget, units.final, unit) : undefined;
      const spent = units.final ? amountIn(figures.spent, units.final, unit) : undefined;
      const rate = spent && finalBudget ? executionRate(spent, finalBudget) : undefined;
      return {
        header: `${row.year}年`,
        cells: [moneyCell(budget, unit), moneyCell(finalBudget, unit), moneyCell(spent, unit), rate ? (rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate))) : BLANK],
      };
    }),
    note: '预算（预算公开）为当年预算公开文件中的项目资金总额；预算（决算自评）和实际支出为当年绩效自评表中的资金总额和已执行资金；执行率 = 实际支出 ÷ 预算（决算自评）。',
  };
}

const indicatorKey = (indicator: Indicator): string => [indicator.level1 ?? '', indicator.level2 ?? '', indicator.name ?? ''].join('\u0000');

/** "≥500人次 → 520人次": the target, and the actual where the final accounts report one. */
function targetToActual(target: Indicator | undefined, result: Indicator | undefined): Cell {
  const goal = result?.target?.text ?? target?.target?.text;
  const actual = result?.actual?.text;
  if (!goal && !actual) return BLANK;
  return textCell(actual ? `${goal ?? '（未列目标）'} → ${actual}` : goal!);
}

/**
 * 历年绩效指标: one row per indicator (matched across years by its levels and name), one column per year holding
 * the target → actual (the final accounts' self-evaluation where published, else the budget's target).
 */
export function projectIndicatorsView(history: ProjectHistory): TableView {
  const rows = new Map<string, { indicator: Indicator; years: Map<number, Cell> }>();
  const order: string[] = [];
  for (const row of history.years) {
    const targets = new Map((row.budget?.view.project.indicators ?? []).map((indicator) => [indicatorKey(indicator), indicator]));
    const results = new Map((row.final?.view.project.indicators ?? []).map((indicator) => [indicatorKey(indicator), indicator]));
    for (const key of new Set([...targets.keys(), ...results.keys()])) {
      let entry = rows.get(key);
      if (!entry) { rows.set(key, (entry = { indicator: (results.get(key) ?? targets.get(key))!, years: new Map() })); order.push(key); }
      entry.years.set(row.year, targetToActual(targets.get(key), results.get(key)));
    }
  }
  let previousGroup = '';
  return {
    id: `project-indicators-${history.id}`,
    title: `${history.name}：历年绩效指标（指标值 → 实际完成值）`,
    rowHeader: '三级指标',
    groupHeaders: ['一级指标', '二级指标'],
    columns: history.years.map((row) => ({ label: `${row.year}年`, numeric: false })),
    rows: order.map((key): RowView => {
      const { indicator, years } = rows.get(key)!;
      const group = [indicator.level1, indicator.level2].filter(Boolean).join(' · ');
      const out: RowView = {
        header: indicator.name ?? '（原文无指标名称）',
        cells: history.years.map((row) => years.get(row.year) ?? BLANK),
        ...(group && group !== previousGroup ? { group } : {}),
        groupLabels: [indicator.level1 ?? '', indicator.level2 ?? ''],
      };
      previousGroup = group || previousGroup;
      return out;
    }),
    note: '每年的指标值取自当年绩效目标（预算）或绩效自评（决算）；箭头后为决算自评的实际完成值。各年指标按一级、二级指标和指标名称对应。',
  };
}

/** The project as each year's disclosures publish it: links to its sections on the disclosure pages. */
export function projectLinks(history: ProjectHistory): Array<{ year: number; stage: 'budget' | 'final'; label: string; href: string; name: string }> {
  return history.years.flatMap((row) => (['budget', 'final'] as const).flatMap((stage) => {
    const item = row[stage];
    return item ? [{ year: row.year, stage, label: `${row.year}年${stage === 'budget' ? '预算（绩效目标）' : '决算（绩效自评）'}`, href: projectAnchorUrl(item), name: item.view.project.name }] : [];
  }));
}

