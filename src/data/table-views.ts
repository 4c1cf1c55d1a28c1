/**
 * Every table of a disclosure as one generic view model. The HTML table, its CSV download and the search
 * index all come from these views, so a figure cannot read differently in two places.
 */
import { codeLevel } from '../domain/classification.ts';
import { formatMoney, type Money } from '../domain/money.ts';
import { formatPercent, formatRate, executionRate, type Percent } from '../domain/rates.ts';
import {
  CLASSIFIED_TABLES, FUND_COLUMNS, SECTION_LABELS, STANDARD_TABLES, TABLE_LABELS,
  type ClassifiedTable, type ClassifiedTableSpec, type TablesFile, type ThreePublicGroup,
} from '../schemas/tables.ts';
import type { FundLine, Indicator, PerformanceFile, Project } from '../schemas/performance.ts';
import type { AmountUnit, Stage } from '../schemas/primitives.ts';

export type CellKind = 'money' | 'blank' | 'text' | 'percent' | 'count' | 'na';

export interface Cell {
  readonly text: string;
  readonly kind: CellKind;
}

export interface RowView {
  readonly code?: string;
  readonly header: string;
  /** Indentation level in a classification tree (0 = 类). */
  readonly level?: number;
  readonly cells: readonly Cell[];
  readonly isTotal?: boolean;
  /** Group heading shown before this row (e.g. 产出指标 / 数量指标). */
  readonly group?: string;
}

export interface ColumnView {
  readonly label: string;
  readonly numeric: boolean;
}

export interface TableView {
  readonly id: string;
  readonly title: string;
  readonly unit?: string;
  readonly codeHeader?: string;
  readonly rowHeader: string;
  readonly columns: readonly ColumnView[];
  readonly rows: readonly RowView[];
  readonly emptyStatement?: string;
  readonly note?: string;
}

const BLANK: Cell = { text: '', kind: 'blank' };

export function moneyCell(value: Money | undefined, unit: AmountUnit): Cell {
  if (!value) return BLANK;
  return { text: formatMoney(value, unit === '元' ? value.decimals : Math.max(value.decimals, 2)), kind: 'money' };
}

const countCell = (value: number | undefined): Cell => (value === undefined ? BLANK : { text: String(value), kind: 'count' });
const textCell = (value: string | undefined): Cell => (value === undefined || value === '' ? BLANK : { text: value, kind: 'text' });
const percentCell = (value: Percent | undefined): Cell => (value ? { text: formatPercent(value), kind: 'percent' } : BLANK);

function label(key: string, stage: Stage): string {
  return TABLE_LABELS[key]?.[stage] ?? key;
}

/** Columns of a classified table that hold at least one figure (the others are not printed either). */
function usedColumns(spec: ClassifiedTableSpec, table: ClassifiedTable): ClassifiedTableSpec['columns'] {
  const has = (key: string) =>
    table.rows.some((row) => (row as unknown as Record<string, unknown>)[key] !== undefined) ||
    (table.total as Record<string, unknown> | undefined)?.[key] !== undefined;
  const used = spec.columns.filter((column) => column.key === 'total' || has(column.key));
  return used;
}

export function classifiedTableView(spec: ClassifiedTableSpec, table: ClassifiedTable, stage: Stage, unit: AmountUnit): TableView {
  const columns = usedColumns(spec, table);
  const cellsOf = (record: object | undefined) =>
    columns.map((column) => moneyCell((record as Record<string, Money | undefined> | undefined)?.[column.key], unit));
  const rows: RowView[] = table.rows.map((row) => ({ code: row.code, header: row.name, level: codeLevel(row.code), cells: cellsOf(row) }));
  if (table.total) rows.push({ header: '合计', cells: cellsOf(table.total), isTotal: true });
  return {
    id: spec.key,
    title: table.title ?? label(spec.key, stage),
    unit,
    codeHeader: spec.codeKind === 'functional' ? '功能分类科目编码' : '经济分类科目编码',
    rowHeader: '科目名称',
    columns: columns.map((column) => ({ label: column.label, numeric: true })),
    rows,
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
    ...(table.note ? { note: table.note } : {}),
  };
}

type SummaryLike = NonNullable<TablesFile['fiscal_grant_summary']> | NonNullable<TablesFile['income_expenditure_summary']>;

