/**
 * The classified family: tables with one row per classification code (功能分类 or 经济分类), several amount columns
 * and a totals row (合计). Checked per row (row identities such as 合计 = 基本 + 项目), per tree (a code = the sum of
 * its listed children) and per totals row (= the sum of the 类 rows); codes must be well formed, unique and listed
 * with their parents. A spec says what differs between the kinds of the family.
 */
import { z } from 'zod';
import { buildTree, codeLevel, describeCodeRule, isValidCode, CODE_LEVEL_NAMES, type CodeKind } from '../domain/classification.ts';
import { sum, type Money } from '../domain/money.ts';
import { reading, type FactReading } from '../domain/facts/reading.ts';
import { partsChart } from '../charts/chart-specs.ts';
import { code, doc, text } from '../schemas/primitives.ts';
import type { LocatedRuleFinding } from '../validation/context.ts';
import { checkSum, sumDiffersBy, type Addend } from '../validation/rules/sum-check.ts';
import { amountColumns, emptyStatement, tableNote, tableTitle, type ColumnSpec } from './schema-parts.ts';
import { defineKind, type ChartContext, type KindContext, type PlacedChart, type RuleContext, type StageLabels, type StandardSlot, type TableKind } from './kind.ts';
import { moneyCell, type LineExplanation, type RowView, type TableView } from './view-model.ts';
import { completionSentence, reasonSentence } from '../domain/summaries.ts';
import { nonZero, withParents, yamlCell, yamlFlow, yamlQuoted, yamlText, type SyntheticDisclosure, type SyntheticRow, type SyntheticTable } from './synthetic.ts';

/** A row identity: `result` = Σ plus − Σ minus, checked on every row and on the totals row. */
export interface RowIdentity {
  readonly rule: string;
  readonly result: string;
  readonly plus: readonly string[];
  readonly minus?: readonly string[];
}

/** Which facts a classified table prints: a fact per totals-row column, and one per row code. */
export interface ClassifiedFacts {
  /** Column key → fact name, read from the totals row. */
  readonly totals?: Readonly<Record<string, string>>;
  /** Fact names whose parameter is the row's code, read from the rows' total column (支出 → 支出:201). */
  readonly perCode?: readonly string[];
  /** A fact read from a totals-row column that is 0 when the table is published empty (no rows). */
  readonly zeroWhenEmpty?: { readonly fact: string; readonly column: string };
}

export interface ClassifiedSpec<K extends string> {
  readonly key: string;
  readonly label: StageLabels;
  readonly aliases?: readonly string[];
  readonly doc: { readonly en: string; readonly zh: string };
  readonly standard?: { readonly budget?: StandardSlot; readonly final?: StandardSlot };
  readonly codeKind: CodeKind;
  readonly columns: readonly ColumnSpec<K>[];
  readonly identities: readonly RowIdentity[];
  readonly facts?: ClassifiedFacts;
  /** Draws the expenditure charts (by 类, basic vs project), unless the disclosure has the named table. */
  readonly expenditureCharts?: { readonly unless?: string };
  /**
   * The layout may print the parts' totals and no grand total (基本支出表: 人员经费合计 and 公用经费合计 in two panels,
   * docs/domain.md §6): the totals row's 合计 is then the sum of its parts, not a blank to report.
   */
  readonly totalOmitted?: true;
  /** The table in the benchmark's synthetic content: its leaf rows (parents are derived), or published empty. */
  readonly sample?: (disclosure: SyntheticDisclosure) => ClassifiedSample;
}

export type ClassifiedSample =
  | { readonly title: string; readonly columns: readonly string[]; readonly leaves: readonly SyntheticRow[]; readonly nameOf: (code: string) => string; readonly sectionLength: number }
  | { readonly title: string; readonly empty: string };

/** A row's amount columns, looked up by key (the spec names them). */
type Cells = { readonly [column: string]: unknown };
export interface ClassifiedRow extends Cells {
  readonly code: string;
  readonly name: string;
  readonly explanation?: string | undefined;
}
export interface ClassifiedTable {
  readonly title?: string | undefined;
  readonly rows: readonly ClassifiedRow[];
  readonly total?: Cells | undefined;
  readonly empty_statement?: string | undefined;
  readonly note?: string | undefined;
}

