/**
 * Identities between tables (domain.md §3): the general budget table against the fiscal grant summary, the
 * basic expenditure table against the general budget 基本支出, the expenditure summary against 收支总表, the
 * general-budget income of 收支总表 against 财政拨款收支总表, and the 三公 and 运行经费 plausibility links.
 */
import type { Money } from '../../domain/money.ts';
import { TABLE_LABELS } from '../../schemas/tables.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';
import { checkEqual } from './sum-check.ts';

const label = (key: string, context: DisclosureContext) => TABLE_LABELS[key]?.[context.stage] ?? key;

export function crossTableRules(context: DisclosureContext): LocatedRuleFinding[] {
  const tables = context.tables;
  if (!tables) return [];
  const findings: LocatedRuleFinding[] = [];
  const unit = context.meta.unit;
  const tolerance = context.tolerance;
  const general = tables.general_budget_expenditure;
  const basic = tables.general_budget_basic_expenditure;
  const grants = tables.fiscal_grant_summary;
  const summary = tables.income_expenditure_summary;
  const expenditure = tables.expenditure_summary;

  if (general?.total && basic?.total) {
    findings.push(...checkEqual({
      rule: 'cross/basic-expenditure', file: 'tables.yaml', at: ['general_budget_basic_expenditure', 'total', 'total'], unit, tolerance,
      subject: `${label('general_budget_basic_expenditure', context)}合计应等于${label('general_budget_expenditure', context)}的基本支出合计`,
      left: { label: label('general_budget_basic_expenditure', context), value: basic.total.total },
      right: { label: `${label('general_budget_expenditure', context)}基本支出`, value: general.total.basic },
    }));
  }

  const grantCurrent = grants?.expenditure.sections.find((s) => s.kind === 'current');
  if (general?.total && grantCurrent?.total) {
    findings.push(...checkEqual({
      rule: 'cross/general-budget', file: 'tables.yaml', at: ['general_budget_expenditure', 'total', 'total'], unit, tolerance,
      subject: `${label('general_budget_expenditure', context)}合计应等于${label('fiscal_grant_summary', context)}本年支出的一般公共预算列`,
      left: { label: label('general_budget_expenditure', context), value: general.total.total },
      right: { label: `${label('fiscal_grant_summary', context)}一般公共预算`, value: grantCurrent.total.general_budget },
    }));
  }
  if (general && grantCurrent) {
    findings.push(...classLinesAgree({
      rule: 'cross/general-budget-class', summaryKey: 'fiscal_grant_summary', column: 'general_budget', classTableKey: 'general_budget_expenditure',
      sectionIndex: grants!.expenditure.sections.indexOf(grantCurrent), items: grantCurrent.items, rows: general.rows, context,
    }));
  }

  const summaryCurrent = summary?.expenditure.sections.find((s) => s.kind === 'current');
  if (expenditure?.total && summary) {
    const stated = summaryCurrent?.total?.amount ?? summary.expenditure.grand_total?.amount;
    findings.push(...checkEqual({
      rule: 'cross/expenditure-summary', file: 'tables.yaml', at: ['expenditure_summary', 'total', 'total'], unit, tolerance,
      subject: `${label('expenditure_summary', context)}合计应等于${label('income_expenditure_summary', context)}的本年支出`,
      left: { label: label('expenditure_summary', context), value: expenditure.total.total },
      right: { label: label('income_expenditure_summary', context), value: stated },
    }));
  }
  if (expenditure && summaryCurrent) {
    findings.push(...classLinesAgree({
      rule: 'cross/expenditure-class', summaryKey: 'income_expenditure_summary', column: 'amount', classTableKey: 'expenditure_summary',
      sectionIndex: summary!.expenditure.sections.indexOf(summaryCurrent), items: summaryCurrent.items, rows: expenditure.rows, context,
    }));
  }

  const summaryIncome = summary?.income.sections.find((s) => s.kind === 'current');
  const grantIncome = grants?.income.sections.find((s) => s.kind === 'current');
  const summaryGeneral = summaryIncome?.items.find((item) => item.name.includes('一般公共预算'));
  const grantGeneral = grantIncome?.items.find((item) => item.name.includes('一般公共预算'));
  if (summaryGeneral && grantGeneral && summary && summaryIncome) {
    const sectionIndex = summary.income.sections.indexOf(summaryIncome);
    findings.push(...checkEqual({
      rule: 'cross/general-budget-income', file: 'tables.yaml',
      at: ['income_expenditure_summary', 'income', 'sections', sectionIndex, 'items', summaryIncome.items.indexOf(summaryGeneral), 'amount'], unit, tolerance,
      subject: `本年一般公共预算收入在${label('income_expenditure_summary', context)}与${label('fiscal_grant_summary', context)}中应一致`,
      left: { label: `${label('income_expenditure_summary', context)}“${summaryGeneral.name}”`, value: summaryGeneral.amount },
      right: { label: `${label('fiscal_grant_summary', context)}“${grantGeneral.name}”`, value: grantGeneral.amount },
    }));
  }

  // 三公 items are charged to these economic codes; the basic-expenditure part cannot exceed the 三公 figure.
  const three = tables.three_public_expenses?.this_year;
  if (three && basic) {
    const links: Array<[string, Money | undefined, string]> = [
      ['30212', three.overseas, '因公出国（境）费'],
      ['30217', three.reception, '公务接待费'],
      ['30231', three.vehicle_operation, '公务用车运行维护费'],
      ['31013', three.vehicle_purchase, '公务用车购置费'],
    ];
    for (const [economicCode, stated, name] of links) {
      const row = basic.rows.find((r) => r.code === economicCode);
      const inBasic = row?.total as Money | undefined;
      if (!inBasic || (stated && inBasic.units <= stated.units)) continue;
      findings.push(...checkEqual({
        rule: 'plausibility/three-public-basic', file: 'tables.yaml', at: ['three_public_expenses', 'this_year'], unit, tolerance, severity: 'warning',
        subject: `基本支出表中 ${economicCode} ${name} 大于“三公”经费表中的${name}`,
        left: { label: `基本支出表 ${economicCode}`, value: inBasic },
        right: { label: `“三公”经费表${name}`, value: stated },
      }));
    }
  }
  const operating = tables.operating_costs?.this_year;
  if (operating && basic?.total?.public) {
    findings.push(...checkEqual({
      rule: 'plausibility/operating-costs', file: 'tables.yaml', at: ['operating_costs', 'this_year'], unit, tolerance, severity: 'warning',
      subject: '机关运行经费通常等于一般公共预算基本支出中的公用经费',
      left: { label: '机关运行经费', value: operating },
      right: { label: '基本支出表公用经费', value: basic.total.public },
    }));
  }
  return findings;
}

