/**
 * The summary family (收支总表, 财政拨款收支总表): income sections on the left, expenditure sections on the right,
 * each section a subtotal and its lines, each side a grand total. Checked: lines across fund columns, subtotals,
 * grand totals, 收入总计 = 支出总计, and per fund 期初结转 + 本年收入 − 本年支出 = 年末结转.
 */
import { z } from 'zod';
import { sum, type Money } from '../domain/money.ts';
import { reading, NAMED_PARAMETER, type FactReading } from '../domain/facts/reading.ts';
import { partsChart } from '../charts/chart-specs.ts';
import { code, doc, text } from '../schemas/primitives.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import { checkEqual, checkSum } from '../validation/rules/sum-check.ts';
import { amountColumns, emptyStatement, tableNote, tableTitle, type ColumnSpec } from './schema-parts.ts';
import { defineKind, type KindContext, type PlacedChart, type RuleContext, type TableKind } from './kind.ts';
import { moneyCell, type RowView, type TableView } from './view-model.ts';
import { nonZero, yamlAmount, yamlCell, yamlFlow, yamlQuoted, yamlText, type SyntheticDisclosure, type SyntheticTable } from './synthetic.ts';

const INCOME_SECTION_KINDS = ['current', 'carryover', 'non_fiscal_balance_used', 'opening_balance'] as const;
const EXPENDITURE_SECTION_KINDS = ['current', 'carry_forward', 'balance_distribution', 'closing_balance'] as const;
export const SECTION_LABELS: Readonly<Record<string, string>> = {
  current: '本年',
  carryover: '上年结转',
  non_fiscal_balance_used: '使用非财政拨款结余',
  opening_balance: '年初结转和结余',
  carry_forward: '结转下年',
  balance_distribution: '结余分配',
  closing_balance: '年末结转和结余',
};

export const FUND_COLUMNS = [
  { key: 'amount', label: '合计' },
  { key: 'general_budget', label: '一般公共预算' },
  { key: 'government_fund', label: '政府性基金预算' },
  { key: 'state_capital', label: '国有资本经营预算' },
] as const;
const AMOUNT_COLUMN = [{ key: 'amount', label: '金额' }] as const;

/** A line's amount columns, looked up by key. */
type Cells = { readonly [column: string]: unknown };
interface Line extends Cells { readonly name: string; readonly code?: string | undefined }
interface Section { readonly kind: string; readonly name?: string | undefined; readonly total?: Cells | undefined; readonly items: readonly Line[] }
interface Side { readonly sections: readonly Section[]; readonly grand_total?: Cells | undefined }
export interface SummaryTable {
  readonly title?: string | undefined;
  readonly income: Side;
  readonly expenditure: Side;
  readonly empty_statement?: string | undefined;
  readonly note?: string | undefined;
}

const value = (record: Cells | undefined, key: string): Money | undefined => record?.[key] as Money | undefined;

function summarySchema<const K extends string>(columnSpecs: readonly ColumnSpec<K>[]) {
  const columns = amountColumns(columnSpecs);
  const line = z.strictObject({
    code: doc(code.optional(), 'Functional class code, where printed', '科目编码'),
    name: doc(text, 'Line name as printed', '项目'),
    ...columns,
  });
  const totals = z.strictObject(columns);
  const section = <S extends readonly [string, ...string[]]>(kinds: S) =>
    z.strictObject({
      kind: doc(z.enum(kinds), `Section kind: ${kinds.join(' | ')}`, '栏目类型'),
      name: doc(text.optional(), 'Section heading as printed (一、本年收入)', '栏目名称'),
      total: doc(totals.optional(), 'Section subtotal as printed', '小计'),
      items: doc(z.array(line).default([]), 'Lines of this section', '明细'),
    });
  const side = <S extends readonly [string, ...string[]]>(kinds: S, zh: string) =>
    z.strictObject({
      sections: doc(z.array(section(kinds)).default([]), `${zh} sections in printed order`, `${zh}栏目`),
      grand_total: doc(totals.optional(), `${zh} grand total (总计/合计)`, `${zh}总计`),
    });
  return z.strictObject({
    title: tableTitle,
    income: doc(side(INCOME_SECTION_KINDS, '收入'), 'Income side', '收入'),
    expenditure: doc(side(EXPENDITURE_SECTION_KINDS, '支出'), 'Expenditure side', '支出'),
    empty_statement: emptyStatement,
    note: tableNote,
  });
}

