/** 项目支出表: one row per project with its amount and fund split; the printed total = the sum of the rows. */
import { z } from 'zod';
import { amount, code, doc, text } from '../schemas/primitives.ts';
import { checkSum } from '../validation/rules/sum-check.ts';
import { emptyStatement, tableNote, tableTitle } from './schema-parts.ts';
import { defineKind } from './kind.ts';
import { BLANK, moneyCell, textCell } from './view-model.ts';

const schema = z.strictObject({
  title: tableTitle,
  rows: doc(
    z
      .array(
        z.strictObject({
          name: doc(text, 'Project name', '项目名称'),
          code: doc(text.optional(), 'Project code', '项目编码'),
          functional_code: doc(code.optional(), 'Functional classification code', '功能分类科目编码'),
          category: doc(text.optional(), 'Project category', '项目类别'),
          amount: doc(amount.optional(), 'Amount', '金额'),
          general_budget: doc(amount.optional(), 'Of which general budget', '其中：一般公共预算'),
          government_fund: doc(amount.optional(), 'Of which government funds', '其中：政府性基金'),
          other: doc(amount.optional(), 'Of which other funds', '其中：其他资金'),
        }),
      )
      .default([]),
    'One row per project',
    '项目明细',
  ),
  total: doc(amount.optional(), 'Printed total', '合计'),
  empty_statement: emptyStatement,
  note: tableNote,
});

export const projectExpenditure = defineKind<z.infer<typeof schema>>({
  key: 'project_expenditure',
  label: { budget: '项目支出表', final: '项目支出决算表' },
  aliases: ['项目支出预算表'],
  doc: { en: 'Project expenditure', zh: '项目支出表' },
  schema,
  rules: (table, { unit, tolerance }) => (table.total
    ? checkSum({
      rule: 'sum/total', file: 'tables.yaml', at: ['total'], unit, tolerance,
      subject: '项目支出表合计', addends: table.rows.map((row, index) => ({ label: row.name, value: row.amount, at: ['rows', index, 'amount'] })), stated: table.total,
    })
    : []),
  views: (table, { unit, label }) => [{
    id: 'project_expenditure', title: table.title ?? label, unit, rowHeader: '项目名称',
    columns: [{ label: '项目编码', numeric: false }, { label: '项目类别', numeric: false }, { label: '金额', numeric: true }],
    rows: [
      ...table.rows.map((row) => ({ header: row.name, cells: [textCell(row.code), textCell(row.category), moneyCell(row.amount, unit)] })),
      ...(table.total ? [{ header: '合计', cells: [BLANK, BLANK, moneyCell(table.total, unit)], isTotal: true }] : []),
    ],
    ...(table.empty_statement ? { emptyStatement: table.empty_statement } : {}),
  }],
});
