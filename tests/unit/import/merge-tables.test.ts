/** Imported tables replace their blocks in tables.yaml; what the editor entered by hand stays exactly as written. */
import { describe, expect, it } from 'vitest';
import { mergeTables } from '../../../src/import/merge-tables.ts';

const EXISTING = `# 某部门2024年预算
unit: 万元

expenditure_summary:               # 旧的
  rows:
    - { code: "201", name: 一般公共服务支出, total: 1.00 }

# 以下为说明中的数据
operating_costs:
  this_year: 115.51   # 手工录入

omitted_tables:
  state_capital_expenditure: 本部门无国有资本经营预算。
`;

describe('mergeTables', () => {
  it('replaces imported tables in place, inserts new ones in reading order, keeps the rest as written', () => {
    const blocks = new Map([
      ['income_expenditure_summary', ['income_expenditure_summary:  # 部门收支总表', '  income: {}', '']],
      ['expenditure_summary', ['expenditure_summary:  # 支出总表', '  rows: []', '']],
      ['three_public_expenses', ['three_public_expenses:  # 三公', '  this_year: { total: 2.00 }', '']],
    ]);
    const merged = mergeTables(EXISTING, '万元', blocks, ['# new']);
    expect(merged.replaced).toEqual(['expenditure_summary']);
    expect(merged.existingUnit).toBe('万元');
    const text = merged.text;
    expect(text).not.toContain('total: 1.00');
    expect(text).toContain('  this_year: 115.51   # 手工录入');
    expect(text).toContain('# 以下为说明中的数据\noperating_costs:');
    const order = ['# 某部门2024年预算', 'unit: 万元', 'income_expenditure_summary:', 'expenditure_summary:  # 支出总表', 'three_public_expenses:', 'operating_costs:', 'omitted_tables:'].map((line) => text.indexOf(line));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
  it('writes a new file with its preamble and unit', () => {
    const merged = mergeTables(undefined, '元', new Map([['expenditure_summary', ['expenditure_summary:', '  rows: []', '']]]), ['# 导入']);
    expect(merged.text).toBe('# 导入\nunit: 元\n\nexpenditure_summary:\n  rows: []\n');
  });
});