/** A section's amount: its printed subtotal, else the sum of its lines (undefined when none is printed). */
export function sectionAmount(section: Section, column: string): Money | undefined {
  const stated = value(section.total, column);
  if (stated) return stated;
  const lines = section.items.map((item) => value(item, column)).filter((v): v is Money => v !== undefined);
  return lines.length ? sum(lines) : undefined;
}

/** The facts a section states: its amount, with the subtotal's path when printed (a sum of lines has none). */
function sectionReading(fact: string, side: Side, sideKey: string, kind: string, source: string, column = 'amount'): FactReading[] {
  const index = side.sections.findIndex((section) => section.kind === kind);
  const section = side.sections[index];
  if (!section) return [];
  if (value(section.total, column)) return [reading(fact, value(section.total, column), source, [sideKey, 'sections', index, 'total', column])];
  return [reading(fact, sum(section.items.map((item) => value(item, column))), source)];
}

/** A side's grand total (总计), where the table prints that line. */
const grandTotal = (fact: string, side: Side, sideKey: string, source: string): FactReading[] =>
  (side.grand_total ? [reading(fact, value(side.grand_total, 'amount'), source, [sideKey, 'grand_total', 'amount'])] : []);

/** Income sources by the words their line names contain (the first that matches; 事业单位经营 before 事业). */
const INCOME_SOURCES: ReadonlyArray<readonly [string, RegExp]> = [
  ['一般公共预算拨款收入', /一般公共预算/], ['政府性基金预算拨款收入', /政府性基金/], ['国有资本经营预算拨款收入', /国有资本经营/],
  ['财政专户管理资金收入', /财政专户/], ['经营收入', /经营收入/], ['事业收入', /事业收入/], ['上级补助收入', /上级补助/],
  ['附属单位上缴收入', /附属单位/], ['其他收入', /其他收入/],
];

/** This year's income lines as the sources they are (the first line of each source). */
function incomeSources(table: SummaryTable, source: string, only?: string): FactReading[] {
  const index = table.income.sections.findIndex((section) => section.kind === 'current');
  const section = table.income.sections[index];
  if (!section) return [];
  const out: FactReading[] = [];
  const seen = new Set<string>();
  section.items.forEach((item, itemIndex) => {
    const fact = INCOME_SOURCES.find(([, words]) => words.test(item.name))?.[0];
    if (!fact || seen.has(fact) || (only && fact !== only)) return;
    seen.add(fact);
    out.push(reading(fact, value(item, 'amount'), source, ['income', 'sections', index, 'items', itemIndex, 'amount'], item.name));
  });
  return out;
}

/** The balance sections (上年结转, 结转下年 …), each the fact of its kind. */
const BALANCE_SECTIONS: ReadonlyArray<readonly [string, 'income' | 'expenditure', string]> = [
  ['上年结转', 'income', 'carryover'], ['使用非财政拨款结余', 'income', 'non_fiscal_balance_used'], ['年初结转和结余', 'income', 'opening_balance'],
  ['结转下年', 'expenditure', 'carry_forward'], ['结余分配', 'expenditure', 'balance_distribution'], ['年末结转和结余', 'expenditure', 'closing_balance'],
];

/** This year's expenditure lines by 类 (by name where the code is not printed): `fact`:<code> in `column`. */
function classLines(table: SummaryTable, fact: string, column: string, source: string): FactReading[] {
  const index = table.expenditure.sections.findIndex((section) => section.kind === 'current');
  const section = table.expenditure.sections[index];
  if (!section) return [];
  return section.items.map((item, itemIndex) =>
    reading(`${fact}:${item.code ?? NAMED_PARAMETER + item.name}`, value(item, column), source, ['expenditure', 'sections', index, 'items', itemIndex, column], item.name));
}

