/**
 * Test workbooks in the layouts budget and final-accounts systems export: a sheet per standard table with the title
 * merged across the table, a 单位 line, headers over one or two lines (merged group headers), a 栏次 row, codes as
 * text, numbers or 类/款/项 columns, figures as numbers in a number format or as text, totals rows and notes; odd
 * layouts on request (a hidden column, numbers stored as text, the “三公” table turned on its side). Made from the
 * tables of a tables.yaml (amounts as the exact text written there), never committed as binaries.
 */
import * as XLSX from '@e965/xlsx';
import { TABLE_KINDS } from '../../src/table-kinds/registry.ts';
import { fieldsAt } from '../../src/import/kind-fields.ts';
import { SHEET_KINDS } from '../../src/import/recognise.ts';

type Raw = Record<string, unknown>;
export type Stage = 'budget' | 'final';

export interface Layout {
  /** Codes as text (default), as numbers, or split over 类/款/项 columns. */
  readonly codes?: 'text' | 'number' | 'split';
  /** Figures as text cells ("1,992.86") instead of numbers in a number format. */
  readonly numbersAsText?: boolean;
  /** A hidden column of internal ids after the name column, with figures in it. */
  readonly hiddenColumn?: boolean;
  /** A 栏次 row (1, 2, 3 …) under the header. */
  readonly columnNumbers?: boolean;
  /** Amount columns under a merged group header (本年支出 › 基本支出 …). */
  readonly groupHeader?: boolean;
  /** The “三公” table with the items as rows and the periods as columns. */
  readonly threePublicTransposed?: boolean;
  /** Sheet names: the table's name (default) or 表1, 表2 … */
  readonly sheetNames?: 'title' | 'numbered';
  /** Title prefix (department and year) printed before the table's name. */
  readonly titlePrefix?: string;
}

type Cell = XLSX.CellObject | undefined;

/** A figure as a spreadsheet holds it: a number with a format showing its decimals, or text. */
export function figureCell(text: string, layout: Layout = {}): XLSX.CellObject {
  if (layout.numbersAsText) return { t: 's', v: text.replace(/^-?\d+/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ',')) };
  const decimals = text.split('.')[1]?.length ?? 0;
  return { t: 'n', v: Number(text), z: decimals ? `#,##0.${'0'.repeat(decimals)}` : '0' };
}
const textCell = (text: string): XLSX.CellObject => ({ t: 's', v: text });
const codeCell = (code: string, layout: Layout): XLSX.CellObject => (layout.codes === 'number' ? { t: 'n', v: Number(code), z: '0' } : textCell(code));

class SheetBuilder {
  readonly rows: Cell[][] = [];
  readonly merges: XLSX.Range[] = [];
  hidden = new Set<number>();
  row(cells: Cell[]): number { this.rows.push(cells); return this.rows.length - 1; }
  merge(r1: number, c1: number, r2: number, c2: number) { if (r1 !== r2 || c1 !== c2) this.merges.push({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } }); }
  build(): XLSX.WorkSheet {
    const sheet: XLSX.WorkSheet = {};
    let width = 0;
    this.rows.forEach((cells, r) => cells.forEach((cell, c) => { if (cell) { sheet[XLSX.utils.encode_cell({ r, c })] = cell; width = Math.max(width, c + 1); } }));
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, this.rows.length - 1), c: Math.max(0, width - 1) } });
    sheet['!merges'] = this.merges;
    sheet['!cols'] = Array.from({ length: width }, (_, c) => (this.hidden.has(c) ? { hidden: true, wch: 10 } : { wch: 14 }));
    return sheet;
  }
}

const kindOf = (key: string) => TABLE_KINDS.find((kind) => kind.key === key)!;
const labelOf = (key: string, field: string, path: string[]) => fieldsAt(kindOf(key).schema, path).find((f) => f.key === field)?.label ?? field;