const cell = (record: Cells | undefined, key: string): Money | undefined => record?.[key] as Money | undefined;

export function classifiedSchema<K extends string>(spec: ClassifiedSpec<K>) {
  const columns = amountColumns(spec.columns);
  const withBudget = spec.columns.some((column) => column.key === 'budget');
  const row = z.strictObject({
    code: doc(code, spec.codeKind === 'functional' ? 'Functional classification code (3/5/7 digits)' : 'Economic classification code (3/5 digits)', '科目编码'),
    name: doc(text, 'Classification name as printed', '科目名称'),
    ...columns,
    // Final accounts explain each line whose actual differs from its budget: kept as data, the page writes the
    // sentence from it (it cannot contradict the figures), docs/domain.md §7.
    ...(withBudget ? { explanation: doc(text.optional(), 'Final accounts: why the actual differs from the budget (决算数与年初预算数差异的原因)', '差异原因') } : {}),
  });
  return z.strictObject({
    title: tableTitle,
    rows: doc(z.array(row).default([]), 'One row per classification code; the tree follows from the codes', '明细行'),
    total: doc(z.strictObject(columns).optional(), 'The printed totals row (合计)', '合计行'),
    empty_statement: emptyStatement,
    note: tableNote,
  });
}

/** A kind of the classified family from its spec. */
export function classifiedKind<K extends string>(spec: ClassifiedSpec<K>): TableKind<ClassifiedTable> {
  return defineKind<ClassifiedTable>({
    key: spec.key,
    label: spec.label,
    ...(spec.aliases ? { aliases: spec.aliases } : {}),
    doc: spec.doc,
    ...(spec.standard ? { standard: spec.standard } : {}),
    schema: classifiedSchema(spec) as unknown as z.ZodType<ClassifiedTable>,
    facts: (table) => classifiedFacts(spec, table),
    rules: (table, context) => checkClassifiedTable(spec, table, context),
    views: (table, context) => [classifiedTableView(spec, table, context)],
    charts: (table, context) => expenditureCharts(spec, table, context),
    ...(spec.sample ? { sample: (disclosure: SyntheticDisclosure) => classifiedYaml(spec, spec.sample!(disclosure), disclosure) } : {}),
  });
}

function classifiedYaml(spec: ClassifiedSpec<string>, sample: ClassifiedSample, disclosure: SyntheticDisclosure): SyntheticTable {
  const head = [`${spec.key}:${' '.repeat(Math.max(1, 34 - spec.key.length))}# ${spec.label[disclosure.data.stage]}`, `  title: ${yamlText(sample.title)}`];
  if ('empty' in sample) return { lines: [...head, '  rows: []', `  empty_statement: ${sample.empty}`, ''], shapes: [[1, 6]] };
  const table = withParents(sample.leaves, sample.columns, sample.nameOf, sample.sectionLength);
  const lines = [...head, '  rows:'];
  for (const row of table.rows) {
    lines.push(`    - ${yamlFlow([['code', yamlQuoted(row.code)], ['name', yamlText(row.name)], ...sample.columns.map((c) => [c, yamlCell(row.cells[c])] as const)])}`);
  }
  lines.push(`  total: ${yamlFlow(sample.columns.map((c) => [c, yamlCell(table.total[c])] as const))}`, '');
  return { lines, shapes: [[table.rows.length + 1, sample.columns.length + 2]] };
}

/** The expenditure columns of the synthetic tables (年初预算数 only in final accounts). */
const expenditureColumns = (disclosure: SyntheticDisclosure) => (disclosure.data.stage === 'final' ? ['total', 'basic', 'project', 'budget'] : ['total', 'basic', 'project']);
const titled = (disclosure: SyntheticDisclosure, budget: string, final: string) => `${disclosure.departmentName}${disclosure.data.stage === 'final' ? final : budget}`;