/** Each 类 line of a summary table's expenditure equals the same class (by code, else by name) in a classified table. */
function classLinesAgree(args: {
  rule: string; summaryKey: string; column: string; classTableKey: string; sectionIndex: number;
  items: ReadonlyArray<{ name: string; code?: string | undefined }>; rows: ReadonlyArray<{ code: string; name: string }>; context: DisclosureContext;
}): LocatedRuleFinding[] {
  const { context } = args;
  return args.items.flatMap((item, itemIndex) => {
    const row = args.rows.find((r) => (item.code ? r.code === item.code : r.code.length === 3 && r.name === item.name));
    const stated = (item as Record<string, unknown>)[args.column] as Money | undefined;
    const classTotal = (row as Record<string, unknown> | undefined)?.total as Money | undefined;
    if (!row || (!stated && !classTotal)) return [];
    return checkEqual({
      rule: args.rule, file: 'tables.yaml', at: [args.summaryKey, 'expenditure', 'sections', args.sectionIndex, 'items', itemIndex, args.column],
      unit: context.meta.unit, tolerance: context.tolerance,
      subject: `“${item.name}”在${label(args.summaryKey, context)}与${label(args.classTableKey, context)}中应一致`,
      left: { label: label(args.summaryKey, context), value: stated },
      right: { label: label(args.classTableKey, context), value: classTotal },
    });
  });
}