function checkSummary(table: SummaryTable, columns: readonly string[], context: RuleContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const { unit, tolerance } = context;
  const tableName = context.label;
  const labelOf = (column: string) => FUND_COLUMNS.find((c) => c.key === column)?.label ?? '金额';
  const fundColumns = columns.filter((c) => c !== 'amount');

  const sides: Array<['income' | 'expenditure', Side, string]> = [['income', table.income, '收入'], ['expenditure', table.expenditure, '支出']];
  for (const [sideKey, side, sideName] of sides) {
    side.sections.forEach((section, sectionIndex) => {
      const sectionName = section.name ?? `${SECTION_LABELS[section.kind] ?? section.kind}${sideName}`;
      const at = [sideKey, 'sections', sectionIndex];
      section.items.forEach((item, itemIndex) => {
        const parts = fundColumns.map((c) => ({ label: labelOf(c), value: value(item, c), at: [...at, 'items', itemIndex, c] })).filter((p) => p.value);
        if (parts.length) {
          findings.push(...checkSum({
            rule: 'sum/row', file: 'tables.yaml', at: [...at, 'items', itemIndex, 'amount'], unit, tolerance,
            subject: `${tableName}“${item.name}”的合计`, addends: parts, stated: value(item, 'amount'),
          }));
        }
      });
      if (section.total) {
        for (const column of columns) {
          findings.push(...checkSum({
            rule: 'sum/section', file: 'tables.yaml', at: [...at, 'total', column], unit, tolerance,
            subject: `${tableName}“${sectionName}”的${labelOf(column)}`,
            addends: section.items.map((item, itemIndex) => ({ label: item.name, value: value(item, column), at: [...at, 'items', itemIndex, column] })),
            stated: value(section.total, column),
          }));
        }
      }
    });
    if (side.grand_total) {
      for (const column of columns) {
        findings.push(...checkSum({
          rule: 'sum/grand-total', file: 'tables.yaml', at: [sideKey, 'grand_total', column], unit, tolerance,
          subject: `${tableName}${sideName}总计的${labelOf(column)}`,
          // A section with a printed subtotal counts as one addend; otherwise each of its lines does, so the
          // message names the line that is off.
          addends: side.sections.flatMap((section, sectionIndex) => section.total
            ? [{ label: section.name ?? SECTION_LABELS[section.kind] ?? section.kind, value: value(section.total, column), at: [sideKey, 'sections', sectionIndex, 'total', column] }]
            : section.items.map((item, itemIndex) => ({ label: item.name, value: value(item, column), at: [sideKey, 'sections', sectionIndex, 'items', itemIndex, column] }))),
          stated: value(side.grand_total, column),
        }));
      }
    }
  }
  findings.push(...carryoverIdentity(tableName, table, columns, context));
  const income = table.income.grand_total;
  const expenditure = table.expenditure.grand_total;
  if (income && expenditure) {
    findings.push(...checkEqual({
      rule: 'balance/income-expenditure', file: 'tables.yaml', at: ['expenditure', 'grand_total', 'amount'], unit, tolerance,
      subject: `${tableName}收入总计与支出总计应相等`,
      left: { label: '收入总计', value: value(income, 'amount') },
      right: { label: '支出总计', value: value(expenditure, 'amount') },
    }));
  }
  return findings;
}

/**
 * Per fund: 年初结转（上年结转） + 本年收入 − 本年支出 = 年末结转（结转下年）. Checked only where the table prints both
 * the opening and the closing balance, column by column.
 */