/** Title, unit line: the top of every sheet. */
function top(builder: SheetBuilder, title: string, unit: string, width: number) {
  const titleRow = builder.row([textCell(title)]);
  builder.merge(titleRow, 0, titleRow, width - 1);
  const unitRow = builder.row([textCell('编制部门：测试部门'), ...Array<Cell>(Math.max(0, width - 2)).fill(undefined), textCell(`单位：${unit}`)]);
  void unitRow;
}

function classifiedSheet(key: string, table: Raw, stage: Stage, unit: string, layout: Layout): XLSX.WorkSheet {
  const rows = (table.rows as Raw[]) ?? [];
  const total = table.total as Raw | undefined;
  const amountFields = fieldsAt(kindOf(key).schema, ['rows']).filter((f) => f.key !== 'code' && f.key !== 'name')
    .filter((f) => f.key === 'total' || rows.some((row) => row[f.key] !== undefined) || total?.[f.key] !== undefined);
  const codeColumns = layout.codes === 'split' ? ['类', '款', '项'] : ['科目编码'];
  const lead = [...codeColumns, '科目名称', ...(layout.hiddenColumn ? ['单位内码'] : [])];
  const width = lead.length + amountFields.length;
  const builder = new SheetBuilder();
  top(builder, titleOf(key, table, stage, layout), unit, width);
  headerRows(builder, layout, lead, amountFields.map((f) => labelOf(key, f.key, ['rows'])), stage);
  if (layout.columnNumbers) builder.row([textCell('栏次'), ...Array<Cell>(lead.length - 1).fill(undefined), ...amountFields.map((_, i) => ({ t: 'n', v: i + 1 }) as XLSX.CellObject)]);
  if (layout.hiddenColumn) builder.hidden.add(lead.length - 1);
  const amounts = (record: Raw | undefined) => amountFields.map((f) => (record?.[f.key] === undefined ? undefined : figureCell(String(record[f.key]), layout)));
  for (const row of rows) {
    const code = String(row.code);
    const codeCells: Cell[] = layout.codes === 'split'
      ? [codeCell(code.slice(0, 3), layout), code.length > 3 ? textCell(code.slice(3, 5)) : undefined, code.length > 5 ? textCell(code.slice(5, 7)) : undefined]
      : [codeCell(code, layout)];
    builder.row([...codeCells, textCell(String(row.name)), ...(layout.hiddenColumn ? [{ t: 'n', v: 9000 + builder.rows.length } as XLSX.CellObject] : []), ...amounts(row)]);
  }
  if (total) {
    const totalRow = builder.row([textCell('合计'), ...Array<Cell>(lead.length - 1).fill(undefined), ...amounts(total)]);
    builder.merge(totalRow, 0, totalRow, lead.length - 1 - (layout.hiddenColumn ? 1 : 0));
  }
  noteRow(builder, (table.empty_statement ?? table.note) as string | undefined, width);
  return builder.build();
}

/**
 * The header of a classified table: one line, or a group line (项目 over the code and name columns, 本年预算 over
 * the amounts) and, with split codes, 科目编码 over 类/款/项; cells that span lines are merged.
 */
function headerRows(builder: SheetBuilder, layout: Layout, lead: readonly string[], amounts: readonly string[], stage: Stage) {
  const split = layout.codes === 'split';
  const others = lead.slice(split ? 3 : 1);
  if (layout.groupHeader) {
    const group = builder.row([textCell('项目'), ...Array<Cell>(lead.length - 1).fill(undefined), textCell(stage === 'final' ? '本年决算' : '本年预算')]);
    builder.merge(group, 0, group, lead.length - 1);
    builder.merge(group, lead.length, group, lead.length + amounts.length - 1);
  }
  const labels = [...others, ...amounts];
  const first = builder.row([textCell('科目编码'), ...(split ? [undefined, undefined] : []), ...labels.map(textCell)]);
  if (!split) return;
  builder.merge(first, 0, first, 2);
  builder.row([textCell('类'), textCell('款'), textCell('项')]);
  labels.forEach((_, i) => builder.merge(first, 3 + i, first + 1, 3 + i));
}

