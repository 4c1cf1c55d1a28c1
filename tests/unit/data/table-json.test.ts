import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { tableToJson } from '../../../src/data/table-json.ts';
import { tidyTable } from '../../../src/data/tidy-table.ts';
import { BLANK, moneyCell, numberCell, percentCell, textCell } from '../../../src/table-kinds/view-model.ts';
import { parsePercent } from '../../../src/domain/rates.ts';

describe('a table as JSON', () => {
  const percent = parsePercent('98.50%');
  if (!percent.ok) throw new Error('percent');
  const json = JSON.parse(tableToJson(tidyTable('2024-a-final-t', {
    id: 't', title: '示例表', unit: '万元', codeHeader: '功能分类科目编码', rowHeader: '科目名称',
    columns: [{ label: '合计', numeric: true }, { label: '项目支出', numeric: true }, { label: '执行率', numeric: true }, { label: '人数', numeric: true }, { label: '说明', numeric: false }],
    rows: [
      { code: '201', level: 0, header: '一般公共服务支出', cells: [moneyCell(money('1,436.70'), '万元'), BLANK, percentCell(percent.value), numberCell(12), textCell('含上年结转')] },
      { header: '合计', isTotal: true, cells: [moneyCell(money('1436.7'), '万元'), BLANK, BLANK, BLANK, BLANK] },
    ],
  }, { department: { id: 'a', name: '甲局' }, year: 2024, stage: 'final' })));

  it('keeps amounts exact as decimal strings (not the grouped display text), blanks as null, context on every row', () => {
    expect(json.unit).toBe('万元');
    expect(json.name).toBe('2024-a-final-t');
    expect(json.rows[0]).toEqual({
      部门标识: 'a', 部门名称: '甲局', 年度: 2024, 阶段: '决算', 表: '示例表', 单位: '万元', 科目编码: '201', 级次: '类',
      科目名称: '一般公共服务支出', 合计行: '否', 合计: '1436.7', 项目支出: null, 执行率: '98.50%', 人数: 12, 说明: '含上年结转',
    });
  });

  it('marks the totals row and leaves its code empty', () => {
    expect(json.rows[1]).toMatchObject({ 科目编码: null, 级次: null, 科目名称: '合计', 合计: '1436.7', 合计行: '是', 年度: 2024 });
  });
});