function classifiedFacts(spec: ClassifiedSpec<string>, table: ClassifiedTable): FactReading[] {
  const facts = spec.facts;
  if (!facts) return [];
  const out: FactReading[] = [];
  const source = spec.key;
  if (table.total) {
    for (const [column, fact] of Object.entries(facts.totals ?? {})) {
      const stated = cell(table.total, column);
      const derived = column === 'total' && stated === undefined && spec.totalOmitted ? omittedTotal(spec, table.total) : undefined;
      out.push(derived ? reading(fact, derived, source) : reading(fact, stated, source, ['total', column]));
    }
  }
  const empty = facts.zeroWhenEmpty;
  if (empty) {
    const stated = cell(table.total, empty.column);
    if (stated) out.push(reading(empty.fact, stated, source, ['total', empty.column]));
    else if (table.rows.length === 0) out.push(reading(empty.fact, { units: 0n, decimals: 0 }, source, []));
  }
  for (const fact of facts.perCode ?? []) {
    table.rows.forEach((row, index) => out.push(reading(`${fact}:${row.code}`, cell(row, 'total'), source, ['rows', index, 'total'], row.name)));
  }
  // A final account's 年初预算数 column: this year's budget of the same facts (tags .预算 and .完成预算 read it).
  if (spec.columns.some((column) => column.key === 'budget') && (table.total?.budget !== undefined || table.rows.some((row) => row.budget !== undefined))) {
    const total = facts.totals?.total;
    if (total && table.total) out.push(reading(total, cell(table.total, 'budget'), source, ['total', 'budget'], undefined, 'budget'));
    for (const fact of facts.perCode ?? []) {
      table.rows.forEach((row, index) => out.push(reading(`${fact}:${row.code}`, cell(row, 'budget'), source, ['rows', index, 'budget'], row.name, 'budget')));
    }
  }
  return out;
}

/** The grand total a layout leaves out: the sum of the printed parts of 合计's identity (undefined if none is printed). */
function omittedTotal(spec: ClassifiedSpec<string>, total: Cells): Money | undefined {
  const identity = spec.identities.find((item) => item.result === 'total');
  const parts = identity?.plus.map((key) => cell(total, key)).filter((value): value is Money => value !== undefined) ?? [];
  return parts.length ? sum(parts) : undefined;
}