/** A 收支总表 as two stacked parts (收入, 支出), each section heading followed by its lines and subtotal. */
export function summaryTableView(key: 'income_expenditure_summary' | 'fiscal_grant_summary', table: SummaryLike, stage: Stage, unit: AmountUnit): TableView {
  const columnKeys = key === 'fiscal_grant_summary' ? FUND_COLUMNS.map((c) => c.key) : ['amount'];
  const columnLabels = key === 'fiscal_grant_summary' ? FUND_COLUMNS.map((c) => c.label) : ['金额'];
  const values = (record: object | undefined) => columnKeys.map((k) => moneyCell((record as Record<string, Money | undefined> | undefined)?.[k], unit));
  const rows: RowView[] = [];
  for (const [sideName, side] of [['收入', table.income], ['支出', table.expenditure]] as const) {
    side.sections.forEach((section, index) => {
      const sectionName = section.name ?? `${SECTION_LABELS[section.kind] ?? section.kind}${sideName}`;
      rows.push({ header: sectionName, level: 0, cells: values(section.total), isTotal: false, ...(index === 0 ? { group: sideName } : {}) });
      for (const item of section.items) rows.push({ header: item.name, ...(item.code ? { code: item.code } : {}), level: 1, cells: values(item) });
    });
    if (side.grand_total) rows.push({ header: `${sideName}总计`, cells: values(side.grand_total), isTotal: true });
  }
  return {
    id: key,
    title: table.title ?? label(key, stage),
    unit,
    rowHeader: '项目',
    columns: columnLabels.map((l) => ({ label: l, numeric: true })),
    rows,
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
    ...(table.note ? { note: table.note } : {}),
  };
}

const THREE_PUBLIC_COLUMNS: ReadonlyArray<[keyof ThreePublicGroup, string]> = [
  ['total', '合计'], ['overseas', '因公出国（境）费'], ['vehicle_subtotal', '公务用车购置及运行费小计'],
  ['vehicle_purchase', '公务用车购置费'], ['vehicle_operation', '公务用车运行维护费'], ['reception', '公务接待费'],
];

export function threePublicView(table: NonNullable<TablesFile['three_public_expenses']>, stage: Stage, unit: AmountUnit, year: number): TableView {
  const groups: Array<[string, ThreePublicGroup | undefined]> = [
    [stage === 'budget' ? `${year}年预算数` : `${year}年决算数`, table.this_year],
    [stage === 'budget' ? `${year - 1}年预算数` : `${year}年预算数`, stage === 'budget' ? table.last_year : table.budget],
    ...(stage === 'final' && table.last_year ? [[`${year - 1}年决算数`, table.last_year] as [string, ThreePublicGroup]] : []),
  ];
  return {
    id: 'three_public_expenses',
    title: table.title ?? label('three_public_expenses', stage),
    unit,
    rowHeader: '年度',
    columns: THREE_PUBLIC_COLUMNS.map(([, l]) => ({ label: l, numeric: true })),
    rows: groups.filter(([, group]) => group).map(([name, group]) => ({ header: name, cells: THREE_PUBLIC_COLUMNS.map(([k]) => moneyCell(group![k], unit)) })),
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
    ...(table.note ? { note: table.note } : {}),
  };
}

/**
 * Small fact tables (procurement, assets, operating costs, organisation) as 项目 / 数值 rows. Callers pass the rows
 * to show: blank cells the document prints stay (shown as blank), lines it does not print are left out by them.
 */
function factTable(id: string, title: string, rows: Array<[string, Cell]>, unit?: string, note?: string): TableView | undefined {
  if (rows.every(([, cell]) => cell.kind === 'blank')) return undefined;
  return {
    id, title, rowHeader: '项目', columns: [{ label: unit ? `数值（${unit}）` : '数值', numeric: true }],
    rows: rows.map(([header, cell]) => ({ header, cells: [cell] })),
    ...(note ? { note } : {}),
  };
}

