import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { neutraliseFormula, tableToCsv } from '../../../src/data/csv.ts';
import { tidyTable } from '../../../src/data/tidy-table.ts';
import { generalBudgetExpenditure } from '../../../src/table-kinds/classified.ts';
import { moneyCell, textCell } from '../../../src/table-kinds/view-model.ts';

const context = { department: { id: 'shizhu-organization', name: '中共石柱土家族自治县委组织部' }, year: 2023, stage: 'budget' as const };

describe('tables as views and CSV', () => {
  const [view] = generalBudgetExpenditure.views!({
    rows: [
      { code: '201', name: '一般公共服务支出', total: money('1436.72'), basic: money('424.05'), project: money('1012.67') },
      { code: '2013201', name: '行政运行', total: money('424.05'), basic: money('424.05') },
    ],
    total: { total: money('1436.72'), basic: money('424.05'), project: money('1012.67') },
  }, { stage: 'budget', year: 2023, unit: '万元', label: '一般公共预算财政拨款支出表' });
  if (!view) throw new Error('no view');

  it('shows only the columns that hold figures, indents by code level and marks the totals row', () => {
    expect(view.columns.map((c) => c.label)).toEqual(['合计', '基本支出', '项目支出']);
    expect(view.rows.map((r) => r.level)).toEqual([0, 2, undefined]);
    expect(view.rows[2]!.isTotal).toBe(true);
    expect(view.rows[1]!.cells[2]).toEqual({ text: '', kind: 'blank' });
    // The cell carries the exact value beside its display text.
    expect(view.rows[0]!.cells[0]).toEqual({ kind: 'money', value: money('1436.72'), unit: '万元', text: '1,436.72' });
  });

  it('writes UTF-8 CSV with BOM; every row names its department, year, stage, table, unit, code and level', () => {
    const csv = tableToCsv(tidyTable('2023-shizhu-organization-budget-general_budget_expenditure', view, context));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('部门标识,部门名称,年度,阶段,表,单位,科目编码,级次,科目名称,合计行,合计,基本支出,项目支出');
    const lead = 'shizhu-organization,中共石柱土家族自治县委组织部,2023,预算,一般公共预算财政拨款支出表,万元';
    expect(lines[1]).toBe(`${lead},201,类,一般公共服务支出,否,1436.72,424.05,1012.67`);
    expect(lines[2]).toBe(`${lead},2013201,项,行政运行,否,424.05,424.05,`);
    expect(lines[3]).toBe(`${lead},,,合计,是,1436.72,424.05,1012.67`);
    expect(lines).toHaveLength(4);
  });

  it('quotes fields with commas or quotes', () => {
    const csv = tableToCsv(tidyTable('t', { id: 't', title: 't', rowHeader: '项目', columns: [{ label: '说明', numeric: false }], rows: [{ header: 'a,b', cells: [{ text: '他说"好"', kind: 'text' }] }] }, context));
    expect(csv.slice(1).split('\r\n')[1]).toBe('shizhu-organization,中共石柱土家族自治县委组织部,2023,预算,t,,,,"a,b",否,"他说""好"""');
  });

  it('neutralises text a spreadsheet would run as a formula, but not figures', () => {
    expect(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', '普通', '5台'].map(neutraliseFormula))
      .toEqual(['\'=HYPERLINK("x")', '\'+1', '\'-2+3', '\'@SUM(A1)', '\'\tx', '\'\rx', '普通', '5台']);
    const csv = tableToCsv(tidyTable('t', {
      id: 't', title: 't', unit: '万元', rowHeader: '=cmd|\' /C calc\'!A0', columns: [{ label: '金额', numeric: true }, { label: '说明', numeric: false }],
      rows: [{ header: '@行', cells: [moneyCell(money('-12.5'), '万元'), textCell('=1+1')] }],
    }, context));
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header!.split(',')[8]).toBe('\'=cmd|\' /C calc\'!A0');
    // A negative amount is a number the site wrote from an exact value: it stays a number.
    expect(row!.split(',').slice(8)).toEqual(['\'@行', '否', '-12.50', '\'=1+1']);
  });
});