function carryoverIdentity(tableName: string, table: SummaryTable, columns: readonly string[], context: RuleContext): LocatedRuleFinding[] {
  const { income, expenditure } = table;
  const opening = income.sections.findIndex((s) => s.kind === 'carryover' || s.kind === 'opening_balance');
  const closing = expenditure.sections.findIndex((s) => s.kind === 'carry_forward' || s.kind === 'closing_balance');
  const incomeNow = income.sections.findIndex((s) => s.kind === 'current');
  const spentNow = expenditure.sections.findIndex((s) => s.kind === 'current');
  if (opening < 0 || closing < 0 || incomeNow < 0 || spentNow < 0) return [];
  const findings: LocatedRuleFinding[] = [];
  for (const column of columns) {
    const amounts = [opening, incomeNow].map((i) => sectionAmount(income.sections[i]!, column));
    const spent = sectionAmount(expenditure.sections[spentNow]!, column);
    const closingAmount = sectionAmount(expenditure.sections[closing]!, column);
    // A fund column the income side does not print (only 合计 there) cannot be balanced.
    if (!amounts[1]) continue;
    const negatedSpent = spent ? { units: -spent.units, decimals: spent.decimals } : undefined;
    findings.push(...checkSum({
      rule: 'balance/carryover', file: 'tables.yaml', at: ['expenditure', 'sections', closing, 'total', column], unit: context.unit, tolerance: context.tolerance,
      subject: `${tableName}${column === 'amount' ? '' : `“${FUND_COLUMNS.find((c) => c.key === column)?.label}”列`}的年末结转（期初结转＋本年收入−本年支出）`,
      addends: [
        { label: income.sections[opening]!.name ?? SECTION_LABELS[income.sections[opening]!.kind]!, value: amounts[0] },
        { label: income.sections[incomeNow]!.name ?? '本年收入', value: amounts[1] },
        { label: `减：${expenditure.sections[spentNow]!.name ?? '本年支出'}`, value: negatedSpent },
      ],
      stated: closingAmount,
    }));
  }
  return findings;
}

/** Both parts (收入, 支出) stacked, each section heading followed by its lines and subtotal. */
function summaryTableView(key: string, table: SummaryTable, columns: readonly ColumnSpec[], context: KindContext): TableView {
  const values = (record: Cells | undefined) => columns.map((column) => moneyCell(value(record, column.key), context.unit));
  const rows: RowView[] = [];
  for (const [sideName, side] of [['收入', table.income], ['支出', table.expenditure]] as const) {
    side.sections.forEach((section, index) => {
      const sectionName = section.name ?? `${SECTION_LABELS[section.kind] ?? section.kind}${sideName}`;
      rows.push({ header: sectionName, level: 0, cells: values(section.total), isTotal: false, ...(index === 0 ? { group: sideName } : {}) });
      for (const item of section.items) rows.push({ header: item.name, ...(item.code ? { code: item.code } : {}), level: 1, cells: values(item) });
    });
    if (side.grand_total) rows.push({ header: `${sideName}总计`, cells: values(side.grand_total), isTotal: true });
  }
  return {
    id: key,
    title: table.title ?? context.label,
    unit: context.unit,
    rowHeader: '项目',
    columns: columns.map((column) => ({ label: column.label, numeric: true })),
    rows,
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
    ...(table.note ? { note: table.note } : {}),
  };
}

/** Income by source (this year's lines, each other section as one part), next to the summary table. */
function incomeChart(key: string, table: SummaryTable, unit: string): PlacedChart[] {
  const parts = table.income.sections.flatMap((section) =>
    section.kind === 'current'
      ? section.items.map((item) => ({ label: item.name, value: value(item, 'amount') }))
      : [{ label: section.name ?? '上年结转', value: value(section.total, 'amount') ?? sum(section.items.map((item) => value(item, 'amount'))) }]);
  const chart = partsChart({ id: 'income-structure', title: '收入结构', unit, tableId: `data-${key}`, parts, kind: 'doughnut' });
  return chart ? [{ view: key, chart }] : [];
}

/** This year's expenditure by 类: all funds and the general budget. */
function classTotals(d: SyntheticDisclosure): Map<string, { g: bigint; es: bigint }> {
  const classes = new Map<string, { g: bigint; es: bigint }>();
  for (const l of d.data.leaves) {
    const entry = classes.get(l.code.slice(0, 3)) ?? { g: 0n, es: 0n };
    entry.g += l.gBasic + l.gProject;
    entry.es += l.gBasic + l.gProject + l.oBasic + l.oProject;
    classes.set(l.code.slice(0, 3), entry);
  }
  return classes;
}

