/**
 * Regional layouts of the assets, procurement and expenditure-detail tables: consistent tables give no finding, the
 * views show what is printed under the names printed (and, in final accounts, never call spending a budget).
 */
import { describe, expect, it } from 'vitest';
import { money } from '../../../src/domain/money.ts';
import { stateAssets } from '../../../src/table-kinds/state-assets.ts';
import { procurement } from '../../../src/table-kinds/procurement.ts';
import { fiscalGrantExpenditureDetail, generalBudgetExpenditureDetail } from '../../../src/table-kinds/expenditure-detail.ts';
import type { TableView } from '../../../src/table-kinds/view-model.ts';

const context = (stage: 'budget' | 'final', label: string) => ({ stage, year: 2024, unit: '万元', label, tolerance: money('0') });
const lines = (view: TableView | undefined) => view?.rows.map((row) => [row.header, row.cells[0]?.text]);

describe('state_assets by region', () => {
  const shanghai = stateAssets.schema.parse({
    as_of: '2024-12',
    vehicles: { total: '7', principal_leaders: '1', confidential_communication: '1', emergency: '1', law_enforcement: '2', retired_cadre_service: '2' },
    vehicle_names: { law_enforcement: '执法执勤用车', retired_cadre_service: '离退休干部用车' },
    equipment: [{ name: '单价100万元（含）以上设备（不含车辆）', count: '3' }],
  });

  it('adds up the categories printed (1 + 1 + 1 + 2 + 2 = 7): no finding', () => {
    expect(stateAssets.rules!(shanghai, context('final', '国有资产占有使用情况'))).toEqual([]);
  });

  it('shows only the printed lines, under the printed names and the printed threshold', () => {
    const [view] = stateAssets.views!(shanghai, context('final', '国有资产占有使用情况'));
    expect(lines(view)).toEqual([
      ['车辆（辆）：合计', '7'], ['车辆（辆）：主要领导干部用车', '1'], ['车辆（辆）：机要通信用车', '1'], ['车辆（辆）：应急保障用车', '1'],
      ['车辆（辆）：执法执勤用车', '2'], ['车辆（辆）：离退休干部用车', '2'], ['单价100万元（含）以上设备（不含车辆）（台、套）', '3'],
    ]);
  });

  it('keeps the older two-category layout and its equipment fields working', () => {
    const older = stateAssets.schema.parse({ vehicles: { total: '3', general_official: '2', law_enforcement: '1' }, large_equipment: '2', large_special_equipment: '1' });
    expect(stateAssets.rules!(older, context('budget', '国有资产占有使用情况'))).toEqual([]);
    expect(lines(stateAssets.views!(older, context('budget', '国有资产占有使用情况'))[0])).toEqual([
      ['车辆（辆）：合计', '3'], ['车辆（辆）：一般公务用车', '2'], ['车辆（辆）：执勤执法用车', '1'],
      ['单价50万元以上通用设备（台、套）', '2'], ['单价100万元以上专用设备（台、套）', '1'],
    ]);
  });

  it('names each category of a sum that fails as printed: the national four always, regional ones where printed', () => {
    const wrong = stateAssets.schema.parse({ vehicles: { total: '3', emergency: '1', law_enforcement: '2', other: '2' }, vehicle_names: { law_enforcement: '执法执勤用车' } });
    const [finding] = stateAssets.rules!(wrong, context('final', '国有资产占有使用情况'));
    expect(finding?.rule).toBe('sum/vehicles');
    expect(finding?.values?.map((value) => `${value.label}=${value.value}`).slice(0, 5)).toEqual([
      '分项 一般公务用车=（空白）', '分项 应急保障用车=1辆', '分项 执法执勤用车=2辆', '分项 特种专业技术用车=（空白）', '分项 其他用车=2辆',
    ]);
  });
});