export function checkClassifiedTable(spec: ClassifiedSpec<string>, table: ClassifiedTable, context: RuleContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const { unit, tolerance } = context;
  const tableName = context.label;
  const seen = new Map<string, number>();

  const valid = table.rows.map((row) => isValidCode(row.code, spec.codeKind));
  table.rows.forEach((row, index) => {
    const at = () => ['rows', index];
    if (!valid[index]) {
      findings.push({
        severity: 'error', rule: 'code/format', file: 'tables.yaml', at: [...at(), 'code'],
        message: `${tableName}中科目编码“${row.code}”格式不正确：${describeCodeRule(spec.codeKind)}`,
        messageEn: `Malformed classification code ${row.code}`,
        values: [{ label: '编码', value: row.code }, { label: '位数', value: String(row.code.length) }],
      });
    }
    const earlier = seen.get(row.code);
    if (earlier !== undefined) {
      findings.push({
        severity: 'error', rule: 'code/duplicate', file: 'tables.yaml', at: [...at(), 'code'],
        message: `${tableName}中科目编码 ${row.code} 出现了两次（第${earlier + 1}行和第${index + 1}行）`,
        messageEn: `Duplicate classification code ${row.code}`,
        values: [{ label: '编码', value: row.code }, { label: '名称', value: row.name }],
      });
    } else seen.set(row.code, index);
    findings.push(...checkRowIdentities(spec, row, at, () => `${tableName} ${row.code} ${row.name} 的`, context));
  });

  const validRows = table.rows.filter((_, index) => valid[index]);
  const tree = buildTree(validRows);
  // Row numbers are needed only for findings: the map is made on first use.
  let rowIndex: Map<ClassifiedRow, number> | undefined;
  const indexOf = (row: ClassifiedRow) => (rowIndex ??= new Map(table.rows.map((r, index) => [r, index]))).get(row)!;
  for (const orphan of tree.orphans) {
    findings.push({
      severity: 'error', rule: 'code/parent-missing', file: 'tables.yaml', at: ['rows', indexOf(orphan.row), 'code'],
      message: `${tableName}中 ${orphan.code} ${orphan.row.name} 的上级科目（${orphan.code.slice(0, 3)}${orphan.code.length > 5 ? ' 或 ' + orphan.code.slice(0, 5) : ''}）没有列出：明细行应连同其所属的类、款一起列示`,
      messageEn: `Parent code of ${orphan.code} is not listed`,
      values: [{ label: '编码', value: orphan.code }, { label: '层级', value: CODE_LEVEL_NAMES[orphan.level] ?? '' }],
    });
  }
  const columns = spec.columns.map((c) => c.key);
  for (const node of tree.byCode.values()) {
    if (node.children.length === 0) continue;
    for (const key of columns) {
      if (!sumDiffersBy(node.children, (child) => cell(child.row, key), cell(node.row, key), tolerance)) continue;
      findings.push(...checkSum({
        rule: 'sum/tree', file: 'tables.yaml', at: ['rows', indexOf(node.row), key], unit, tolerance,
        subject: `${tableName} ${node.code} ${node.row.name} 的“${columnLabel(spec, key)}”`,
        addends: node.children.map((child) => ({ label: `${child.code} ${child.row.name}`, value: cell(child.row, key), at: ['rows', indexOf(child.row), key] })),
        stated: cell(node.row, key),
      }));
    }
  }
  if (table.total) {
    const total = table.total;
    const roots = tree.roots.filter((root) => root.level === 0);
    for (const key of roots.length > 0 ? columns : []) {
      // A blank cell of the totals row is one finding, the row's own (合计 = its parts), or no finding where the
      // layout leaves it out (see totalOmitted): never a second one here.
      if (cell(total, key) === undefined) continue;
      if (!sumDiffersBy(roots, (root) => cell(root.row, key), cell(total, key), tolerance)) continue;
      findings.push(...checkSum({
        rule: 'sum/total', file: 'tables.yaml', at: ['total', key], unit, tolerance,
        subject: `${tableName}合计行的“${columnLabel(spec, key)}”`,
        addends: roots.map((root) => ({ label: `${root.code} ${root.row.name}`, value: cell(root.row, key), at: ['rows', indexOf(root.row), key] })),
        stated: cell(total, key),
      }));
    }
    if (!(spec.totalOmitted && cell(total, 'total') === undefined)) findings.push(...checkRowIdentities(spec, total, () => ['total'], () => `${tableName}合计行的`, context));
  }
  if (table.rows.length === 0 && !table.empty_statement) {
    findings.push({
      severity: 'warning', rule: 'plausibility/empty-table-statement', file: 'tables.yaml', at: [],
      message: `${tableName}没有数据，也没有空表说明（如“本单位无政府性基金收支，故此表无数据”）`,
      messageEn: 'Empty table without a statement',
    });
  }
  return findings;
}

/**
 * Each row identity of one row (or the totals row), checked where one of its terms is printed. Most hold: the sum is
 * tested without building anything, and terms, labels and paths (hence `rowAt` and `subject` are functions) are made only for one that fails.
 */
function checkRowIdentities(spec: ClassifiedSpec<string>, row: Cells, rowAt: () => readonly (string | number)[], subject: () => string, context: RuleContext): LocatedRuleFinding[] {
  let findings: LocatedRuleFinding[] | undefined;
  for (const identity of spec.identities) {
    const minus = identity.minus ?? [];
    let total = 0n;
    let present = false;
    for (const key of identity.plus) { const value = cell(row, key); if (value) { total += value.units; present = true; } }
    for (const key of minus) { const value = cell(row, key); if (value) { total -= value.units; present = true; } }
    if (!present) continue;
    const difference = (cell(row, identity.result)?.units ?? 0n) - total;
    if ((difference < 0n ? -difference : difference) <= context.tolerance.units) continue;
    const at = rowAt();
    const terms: Addend[] = [
      ...identity.plus.map((key) => ({ label: columnLabel(spec, key), value: cell(row, key), at: [...at, key] })),
      ...minus.map((key) => ({ label: `减：${columnLabel(spec, key)}`, value: negate(cell(row, key)), at: [...at, key] })),
    ];
    const found = checkSum({
      rule: identity.rule, file: 'tables.yaml', at: [...at, identity.result], unit: context.unit, tolerance: context.tolerance,
      subject: `${subject()}${identity.result === 'total' ? '合计' : `“${columnLabel(spec, identity.result)}”`}`,
      addends: terms.filter((term) => term.value !== undefined),
      stated: cell(row, identity.result),
    });
    if (found.length) (findings ??= []).push(...found);
  }
  return findings ?? NO_FINDINGS;
}
const NO_FINDINGS: LocatedRuleFinding[] = [];

