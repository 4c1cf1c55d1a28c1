/**
 * Where figures of different disclosures meet (a year's page, a department's years): each disclosure keeps the unit
 * it was published in (万元 or 元) on its own page; here every amount is converted to one unit (src/domain/units.ts),
 * which the table's caption states; listed summary sentences use one unit too.
 */
import type { Money } from '../domain/money.ts';
import type { AmountUnit } from '../domain/amount-display.ts';
import { disclosureSummary, expenditureTotal } from '../domain/summaries.ts';
import { commonUnit, inUnit } from '../domain/units.ts';
import { sumOverProjects } from '../domain/projects.ts';
import { moneyCell, numberCell, textCell, type TableView } from '../table-kinds/view-model.ts';
import type { DisclosureView } from './site-data.ts';

/** An amount of disclosure `d` (in the unit it was published in) expressed in `unit`. */
export const amountsIn = (unit: AmountUnit) => {
  const convert = inUnit(unit);
  return (d: DisclosureView, value: Money | undefined): Money | undefined => (value ? convert(value, d.meta.unit) : undefined);
};

/** The unit in which these disclosures' amounts (facts, last year's, funds) are shown together (src/domain/units.ts). */
export function unitOf(items: readonly DisclosureView[]): AmountUnit {
  return commonUnit(items.flatMap((d) => {
    const funds = d.performance?.department?.funds?.total;
    const values = [...d.facts.values(), ...d.lastYearFacts.values(), projectFunds(d), funds?.budget, funds?.final,
      ...(d.performance?.projects.map((project) => project.funds?.total) ?? [])];
    return values.flatMap((value) => (value ? [{ value, unit: d.meta.unit }] : []));
  }));
}

/** A disclosure's project funds (资金总额), each first-level project counted once with its second-level ones. */
export const projectFunds = (d: DisclosureView): Money | undefined =>
  d.performance ? sumOverProjects(d.performance.projects, (project) => project.funds?.total).total : undefined;

/** A year's disclosures side by side (the year page): stage, this year's expenditure and project funds in one stated unit, projects. */
export function yearTableView(year: number, items: readonly DisclosureView[]): TableView {
  const unit = unitOf(items);
  const amount = amountsIn(unit);
  return {
    id: `year-${year}`, title: `${year}年各部门公开文件`, unit, rowHeader: '部门',
    columns: [{ label: '阶段', numeric: false }, { label: '本年支出', numeric: true }, { label: '项目资金合计', numeric: true }, { label: '项目数', numeric: true }],
    rows: items.map((d) => ({
      header: d.department.name,
      cells: [textCell(d.stageLabel), moneyCell(amount(d, expenditureTotal(d.facts)?.value), unit), moneyCell(amount(d, projectFunds(d)), unit), numberCell(d.projects.length)],
    })),
  };
}


/** A disclosure's summary sentence with its amounts in `unit` (its own sentence when that is its unit). */
export function summaryIn(d: DisclosureView, unit: AmountUnit): string | undefined {
  if (d.meta.unit === unit) return d.summary;
  const amount = amountsIn(unit);
  const converted = (facts: ReadonlyMap<string, Money>) => new Map([...facts].map(([name, value]) => [name, amount(d, value)!]));
  const funds = d.performance?.department?.funds?.total;
  return disclosureSummary({
    year: d.year, stageLabel: d.stageLabel, unit, facts: converted(d.facts), lastYear: converted(d.lastYearFacts),
    departmentFunds: funds && { budget: amount(d, funds.budget), final: amount(d, funds.final) },
    projects: d.performance?.projects.map((p) => ({ id: p.id, parent: p.parent, total: amount(d, p.funds?.total) })) ?? [],
  });
}

/** Disclosures listed together (home page, a year's page): the one unit their sentences use. */
export const listUnit = unitOf;
