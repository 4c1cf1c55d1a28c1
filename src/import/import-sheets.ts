/**
 * A workbook's sheets → the tables of tables.yaml. Each sheet is recognised by its title (recognise.ts) and read by
 * its family's reader; everything that cannot be placed (a sheet that is no standard table, a column or row it
 * cannot read, a second sheet of the same table, units that disagree) is a problem with its cell.
 */
import type { Stage } from '../schemas/primitives.ts';
import { declaredUnit, recogniseSheet, SHEET_KINDS, type SheetKind } from './recognise.ts';
import { readHeader } from './header.ts';
import { readClassified, type ReadTable } from './read-classified.ts';
import { readSummary } from './read-summary.ts';
import { readThreePublic } from './read-three-public.ts';
import { readProjects } from './read-projects.ts';
import { cellRef, type Sheet } from './sheet.ts';
import type { ImportNote, ImportProblem } from './problems.ts';
import { TABLE_KINDS } from '../table-kinds/registry.ts';

export type AmountUnit = '万元' | '元';

export interface ImportOptions {
  /** The disclosure's stage and year, when known (--disclosure). */
  readonly stage?: Stage;
  readonly year?: number;
  /** The unit to assume where no sheet declares one (--unit). */
  readonly unit?: AmountUnit;
}

export interface ImportedTables {
  readonly unit?: AmountUnit;
  readonly stage: Stage;
  /** Tables by kind key, in the registry's order. */
  readonly tables: ReadonlyMap<SheetKind, Record<string, unknown>>;
  /** Which sheet each table came from. */
  readonly sheets: ReadonlyMap<SheetKind, string>;
  readonly problems: readonly ImportProblem[];
  readonly notes: readonly ImportNote[];
}

const isEmpty = (sheet: Sheet) => sheet.rows.every((row) => row.every((cell) => !cell?.text.trim()));

export function importSheets(sheets: readonly Sheet[], options: ImportOptions = {}): ImportedTables {
  const problems: ImportProblem[] = [];
  const notes: ImportNote[] = [];
  const recognised = sheets.filter((sheet) => !isEmpty(sheet)).map((sheet) => ({ sheet, found: recogniseSheet(sheet) }));
  // The stage: the disclosure's; else the one the titles name (决算 titles are final accounts).
  const named = recognised.flatMap(({ found }) => (found?.stage ? [found.stage] : []));
  const stage: Stage = options.stage ?? (named.filter((s) => s === 'final').length > named.length / 2 ? 'final' : 'budget');
  const read = new Map<SheetKind, Record<string, unknown>>();
  const from = new Map<SheetKind, string>();
  const units: Array<{ unit: AmountUnit; at: string }> = [];
  for (const sheet of sheets.filter(isEmpty)) notes.push({ at: sheet.name, message: '空工作表，已跳过' });
  for (const { sheet, found } of recognised) {
    if (!found) {
      problems.push({
        rule: 'import/unknown-sheet', at: sheet.name,
        message: `工作表“${sheet.name}”不是能识别的标准表：前几行的标题和工作表名都不含标准表名`,
        messageEn: `Sheet "${sheet.name}" is not a recognised standard table`,
        fix: `在表格第一行写上表名（如“${SHEET_KINDS.slice(0, 3).map((key) => TABLE_KINDS.find((k) => k.key === key)!.label[stage]).join('”“')}”，见 content/README.md 的表名列表）；不是标准表的工作表请删去，或用 --partial 只导入其余工作表`,
      });
      continue;
    }
    const tableName = `工作表“${sheet.name}”（${found.kind.label[stage]}）`;
    if (options.stage && found.stage && found.stage !== options.stage) {
      problems.push({
        rule: 'import/stage', at: found.titleRow !== undefined ? cellRef(sheet, found.titleRow, 0) : sheet.name,
        message: `${tableName}的标题“${found.title ?? sheet.name}”是${found.stage === 'final' ? '决算' : '预算'}表，但导入的是${options.stage === 'final' ? '决算' : '预算'}`,
        messageEn: `A ${found.stage} table in a ${options.stage} import`,
        fix: '检查 --disclosure 的阶段（budget 预算 / final 决算）是否选对，或是否放错了工作表',
      });
      continue;
    }
    const earlier = from.get(found.key);
    if (earlier) {
      problems.push({ rule: 'import/duplicate-table', at: sheet.name, message: `工作表“${sheet.name}”和“${earlier}”都是${found.kind.label[stage]}`, messageEn: 'Two sheets hold the same table', fix: '删去重复的工作表' });
      continue;
    }
    const header = readHeader(sheet, (found.titleRow ?? -1) + 1);
    if (!header) {
      problems.push({ rule: 'import/no-header', at: sheet.name, message: `${tableName}找不到表头（列名行）`, messageEn: 'No header row found', fix: '表头应在标题下方，每列写明栏目名称（如“科目编码”“科目名称”“合计”）' });
      continue;
    }
    const declared = declaredUnit(sheet, header.firstRow);
    if (declared) units.push({ unit: declared.unit, at: cellRef(sheet, declared.row, declared.col) });
    // The title is kept as printed where it is more than the standard name (the department's, a number).
    const title = found.title === found.kind.label[stage] ? undefined : found.title;
    const result = readTable(found.key, sheet, header, stage, tableName, title, options.year);
    problems.push(...result.problems);
    notes.push(...result.notes);
    if (result.value) { read.set(found.key, result.value); from.set(found.key, sheet.name); }
  }
  const unit = settleUnit(units, options.unit, problems);
  const ordered = new Map(SHEET_KINDS.filter((key) => read.has(key)).map((key) => [key, read.get(key)!]));
  return { ...(unit ? { unit } : {}), stage, tables: ordered, sheets: from, problems, notes };
}