const negate = (value: Money | undefined): Money | undefined => (value ? { units: -value.units, decimals: value.decimals } : undefined);

export function columnLabel(spec: { readonly columns: readonly ColumnSpec[] }, key: string): string {
  return spec.columns.find((c) => c.key === key)?.label ?? key;
}

/** Columns that hold at least one figure (the others are not printed either); 合计 always. */
function usedColumns<K extends string>(spec: ClassifiedSpec<K>, table: ClassifiedTable): readonly ColumnSpec<K>[] {
  const has = (key: string) => table.rows.some((row) => cell(row, key) !== undefined) || cell(table.total, key) !== undefined;
  return spec.columns.filter((column) => column.key === 'total' || has(column.key));
}

export function classifiedTableView(spec: ClassifiedSpec<string>, table: ClassifiedTable, context: KindContext): TableView {
  const columns = usedColumns(spec, table);
  const cellsOf = (record: Cells | undefined) => columns.map((column) => moneyCell(cell(record, column.key), context.unit));
  const rows: RowView[] = table.rows.map((row) => ({ code: row.code, header: row.name, level: codeLevel(row.code), cells: cellsOf(row) }));
  if (table.total) rows.push({ header: '合计', cells: cellsOf(table.total), isTotal: true });
  const explanations = lineExplanations(table, context.unit);
  return {
    id: spec.key,
    title: table.title ?? context.label,
    unit: context.unit,
    codeHeader: spec.codeKind === 'functional' ? '功能分类科目编码' : '经济分类科目编码',
    rowHeader: '科目名称',
    columns: columns.map((column) => ({ label: column.label, numeric: true, key: column.key })),
    rows,
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
    ...(table.note ? { note: table.note } : {}),
    ...(explanations.length ? { explanations } : {}),
  };
}

/** Lines a final account explains, each as a sentence from its own 年初预算数 and 决算数 (so they cannot disagree). */
function lineExplanations(table: ClassifiedTable, unit: string): LineExplanation[] {
  return table.rows.flatMap((row) => {
    const reason = row.explanation;
    if (!reason) return [];
    const budget = cell(row, 'budget');
    const actual = cell(row, 'total');
    const sentence = budget && actual ? completionSentence(budget, actual, unit, reason) : reasonSentence(reason);
    return [{ code: row.code, name: row.name, sentence }];
  });
}

/** Expenditure by 类 and basic vs project, next to the table that holds them. */
function expenditureCharts(spec: ClassifiedSpec<string>, table: ClassifiedTable, context: ChartContext): PlacedChart[] {
  const charts = spec.expenditureCharts;
  if (!charts || (charts.unless && context.has(charts.unless))) return [];
  const tableId = `data-${spec.key}`;
  const placed: PlacedChart[] = [];
  const classes = table.rows.filter((row) => row.code.length === 3).map((row) => ({ label: `${row.code} ${row.name}`, value: cell(row, 'total') }));
  const byClass = partsChart({ id: 'expenditure-by-class', title: '支出按功能分类（类）', unit: context.unit, tableId, parts: classes });
  if (byClass) placed.push({ view: spec.key, chart: byClass });
  const split = partsChart({ id: 'basic-vs-project', title: '基本支出与项目支出', unit: context.unit, tableId, parts: [{ label: '基本支出', value: cell(table.total, 'basic') }, { label: '项目支出', value: cell(table.total, 'project') }], kind: 'doughnut' });
  if (split) placed.push({ view: spec.key, chart: split });
  return placed;
}

