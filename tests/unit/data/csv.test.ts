import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { tableToCsv } from '../../../src/data/csv.ts';
import { generalBudgetExpenditure } from '../../../src/table-kinds/classified.ts';

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
  it('writes UTF-8 CSV with BOM, units in headers, plain figures and empty blanks', () => {
    const csv = tableToCsv(view);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('功能分类科目编码,科目名称,合计（万元）,基本支出（万元）,项目支出（万元）');
    expect(lines[1]).toBe('201,一般公共服务支出,1436.72,424.05,1012.67');
    expect(lines[2]).toBe('2013201,行政运行,424.05,424.05,');
    expect(lines[3]).toBe(',合计,1436.72,424.05,1012.67');
  });
  it('quotes fields with commas or quotes', () => {
    const csv = tableToCsv({ id: 't', title: 't', rowHeader: '项目', columns: [{ label: '说明', numeric: false }], rows: [{ header: 'a,b', cells: [{ text: '他说"好"', kind: 'text' }] }] });
    expect(csv.slice(1).split('\r\n')[1]).toBe('"a,b","他说""好"""');
  });
});
