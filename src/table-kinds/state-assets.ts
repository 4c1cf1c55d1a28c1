/** 国有资产占有使用情况: vehicles held and to be bought by category (合计 = the categories), large equipment, assets. */
import { z } from 'zod';
import { money } from '../domain/money.ts';
import { reading, type FactReading } from '../domain/facts/reading.ts';
import { amount, count, doc, yearMonth } from '../schemas/primitives.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import { checkSum } from '../validation/rules/sum-check.ts';
import { tableNote } from './schema-parts.ts';
import { defineKind } from './kind.ts';
import { factTable, printed } from './fact-table.ts';
import { moneyCell, numberCell, type Cell } from './view-model.ts';
import { yamlFlow, type SyntheticDisclosure, type SyntheticTable } from './synthetic.ts';

const vehicleCounts = z.strictObject({
  total: doc(count.optional(), 'All vehicles', '车辆合计'),
  general_official: doc(count.optional(), 'General official vehicles', '一般公务用车'),
  law_enforcement: doc(count.optional(), 'Law-enforcement vehicles', '执勤执法用车'),
  special_professional: doc(count.optional(), 'Special professional vehicles', '特种专业技术用车'),
  other: doc(count.optional(), 'Other vehicles', '其他用车'),
});
type VehicleCounts = z.infer<typeof vehicleCounts>;

const schema = z.strictObject({
  as_of: doc(yearMonth.optional(), 'Date the holdings refer to', '统计截止时间'),
  vehicles: doc(vehicleCounts.optional(), 'Vehicles held', '车辆占有情况'),
  planned_vehicle_purchases: doc(vehicleCounts.optional(), 'Vehicles to be bought this year', '本年拟购置车辆'),
  large_equipment: doc(count.optional(), 'Equipment over 500,000 yuan per unit', '单价50万元以上通用设备'),
  large_special_equipment: doc(count.optional(), 'Special equipment over 1,000,000 yuan per unit', '单价100万元以上专用设备'),
  total_assets: doc(amount.optional(), 'Total assets', '资产总额'),
  note: tableNote,
});
type StateAssets = z.infer<typeof schema>;

const CATEGORIES = { general_official: '一般公务用车', law_enforcement: '执勤执法用车', special_professional: '特种专业技术用车', other: '其他用车' } as const;
const asMoney = (value: number | undefined) => (value === undefined ? undefined : money(String(value)));

function facts(table: StateAssets): FactReading[] {
  const out: FactReading[] = [];
  const read = (group: 'vehicles' | 'planned_vehicle_purchases', prefix: string) => {
    const counts = table[group];
    if (!counts) return;
    out.push(reading(`${prefix}${prefix ? '车辆' : '车辆合计'}`, asMoney(counts.total), 'state_assets', [group, 'total']));
    out.push(reading(`${prefix}一般公务用车`, asMoney(counts.general_official), 'state_assets', [group, 'general_official']));
    out.push(reading(`${prefix}执勤执法用车`, asMoney(counts.law_enforcement), 'state_assets', [group, 'law_enforcement']));
  };
  read('vehicles', '');
  read('planned_vehicle_purchases', '拟购置');
  return out;
}

function rules(table: StateAssets): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  for (const key of ['vehicles', 'planned_vehicle_purchases'] as const) {
    const counts = table[key];
    if (!counts || counts.total === undefined) continue;
    findings.push(...checkSum({
      rule: 'sum/vehicles', file: 'tables.yaml', at: [key, 'total'], unit: '辆', tolerance: money(0),
      subject: key === 'vehicles' ? '车辆合计' : '拟购置车辆合计',
      addends: (Object.keys(CATEGORIES) as Array<keyof typeof CATEGORIES>).map((kind) => ({ label: CATEGORIES[kind], value: asMoney(counts[kind]), at: [key, kind] })),
      stated: money(String(counts.total)),
    }));
  }
  return findings;
}

const vehicleLines = (prefix: string, counts: VehicleCounts | undefined): Array<readonly [string, Cell]> => (counts
  ? [[`${prefix}合计`, numberCell(counts.total)], ...(Object.keys(CATEGORIES) as Array<keyof typeof CATEGORIES>).map((kind) => [`${prefix}${CATEGORIES[kind]}`, numberCell(counts[kind])] as const)]
  : []);

export const stateAssets = defineKind<StateAssets>({
  key: 'state_assets',
  label: { budget: '国有资产占有使用情况', final: '国有资产占有使用情况' },
  doc: { en: 'State-owned assets held', zh: '国有资产占有使用情况' },
  schema,
  facts,
  rules,
  views: (table, { unit }) => {
    const view = factTable('state_assets', `国有资产占有使用情况${table.as_of ? `（截至${table.as_of}）` : ''}`, printed([
      ...vehicleLines('车辆（辆）：', table.vehicles), ...vehicleLines('本年拟购置车辆（辆）：', table.planned_vehicle_purchases),
      ['单价50万元以上通用设备（台、套）', numberCell(table.large_equipment)], ['单价100万元以上专用设备（台、套）', numberCell(table.large_special_equipment)],
      [`资产总额（${unit}）`, moneyCell(table.total_assets, unit)],
    ]), undefined, table.note);
    return view ? [view] : [];
  },
  sample: ({ data, vehicles: v }: SyntheticDisclosure): SyntheticTable => {
    const vehicles = yamlFlow([['total', String(v.general + v.law + v.special)], ['general_official', String(v.general)], ['law_enforcement', v.law ? String(v.law) : undefined], ['special_professional', v.special ? String(v.special) : undefined]]);
    // Holdings at the end of the year before (budget) or of the year itself (final accounts).
    return { lines: ['state_assets:', `  as_of: ${data.stage === 'final' ? data.year : data.year - 1}-12`, `  vehicles: ${vehicles}`, '  planned_vehicle_purchases: { total: 0, general_official: 0 }', ''], shapes: [[3, 5]] };
  },
});
