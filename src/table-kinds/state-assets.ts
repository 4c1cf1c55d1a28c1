/**
 * 国有资产占有使用情况: vehicles held and to be bought by category (合计 = the categories printed), equipment over a
 * price threshold, total assets. Categories and thresholds differ by region (docs/domain.md §6): the schema holds
 * every category real documents print, a category's name as printed where it is worded differently (执法执勤用车),
 * and equipment lines under the threshold they print (单价100万元（含）以上设备（不含车辆）).
 */
import { z } from 'zod';
import { money } from '../domain/money.ts';
import { reading, type FactReading } from '../domain/facts/reading.ts';
import { amount, count, doc, text, yearMonth } from '../schemas/primitives.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import { checkSum, sumDiffers } from '../validation/rules/sum-check.ts';
import { tableNote } from './schema-parts.ts';
import { defineKind } from './kind.ts';
import { factTable, printed } from './fact-table.ts';
import { moneyCell, numberCell, type Cell } from './view-model.ts';
import { yamlFlow, type SyntheticDisclosure, type SyntheticTable } from './synthetic.ts';

/** Vehicle categories in the order documents print them: key, standard name, English. */
const CATEGORIES = [
  ['general_official', '一般公务用车', 'General official vehicles'],
  ['ministerial_leaders', '部级领导干部用车', "Ministerial-level leaders' vehicles"],
  ['principal_leaders', '主要领导干部用车', "Principal leaders' vehicles"],
  ['confidential_communication', '机要通信用车', 'Confidential communication vehicles'],
  ['emergency', '应急保障用车', 'Emergency support vehicles'],
  ['law_enforcement', '执勤执法用车', 'Law-enforcement vehicles (执勤执法 / 执法执勤)'],
  ['special_professional', '特种专业技术用车', 'Special professional vehicles'],
  ['retired_cadre_service', '离退休干部服务用车', 'Vehicles serving retired cadres (离退休干部服务用车 / 离退休干部用车)'],
  ['other', '其他用车', 'Other vehicles'],
] as const;
type Category = (typeof CATEGORIES)[number][0];
const CATEGORY_KEYS: readonly Category[] = CATEGORIES.map(([key]) => key);
const STANDARD_NAME = Object.fromEntries(CATEGORIES.map(([key, name]) => [key, name])) as Record<Category, string>;

const vehicleCounts = z.strictObject({
  total: doc(count.optional(), 'All vehicles', '车辆合计'),
  ...Object.fromEntries(CATEGORIES.map(([key, name, en]) => [key, doc(count.optional(), en, name)])) as Record<Category, z.ZodOptional<typeof count>>,
});
type VehicleCounts = z.infer<typeof vehicleCounts>;

const schema = z.strictObject({
  as_of: doc(yearMonth.optional(), 'Date the holdings refer to', '统计截止时间'),
  vehicles: doc(vehicleCounts.optional(), 'Vehicles held', '车辆占有情况'),
  planned_vehicle_purchases: doc(vehicleCounts.optional(), 'Vehicles to be bought this year', '本年拟购置车辆'),
  vehicle_names: doc(
    z.strictObject(Object.fromEntries(CATEGORIES.map(([key, name]) => [key, doc(text.optional(), `Printed name of ${key}`, name)])) as Record<Category, z.ZodOptional<typeof text>>).optional(),
    'Category names as the document prints them, where they differ from the standard name (law_enforcement: 执法执勤用车)',
    '车辆类别名称（原文写法）',
  ),
  large_equipment: doc(count.optional(), 'Equipment over 500,000 yuan per unit', '单价50万元以上通用设备'),
  large_special_equipment: doc(count.optional(), 'Special equipment over 1,000,000 yuan per unit', '单价100万元以上专用设备'),
  equipment: doc(
    z
      .array(
        z.strictObject({
          name: doc(text, 'The line as printed, with its price threshold (单价100万元（含）以上设备（不含车辆）)', '设备（原文，含单价标准）'),
          count: doc(count, 'Units held', '数量'),
          unit: doc(text.optional(), 'Unit of count as printed (default 台、套)', '计量单位'),
        }),
      )
      .default([]),
    'Equipment counted over the threshold the regional template prints',
    '按地区标准统计的大型设备',
  ),
  total_assets: doc(amount.optional(), 'Total assets', '资产总额'),
  note: tableNote,
});
type StateAssets = z.infer<typeof schema>;

const ZERO = money(0);
/**
 * Categories a sum/vehicles finding names even when blank: the national layout's four, which findings (and the
 * figures acknowledgements record) have always listed. The regional ones are named where printed.
 */
const ALWAYS_NAMED: ReadonlySet<Category> = new Set(['general_official', 'law_enforcement', 'special_professional', 'other']);
const asMoney = (value: number | undefined) => (value === undefined ? undefined : money(String(value)));
const nameOf = (table: StateAssets, key: Category) => table.vehicle_names?.[key] ?? STANDARD_NAME[key];

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

/** 合计 = the categories printed; a sum that holds is tested without describing it. */
function rules(table: StateAssets): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  for (const key of ['vehicles', 'planned_vehicle_purchases'] as const) {
    const counts = table[key];
    if (!counts || counts.total === undefined) continue;
    const stated = money(String(counts.total));
    if (!sumDiffers(CATEGORY_KEYS.map((category) => asMoney(counts[category])), stated, ZERO)) continue;
    findings.push(...checkSum({
      rule: 'sum/vehicles', file: 'tables.yaml', at: [key, 'total'], unit: '辆', tolerance: ZERO,
      subject: key === 'vehicles' ? '车辆合计' : '拟购置车辆合计',
      addends: CATEGORY_KEYS.filter((category) => counts[category] !== undefined || ALWAYS_NAMED.has(category))
        .map((category) => ({ label: nameOf(table, category), value: asMoney(counts[category]), at: [key, category] })),
      stated,
    }));
  }
  return findings;
}

const vehicleLines = (table: StateAssets, prefix: string, counts: VehicleCounts | undefined): Array<readonly [string, Cell]> => (counts
  ? [[`${prefix}合计`, numberCell(counts.total)], ...CATEGORY_KEYS.map((key) => [`${prefix}${nameOf(table, key)}`, numberCell(counts[key])] as const)]
  : []);

export const stateAssets = defineKind<StateAssets>({
  key: 'state_assets',
  label: { budget: '国有资产占有使用情况', final: '国有资产占有使用情况' },
  aliases: ['国有资产占用情况'],
  doc: { en: 'State-owned assets held', zh: '国有资产占有使用情况' },
  schema,
  facts,
  rules,
  // Only what the document prints, under the names it prints.
  views: (table, { unit }) => {
    const view = factTable('state_assets', `国有资产占有使用情况${table.as_of ? `（截至${table.as_of}）` : ''}`, printed([
      ...vehicleLines(table, '车辆（辆）：', table.vehicles), ...vehicleLines(table, '本年拟购置车辆（辆）：', table.planned_vehicle_purchases),
      ['单价50万元以上通用设备（台、套）', numberCell(table.large_equipment)], ['单价100万元以上专用设备（台、套）', numberCell(table.large_special_equipment)],
      ...table.equipment.map((line) => [`${line.name}（${line.unit ?? '台、套'}）`, numberCell(line.count)] as const),
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