function readTable(key: SheetKind, sheet: Sheet, header: NonNullable<ReturnType<typeof readHeader>>, stage: Stage, tableName: string, title: string | undefined, year: number | undefined): ReadTable {
  const kind = TABLE_KINDS.find((k) => k.key === key)!;
  if (key === 'income_expenditure_summary' || key === 'fiscal_grant_summary') return readSummary(sheet, kind, header, stage, tableName, title);
  if (key === 'three_public_expenses') return readThreePublic(sheet, kind, header, stage, tableName, title, year);
  if (key === 'project_expenditure') return readProjects(sheet, kind, header, stage, tableName, title);
  return readClassified(sheet, kind, header, stage, tableName, title);
}

/** One unit for the whole file: every sheet that declares one must agree, with --unit too. */
function settleUnit(units: ReadonlyArray<{ unit: AmountUnit; at: string }>, given: AmountUnit | undefined, problems: ImportProblem[]): AmountUnit | undefined {
  const first = units[0];
  const unit = given ?? first?.unit;
  for (const declared of units) {
    if (declared.unit !== unit) {
      problems.push({
        rule: 'import/unit', at: declared.at,
        message: `这张表的金额单位是${declared.unit}，但${given ? '--unit 指定' : `${first!.at} 写明`}的是${unit}：一份公开文件的各表必须用同一单位`,
        messageEn: `Unit ${declared.unit} differs from ${unit}`,
        fix: '核对各表的“单位：”行；若各表确实用了不同单位，请先在表格中换算为同一单位（公开文件的单位）',
      });
    }
  }
  if (!unit) {
    problems.push({ rule: 'import/no-unit', at: '（整个工作簿）', message: '工作簿中没有一张表写明金额单位（如“单位：万元”）', messageEn: 'No sheet declares the amount unit', fix: '在表头上方写明“单位：万元”或“单位：元”，或导入时加 --unit 万元（或 --unit 元）' });
  }
  return unit;
}