// ---------------------------------------------------------------------------------------------------------
// The kinds of the family.

const EXPENDITURE_COLUMNS = [
  { key: 'total', label: '合计' },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'payment_to_superior', label: '上缴上级支出' },
  { key: 'operating', label: '经营支出' },
  { key: 'subsidy_to_subordinate', label: '对附属单位补助支出' },
  { key: 'budget', label: '年初预算数' },
] as const;
const GENERAL_COLUMNS = EXPENDITURE_COLUMNS.filter((c) => ['total', 'basic', 'project', 'budget'].includes(c.key));
const BASIC_PLUS_PROJECT: readonly RowIdentity[] = [{ rule: 'sum/row', result: 'total', plus: ['basic', 'project'] }];

export const incomeBySource = classifiedKind({
  key: 'income_by_source',
  label: { budget: '收入总表', final: '收入决算表' },
  doc: { en: 'Income by source', zh: '收入总表' },
  standard: { budget: 'income_by_source', final: 'income_by_source' },
  codeKind: 'functional',
  columns: [
    { key: 'total', label: '合计' },
    { key: 'carryover', label: '上年结转' },
    { key: 'general_budget', label: '一般公共预算拨款收入' },
    { key: 'government_fund', label: '政府性基金预算拨款收入' },
    { key: 'state_capital', label: '国有资本经营预算拨款收入' },
    { key: 'fiscal_grant', label: '财政拨款收入' },
    { key: 'fiscal_special_account', label: '财政专户管理资金收入' },
    { key: 'superior_subsidy', label: '上级补助收入' },
    { key: 'business', label: '事业收入' },
    { key: 'operating', label: '经营收入' },
    { key: 'subordinate_remittance', label: '附属单位上缴收入' },
    { key: 'other', label: '其他收入' },
  ],
  identities: [{
    rule: 'sum/row', result: 'total',
    plus: ['carryover', 'general_budget', 'government_fund', 'state_capital', 'fiscal_grant', 'fiscal_special_account', 'superior_subsidy', 'business', 'operating', 'subordinate_remittance', 'other'],
  }],
  sample: (d) => ({
    title: titled(d, '收入总表', '收入决算表'), columns: ['total', 'carryover', 'general_budget', 'business', 'other'], nameOf: d.functionalName, sectionLength: 5,
    leaves: d.data.leaves.map((l) => ({
      code: l.code, name: l.name,
      cells: {
        total: l.gBasic + l.gProject + l.oBasic + l.oProject + l.forward, carryover: nonZero(l.carry),
        general_budget: l.gBasic + l.gProject - l.carry + l.forward, business: nonZero(l.business), other: nonZero(l.other),
      },
    })),
  }),
});

export const expenditureSummary = classifiedKind({
  key: 'expenditure_summary',
  label: { budget: '支出总表', final: '支出决算表' },
  doc: { en: 'Expenditure summary', zh: '支出总表' },
  standard: { budget: 'expenditure_summary', final: 'expenditure_summary' },
  codeKind: 'functional',
  columns: EXPENDITURE_COLUMNS,
  identities: [{ rule: 'sum/row', result: 'total', plus: ['basic', 'project', 'payment_to_superior', 'operating', 'subsidy_to_subordinate'] }],
  facts: {
    totals: { total: '本年支出合计', basic: '基本支出', project: '项目支出', payment_to_superior: '上缴上级支出', operating: '经营支出', subsidy_to_subordinate: '对附属单位补助支出' },
    perCode: ['支出'],
  },
  expenditureCharts: { unless: 'general_budget_expenditure' },
  sample: (d) => ({
    title: titled(d, '部门支出总表', '支出决算表'), columns: expenditureColumns(d), nameOf: d.functionalName, sectionLength: 5,
    leaves: d.data.leaves.map((l) => ({ code: l.code, name: l.name, cells: { total: l.gBasic + l.gProject + l.oBasic + l.oProject, basic: nonZero(l.gBasic + l.oBasic), project: nonZero(l.gProject + l.oProject), budget: l.budgetES } })),
  }),
});