export function additionalTableViews(tables: TablesFile, stage: Stage, unit: AmountUnit): TableView[] {
  const views: TableView[] = [];
  const projects = tables.project_expenditure;
  if (projects) {
    views.push({
      id: 'project_expenditure', title: projects.title ?? label('project_expenditure', stage), unit, rowHeader: '项目名称',
      columns: [{ label: '项目编码', numeric: false }, { label: '项目类别', numeric: false }, { label: '金额', numeric: true }],
      rows: [
        ...projects.rows.map((row) => ({ header: row.name, cells: [textCell(row.code), textCell(row.category), moneyCell(row.amount, unit)] })),
        ...(projects.total ? [{ header: '合计', cells: [BLANK, BLANK, moneyCell(projects.total, unit)], isTotal: true }] : []),
      ],
      ...(projects.empty_statement ? { emptyStatement: projects.empty_statement } : {}),
    });
  }
  const procurement = tables.procurement;
  if (procurement) {
    const split = (name: string, s: typeof procurement.summary) => (s ? [[`${name}合计`, moneyCell(s.total, unit)], [`${name}货物`, moneyCell(s.goods, unit)], [`${name}工程`, moneyCell(s.works, unit)], [`${name}服务`, moneyCell(s.services, unit)]] as Array<[string, Cell]> : []);
    if (procurement.items.length) {
      views.push({
        id: 'procurement', title: procurement.title ?? label('procurement', stage), unit, rowHeader: '采购品目',
        columns: [{ label: '采购目录编码', numeric: false }, { label: '数量', numeric: true }, { label: '单价', numeric: true }, { label: '金额', numeric: true }, { label: '资金来源', numeric: false }],
        rows: procurement.items.map((item) => ({ header: item.name, cells: [textCell(item.catalogue_code), item.quantity ? { text: `${formatMoney(item.quantity, item.quantity.decimals)}${item.quantity_unit ?? ''}`, kind: 'count' } : BLANK, moneyCell(item.unit_price, unit), moneyCell(item.amount, unit), textCell(item.fund_source)] })),
      });
    }
    // Each printed split keeps its blank cells (a blank 货物 beside a total of 11 is a slip readers should see).
    const awarded = ([['授予中小企业合同金额', moneyCell(procurement.small_medium_awarded, unit)], ['授予中小企业比例', textCell(procurement.small_medium_share)]] as Array<[string, Cell]>)
      .filter(([, cell]) => cell.kind !== 'blank');
    const summary = factTable('procurement_summary', '政府采购预算', [
      ...split('政府采购预算', procurement.summary), ...split('一般公共预算拨款政府采购', procurement.general_budget), ...awarded,
    ], unit, procurement.note);
    if (summary) views.push(summary);
  }
  const assets = tables.state_assets;
  if (assets) {
    const vehicles = (prefix: string, v: typeof assets.vehicles) => (v ? [[`${prefix}合计`, countCell(v.total)], [`${prefix}一般公务用车`, countCell(v.general_official)], [`${prefix}执勤执法用车`, countCell(v.law_enforcement)], [`${prefix}特种专业技术用车`, countCell(v.special_professional)], [`${prefix}其他用车`, countCell(v.other)]] as Array<[string, Cell]> : []);
    const view = factTable('state_assets', `国有资产占有使用情况${assets.as_of ? `（截至${assets.as_of}）` : ''}`, ([
      ...vehicles('车辆（辆）：', assets.vehicles), ...vehicles('本年拟购置车辆（辆）：', assets.planned_vehicle_purchases),
      ['单价50万元以上通用设备（台、套）', countCell(assets.large_equipment)], ['单价100万元以上专用设备（台、套）', countCell(assets.large_special_equipment)],
      [`资产总额（${unit}）`, moneyCell(assets.total_assets, unit)],
    ] as Array<[string, Cell]>).filter(([, cell]) => cell.kind !== 'blank'), undefined, assets.note);
    if (view) views.push(view);
  }
  const operating = tables.operating_costs;
  if (operating) {
    const view = factTable('operating_costs', label('operating_costs', stage), [
      ['本年', moneyCell(operating.this_year, unit)], ['上年', moneyCell(operating.last_year, unit)],
    ], unit, [operating.reason, operating.uses].filter(Boolean).join(' '));
    if (view) views.push(view);
  }
  const organisation = tables.organisation;
  if (organisation) {
    const view = factTable('organisation', '机构和人员', ([
      ['实有人员（人）', countCell(organisation.staff_actual)], ['编制人数（人）', countCell(organisation.staff_authorized)],
      ['年末在职人数（人）', countCell(organisation.staff_year_end)], ['离退休人员（人）', countCell(organisation.retired)],
      ['内设机构（个）', countCell(organisation.internal_unit_count ?? organisation.internal_units?.length)],
      ['下属预算单位（个）', countCell(organisation.subordinate_unit_count ?? organisation.subordinate_units?.length)],
    ] as Array<[string, Cell]>).filter(([, cell]) => cell.kind !== 'blank'), undefined,
      [organisation.internal_units?.length ? `内设机构：${organisation.internal_units.join('、')}` : '', organisation.subordinate_units?.length ? `下属单位：${organisation.subordinate_units.join('、')}` : ''].filter(Boolean).join('；'));
    if (view) views.push(view);
  }
  return views;
}

