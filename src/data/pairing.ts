/**
 * Budget, final accounts and self-evaluation of the same department and year, paired: from any of them the others
 * are one link away, and the final accounts show the budget's figures beside their own (both in one unit, exactly
 * converted). The self-evaluation (绩效自评) is the performance part of the final accounts. Pure.
 */
import { subtract, type Money } from '../domain/money.ts';
import { executionRate, formatRate } from '../domain/rates.ts';
import { commonUnit, type AmountUnit } from '../domain/units.ts';
import { BLANK, moneyCell, notApplicableCell, percentCell, type Cell, type TableView } from '../table-kinds/view-model.ts';
import type { DisclosureView } from './site-data.ts';
import { amountIn, keyFigures } from './key-figures.ts';
import { projectUrl } from './projects-across-years.ts';

export interface PairLink {
  readonly href: string;
  readonly label: string;
  /** The page the reader is on (shown, not linked). */
  readonly current: boolean;
}

/** The budget and the final accounts of a disclosure's department and year, whichever the site has. */
export function pairOf(d: DisclosureView): { budget?: DisclosureView; final?: DisclosureView } {
  const other = d.otherStage;
  return d.stage === 'budget' ? { budget: d, ...(other ? { final: other } : {}) } : { final: d, ...(other ? { budget: other } : {}) };
}

/** Where the self-evaluation of a final account starts: its projects, else its department-wide performance. */
function selfEvaluationAnchor(final: DisclosureView): string | undefined {
  if (final.projects.length > 0) return '#projects';
  if (final.performance?.department) return '#department-performance';
  return undefined;
}

/** 预算 · 决算 · 绩效自评 of the same year: links to those the site has, the current one marked. */
export function pairLinks(d: DisclosureView): PairLink[] {
  const { budget, final } = pairOf(d);
  const links: PairLink[] = [];
  if (budget) links.push({ href: budget.url, label: `${budget.year}年预算`, current: budget === d });
  if (final) links.push({ href: final.url, label: `${final.year}年决算`, current: final === d });
  const anchor = final && selfEvaluationAnchor(final);
  if (final && anchor) links.push({ href: `${final.url}${anchor}`, label: `${final.year}年绩效自评`, current: false });
  return links;
}

const FIGURES: ReadonlyArray<readonly [string, (d: DisclosureView) => Money | undefined]> = [
  ['本年支出', (d) => keyFigures(d).amounts.total],
  ['基本支出', (d) => keyFigures(d).amounts.basic],
  ['项目支出', (d) => keyFigures(d).amounts.project],
  ['“三公”经费', (d) => d.facts.get('三公经费')],
  ['其中：因公出国（境）费', (d) => d.facts.get('因公出国费')],
  ['公务用车购置及运行费', (d) => d.facts.get('公务用车购置及运行费')],
  ['公务接待费', (d) => d.facts.get('公务接待费')],
  ['机关运行经费', (d) => d.facts.get('机关运行经费')],
];

const rateCell = (final: Money, budget: Money): Cell => {
  const rate = executionRate(final, budget);
  return rate.applicable ? percentCell(rate.percent) : notApplicableCell(formatRate(rate));
};

/**
 * The final accounts' figures beside the same year's budget (as the site publishes it), in one unit: the budget,
 * the final figure, their difference and final ÷ budget. Undefined without a budget on the site or a figure both state.
 */
export function budgetBesideActual(final: DisclosureView): TableView | undefined {
  const budget = pairOf(final).budget;
  if (final.stage !== 'final' || !budget) return undefined;
  const pairs = FIGURES.map(([label, read]) => ({ label, budget: read(budget), final: read(final) })).filter((row) => row.budget || row.final);
  if (!pairs.some((row) => row.budget && row.final)) return undefined;
  const from = { budget: budget.meta.unit as AmountUnit, final: final.meta.unit as AmountUnit };
  const unit = commonUnit(pairs.flatMap((row) => [
    ...(row.budget ? [{ value: row.budget, unit: from.budget }] : []), ...(row.final ? [{ value: row.final, unit: from.final }] : []),
  ]));
  return {
    id: `budget-beside-final-${final.year}`,
    title: `${final.year}年预算与决算对照`,
    unit, rowHeader: '项目',
    columns: [{ label: '预算数', numeric: true }, { label: '决算数', numeric: true }, { label: '决算−预算', numeric: true }, { label: '决算÷预算', numeric: true }],
    rows: pairs.map((row) => {
      const b = amountIn(row.budget, from.budget, unit);
      const f = amountIn(row.final, from.final, unit);
      return { header: row.label, cells: [moneyCell(b, unit), moneyCell(f, unit), b && f ? moneyCell(subtract(f, b), unit) : BLANK, b && f ? rateCell(f, b) : BLANK] };
    }),
    note: `预算数取自本站${budget.year}年预算公开文件，决算数取自本文件；金额统一为${unit}。`,
  };
}

/** Each project of the disclosure with the page that follows it across years. */
export function projectYearLinks(d: DisclosureView): Array<{ name: string; href: string }> {
  return d.projects.map((view) => ({ name: view.project.name, href: projectUrl(d.department.id, view.project.id) }));
}
