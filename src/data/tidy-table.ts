/**
 * A table view as tidy rows for downloads: every row stands alone. Each carries the disclosure it comes from
 * (department id and name, year, stage, table, unit), the project where the table is a project's, the
 * classification code and its level, every group label repeated (an indicator's 一级指标 and 二级指标 on every
 * indicator row, not only on the first of its group), its own label and whether it is a totals row, then the
 * table's cells with their exact values. CSV and JSON writers, and the whole-site data package, all read these rows.
 * Pure.
 */
import type { Stage } from '../schemas/primitives.ts';
import { STAGE_LABELS } from '../schemas/primitives.ts';
import { BLANK, numberCell, textCell, type Cell, type TableView } from '../table-kinds/view-model.ts';

/** Where a table comes from: the disclosure (and the project, for a project's tables). */
export interface DownloadContext {
  readonly department: { readonly id: string; readonly name: string };
  readonly year: number;
  readonly stage: Stage;
  readonly project?: { readonly id: string; readonly name: string };
}

/** context: where the row comes from; label: code, level, groups, totals flag; row: the row's own label; value: the table's cells. */
export type ColumnRole = 'context' | 'label' | 'row' | 'value';

export interface TidyColumn {
  readonly name: string;
  /** What the column holds, in English (the data package's field description). */
  readonly description: string;
  readonly role: ColumnRole;
}

export interface TidyTable {
  /** Download name (unique across the site), without extension. */
  readonly name: string;
  readonly title: string;
  readonly unit?: string;
  /** The view's name for its codes (功能分类科目编码, 经济分类科目编码), when it has codes. */
  readonly codeHeader?: string;
  readonly columns: readonly TidyColumn[];
  readonly rows: ReadonlyArray<readonly Cell[]>;
}

/** The columns every tidy row begins with, in order (documented in docs/open-data.md). */
export const CONTEXT_COLUMNS: readonly TidyColumn[] = [
  { name: '部门标识', description: 'Department id (stable across years and renamings)', role: 'context' },
  { name: '部门名称', description: 'Department name as used in that year', role: 'context' },
  { name: '年度', description: 'Fiscal year', role: 'context' },
  { name: '阶段', description: 'Stage: 预算 (budget) or 决算 (final accounts)', role: 'context' },
  { name: '表', description: 'Table title as the page shows it', role: 'context' },
  { name: '单位', description: 'Unit of every amount in the row (万元 or 元; 1 万元 = 10,000 元)', role: 'context' },
];
export const PROJECT_COLUMNS: readonly TidyColumn[] = [
  { name: '项目标识', description: 'Project id (kept by the editors from year to year)', role: 'context' },
  { name: '项目名称', description: 'Project name as published that year', role: 'context' },
];
export const CODE_COLUMNS: readonly TidyColumn[] = [
  { name: '科目编码', description: 'Classification code (functional or economic, see the table)', role: 'label' },
  { name: '级次', description: 'Level of the code: 类, 款 or 项', role: 'label' },
];
export const TOTAL_COLUMN: TidyColumn = { name: '合计行', description: 'Whether the row is a totals row (是/否)', role: 'label' };

/** 类 款 项 by the indentation level of a classification row. */
const LEVEL_NAMES = ['类', '款', '项'] as const;

/** The stem of every download file name of a disclosure: 2023-shizhu-organization-budget. */
export const downloadStem = (context: Pick<DownloadContext, 'year' | 'stage'> & { readonly department: { readonly id: string } }): string =>
  `${context.year}-${context.department.id}-${context.stage}`;

/**
 * The tidy rows of one table view. Group labels are carried down to every row of the group; a view that names its
 * group levels (groupHeaders) gets one column per level, any other view one 分组 column.
 */
