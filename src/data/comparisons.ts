/**
 * Comparisons in one unit: a department across its years (expenditure with the change on the previous year,
 * budget beside final accounts, structure and the three public expenses) and the departments of a year (total,
 * basic and project expenditure, the three public expenses, per person where staff counts exist). Every amount is
 * a disclosure's own key figure (src/data/key-figures.ts) converted exactly to the comparison's unit, 万元 unless
 * some amount cannot be held in 万元 exactly (src/domain/units.ts). Pure.
 */
import type { Money } from '../domain/money.ts';
import { executionRate, formatRate, yearOnYear, type Rate } from '../domain/rates.ts';
import { commonUnit, convertAmount, type AmountUnit } from '../domain/units.ts';
import { factDefinition } from '../domain/facts/catalogue.ts';
import { comparisonChart, type ChartSpec } from '../charts/chart-specs.ts';
import { moneyCell, notApplicableCell, numberCell, percentCell, textCell, BLANK, type Cell, type TableView } from '../table-kinds/view-model.ts';
import type { Department } from '../schemas/site.ts';
import type { Stage } from '../schemas/primitives.ts';
import { STAGE_LABELS } from '../schemas/primitives.ts';
import type { DisclosureView } from './site-data.ts';
import { amountIn, KEY_AMOUNTS, KEY_LABELS, keyAmounts, keyFigures, type KeyAmount, type KeyFigures } from './key-figures.ts';
import { nameInYear } from './department-names.ts';
import { tableElementId } from './disclosure-charts.ts';

const STAGES: readonly Stage[] = ['budget', 'final'];

/** One disclosure in a comparison: its key figures converted to the comparison's unit. */
export interface Compared {
  readonly disclosure: DisclosureView;
  readonly amounts: Readonly<Partial<Record<KeyAmount, Money>>>;
  /** Last year's expenditure as the disclosure prints it, converted. */
  readonly lastYearTotal?: Money;
  readonly staff?: number;
  readonly figures: KeyFigures;
}

function compared(d: DisclosureView, unit: AmountUnit): Compared {
  const figures = keyFigures(d);
  const amounts: Partial<Record<KeyAmount, Money>> = {};
  for (const key of KEY_AMOUNTS) { const value = amountIn(figures.amounts[key], figures.unit, unit); if (value) amounts[key] = value; }
  const lastYearTotal = amountIn(figures.lastYearTotal, figures.unit, unit);
  return { disclosure: d, amounts, figures, ...(lastYearTotal ? { lastYearTotal } : {}), ...(figures.staff !== undefined ? { staff: figures.staff } : {}) };
}

export interface HistoryYear {
  readonly year: number;
  readonly budget?: Compared;
  readonly final?: Compared;
}

export interface DepartmentHistory {
  readonly department: Department;
  readonly unit: AmountUnit;
  /** Oldest first. */
  readonly years: readonly HistoryYear[];
}

/** A department's disclosures (any order) as one history in one unit. A renamed department keeps its id, so one history. */
export function departmentHistory(department: Department, own: readonly DisclosureView[]): DepartmentHistory {
  const unit = commonUnit(keyAmounts(own.map(keyFigures)));
  const byYear = new Map<number, { budget?: Compared; final?: Compared }>();
  for (const d of own) {
    const entry = byYear.get(d.year) ?? {};
    entry[d.stage] = compared(d, unit);
    byYear.set(d.year, entry);
  }
  const years = [...byYear].sort(([a], [b]) => a - b).map(([year, entry]) => ({ year, ...entry }));
  return { department, unit, years };
}

const rateCell = (rate: Rate): Cell => (rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate)));

/** The change on the previous year: last year's own disclosure on the site, else the 上年数 this one prints. */
function previousTotal(history: DepartmentHistory, index: number, stage: Stage): Money | undefined {
  const row = history.years[index]!;
  const previous = history.years[index - 1];
  const own = previous && previous.year === row.year - 1 ? previous[stage]?.amounts.total : undefined;
  return own ?? row[stage]?.lastYearTotal;
}

