/**
 * Government procurement (政府采购): the totals by goods, works and services (all funds and the general-budget part),
 * the items of a procurement budget table (amount = quantity × unit price), and in final accounts the contracts
 * awarded to small and medium firms with their share. A budget plans procurement (政府采购预算); final accounts report
 * what was spent or awarded (政府采购支出, 授予中小企业合同金额), never a budget: labels follow the stage
 * (docs/domain.md §6).
 */
import { z } from 'zod';
import { multiply, type Money } from '../domain/money.ts';
import { reading, type FactReading } from '../domain/facts/reading.ts';
import { formatPercent, formatRate, percentAgrees, ratePercent, type Percent } from '../domain/rates.ts';
import { amount, doc, percent, text, type Stage } from '../schemas/primitives.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import { checkSum, show } from '../validation/rules/sum-check.ts';
import { emptyStatement, tableNote, tableTitle } from './schema-parts.ts';
import { defineKind, type KindContext, type RuleContext } from './kind.ts';
import { factTable, printed } from './fact-table.ts';
import { moneyCell, percentCell, quantityCell, textCell, type Cell, type TableView } from './view-model.ts';
import { yamlAmount, yamlFlow, type SyntheticDisclosure, type SyntheticTable } from './synthetic.ts';

/** What the figures are called in each stage: planned in a budget, spent (contracts signed) in final accounts. */
const WORDS: Record<Stage, { readonly procurement: string; readonly general: string }> = {
  budget: { procurement: '政府采购预算', general: '一般公共预算拨款政府采购预算' },
  final: { procurement: '政府采购支出', general: '一般公共预算拨款政府采购支出' },
};

function sample({ data }: SyntheticDisclosure): SyntheticTable {
  const split = { goods: 0n, works: 0n, services: 0n };
  for (const item of data.procurement) split[item.kind] += item.amount;
  const splitFlow = yamlFlow([['total', yamlAmount(split.goods + split.works + split.services)], ['goods', yamlAmount(split.goods)], ['works', yamlAmount(split.works)], ['services', yamlAmount(split.services)]]);
  const lines = ['procurement:', `  summary: ${splitFlow}`, `  general_budget: ${splitFlow}`, '  items:'];
  for (const item of data.procurement) {
    lines.push(`    - ${yamlFlow([['name', item.name], ['catalogue_code', item.code], ['kind', item.kind], ['quantity', String(item.quantity)], ['quantity_unit', item.unit], ['unit_price', yamlAmount(item.price)], ['amount', yamlAmount(item.amount)], ['fund_source', '一般公共预算']])}`);
  }
  lines.push('');
  return { lines, shapes: [[data.procurement.length + 3, 8], [3, 5]] };
}

const split = z.strictObject({
  total: doc(amount.optional(), 'Total procurement (budget: planned; final accounts: spent)', '政府采购总额（预算数或支出数）'),
  goods: doc(amount.optional(), 'Goods', '货物'),
  works: doc(amount.optional(), 'Works', '工程'),
  services: doc(amount.optional(), 'Services', '服务'),
});
type Split = z.infer<typeof split>;

