import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { BLANK, moneyCell, textCell, type TableView } from '../../../src/table-kinds/view-model.ts';
import type { Finding } from '../../../src/validation/finding.ts';
import { noteTarget, notesByTable, cellKey } from '../../../src/data/cell-notes.ts';
import { tableDisplay } from '../../../src/data/table-display.ts';

const basic: TableView = {
  id: 'general_budget_basic_expenditure', title: '基本支出表', unit: '万元', rowHeader: '科目名称', codeHeader: '经济分类科目编码',
  columns: [{ label: '合计', numeric: true, key: 'total' }, { label: '人员经费', numeric: true, key: 'personnel' }, { label: '公用经费', numeric: true, key: 'public' }],
  rows: [
    { code: '301', header: '工资福利支出', level: 0, cells: [moneyCell(money('434.28'), '万元'), moneyCell(money('434.28'), '万元'), BLANK] },
    { code: '30101', header: '基本工资', level: 1, cells: [moneyCell(money('94.21'), '万元'), moneyCell(money('94.21'), '万元'), BLANK] },
    { header: '合计', isTotal: true, cells: [moneyCell(money('575.29'), '万元'), moneyCell(money('459.78'), '万元'), moneyCell(money('115.51'), '万元')] },
  ],
};
const indicators: TableView = {
  id: 'project-talent-indicators', title: '绩效指标', rowHeader: '三级指标',
  columns: [{ label: '指标性质', numeric: false }, { label: '指标值', numeric: false }],
  rows: [
    { header: '选派人数', cells: [textCell('≥'), textCell('7人')] },
    { header: '（原文无指标名称）', cells: [BLANK, textCell('4')] },
  ],
};
const funds: TableView = {
  id: 'department-funds', title: '部门整体资金', rowHeader: '资金',
  columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }, { label: '执行率（原文）', numeric: true }],
  rows: [{ header: '预算总额', cells: [moneyCell(money('1025.73'), '万元'), moneyCell(money('1517.21'), '万元'), BLANK] }, { header: '财政拨款', cells: [BLANK, BLANK, BLANK] }],
};
const procurement: TableView = { id: 'procurement_summary', title: '政府采购', rowHeader: '项目', columns: [{ label: '金额', numeric: true }], rows: [] };
const views = [basic, indicators, funds, procurement];

describe('a data note on the cell it concerns', () => {
  it('finds a classified cell by row code and column key', () => {
    expect(noteTarget('general_budget_basic_expenditure.rows[301].personnel', views)).toEqual({ view: basic.id, row: 0, column: 1 });
    expect(noteTarget('general_budget_basic_expenditure.rows[30101].total', views)).toEqual({ view: basic.id, row: 1, column: 0 });
    expect(noteTarget('general_budget_basic_expenditure.total.public', views)).toEqual({ view: basic.id, row: 2, column: 2 });
  });
  it('finds an indicator by name, or by its value when the source prints no name; the name field marks the row header', () => {
    expect(noteTarget('projects[talent].indicators[选派人数].target', views)).toEqual({ view: indicators.id, row: 0, column: 1 });
    expect(noteTarget('projects[talent].indicators[指标值:4].name', views)).toEqual({ view: indicators.id, row: 1, column: -1 });
    expect(noteTarget('projects[talent].indicators', views)).toEqual({ view: indicators.id });
  });
  it("finds the department's fund line and column", () => {
    expect(noteTarget('department.funds.total.final', views)).toEqual({ view: 'department-funds', row: 0, column: 1 });
  });
  it('falls back to the table when the row is not shown, and to nothing for an unknown table', () => {
    expect(noteTarget('procurement.summary.total', views)).toEqual({ view: 'procurement_summary' });
    expect(noteTarget('state_assets.vehicles.total', views)).toBeUndefined();
  });
  it('numbers notes as the data notes list does, by table and cell', () => {
    const finding = (path: string) => ({ path, rule: 'sum/tree' }) as Finding;
    const placed = notesByTable([finding('procurement.summary.total'), finding('general_budget_basic_expenditure.rows[301].total'), finding('general_budget_basic_expenditure.rows[301].total')], views);
    expect(placed.get(procurement.id)?.table).toEqual([1]);
    expect(placed.get(basic.id)?.cells.get(cellKey(0, 0))).toEqual([2, 3]);
  });
});

describe('what a table shows', () => {
  it('leaves out columns blank in every row and says so; flags shown blanks for the legend', () => {
    expect(tableDisplay(funds)).toEqual({ columns: [0, 1], hiddenBlank: ['执行率（原文）'], hasBlank: true });
    expect(tableDisplay(basic)).toEqual({ columns: [0, 1, 2], hiddenBlank: [], hasBlank: true });
    expect(tableDisplay({ ...basic, rows: [basic.rows[2]!] })).toEqual({ columns: [0, 1, 2], hiddenBlank: [], hasBlank: false });
  });
  it('keeps every column of a table published empty', () => {
    expect(tableDisplay(procurement)).toEqual({ columns: [0], hiddenBlank: [], hasBlank: false });
  });
});