function changeCells(current: Money | undefined, previous: Money | undefined, unit: AmountUnit): Cell[] {
  if (!current || !previous) return [BLANK, BLANK];
  const { change, percent } = yearOnYear(current, previous, 1);
  return [moneyCell(change, unit), rateCell(percent)];
}

/** 历年支出: per year, budget and final expenditure with their change on the previous year, and final ÷ budget. */
export function expenditureHistoryView(history: DepartmentHistory): TableView {
  const { unit } = history;
  return {
    id: `history-${history.department.id}`,
    title: `${history.department.name}历年支出（预算与决算）`,
    unit, rowHeader: '年度',
    columns: [
      { label: '预算数', numeric: true }, { label: '预算比上年增减', numeric: true }, { label: '预算增减率', numeric: true },
      { label: '决算数', numeric: true }, { label: '决算比上年增减', numeric: true }, { label: '决算增减率', numeric: true },
      { label: '决算÷预算', numeric: true },
    ],
    rows: history.years.map((row, index) => {
      const budget = row.budget?.amounts.total;
      const final = row.final?.amounts.total;
      return {
        header: `${row.year}年`,
        cells: [
          moneyCell(budget, unit), ...changeCells(budget, previousTotal(history, index, 'budget'), unit),
          moneyCell(final, unit), ...changeCells(final, previousTotal(history, index, 'final'), unit),
          budget && final ? rateCell(executionRate(final, budget)) : BLANK,
        ],
      };
    }),
    note: '本年支出为各年公开文件的本年支出合计（不含结转下年）；比上年增减按本站上年同阶段文件计算，本站无上年文件时按本年文件所列上年数。决算÷预算为同年决算数与预算数之比。',
  };
}

/** 支出结构与“三公”经费: per year and stage, the key amounts side by side (budget beside final of the same year). */
export function structureHistoryView(history: DepartmentHistory): TableView {
  const { unit, department } = history;
  const renamed = department.former_names.length > 0;
  const rows = history.years.flatMap((row) => STAGES.flatMap((stage) => {
    const item = row[stage];
    if (!item) return [];
    return [{
      header: `${row.year}年${STAGE_LABELS[stage]}`,
      cells: [
        ...(renamed ? [textCell(nameInYear(department, row.year))] : []),
        ...KEY_AMOUNTS.map((key) => moneyCell(item.amounts[key], unit)),
        numberCell(item.staff),
      ],
    }];
  }));
  return {
    id: `structure-${department.id}`,
    title: `${department.name}历年支出结构与“三公”经费`,
    unit, rowHeader: '年度与阶段',
    columns: [
      ...(renamed ? [{ label: '当年名称', numeric: false }] : []),
      ...KEY_AMOUNTS.map((key) => ({ label: KEY_LABELS[key], numeric: true })),
      { label: '在职人数（人）', numeric: true },
    ],
    rows,
    note: factNote() + sourceNote(history.years.flatMap((row) => [row.budget, row.final])),
  };
}

/** Where a disclosure without standard tables took its figures from. */
function sourceNote(items: ReadonlyArray<Compared | undefined>): string {
  return items.some((item) => item && Object.values(item.figures.sources).includes('performance'))
    ? '无标准表的文件，本年支出、基本支出和项目支出取自其部门整体绩效表的资金情况（预算取预算数，决算取决算数）。'
    : '';
}

/** What 基本支出 and 项目支出 mean, as the fact catalogue defines them (one home for the wording). */
function factNote(): string {
  return ['基本支出', '项目支出', '三公经费'].map((name) => `${name === '三公经费' ? '“三公”经费' : name}：${factDefinition(name)?.zh ?? name}`).join('；') + '。';
}

