/**
 * The "三公" expenses table: 合计 = 因公出国（境）+ 公务用车购置及运行（小计 = 购置 + 运行）+ 公务接待, for this year,
 * last year and (final accounts) the budget, plus the counts behind the amounts.
 */
import { z } from 'zod';
import { sum, type Money } from '../domain/money.ts';
import { amountWithUnit } from '../domain/amount-display.ts';
import { reading, type FactPeriod, type FactReading } from '../domain/facts/reading.ts';
import { comparisonChart } from '../charts/chart-specs.ts';
import { amount, count, doc } from '../schemas/primitives.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import { checkSum } from '../validation/rules/sum-check.ts';
import { emptyStatement, tableNote, tableTitle } from './schema-parts.ts';
import { defineKind, type KindContext } from './kind.ts';
import { moneyCell, type TableView } from './view-model.ts';
import { yamlAmount, yamlText, type SyntheticDisclosure, type SyntheticFigures, type SyntheticTable } from './synthetic.ts';

function sample(d: SyntheticDisclosure): SyntheticTable {
  const final = d.data.stage === 'final';
  const group = (t: SyntheticFigures['three'], indent: string) => [
    `${indent}total: ${yamlAmount(t.overseas + t.purchase + t.operation + t.reception)}`, `${indent}overseas: ${yamlAmount(t.overseas)}`,
    `${indent}vehicle_subtotal: ${yamlAmount(t.purchase + t.operation)}`, `${indent}vehicle_purchase: ${yamlAmount(t.purchase)}`,
    `${indent}vehicle_operation: ${yamlAmount(t.operation)}`, `${indent}reception: ${yamlAmount(t.reception)}`,
  ];
  const lines = ['three_public_expenses:             # 一般公共预算“三公”经费支出表', `  title: ${yamlText(`${d.departmentName}一般公共预算“三公”经费支出${final ? '决算' : '预算'}表`)}`];
  lines.push('  this_year:', ...group(d.data.three, '    '), '  last_year:', ...group(d.previous.three, '    '));
  if (final && d.budget) {
    const three = d.data.three;
    lines.push('  budget:', ...group(d.budget.three, '    '));
    lines.push('  details:', `    overseas_groups: ${three.overseas > 0n ? d.randomInt('overseas-groups', 1, 2) : 0}`, `    overseas_people: ${three.overseas > 0n ? d.randomInt('overseas-people', 2, 5) : 0}`,
      `    vehicles_purchased: ${three.purchase > 0n ? 1 : 0}`, `    vehicles_held: ${d.vehicles.general + d.vehicles.law + d.vehicles.special}`,
      `    reception_batches: ${d.randomInt('reception-batches', 5, 80)}`, `    reception_people: ${d.randomInt('reception-people', 40, 600)}`);
  }
  lines.push('');
  return { lines, shapes: [[final ? 4 : 3, 7]] };
}

const group = z.strictObject({
  total: doc(amount.optional(), 'Total of the three public expenses', '合计'),
  overseas: doc(amount.optional(), 'Official travel abroad', '因公出国（境）费'),
  vehicle_subtotal: doc(amount.optional(), 'Official vehicles subtotal', '公务用车购置及运行费小计'),
  vehicle_purchase: doc(amount.optional(), 'Vehicle purchase', '公务用车购置费'),
  vehicle_operation: doc(amount.optional(), 'Vehicle operation and maintenance', '公务用车运行维护费'),
  reception: doc(amount.optional(), 'Official reception', '公务接待费'),
});
export type ThreePublicGroup = z.infer<typeof group>;

const schema = z.strictObject({
  title: tableTitle,
  this_year: doc(group.optional(), 'This year: budget (预算) or final (决算数)', '本年数'),
  last_year: doc(group.optional(), 'Last year, where printed', '上年数'),
  budget: doc(group.optional(), 'Final accounts only: the budget figures (预算数)', '预算数'),
  details: doc(
    z
      .strictObject({
        overseas_groups: doc(count.optional(), 'Delegations abroad', '出国团组数'),
        overseas_people: doc(count.optional(), 'People abroad', '出国人次'),
        vehicles_purchased: doc(count.optional(), 'Vehicles purchased', '购置车辆数'),
        vehicles_held: doc(count.optional(), 'Vehicles held at year end', '公务用车保有量'),
        reception_batches: doc(count.optional(), 'Reception batches', '接待批次'),
        reception_people: doc(count.optional(), 'Reception visitors', '接待人次'),
      })
      .optional(),
    'Counts behind the amounts (final accounts)',
    '三公经费明细数量',
  ),
  empty_statement: emptyStatement,
  note: tableNote,
});
type ThreePublic = z.infer<typeof schema>;

/** Fact name and column of each amount. */
const FACTS: ReadonlyArray<[string, keyof ThreePublicGroup, string]> = [
  ['三公经费', 'total', '合计'], ['因公出国费', 'overseas', '因公出国（境）费'], ['公务用车购置及运行费', 'vehicle_subtotal', '公务用车购置及运行费小计'],
  ['公务用车购置费', 'vehicle_purchase', '公务用车购置费'], ['公务用车运行费', 'vehicle_operation', '公务用车运行维护费'], ['公务接待费', 'reception', '公务接待费'],
];
const GROUP_LABELS = { this_year: '本年数', last_year: '上年数', budget: '预算数' } as const;