export function tidyTable(name: string, view: TableView, context: DownloadContext): TidyTable {
  const groupHeaders = groupHeadersOf(view);
  const columns = tidyColumns(view, context);
  const lead: Cell[] = [
    textCell(context.department.id), textCell(context.department.name), numberCell(context.year), textCell(STAGE_LABELS[context.stage]),
    textCell(view.title), textCell(view.unit),
    ...(context.project ? [textCell(context.project.id), textCell(context.project.name)] : []),
  ];
  let groups: readonly string[] = [];
  const rows = view.rows.map((row): Cell[] => {
    if (row.groupLabels) groups = row.groupLabels;
    else if (row.group) groups = [row.group];
    const level = row.code !== undefined && row.level !== undefined ? LEVEL_NAMES[row.level] : undefined;
    return [
      ...lead,
      textCell(row.code), textCell(level),
      ...groupHeaders.map((_, index) => textCell(groups[index])),
      textCell(row.header),
      textCell(row.isTotal ? '是' : '否'),
      ...view.columns.map((_, index) => row.cells[index] ?? BLANK),
    ];
  });
  return { name, title: view.title, ...(view.unit ? { unit: view.unit } : {}), ...(view.codeHeader ? { codeHeader: view.codeHeader } : {}), columns, rows };
}

const groupHeadersOf = (view: TableView): readonly string[] => view.groupHeaders ?? (view.rows.some((row) => row.group) ? ['分组'] : []);

/** The columns of a view's tidy rows (without making the rows). */
export function tidyColumns(view: TableView, context: Pick<DownloadContext, 'project'>): TidyColumn[] {
  return distinctNames([
    ...CONTEXT_COLUMNS,
    ...(context.project ? PROJECT_COLUMNS : []),
    ...CODE_COLUMNS,
    ...groupHeadersOf(view).map((header): TidyColumn => ({ name: header, description: `Group label (${header}), repeated on every row of the group`, role: 'label' })),
    { name: view.rowHeader, description: 'Row label as printed', role: 'row' },
    TOTAL_COLUMN,
    ...view.columns.map((column): TidyColumn => ({ name: column.label, description: column.numeric ? 'Figure as printed' : 'Text as printed', role: 'value' })),
  ]);
}

/** A table's own label that repeats a column before it (单位, 合计行 …) gets （表中） so every name is one column. */
function distinctNames(columns: readonly TidyColumn[]): TidyColumn[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    let name = column.name;
    while (seen.has(name)) name = `${name}（表中）`;
    seen.add(name);
    return name === column.name ? column : { ...column, name };
  });
}

/**
 * Several tidy tables as one (the tables of all projects of a disclosure, or one table kind across the site): the
 * union of their columns, each column after the one it follows in the table that has it, so that every table's own
 * order is kept; a row has blanks in the columns its table lacks.
 */
export function concatTidy(name: string, title: string, parts: readonly TidyTable[]): TidyTable {
  const columns = mergeColumns(parts.map((part) => part.columns));
  const position = new Map(columns.map((column, index) => [column.name, index]));
  const rows: Cell[][] = [];
  for (const part of parts) {
    const indexes = part.columns.map((column) => position.get(column.name)!);
    for (const row of part.rows) {
      const out: Cell[] = new Array<Cell>(columns.length).fill(BLANK);
      row.forEach((cell, index) => { out[indexes[index]!] = cell; });
      rows.push(out);
    }
  }
  const unit = parts.find((part) => part.unit)?.unit;
  const codeHeader = parts.find((part) => part.codeHeader)?.codeHeader;
  return { name, title, ...(unit ? { unit } : {}), ...(codeHeader ? { codeHeader } : {}), columns, rows };
}

/** The union of column lists, each new column placed right after its predecessor in the list that has it. */
export function mergeColumns(lists: ReadonlyArray<readonly TidyColumn[]>): TidyColumn[] {
  const merged: TidyColumn[] = [];
  for (const list of lists) {
    let after = -1;
    for (const column of list) {
      const at = merged.findIndex((existing) => existing.name === column.name);
      if (at >= 0) { after = at; continue; }
      merged.splice(after + 1, 0, column);
      after += 1;
    }
  }
  return merged;
}