const schema = z.strictObject({
  title: tableTitle,
  summary: doc(split.optional(), 'All funds (budget: 政府采购预算; final accounts: 政府采购支出)', '政府采购（全部资金）'),
  general_budget: doc(split.optional(), 'Of which general public budget', '其中：一般公共预算拨款'),
  items: doc(
    z
      .array(
        z.strictObject({
          name: doc(text, 'Item', '采购品目'),
          catalogue_code: doc(text.optional(), 'Procurement catalogue code', '采购目录编码'),
          kind: doc(z.enum(['goods', 'works', 'services']).optional(), 'goods | works | services', '采购类别'),
          quantity: doc(amount.optional(), 'Quantity', '数量'),
          quantity_unit: doc(text.optional(), 'Unit of quantity', '计量单位'),
          unit_price: doc(amount.optional(), 'Unit price in the document unit', '单价'),
          amount: doc(amount.optional(), 'Amount', '金额'),
          fund_source: doc(text.optional(), 'Source of funds', '资金来源'),
        }),
      )
      .default([]),
    'Procurement items (政府采购预算表)',
    '采购明细',
  ),
  small_medium_awarded: doc(amount.optional(), 'Final accounts: contracts awarded to small and medium firms', '授予中小企业合同金额'),
  small_medium_share: doc(percent.optional(), 'Its share of the total procurement, as printed (checked: awarded ÷ total)', '授予中小企业合同金额占政府采购支出总额的比例'),
  small_micro_awarded: doc(amount.optional(), 'Final accounts: of which awarded to small and micro firms', '其中：授予小微企业合同金额'),
  small_micro_share: doc(percent.optional(), 'Its share of the total procurement, as printed (checked: awarded ÷ total)', '授予小微企业合同金额占政府采购支出总额的比例'),
  empty_statement: emptyStatement,
  note: tableNote,
});
type Procurement = z.infer<typeof schema>;

const PARTS: ReadonlyArray<[string, keyof Split]> = [['', 'total'], ['货物', 'goods'], ['工程', 'works'], ['服务', 'services']];

function facts(table: Procurement): FactReading[] {
  const out: FactReading[] = [];
  for (const [suffix, key] of PARTS) {
    if (table.summary) out.push(reading(suffix ? `政府采购${suffix}` : '政府采购预算', table.summary[key], 'procurement', ['summary', key]));
    if (table.general_budget) out.push(reading(`一般公共预算政府采购${suffix}`, table.general_budget[key], 'procurement', ['general_budget', key]));
  }
  return out;
}