describe('procurement by stage', () => {
  const awarded = procurement.schema.parse({
    summary: { total: '80', goods: '50', works: '10', services: '20' },
    small_medium_awarded: '60', small_medium_share: '75.00%', small_micro_awarded: '20', small_micro_share: '25%',
  });

  it('final accounts: shares that are awarded ÷ total at the printed precision give no finding', () => {
    expect(procurement.rules!(awarded, context('final', '政府采购情况'))).toEqual([]);
    // 20 ÷ 30 = 66.666…%: rounded 66.67% and truncated 66.66% or 66.6% agree; 66.5% does not.
    const third = (share: string) => procurement.rules!(procurement.schema.parse({ summary: { total: '30' }, small_medium_awarded: '20', small_medium_share: share }), context('final', '政府采购情况'));
    for (const share of ['66.67%', '66.66%', '66.6%']) expect(third(share), share).toEqual([]);
    expect(third('66.5%').map((finding) => [finding.rule, finding.message])).toEqual([
      ['rate/procurement-share', '授予中小企业合同金额占政府采购支出总额的比例与金额÷总额不符：应为66.7%，表中为66.5%'],
    ]);
  });

  it('a share printed over a total of 0 is not applicable', () => {
    const zero = procurement.schema.parse({ summary: { total: '0' }, small_medium_awarded: '0', small_medium_share: '0%' });
    const [finding] = procurement.rules!(zero, context('final', '政府采购情况'));
    expect(finding?.rule).toBe('rate/procurement-share');
    expect(finding?.message).toContain('不适用');
    expect(procurement.rules!(procurement.schema.parse({ summary: { total: '0' }, small_medium_awarded: '0' }), context('final', '政府采购情况'))).toEqual([]);
  });

  it('calls final-accounts figures spending and contracts, never a budget', () => {
    const views = procurement.views!(awarded, context('final', '政府采购情况'));
    const summary = views.find((view) => view.id === 'procurement_summary');
    expect(summary?.title).toBe('政府采购支出');
    const text = lines(summary)!.map(([header, cell]) => `${header}=${cell}`);
    expect(text).toEqual([
      '政府采购支出合计=80.00', '政府采购支出货物=50.00', '政府采购支出工程=10.00', '政府采购支出服务=20.00',
      '授予中小企业合同金额=60.00', '授予中小企业合同金额占政府采购支出总额的比例=75.00%',
      '其中：授予小微企业合同金额=20.00', '授予小微企业合同金额占政府采购支出总额的比例=25%',
    ]);
    expect(text.some((line) => line.includes('预算'))).toBe(false);
  });

  it('keeps the budget wording in budgets', () => {
    const budget = procurement.schema.parse({ summary: { total: '12', goods: '10', works: '0', services: '2' } });
    expect(procurement.views!(budget, context('budget', '政府采购预算表'))[0]?.title).toBe('政府采购预算');
  });
});

describe('财政拨款支出明细表 (economic classification)', () => {
  const rowsWithBasic = [
    { code: '301', name: '工资福利支出', total: '230', basic: '230', personnel: '230' },
    { code: '30101', name: '基本工资', total: '230', basic: '230', personnel: '230' },
    { code: '302', name: '商品和服务支出', total: '60.4', basic: '40.4', public: '40.4', project: '20' },
    { code: '30201', name: '办公费', total: '60.4', basic: '40.4', public: '40.4', project: '20' },
  ];

  it('a table with a 基本支出 subtotal over 人员经费 and 公用经费 that adds up gives no finding', () => {
    const table = fiscalGrantExpenditureDetail.schema.parse({ rows: rowsWithBasic, total: { total: '290.4', basic: '270.4', personnel: '230', public: '40.4', project: '20' } });
    expect(fiscalGrantExpenditureDetail.rules!(table, context('budget', '财政拨款支出明细表'))).toEqual([]);
  });

  it('a table printing 人员经费 and 公用经费 without a 基本支出 column adds them up with 项目支出', () => {
    const rows = rowsWithBasic.map(({ basic: _, ...row }) => row);
    const table = generalBudgetExpenditureDetail.schema.parse({ rows, total: { total: '290.4', personnel: '230', public: '40.4', project: '20' } });
    expect(generalBudgetExpenditureDetail.rules!(table, context('final', '一般公共预算财政拨款支出决算明细表'))).toEqual([]);
    const [view] = generalBudgetExpenditureDetail.views!(table, context('final', '一般公共预算财政拨款支出决算明细表'));
    expect(view?.columns.map((column) => column.label)).toEqual(['合计', '人员经费', '公用经费', '项目支出']);
    expect(view?.codeHeader).toBe('经济分类科目编码');
    // And a wrong 合计 in that layout is found: 230 + 40.4 + 20 = 290.4, not 290.
    const wrong = generalBudgetExpenditureDetail.schema.parse({ rows: rows.slice(0, 2), total: { total: '290', personnel: '230', public: '40.4', project: '20' } });
    expect(generalBudgetExpenditureDetail.rules!(wrong, context('final', '一般公共预算财政拨款支出决算明细表')).map((finding) => finding.rule)).toContain('sum/row');
  });

  it('a table of 合计 = 基本支出 + 项目支出 only gives no finding', () => {
    const table = fiscalGrantExpenditureDetail.schema.parse({
      rows: [{ code: '302', name: '商品和服务支出', total: '60.4', basic: '40.4', project: '20' }],
      total: { total: '60.4', basic: '40.4', project: '20' },
    });
    expect(fiscalGrantExpenditureDetail.rules!(table, context('final', '财政拨款支出决算明细表'))).toEqual([]);
  });
});