/** The trends as charts, each enhancing the table that holds its numbers. */
export function historyCharts(history: DepartmentHistory): { expenditure: ChartSpec[]; structure: ChartSpec[] } {
  const { unit, years } = history;
  const labels = years.map((row) => `${row.year}年`);
  const first = years[0]?.year;
  const last = years[years.length - 1]?.year;
  if (years.length < 2) return { expenditure: [], structure: [] };
  const total = comparisonChart({
    id: `trend-total-${history.department.id}`, kind: 'line', title: '历年本年支出（预算与决算）', unit,
    tableId: tableElementId(expenditureHistoryView(history).id), labels,
    series: STAGES.map((stage) => ({ label: `${STAGE_LABELS[stage]}数`, values: years.map((row) => row[stage]?.amounts.total) })),
    description: `${first}年至${last}年各年本年支出的预算数与决算数（单位：${unit}），数字见下表。`,
  });
  const three = comparisonChart({
    id: `trend-three-public-${history.department.id}`, kind: 'line', title: '历年“三公”经费（预算与决算）', unit,
    tableId: tableElementId(structureHistoryView(history).id), labels,
    series: STAGES.map((stage) => ({ label: `${STAGE_LABELS[stage]}数`, values: years.map((row) => row[stage]?.amounts.threePublic) })),
    description: `${first}年至${last}年各年“三公”经费的预算数与决算数（单位：${unit}），数字见下表。`,
  });
  return { expenditure: total ? [total] : [], structure: three ? [three] : [] };
}

/** 人均: an amount per person in 元, rounded half up to 0.01 元 (the exact quotient rarely ends). */
export function perPerson(value: Money, unit: AmountUnit, people: number): Money | undefined {
  if (people <= 0) return undefined;
  const yuan = convertAmount(value, unit, '元')!.units;
  const step = 100n; // 0.01 元 in units of 1/10,000 元
  const denominator = BigInt(people) * step;
  const sign = yuan < 0n ? -1n : 1n;
  const cents = (2n * (yuan * sign) + denominator) / (2n * denominator);
  return { units: sign * cents * step, decimals: 2 };
}

export interface YearComparison {
  readonly stage: Stage;
  readonly unit: AmountUnit;
  readonly view: TableView;
  /** Per row: the department page its name links to. */
  readonly links: readonly string[];
}

/** The departments of one year and stage side by side, in one unit; rows in the order given. */
export function yearComparison(year: number, stage: Stage, disclosures: readonly DisclosureView[]): YearComparison | undefined {
  const items = disclosures.filter((d) => d.year === year && d.stage === stage);
  if (items.length === 0) return undefined;
  const unit = commonUnit(keyAmounts(items.map(keyFigures)));
  const rows = items.map((d) => compared(d, unit));
  const perStaff = rows.some((row) => row.staff !== undefined && row.amounts.threePublic);
  const view: TableView = {
    id: `compare-${year}-${stage}`,
    title: `${year}年各部门${STAGE_LABELS[stage]}比较`,
    unit, rowHeader: '部门',
    columns: [
      ...KEY_AMOUNTS.map((key) => ({ label: KEY_LABELS[key], numeric: true })),
      { label: '在职人数（人）', numeric: true },
      ...(perStaff ? [{ label: '人均“三公”经费（元/人）', numeric: true }] : []),
    ],
    rows: rows.map((row) => ({
      header: nameInYear(row.disclosure.department, year),
      cells: [
        ...KEY_AMOUNTS.map((key) => moneyCell(row.amounts[key], unit)),
        numberCell(row.staff),
        ...(perStaff ? [moneyCell(row.amounts.threePublic && row.staff !== undefined ? perPerson(row.amounts.threePublic, unit, row.staff) : undefined, '元')] : []),
      ],
    })),
    note: `金额均已换算为${unit}（1万元 = 10000元），为各部门当年${STAGE_LABELS[stage]}公开文件所列数字。${factNote()}人均“三公”经费 = “三公”经费 ÷ 在职人数，四舍五入到0.01元。${sourceNote(rows)}`,
  };
  return { stage, unit, view, links: rows.map((row) => `/departments/${row.disclosure.department.id}/`) };
}