function noteRow(builder: SheetBuilder, text: string | undefined, width: number) {
  if (!text) return;
  const row = builder.row([textCell(text)]);
  builder.merge(row, 0, row, width - 1);
}

function titleOf(key: string, table: Raw, stage: Stage, layout: Layout): string {
  return (table.title as string | undefined) ?? `${layout.titlePrefix ?? ''}${kindOf(key).label[stage]}`;
}

function summarySheet(key: string, table: Raw, stage: Stage, unit: string, layout: Layout): XLSX.WorkSheet {
  const fields = fieldsAt(kindOf(key).schema, ['income', 'sections', 'items']).filter((f) => f.key !== 'code' && f.key !== 'name');
  const width = 2 * (1 + fields.length);
  const builder = new SheetBuilder();
  top(builder, titleOf(key, table, stage, layout), unit, width);
  const group = builder.row([textCell('收入'), ...Array<Cell>(fields.length).fill(undefined), textCell('支出')]);
  builder.merge(group, 0, group, fields.length);
  builder.merge(group, fields.length + 1, group, width - 1);
  builder.row([textCell('项目'), ...fields.map((f) => textCell(f.label)), textCell('项目'), ...fields.map((f) => textCell(f.label))]);
  const sideLines = (side: Raw): Cell[][] => {
    const lines: Cell[][] = [];
    const amounts = (record: Raw | undefined) => fields.map((f) => (record?.[f.key] === undefined ? undefined : figureCell(String(record[f.key]), layout)));
    for (const section of (side.sections as Raw[]) ?? []) {
      if (section.name !== undefined) lines.push([textCell(String(section.name)), ...amounts(section.total as Raw | undefined)]);
      for (const item of (section.items as Raw[]) ?? []) lines.push([textCell(item.code ? `${item.code} ${item.name}` : String(item.name)), ...amounts(item)]);
      if (section.name === undefined && section.total) lines.push([textCell('小计'), ...amounts(section.total as Raw)]);
    }
    return lines;
  };
  const income = sideLines(table.income as Raw);
  const expenditure = sideLines(table.expenditure as Raw);
  const length = Math.max(income.length, expenditure.length);
  for (let i = 0; i < length; i++) {
    const left = income[i] ?? Array<Cell>(fields.length + 1).fill(undefined);
    builder.row([...left, ...(expenditure[i] ?? [])]);
  }
  const grand = (side: Raw, label: string) => (side.grand_total ? [textCell(label), ...fields.map((f) => { const v = (side.grand_total as Raw)[f.key]; return v === undefined ? undefined : figureCell(String(v), layout); })] : Array<Cell>(fields.length + 1).fill(undefined));
  if ((table.income as Raw).grand_total || (table.expenditure as Raw).grand_total) builder.row([...grand(table.income as Raw, '收入总计'), ...grand(table.expenditure as Raw, '支出总计')]);
  return builder.build();
}

const THREE_ITEMS = ['total', 'overseas', 'vehicle_subtotal', 'vehicle_purchase', 'vehicle_operation', 'reception'] as const;

function periodLabel(period: string, stage: Stage, year: number): string {
  if (period === 'last_year') return `${year - 1}年${stage === 'final' ? '决算数' : '预算数'}`;
  if (period === 'budget') return `${year}年预算数`;
  return `${year}年${stage === 'final' ? '决算数' : '预算数'}`;
}