function facts(table: ThreePublic): FactReading[] {
  const out: FactReading[] = [];
  const read = (key: 'this_year' | 'last_year', period: FactPeriod) => {
    const values = table[key];
    if (!values) return;
    for (const [fact, column] of FACTS) out.push(reading(fact, values[column], 'three_public_expenses', [key, column], undefined, period));
  };
  read('this_year', 'current');
  read('last_year', 'last');
  return out;
}

function rules(table: ThreePublic, context: { unit: string; tolerance: Money }): LocatedRuleFinding[] {
  const { unit, tolerance } = context;
  const findings: LocatedRuleFinding[] = [];
  for (const key of ['this_year', 'last_year', 'budget'] as const) {
    const values = table[key];
    if (!values) continue;
    const at = [key];
    findings.push(...checkSum({
      rule: 'sum/three-public', file: 'tables.yaml', at: [...at, 'vehicle_subtotal'], unit, tolerance,
      subject: `“三公”经费${GROUP_LABELS[key]}的公务用车购置及运行费小计`,
      addends: [{ label: '公务用车购置费', value: values.vehicle_purchase, at: [...at, 'vehicle_purchase'] }, { label: '公务用车运行维护费', value: values.vehicle_operation, at: [...at, 'vehicle_operation'] }],
      stated: values.vehicle_subtotal,
    }));
    const vehicles = values.vehicle_subtotal ?? (values.vehicle_purchase || values.vehicle_operation ? sum([values.vehicle_purchase, values.vehicle_operation]) : undefined);
    findings.push(...checkSum({
      rule: 'sum/three-public', file: 'tables.yaml', at: [...at, 'total'], unit, tolerance,
      subject: `“三公”经费${GROUP_LABELS[key]}的合计`,
      addends: [
        { label: '因公出国（境）费', value: values.overseas, at: [...at, 'overseas'] },
        { label: '公务用车购置及运行费', value: vehicles, at: [...at, 'vehicle_subtotal'] },
        { label: '公务接待费', value: values.reception, at: [...at, 'reception'] },
      ],
      stated: values.total,
    }));
  }
  return findings;
}

/** The groups in reading order: this year, then the budget (final accounts) or last year (budget). */
function view(table: ThreePublic, { stage, unit, year, label }: KindContext): TableView {
  const groups: Array<[string, ThreePublicGroup | undefined]> = [
    [stage === 'budget' ? `${year}年预算数` : `${year}年决算数`, table.this_year],
    [stage === 'budget' ? `${year - 1}年预算数` : `${year}年预算数`, stage === 'budget' ? table.last_year : table.budget],
    ...(stage === 'final' && table.last_year ? [[`${year - 1}年决算数`, table.last_year] as [string, ThreePublicGroup]] : []),
  ];
  return {
    id: 'three_public_expenses',
    title: table.title ?? label,
    unit,
    rowHeader: '年度',
    columns: FACTS.map(([, , columnLabel]) => ({ label: columnLabel, numeric: true })),
    rows: groups.filter(([, values]) => values).map(([name, values]) => ({ header: name, cells: FACTS.map(([, column]) => moneyCell(values![column], unit)) })),
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
    ...(table.note ? { note: table.note } : {}),
  };
}

const ITEMS: ReadonlyArray<[string, 'overseas' | 'vehicle_purchase' | 'vehicle_operation' | 'reception']> = [
  ['因公出国（境）费', 'overseas'], ['公务用车购置费', 'vehicle_purchase'], ['公务用车运行维护费', 'vehicle_operation'], ['公务接待费', 'reception'],
];

export const threePublicExpenses = defineKind<ThreePublic>({
  key: 'three_public_expenses',
  lastYearFields: [{ from: 'this_year', to: 'last_year' }],
  label: { budget: '“三公”经费支出表', final: '“三公”经费支出决算表' },
  aliases: ['一般公共预算“三公”经费支出表', '财政拨款“三公”经费支出表', '财政拨款“三公”经费支出决算表'],
  doc: { en: 'The three public expenses', zh: '“三公”经费支出表' },
  standard: { budget: 'three_public_expenses', final: 'three_public_expenses' },
  schema,
  facts,
  rules,
  views: (table, context) => [view(table, context)],
  charts: (table, { stage, unit, year }) => {
    const current = table.this_year;
    if (!current) return [];
    const comparison = table.last_year ?? (stage === 'final' ? table.budget : undefined);
    const chart = comparisonChart({
      id: 'three-public', title: '“三公”经费构成', unit, tableId: 'data-three_public_expenses',
      labels: ITEMS.map(([itemLabel]) => itemLabel),
      series: [
        ...(comparison ? [{ label: table.last_year ? `${year - 1}年` : '预算数', values: ITEMS.map(([, key]) => comparison[key]) }] : []),
        { label: stage === 'final' ? `${year}年决算数` : `${year}年预算数`, values: ITEMS.map(([, key]) => current[key]) },
      ],
      description: `“三公”经费${current.total ? amountWithUnit(current.total, unit) : ''}：${ITEMS.map(([itemLabel, key]) => `${itemLabel}${current[key] ? amountWithUnit(current[key]!, unit) : '空白'}`).join('，')}。`,
    });
    return chart ? [{ view: 'three_public_expenses', chart }] : [];
  },
  sample,
});