function rules(table: Procurement, { unit, tolerance, stage }: RuleContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const words = WORDS[stage];
  for (const splitKey of ['summary', 'general_budget'] as const) {
    const values = table[splitKey];
    if (!values) continue;
    findings.push(...checkSum({
      rule: 'sum/procurement', file: 'tables.yaml', at: [splitKey, 'total'], unit, tolerance,
      subject: `${splitKey === 'summary' ? words.procurement : words.general}总额`,
      addends: [
        { label: '货物', value: values.goods, at: [splitKey, 'goods'] },
        { label: '工程', value: values.works, at: [splitKey, 'works'] },
        { label: '服务', value: values.services, at: [splitKey, 'services'] },
      ],
      stated: values.total,
    }));
  }
  table.items.forEach((item, index) => {
    if (!item.quantity || !item.unit_price) return;
    const product = multiply(item.quantity, item.unit_price);
    if (item.amount && product.units === item.amount.units) return;
    findings.push({
      severity: 'error', rule: 'sum/procurement-item', file: 'tables.yaml', at: ['items', index, 'amount'],
      message: `政府采购“${item.name}”的金额应等于数量×单价`,
      messageEn: 'Amount must equal quantity × unit price',
      values: [
        { label: '数量', value: show(item.quantity) }, { label: '单价', value: show(item.unit_price, unit) },
        { label: '数量×单价', value: show(product, unit) }, { label: '表中金额', value: show(item.amount, unit) },
      ],
    });
  });
  if (table.items.length > 0 && table.summary?.total) {
    findings.push(...checkSum({
      rule: 'sum/procurement', file: 'tables.yaml', at: ['summary', 'total'], unit, tolerance,
      subject: `${words.procurement}总额（与采购明细合计）`,
      addends: table.items.map((item, index) => ({ label: item.name, value: item.amount, at: ['items', index, 'amount'] })),
      stated: table.summary.total,
    }));
  }
  const base = table.summary?.total;
  for (const [firms, awardedKey, shareKey] of AWARDED) {
    const awarded = table[awardedKey];
    const printedShare = table[shareKey];
    if (base && awarded && printedShare) {
      const finding = checkShare(firms, awarded, printedShare, base, shareKey, unit, words.procurement);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

const AWARDED = [['中小企业', 'small_medium_awarded', 'small_medium_share'], ['小微企业', 'small_micro_awarded', 'small_micro_share']] as const;

/** A printed share of the contracts awarded = awarded ÷ total procurement at the printed precision (docs/domain.md §4). */
function checkShare(firms: string, awarded: Money, printedShare: Percent, base: Money, at: string, unit: string, totalName: string): LocatedRuleFinding | undefined {
  const agrees = percentAgrees(printedShare, awarded, base);
  if (agrees === true) return undefined;
  const computed = ratePercent(awarded, base, printedShare.decimals);
  return {
    severity: 'error', rule: 'rate/procurement-share', file: 'tables.yaml', at: [at],
    message: agrees === 'not-applicable'
      ? `${totalName}总额为0，授予${firms}合同金额的占比不适用，但表中写有${formatPercent(printedShare)}`
      : `授予${firms}合同金额占${totalName}总额的比例与金额÷总额不符：应为${formatRate(computed)}，表中为${formatPercent(printedShare)}`,
    messageEn: `Share awarded to ${firms === '中小企业' ? 'small and medium' : 'small and micro'} firms differs from awarded ÷ total procurement`,
    values: [
      { label: `授予${firms}合同金额`, value: show(awarded, unit), at: [`${firms === '中小企业' ? 'small_medium' : 'small_micro'}_awarded`] },
      { label: `${totalName}总额`, value: show(base, unit), at: ['summary', 'total'] },
      { label: '计算占比', value: formatRate(computed) }, { label: '表中占比', value: formatPercent(printedShare) },
    ],
  };
}

function views(table: Procurement, { unit, label, stage }: KindContext): TableView[] {
  const words = WORDS[stage];
  const views: TableView[] = [];
  if (table.items.length) {
    views.push({
      id: 'procurement', title: table.title ?? label, unit, rowHeader: '采购品目',
      columns: [{ label: '采购目录编码', numeric: false }, { label: '数量', numeric: true }, { label: '单价', numeric: true }, { label: '金额', numeric: true }, { label: '资金来源', numeric: false }],
      rows: table.items.map((item) => ({ header: item.name, cells: [textCell(item.catalogue_code), quantityCell(item.quantity, item.quantity_unit), moneyCell(item.unit_price, unit), moneyCell(item.amount, unit), textCell(item.fund_source)] })),
    });
  }
  // Each printed split keeps its blank cells (a blank 货物 beside a total of 11 is a slip readers should see).
  const lines = (name: string, values: Split | undefined): Array<readonly [string, Cell]> => (values
    ? [[`${name}合计`, moneyCell(values.total, unit)], [`${name}货物`, moneyCell(values.goods, unit)], [`${name}工程`, moneyCell(values.works, unit)], [`${name}服务`, moneyCell(values.services, unit)]]
    : []);
  const awarded = printed([
    ['授予中小企业合同金额', moneyCell(table.small_medium_awarded, unit)], [`授予中小企业合同金额占${words.procurement}总额的比例`, percentCell(table.small_medium_share)],
    ['其中：授予小微企业合同金额', moneyCell(table.small_micro_awarded, unit)], [`授予小微企业合同金额占${words.procurement}总额的比例`, percentCell(table.small_micro_share)],
  ]);
  const summary = factTable('procurement_summary', words.procurement, [...lines(words.procurement, table.summary), ...lines(words.general, table.general_budget), ...awarded], unit, table.note);
  if (summary) views.push(summary);
  return views;
}

export const procurement = defineKind<Procurement>({
  key: 'procurement',
  label: { budget: '政府采购预算表', final: '政府采购情况' },
  aliases: ['政府采购预算情况', '政府采购支出情况'],
  doc: { en: 'Government procurement', zh: '政府采购' },
  schema,
  facts,
  rules,
  views,
  sample,
});

