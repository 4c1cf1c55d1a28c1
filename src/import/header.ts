/**
 * A table's header: the rows between the title and the first row of figures, however many lines it spans, each
 * column named by the labels above it from top to bottom (a merged 本年支出 over 小计/基本支出/项目支出 gives
 * 本年支出 › 小计). A 栏次 row of column numbers under it is skipped. Columns are then matched to a kind's fields by
 * these names.
 */
import { normalise } from './labels.ts';
import { cellRef, columnCount, ownText, rowTexts, spreadText, type Sheet } from './sheet.ts';
import type { ImportNote, ImportProblem } from './problems.ts';

export interface HeaderColumn {
  readonly col: number;
  /** Labels from the top header row down (distinct, merged cells spread). */
  readonly path: readonly string[];
  /** The header cell to name in a finding. */
  readonly ref: string;
}

export interface Header {
  readonly firstRow: number;
  /** The first row below the header (and its 栏次 row). */
  readonly dataRow: number;
  readonly columns: readonly HeaderColumn[];
}

/** Text that is a figure (stored as text or as a number): a header never holds one. */
export const looksNumeric = (text: string): boolean => /^[-(（]?[\d０-９][\d０-９,，.．]*[)）]?%?$/.test(text.replace(/[\s\u3000]/g, ''));
/** A line label that starts the data of a table (合计, or numbered lines of a summary table). */
const DATA_LABEL = /^(?:合计|总计|[一二三四五六七八九十]+、.+)$/;
const isSentence = (text: string): boolean => /[，。；;]/.test(text) || normalise(text).length > 16;
const META_LINE = /单位[:：]|部门[:：]|编制|日期[:：]/;

function isColumnNumbers(sheet: Sheet, row: number): boolean {
  const texts = rowTexts(sheet, row);
  if (texts.some(({ text }) => /^(栏次|行次|栏号)$/.test(normalise(text)))) return true;
  const numbers = texts.filter(({ text }) => /^\d+$/.test(text)).map(({ text }) => Number(text));
  return numbers.length >= 3 && numbers.length >= texts.length - 1 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
}

/** The header of the table whose title is above `fromRow`; undefined when no row looks like one. */
export function readHeader(sheet: Sheet, fromRow: number): Header | undefined {
  let first = -1;
  for (let row = fromRow; row < sheet.rows.length && first < 0; row++) {
    const texts = rowTexts(sheet, row);
    if (texts.length >= 2 && texts.every(({ text }) => !looksNumeric(text) && !META_LINE.test(text))) first = row;
  }
  if (first < 0) return undefined;
  let last = first;
  for (let row = first + 1; row < sheet.rows.length; row++) {
    const texts = rowTexts(sheet, row);
    // Figures, a line label in the first column (合计, 一、本年收入) or a sentence (an empty table's statement) end it.
    if (texts.length === 0 || texts.some(({ text }) => looksNumeric(text)) || DATA_LABEL.test(normalise(texts[0]!.text)) || (texts.length === 1 && isSentence(texts[0]!.text))) break;
    last = row;
  }
  const dataRow = last + 1 < sheet.rows.length && isColumnNumbers(sheet, last + 1) ? last + 2 : last + 1;
  const columns: HeaderColumn[] = [];
  for (let col = 0; col < columnCount(sheet); col++) {
    const path: string[] = [];
    let refRow = first;
    for (let row = first; row <= last; row++) {
      const text = spreadText(sheet, row, col);
      if (text && path[path.length - 1] !== text) path.push(text);
      if (ownText(sheet, row, col)) refRow = row;
    }
    if (path.length) columns.push({ col, path, ref: cellRef(sheet, refRow, col) });
  }
  return { firstRow: first, dataRow, columns };
}

/** A field a column may hold, with the names tables print for it. */
export interface ColumnRule {
  readonly key: string;
  readonly names: readonly string[];
}

/** Columns whose figures the publisher computes itself or that number the lines: recognised and left out. */
const DERIVED = /^(栏次|行次|序号|增减|增减额|增减率|增减%|比上年增减|比上年增减额|比上年增减率|变动|变动率|增长率|同比|备注|说明)$/;

const candidates = (path: readonly string[]): string[] => {
  const clean = path.map((label) => normalise(label).replace(/\((?:万元|元)\)$/, '').replace(/^其中:/, ''));
  return [...new Set([clean.join(''), clean[clean.length - 1]!, clean.slice(1).join(''), clean[0]!].filter(Boolean))];
};

export interface ColumnMap {
  /** Column → field key. */
  readonly keys: ReadonlyMap<number, string>;
  readonly problems: ImportProblem[];
  readonly notes: ImportNote[];
}

/**
 * Matches each visible column to a field. A column whose header names no field is reported when it holds any
 * figure (an empty one is noted: nothing is lost); a hidden column is left out and noted.
 */
export function mapColumns(sheet: Sheet, header: Header, rules: readonly ColumnRule[], hasFigures: (col: number) => boolean, tableName: string): ColumnMap {
  const keys = new Map<number, string>();
  const problems: ImportProblem[] = [];
  const notes: ImportNote[] = [];
  const taken = new Map<string, HeaderColumn>();
  const named = rules.map((rule) => ({ key: rule.key, first: rule.names[0] ?? rule.key, names: new Set(rule.names.map(normalise)) }));
  for (const column of header.columns) {
    const label = column.path.join(' › ');
    if (sheet.hiddenColumns.has(column.col)) {
      notes.push({ at: column.ref, message: `隐藏列“${label}”未导入（公开文件不显示隐藏列；如需导入，先在表格中取消隐藏）` });
      continue;
    }
    const options = candidates(column.path);
    if (options.some((option) => DERIVED.test(option))) continue;
    const rule = options.map((option) => named.find((r) => r.names.has(option))).find(Boolean);
    if (!rule) {
      if (hasFigures(column.col)) {
        problems.push({
          rule: 'import/unknown-column', at: column.ref,
          message: `${tableName}的“${label}”列无法对应到本表的任何栏目，其中的数字不会导入`,
          messageEn: `Column "${label}" matches no field of this table`,
          fix: `把列名改为本表的标准列名（${rules.map((r) => r.names[0]).join('、')}）之一；确实是本表没有的栏目时，用 --partial 导入其余部分，并在 index.md 的说明中写明`,
        });
      } else notes.push({ at: column.ref, message: `“${label}”列没有数字，已忽略` });
      continue;
    }
    const earlier = taken.get(rule.key);
    if (earlier) {
      problems.push({
        rule: 'import/duplicate-column', at: column.ref,
        message: `${tableName}有两列都对应“${rule.first}”：${earlier.ref}“${earlier.path.join(' › ')}”和 ${column.ref}“${label}”`,
        messageEn: `Two columns map to ${rule.key}`,
        fix: '删去重复的列，或改正列名',
      });
      continue;
    }
    taken.set(rule.key, column);
    keys.set(column.col, rule.key);
  }
  return { keys, problems, notes };
}
