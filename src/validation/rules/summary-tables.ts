/**
 * 收支总表 and 财政拨款收支总表: each section's subtotal is the sum of its lines, each grand total the sum of its
 * sections, fund columns add up to the line total, and 收入总计 = 支出总计.
 */
import type { Money } from '../../domain/money.ts';
import { sum } from '../../domain/money.ts';
import { FUND_COLUMNS, SECTION_LABELS, TABLE_LABELS, type FundSummaryTable, type SummaryTable } from '../../schemas/tables.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';
import { checkEqual, checkSum } from './sum-check.ts';

type AnyLine = { name: string; code?: string | undefined } & Record<string, unknown>;
type AnySection = { kind: string; name?: string | undefined; total?: Record<string, Money | undefined> | undefined; items: AnyLine[] };
type AnySide = { sections: AnySection[]; grand_total?: Record<string, Money | undefined> | undefined };

const value = (record: Record<string, unknown> | undefined, key: string): Money | undefined =>
  record?.[key] as Money | undefined;

export function summaryTableRules(context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const tables = context.tables;
  if (!tables) return findings;
  if (tables.income_expenditure_summary) {
    findings.push(...checkSummary('income_expenditure_summary', tables.income_expenditure_summary, ['amount'], context));
  }
  if (tables.fiscal_grant_summary) {
    findings.push(...checkSummary('fiscal_grant_summary', tables.fiscal_grant_summary, FUND_COLUMNS.map((c) => c.key), context));
  }
  return findings;
}

function checkSummary(key: string, table: SummaryTable | FundSummaryTable, columns: readonly string[], context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const unit = context.meta.unit;
  const tolerance = context.tolerance;
  const tableName = TABLE_LABELS[key]?.[context.stage] ?? key;
  const labelOf = (column: string) => FUND_COLUMNS.find((c) => c.key === column)?.label ?? '金额';
  const fundColumns = columns.filter((c) => c !== 'amount');

  const sides: Array<['income' | 'expenditure', AnySide, string]> = [
    ['income', table.income as unknown as AnySide, '收入'],
    ['expenditure', table.expenditure as unknown as AnySide, '支出'],
  ];
  for (const [sideKey, side, sideName] of sides) {
    side.sections.forEach((section, sectionIndex) => {
      const sectionName = section.name ?? `${SECTION_LABELS[section.kind] ?? section.kind}${sideName}`;
      const at = [key, sideKey, 'sections', sectionIndex];
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
          rule: 'sum/grand-total', file: 'tables.yaml', at: [key, sideKey, 'grand_total', column], unit, tolerance,
          subject: `${tableName}${sideName}总计的${labelOf(column)}`,
          // A section with a printed subtotal counts as one addend; otherwise each of its lines does, so the
          // message names the line that is off.
          addends: side.sections.flatMap((section, sectionIndex) => section.total
            ? [{ label: section.name ?? SECTION_LABELS[section.kind] ?? section.kind, value: value(section.total, column), at: [key, sideKey, 'sections', sectionIndex, 'total', column] }]
            : section.items.map((item, itemIndex) => ({ label: item.name, value: value(item, column), at: [key, sideKey, 'sections', sectionIndex, 'items', itemIndex, column] }))),
          stated: value(side.grand_total, column),
        }));
      }
    }
  }
  findings.push(...carryoverIdentity(key, tableName, table, columns, context));
  const income = table.income.grand_total as Record<string, Money | undefined> | undefined;
  const expenditure = table.expenditure.grand_total as Record<string, Money | undefined> | undefined;
  if (income && expenditure) {
    findings.push(...checkEqual({
      rule: 'balance/income-expenditure', file: 'tables.yaml', at: [key, 'expenditure', 'grand_total', 'amount'], unit, tolerance,
      subject: `${tableName}收入总计与支出总计应相等`,
      left: { label: '收入总计', value: value(income, 'amount') },
      right: { label: '支出总计', value: value(expenditure, 'amount') },
    }));
  }
  return findings;
}

/** A section's amount: its printed subtotal, else the sum of its lines. */
export function sectionAmount(section: AnySection, column: string): Money | undefined {
  const stated = value(section.total, column);
  if (stated) return stated;
  const lines = section.items.map((item) => value(item, column)).filter((v): v is Money => v !== undefined);
  return lines.length ? sum(lines) : undefined;
}

/**
 * Per fund: 年初结转（上年结转） + 本年收入 − 本年支出 = 年末结转（结转下年）. Checked only where the table prints both
 * the opening and the closing balance, column by column.
 */
function carryoverIdentity(key: string, tableName: string, table: SummaryTable | FundSummaryTable, columns: readonly string[], context: DisclosureContext): LocatedRuleFinding[] {
  const income = table.income as unknown as AnySide;
  const expenditure = table.expenditure as unknown as AnySide;
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
      rule: 'balance/carryover', file: 'tables.yaml', at: [key, 'expenditure', 'sections', closing, 'total', column], unit: context.meta.unit, tolerance: context.tolerance,
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
