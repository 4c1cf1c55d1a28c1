import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { concatTidy, mergeColumns, tidyTable } from '../../../src/data/tidy-table.ts';
import { indicatorTableView } from '../../../src/data/performance-views.ts';
import { parseIndicatorValue } from '../../../src/domain/indicator-value.ts';
import { moneyCell } from '../../../src/table-kinds/view-model.ts';

const context = { department: { id: 'd', name: '某局' }, year: 2023, stage: 'final' as const };
const column = (table: { columns: ReadonlyArray<{ name: string }> }, name: string) => table.columns.findIndex((c) => c.name === name);

describe('tidy rows', () => {
  it('repeats an indicator\'s first- and second-level categories on every row of their group', () => {
    const view = indicatorTableView('i', '某项目：绩效指标', [
      { level1: '产出指标', level2: '数量指标', name: '培训人次', target: parseIndicatorValue('≥500人次'), actual: parseIndicatorValue('520人次') },
      { level1: '产出指标', level2: '数量指标', name: '培训期数', target: parseIndicatorValue('5期') },
      { level1: '产出指标', level2: '质量指标', name: '合格率', target: parseIndicatorValue('≥95%') },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '参训满意度', target: parseIndicatorValue('≥90%') },
    ], true);
    // The page shows each group's heading once…
    expect(view.rows.map((row) => row.group)).toEqual(['产出指标 · 数量指标', undefined, '产出指标 · 质量指标', '满意度指标 · 服务对象满意度指标']);
    // …the download names it on every row.
    const table = tidyTable('x', view, { ...context, project: { id: 'p1', name: '某项目' } });
    const pick = (name: string) => table.rows.map((row) => row[column(table, name)]!.text);
    expect(pick('一级指标')).toEqual(['产出指标', '产出指标', '产出指标', '满意度指标']);
    expect(pick('二级指标')).toEqual(['数量指标', '数量指标', '质量指标', '服务对象满意度指标']);
    expect(pick('三级指标')).toEqual(['培训人次', '培训期数', '合格率', '参训满意度']);
    expect(pick('项目标识')).toEqual(['p1', 'p1', 'p1', 'p1']);
    expect(pick('实际完成值')).toEqual(['520人次', '', '', '']);
  });

  it('carries a plain group heading down as 分组', () => {
    const table = tidyTable('x', {
      id: 's', title: '收支总表', unit: '万元', rowHeader: '项目', columns: [{ label: '金额', numeric: true }],
      rows: [{ header: '一般公共预算拨款收入', group: '收入', cells: [moneyCell(money('10'), '万元')] }, { header: '上年结转', cells: [moneyCell(money('2'), '万元')] }, { header: '一般公共服务支出', group: '支出', cells: [moneyCell(money('12'), '万元')] }],
    }, context);
    expect(table.rows.map((row) => row[column(table, '分组')]!.text)).toEqual(['收入', '收入', '支出']);
  });

  it('renames a table column that repeats a context column', () => {
    const table = tidyTable('x', { id: 'q', title: '采购', rowHeader: '品目', columns: [{ label: '单位', numeric: false }], rows: [] }, context);
    expect(table.columns.map((c) => c.name).slice(-2)).toEqual(['合计行', '单位（表中）']);
  });

  it('combines tables under the union of their columns, keeping each one\'s order, blanks where a table lacks a column', () => {
    expect(mergeColumns([
      [{ name: 'a', description: '', role: 'label' }, { name: 'c', description: '', role: 'value' }],
      [{ name: 'a', description: '', role: 'label' }, { name: 'b', description: '', role: 'value' }, { name: 'c', description: '', role: 'value' }, { name: 'd', description: '', role: 'value' }],
    ]).map((c) => c.name)).toEqual(['a', 'b', 'c', 'd']);
    const one = tidyTable('x', { id: 'f', title: '资金', unit: '万元', rowHeader: '资金', columns: [{ label: '预算数', numeric: true }], rows: [{ header: '财政', cells: [moneyCell(money('5'), '万元')] }] }, context);
    const two = tidyTable('x', { id: 'f', title: '资金', unit: '万元', rowHeader: '资金', columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }], rows: [{ header: '财政', cells: [moneyCell(money('6'), '万元'), moneyCell(money('5.5'), '万元')] }] }, context);
    const both = concatTidy('x', '资金', [one, two]);
    expect(both.columns.map((c) => c.name).slice(-2)).toEqual(['预算数', '决算数']);
    expect(both.rows.map((row) => row.slice(-2).map((cell) => cell.text))).toEqual([['5.00', ''], ['6.00', '5.50']]);
  });
});