function incomeExpenditureSample(d: SyntheticDisclosure): SyntheticTable {
  const { data } = d;
  const final = data.stage === 'final';
  const incomeItems: Array<[string, bigint | undefined]> = [
    ['一般公共预算拨款收入', data.generalIncome], ['政府性基金预算拨款收入', undefined], ['国有资本经营预算拨款收入', undefined],
    ['财政专户管理资金收入', undefined], ['事业收入', nonZero(data.business)], ['事业单位经营收入', undefined], ['其他收入', nonZero(data.other)],
  ];
  const classes = classTotals(d);
  const lines = [`income_expenditure_summary:        # ${final ? '收入支出决算总表' : '部门收支总表'}`, `  title: ${yamlText(`${d.departmentName}${final ? '收入支出决算总表' : '部门收支总表'}`)}`, '  income:', '    sections:'];
  lines.push('      - kind: current', `        name: ${final ? '本年收入合计' : '一、本年收入'}`, `        total: { amount: ${yamlAmount(data.generalIncome + data.business + data.other)} }`, '        items:');
  for (const [name, amount] of incomeItems) lines.push(`          - ${yamlFlow([['name', name], ['amount', yamlCell(amount)]])}`);
  if (data.carry > 0n) {
    lines.push('      - kind: carryover', `        name: ${final ? '年初结转和结余' : '二、上年结转'}`, `        total: { amount: ${yamlAmount(data.carry)} }`, '        items:', `          - { name: 一般公共预算拨款, amount: ${yamlAmount(data.carry)} }`);
  }
  lines.push(`    grand_total: { amount: ${yamlAmount(data.incomeTotal)} }`, '  expenditure:', '    sections:');
  lines.push('      - kind: current', `        name: ${final ? '本年支出合计' : '一、本年支出'}`, `        total: { amount: ${yamlAmount(data.esTotal)} }`, '        items:');
  for (const [code, amounts] of classes) lines.push(`          - ${yamlFlow([['code', yamlQuoted(code)], ['name', d.functionalName(code)], ['amount', yamlAmount(amounts.es)]])}`);
  if (data.forward > 0n) {
    lines.push('      - kind: carry_forward', `        name: ${final ? '年末结转和结余' : '二、结转下年'}`, `        total: { amount: ${yamlAmount(data.forward)} }`, '        items:', `          - { name: 一般公共预算拨款, amount: ${yamlAmount(data.forward)} }`);
  }
  lines.push(`    grand_total: { amount: ${yamlAmount(data.expenditureTotal)} }`, '');
  return { lines, shapes: [[Math.max(incomeItems.length + 2, classes.size + 2), 4]] };
}

function fiscalGrantSample(d: SyntheticDisclosure): SyntheticTable {
  const { data } = d;
  const final = data.stage === 'final';
  const both = (cents: bigint) => `{ amount: ${yamlAmount(cents)}, general_budget: ${yamlAmount(cents)} }`;
  const grantTotal = data.gTotal + data.forward;
  const lines = [`fiscal_grant_summary:              # ${final ? '财政拨款收入支出决算总表' : '财政拨款收支总表'}`, `  title: ${yamlText(`${d.departmentName}${final ? '财政拨款收入支出决算总表' : '财政拨款收支总表'}`)}`, '  income:', '    sections:'];
  lines.push('      - kind: current', '        name: 一、本年收入', `        total: ${both(data.generalIncome)}`, '        items:');
  lines.push(`          - { name: 一般公共预算拨款, amount: ${yamlAmount(data.generalIncome)}, general_budget: ${yamlAmount(data.generalIncome)} }`, '          - { name: 政府性基金预算拨款 }', '          - { name: 国有资本经营预算拨款 }');
  if (data.carry > 0n) {
    lines.push('      - kind: carryover', '        name: 二、上年结转', `        total: ${both(data.carry)}`, '        items:', `          - { name: 一般公共预算拨款, amount: ${yamlAmount(data.carry)}, general_budget: ${yamlAmount(data.carry)} }`);
  }
  lines.push(`    grand_total: ${both(grantTotal)}`, '  expenditure:', '    sections:');
  lines.push('      - kind: current', '        name: 一、本年支出', `        total: ${both(data.gTotal)}`, '        items:');
  const classes = classTotals(d);
  for (const [code, amounts] of classes) lines.push(`          - ${yamlFlow([['code', yamlQuoted(code)], ['name', d.functionalName(code)], ['amount', yamlAmount(amounts.g)], ['general_budget', yamlAmount(amounts.g)]])}`);
  if (data.forward > 0n) {
    lines.push('      - kind: carry_forward', '        name: 二、结转下年', `        total: ${both(data.forward)}`, '        items:', `          - { name: 一般公共预算拨款, amount: ${yamlAmount(data.forward)}, general_budget: ${yamlAmount(data.forward)} }`);
  }
  lines.push(`    grand_total: ${both(grantTotal)}`, '');
  return { lines, shapes: [[classes.size + 6, 8]] };
}