function threePublicSheet(table: Raw, stage: Stage, unit: string, layout: Layout, year: number): XLSX.WorkSheet {
  const builder = new SheetBuilder();
  const periods = (['this_year', 'last_year', 'budget'] as const).filter((p) => table[p]);
  const cell = (group: Raw | undefined, item: string) => (group?.[item] === undefined ? undefined : figureCell(String(group[item]), layout));
  if (layout.threePublicTransposed) {
    top(builder, titleOf('three_public_expenses', table, stage, layout), unit, periods.length + 1);
    builder.row([textCell('项目'), ...periods.map((p) => textCell(periodLabel(p, stage, year)))]);
    const names = { total: '合计', overseas: '因公出国（境）费', vehicle_subtotal: '公务用车购置及运行费', vehicle_purchase: '其中：公务用车购置费', vehicle_operation: '公务用车运行维护费', reception: '公务接待费' };
    for (const item of THREE_ITEMS) builder.row([textCell(names[item]), ...periods.map((p) => cell(table[p] as Raw, item))]);
    detailRows(builder, table, 1 + periods.indexOf('this_year'));
    return builder.build();
  }
  top(builder, titleOf('three_public_expenses', table, stage, layout), unit, 7);
  const first = builder.row([textCell('项目'), textCell('合计'), textCell('因公出国（境）费'), textCell('公务用车购置及运行费'), undefined, undefined, textCell('公务接待费')]);
  builder.row([undefined, undefined, undefined, textCell('小计'), textCell('公务用车购置费'), textCell('公务用车运行维护费'), undefined]);
  for (const c of [0, 1, 2, 6]) builder.merge(first, c, first + 1, c);
  builder.merge(first, 3, first, 5);
  for (const p of periods) builder.row([textCell(periodLabel(p, stage, year)), ...THREE_ITEMS.map((item) => cell(table[p] as Raw, item))]);
  detailRows(builder, table, 1);
  return builder.build();
}

/** The counts behind the amounts as lines under the table (label, count in the given column). */
function detailRows(builder: SheetBuilder, table: Raw, col: number) {
  const details = table.details as Raw | undefined;
  for (const field of fieldsAt(kindOf('three_public_expenses').schema, ['details'])) {
    if (details?.[field.key] === undefined) continue;
    const row: Cell[] = [textCell(field.label)];
    row[col] = { t: 'n', v: Number(details[field.key]), z: '0' };
    builder.row(row);
  }
}

function projectSheet(table: Raw, stage: Stage, unit: string, layout: Layout): XLSX.WorkSheet {
  const fields = fieldsAt(kindOf('project_expenditure').schema, ['rows']);
  const builder = new SheetBuilder();
  top(builder, titleOf('project_expenditure', table, stage, layout), unit, fields.length);
  builder.row(fields.map((f) => textCell(f.label)));
  const texts = new Set(['name', 'code', 'functional_code', 'category']);
  for (const row of (table.rows as Raw[]) ?? []) builder.row(fields.map((f) => (row[f.key] === undefined ? undefined : texts.has(f.key) ? textCell(String(row[f.key])) : figureCell(String(row[f.key]), layout))));
  if (table.total !== undefined) builder.row([textCell('合计'), ...fields.slice(1).map((f) => (f.key === 'amount' ? figureCell(String(table.total), layout) : undefined))]);
  noteRow(builder, (table.empty_statement ?? table.note) as string | undefined, fields.length);
  return builder.build();
}

/** A workbook holding the sheet tables of a parsed tables.yaml (amounts as text), in the file's order. */
export function workbookOf(tables: Raw, stage: Stage, year: number, layout: Layout = {}): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  let number = 0;
  for (const key of SHEET_KINDS) {
    const table = tables[key] as Raw | undefined;
    if (!table) continue;
    const unit = String(tables.unit);
    const sheet = key === 'income_expenditure_summary' || key === 'fiscal_grant_summary' ? summarySheet(key, table, stage, unit, layout)
      : key === 'three_public_expenses' ? threePublicSheet(table, stage, unit, layout, year)
        : key === 'project_expenditure' ? projectSheet(table, stage, unit, layout)
          : classifiedSheet(key, table, stage, unit, layout);
    number++;
    XLSX.utils.book_append_sheet(workbook, sheet, layout.sheetNames === 'numbered' ? `表${number}` : kindOf(key).label[stage].slice(0, 31));
  }
  return workbook;
}

export const workbookBytes = (workbook: XLSX.WorkBook): Uint8Array => XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;

/** One sheet as CSV text (what "save as CSV" gives for it). */
export const sheetCsv = (workbook: XLSX.WorkBook, name: string): string => XLSX.utils.sheet_to_csv(workbook.Sheets[name]!);

export { XLSX };