export const generalBudgetExpenditure = classifiedKind({
  key: 'general_budget_expenditure',
  label: { budget: '一般公共预算财政拨款支出表', final: '一般公共预算财政拨款支出决算表' },
  doc: { en: 'General public budget expenditure', zh: '一般公共预算财政拨款支出表' },
  standard: { budget: 'general_budget_expenditure', final: 'general_budget_expenditure' },
  codeKind: 'functional',
  columns: GENERAL_COLUMNS,
  identities: BASIC_PLUS_PROJECT,
  facts: { totals: { total: '一般公共预算支出', basic: '基本支出', project: '项目支出' }, perCode: ['支出', '一般公共预算支出'] },
  expenditureCharts: {},
  sample: (d) => ({
    title: titled(d, '一般公共预算财政拨款支出预算表', '一般公共预算财政拨款支出决算表'), columns: expenditureColumns(d), nameOf: d.functionalName, sectionLength: 5,
    leaves: d.data.leaves.map((l) => ({ code: l.code, name: l.name, cells: { total: l.gBasic + l.gProject, basic: nonZero(l.gBasic), project: nonZero(l.gProject), budget: l.budgetG } })),
  }),
});

export const generalBudgetBasicExpenditure = classifiedKind({
  key: 'general_budget_basic_expenditure',
  label: { budget: '一般公共预算财政拨款基本支出表', final: '一般公共预算财政拨款基本支出决算表' },
  doc: { en: 'Basic expenditure by economic classification', zh: '一般公共预算基本支出表' },
  standard: { budget: 'general_budget_basic_expenditure', final: 'general_budget_basic_expenditure' },
  codeKind: 'economic',
  columns: [
    { key: 'total', label: '合计' },
    { key: 'personnel', label: '人员经费' },
    { key: 'public', label: '公用经费' },
  ],
  identities: [{ rule: 'sum/row', result: 'total', plus: ['personnel', 'public'] }],
  totalOmitted: true,
  facts: { totals: { total: '基本支出合计', personnel: '人员经费', public: '公用经费' }, perCode: ['基本支出'] },
  sample: (d) => ({
    title: titled(d, '一般公共预算财政拨款基本支出预算表', '一般公共预算财政拨款基本支出决算表'), columns: ['total', 'personnel', 'public'], nameOf: d.economicName, sectionLength: 3,
    leaves: d.data.economic.map((e) => ({ code: e.code, name: e.name, cells: { total: e.amount, [e.column]: e.amount } })),
  }),
});

export const governmentFundExpenditure = classifiedKind({
  key: 'government_fund_expenditure',
  label: { budget: '政府性基金预算支出表', final: '政府性基金预算财政拨款支出决算表' },
  doc: { en: 'Government fund expenditure', zh: '政府性基金预算支出表' },
  standard: { budget: 'government_fund', final: 'government_fund' },
  codeKind: 'functional',
  columns: GENERAL_COLUMNS,
  identities: BASIC_PLUS_PROJECT,
  facts: { zeroWhenEmpty: { fact: '政府性基金支出', column: 'total' } },
  sample: (d) => ({ title: titled(d, '政府性基金预算支出表', '政府性基金预算支出决算表'), empty: `本部门${d.data.year}年无政府性基金预算${d.data.stage === 'final' ? '财政拨款收入' : ''}支出，故此表无数据。` }),
});

export const stateCapitalExpenditure = classifiedKind({
  key: 'state_capital_expenditure',
  label: { budget: '国有资本经营预算支出表', final: '国有资本经营预算财政拨款支出决算表' },
  doc: { en: 'State capital operation expenditure', zh: '国有资本经营预算支出表' },
  standard: { budget: 'state_capital', final: 'state_capital' },
  codeKind: 'functional',
  columns: GENERAL_COLUMNS,
  identities: BASIC_PLUS_PROJECT,
  sample: (d) => ({ title: titled(d, '国有资本经营预算支出表', '国有资本经营预算支出决算表'), empty: `本部门${d.data.year}年无国有资本经营预算${d.data.stage === 'final' ? '财政拨款' : ''}支出，故此表无数据。` }),
});