/** Every table of a disclosure in reading order: standard tables first, then the additional ones. */
export function tableViews(tables: TablesFile | undefined, stage: Stage, unit: AmountUnit, year: number): TableView[] {
  if (!tables) return [];
  const views: TableView[] = [];
  for (const key of STANDARD_TABLES) {
    if (key === 'income_expenditure_summary' || key === 'fiscal_grant_summary') {
      const table = tables[key];
      if (table) views.push(summaryTableView(key, table, stage, unit));
    } else if (key === 'three_public_expenses') {
      if (tables.three_public_expenses) views.push(threePublicView(tables.three_public_expenses, stage, unit, year));
    } else {
      const spec = CLASSIFIED_TABLES[key] as ClassifiedTableSpec;
      const table = tables[key] as ClassifiedTable | undefined;
      if (table) views.push(classifiedTableView(spec, table, stage, unit));
    }
  }
  return [...views, ...additionalTableViews(tables, stage, unit)];
}

// ---------------------------------------------------------------------------------------------------------
// Performance

export function fundLinesView(id: string, title: string, lines: Array<[string, FundLine | undefined]>, unit: AmountUnit): TableView | undefined {
  const present = lines.filter(([, line]) => line);
  if (present.length === 0) return undefined;
  return {
    id, title, unit, rowHeader: '资金',
    columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }, { label: '执行率（表中）', numeric: true }, { label: '执行率（核算）', numeric: true }],
    rows: present.map(([name, line]) => ({
      header: name,
      cells: [moneyCell(line!.budget, unit), moneyCell(line!.final, unit), percentCell(line!.execution_rate), recomputedRate(line!)],
    })),
  };
}

function recomputedRate(line: { budget?: Money | undefined; final?: Money | undefined }): Cell {
  if (!line.final) return BLANK;
  const rate = executionRate(line.final, line.budget ?? { units: 0n, decimals: 0 });
  return { text: formatRate(rate), kind: rate.applicable ? 'percent' : 'na' };
}

export function indicatorTableView(id: string, title: string, indicators: readonly Indicator[], withResults: boolean): TableView {
  const hasWeight = indicators.some((i) => i.weight !== undefined);
  const hasUnit = indicators.some((i) => i.unit);
  const hasNature = indicators.some((i) => i.nature);
  const columns: ColumnView[] = [
    ...(hasWeight ? [{ label: '权重', numeric: true }] : []),
    ...(hasUnit ? [{ label: '计量单位', numeric: false }] : []),
    ...(hasNature ? [{ label: '指标性质', numeric: false }] : []),
    { label: withResults ? '年初指标值' : '指标值', numeric: false },
    ...(withResults ? [{ label: '实际完成值', numeric: false }, { label: '完成率', numeric: true }, { label: '未完成原因', numeric: false }] : []),
  ];
  let previousGroup = '';
  const rows: RowView[] = indicators.map((indicator) => {
    const group = [indicator.level1, indicator.level2].filter(Boolean).join(' · ');
    const row: RowView = {
      header: indicator.name ?? '（原文无指标名称）',
      cells: [
        ...(hasWeight ? [indicator.weight === undefined ? BLANK : { text: String(indicator.weight), kind: 'count' as const }] : []),
        ...(hasUnit ? [textCell(indicator.unit)] : []),
        ...(hasNature ? [textCell(indicator.nature)] : []),
        textCell(indicator.target?.text),
        ...(withResults ? [textCell(indicator.actual?.text), percentCell(indicator.completion_rate), textCell(indicator.shortfall_reason)] : []),
      ],
      ...(group && group !== previousGroup ? { group } : {}),
    };
    previousGroup = group || previousGroup;
    return row;
  });
  return { id, title, rowHeader: '三级指标', columns, rows };
}

export interface ProjectView {
  readonly project: Project;
  readonly anchor: string;
  readonly funds?: TableView;
  readonly breakdown?: TableView;
  readonly indicators: TableView;
  readonly withResults: boolean;
}

export function projectViews(performance: PerformanceFile | undefined, stage: Stage, unit: AmountUnit): ProjectView[] {
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