const schemaOf = (columns: readonly ColumnSpec[]) => summarySchema(columns) as unknown as z.ZodType<SummaryTable>;

export const incomeExpenditureSummary: TableKind<SummaryTable> = defineKind<SummaryTable>({
  key: 'income_expenditure_summary',
  label: { budget: '部门收支总表', final: '收入支出决算总表' },
  aliases: ['收支总表', '部门收支预算总表', '收支预算总表'],
  doc: { en: 'Department income and expenditure summary', zh: '部门收支总表 / 收入支出决算总表' },
  standard: { budget: 'income_expenditure_summary', final: 'income_expenditure_summary' },
  schema: schemaOf(AMOUNT_COLUMN),
  facts: (table) => {
    const source = 'income_expenditure_summary';
    return [
      ...grandTotal('收入合计', table.income, 'income', source),
      ...grandTotal('支出合计', table.expenditure, 'expenditure', source),
      ...sectionReading('本年收入合计', table.income, 'income', 'current', source),
      ...sectionReading('本年支出合计', table.expenditure, 'expenditure', 'current', source),
      ...incomeSources(table, source),
      ...BALANCE_SECTIONS.flatMap(([fact, side, kind]) => sectionReading(fact, table[side], side, kind, source)),
      ...classLines(table, '支出', 'amount', source),
    ];
  },
  rules: (table, context) => checkSummary(table, ['amount'], context),
  views: (table, context) => [summaryTableView('income_expenditure_summary', table, AMOUNT_COLUMN, context)],
  charts: (table, context) => incomeChart('income_expenditure_summary', table, context.unit),
  sample: incomeExpenditureSample,
});

export const fiscalGrantSummary: TableKind<SummaryTable> = defineKind<SummaryTable>({
  key: 'fiscal_grant_summary',
  label: { budget: '财政拨款收支总表', final: '财政拨款收入支出决算总表' },
  aliases: ['财政拨款收支预算总表'],
  doc: { en: 'Fiscal grant income and expenditure summary', zh: '财政拨款收支总表' },
  standard: { budget: 'fiscal_grant_summary', final: 'fiscal_grant_summary' },
  schema: schemaOf(FUND_COLUMNS),
  facts: (table) => {
    const source = 'fiscal_grant_summary';
    const current = table.expenditure.sections.findIndex((section) => section.kind === 'current');
    const currentTotal = table.expenditure.sections[current]?.total;
    return [
      ...grandTotal('财政拨款收入合计', table.income, 'income', source),
      ...grandTotal('财政拨款支出合计', table.expenditure, 'expenditure', source),
      ...sectionReading('财政拨款本年收入', table.income, 'income', 'current', source),
      ...sectionReading('财政拨款上年结转', table.income, 'income', 'carryover', source),
      ...(currentTotal ? [reading('一般公共预算支出', value(currentTotal, 'general_budget'), source, ['expenditure', 'sections', current, 'total', 'general_budget'])] : []),
      ...incomeSources(table, source, '一般公共预算拨款收入'),
      ...classLines(table, '一般公共预算支出', 'general_budget', source),
    ];
  },
  rules: (table, context) => checkSummary(table, FUND_COLUMNS.map((c) => c.key), context),
  views: (table, context) => [summaryTableView('fiscal_grant_summary', table, FUND_COLUMNS, context)],
  // The income chart is drawn from 收支总表 when the disclosure has it.
  charts: (table, context) => (context.has('income_expenditure_summary') ? [] : incomeChart('fiscal_grant_summary', table, context.unit)),
  sample: fiscalGrantSample,
});
