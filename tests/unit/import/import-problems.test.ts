/**
 * What the importer cannot place is reported with its sheet and cell, in Chinese with the fix, and never guessed:
 * an unknown sheet, a column it does not know, a cell that is not an amount, a row without a code, a bad code, a
 * period it cannot tell, units that disagree or are missing, a table of the other stage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_CONTENT } from '../../helpers/content.ts';
import { rawTables } from '../../helpers/import-round-trip.ts';
import { XLSX, figureCell, workbookBytes, workbookOf } from '../../helpers/workbooks.ts';
import { readCsv, readWorkbook } from '../../../src/import/read-workbook.ts';
import { importSheets } from '../../../src/import/import-sheets.ts';
import type { ImportProblem } from '../../../src/import/problems.ts';
import * as codepages from '@e965/xlsx/dist/cpexcel';

const base = rawTables(readFileSync(join(BASE_CONTENT, 'disclosures/2024/demo-county-office/budget/tables.yaml'), 'utf8'));
const fresh = () => workbookOf(base, 'budget', 2024);
const run = (workbook: XLSX.WorkBook, options: Parameters<typeof importSheets>[1] = { stage: 'budget', year: 2024 }) => importSheets(readWorkbook(workbookBytes(workbook)), options);
const set = (workbook: XLSX.WorkBook, name: string, ref: string, cell: XLSX.CellObject | undefined) => {
  const sheet = workbook.Sheets[name]!;
  if (!cell) { delete sheet[ref]; return; }
  sheet[ref] = cell;
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const at = XLSX.utils.decode_cell(ref);
  sheet['!ref'] = XLSX.utils.encode_range({ s: range.s, e: { r: Math.max(range.e.r, at.r), c: Math.max(range.e.c, at.c) } });
};
const only = (problems: readonly ImportProblem[]) => {
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  // Every problem names what to do, in Chinese, and has an English line.
  expect(problem!.fix).toMatch(/[\u4e00-\u9fff]/);
  expect(problem!.message).toMatch(/[\u4e00-\u9fff]/);
  expect(problem!.messageEn).toMatch(/[a-z]/);
  return problem!;
};

describe('problems with their cells', () => {
  it('the workbook is clean before it is broken', () => expect(run(fresh()).problems).toEqual([]));

  it('an unknown sheet, by its name', () => {
    const workbook = fresh();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['人员情况统计表'], ['姓名', '职务'], ['张三', '科长']]), '附表');
    const problem = only(run(workbook).problems);
    expect(problem).toMatchObject({ rule: 'import/unknown-sheet', at: '附表' });
    expect(problem.fix).toContain('--partial');
  });

  it('a column it does not know, by its header cell, when it holds figures', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'F3', { t: 's', v: '专项转移支付' });
    set(workbook, '支出总表', 'F4', figureCell('12.00'));
    const problem = only(run(workbook).problems);
    expect(problem).toMatchObject({ rule: 'import/unknown-column', at: '支出总表!F3' });
    expect(problem.message).toContain('专项转移支付');
  });

  it('a cell that is not an amount, by its cell', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'C5', { t: 's', v: '约200' });
    const problem = only(run(workbook).problems);
    expect(problem).toMatchObject({ rule: 'import/not-an-amount', at: '支出总表!C5' });
    expect(problem.message).toContain('约200');
  });

  it('an amount with more decimals than any document prints (a formula result), by its cell', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'C5', { t: 'n', v: 2 / 3 });
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/not-an-amount', at: '支出总表!C5' });
  });

  it('a row with amounts and no code, by its code cell', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'A5', undefined);
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/row-without-code', at: '支出总表!A5' });
  });

  it('a code that is not 3, 5 or 7 digits, by its cell', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'A5', { t: 's', v: '2010' });
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/bad-code', at: '支出总表!A5' });
  });

  it('a “三公” row whose period cannot be told, by its cell', () => {
    const workbook = fresh();
    set(workbook, '“三公”经费支出表', 'A6', { t: 's', v: '调整数' });
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/unknown-period', at: '“三公”经费支出表!A6' });
  });

  it('a sheet in 元 among sheets in 万元, by its unit cell', () => {
    const workbook = fresh();
    const sheet = workbook.Sheets['支出总表']!;
    const unitRef = Object.keys(sheet).find((ref) => /^单位：/.test(String((sheet[ref] as XLSX.CellObject)?.v ?? '')))!;
    set(workbook, '支出总表', unitRef, { t: 's', v: '单位：元' });
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/unit', at: `支出总表!${unitRef}` });
  });

  it('no unit anywhere: reported unless given with --unit', () => {
    const workbook = fresh();
    for (const sheet of Object.values(workbook.Sheets)) for (const ref of Object.keys(sheet)) if (/^单位：/.test(String((sheet[ref] as XLSX.CellObject)?.v ?? ''))) delete sheet[ref];
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/no-unit' });
    const given = run(workbook, { stage: 'budget', year: 2024, unit: '万元' });
    expect(given.problems).toEqual([]);
    expect(given.unit).toBe('万元');
  });

  it('a final-accounts table in a budget import, by its title cell', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'A1', { t: 's', v: '示例县人民政府办公室2024年支出决算表' });
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/stage', at: '支出总表!A1' });
  });

  it('two sheets of the same table', () => {
    const workbook = fresh();
    XLSX.utils.book_append_sheet(workbook, workbook.Sheets['支出总表']!, '支出总表（2）');
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/duplicate-table', at: '支出总表（2）' });
  });

  it('a fund table titled with a general name is not read as another table', () => {
    // Its title ends with 支出总表 (the department's expenditure summary) but names the government fund.
    const workbook = fresh();
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['政府性基金部门支出总表'], ['科目编码', '科目名称', '合计'], ['212', '城乡社区支出', 30]]), '表9');
    expect(only(run(workbook).problems)).toMatchObject({ rule: 'import/unknown-sheet', at: '表9' });
  });

  it('nothing guessed: a blank cell stays blank and a printed 0 stays 0', () => {
    const workbook = fresh();
    set(workbook, '支出总表', 'E6', { t: 'n', v: 0, z: '0' });
    const row = (run(workbook).tables.get('expenditure_summary')!.rows as Array<Record<string, { text: string } | string>>)[2]!;
    expect(row.code).toBe('2010301');
    expect((row.project as { text: string }).text).toBe('0');
    expect(row.basic).toBeDefined();
    const blank = (run(fresh()).tables.get('expenditure_summary')!.rows as Array<Record<string, unknown>>)[2]!;
    expect(blank.project).toBeUndefined();
  });
});

describe('CSV, one file per table', () => {
  it('reads a sheet saved as CSV (UTF-8 with a byte-order mark, or GB18030) as the workbook sheet', () => {
    const workbook = fresh();
    const csv = XLSX.utils.sheet_to_csv(workbook.Sheets['一般公共预算财政拨款支出表']!);
    const fromWorkbook = run(workbook).tables.get('general_budget_expenditure');
    const utf8 = importSheets([readCsv('表2', new TextEncoder().encode(`\ufeff${csv}`))], { stage: 'budget', year: 2024 });
    expect(utf8.problems).toEqual([]);
    expect(utf8.tables.get('general_budget_expenditure')).toEqual(fromWorkbook);
    expect(utf8.unit).toBe('万元');
    // The same text as Excel's "CSV" in a Chinese locale writes it (GBK, read as GB18030, which extends it).
    const gb = gb18030(csv);
    expect(gb).not.toBeUndefined();
    const legacy = importSheets([readCsv('表2', gb!)], { stage: 'budget', year: 2024 });
    expect(legacy.tables.get('general_budget_expenditure')).toEqual(fromWorkbook);
  });
});

/** GBK bytes (code page 936, which GB18030 extends) through SheetJS's code page tables: Node only decodes it. */
function gb18030(text: string): Uint8Array | undefined {
  const { utils } = codepages as unknown as { utils: { encode: (cp: number, text: string) => Uint8Array } };
  return Uint8Array.from(utils.encode(936, text));
}
