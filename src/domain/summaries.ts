/**
 * Sentences computed from the data (比上年增加X万元，增长Y%), so no summary is ever typed twice.
 */
import { type Money, abs, isZero } from './money.ts';
import { amountWithUnit as amountText } from './amount-display.ts';
import { executionRate, formatPercent, formatRate, share, yearOnYear } from './rates.ts';
import { sumOverProjects, type ProjectNode } from './projects.ts';

/** "比上年增加614.11万元，增长44.5%" / "比上年减少…，下降…" / "与上年持平". */
export function changeSentence(current: Money, previous: Money, unit: string): string {
  const { change, percent } = yearOnYear(current, previous, 1);
  if (isZero(change)) return '与上年持平';
  const up = change.units > 0n;
  const magnitude = percent.applicable ? { scaled: percent.percent.scaled < 0n ? -percent.percent.scaled : percent.percent.scaled, decimals: percent.percent.decimals } : undefined;
  const rate = magnitude ? `，${up ? '增长' : '下降'}${formatPercent(magnitude)}` : '';
  return `比上年${up ? '增加' : '减少'}${amountText(abs(change), unit)}${rate}`;
}

/**
 * The disclosure's expenditure as a reader means it: this year's expenditure (本年支出合计), never the 总计 that adds
 * carry-forward; where only the general budget is stated, that, named as such.
 */
export const EXPENDITURE_FACTS = ['本年支出合计', '一般公共预算支出'] as const;

export function expenditureTotal(facts: ReadonlyMap<string, Money>): { readonly fact: (typeof EXPENDITURE_FACTS)[number]; readonly value: Money } | undefined {
  for (const fact of EXPENDITURE_FACTS) {
    const value = facts.get(fact);
    if (value) return { fact, value };
  }
  return undefined;
}

export interface TotalsSummaryInput {
  readonly year: number;
  readonly stageLabel: string;
  readonly unit: string;
  readonly total?: Money | undefined;
  readonly lastYearTotal?: Money | undefined;
  readonly basic?: Money | undefined;
  readonly project?: Money | undefined;
  readonly threePublic?: Money | undefined;
}

/** The intro sentence of a disclosure with standard tables. */
export function totalsSummary(input: TotalsSummaryInput): string | undefined {
  const { year, stageLabel, unit, total } = input;
  if (!total) return undefined;
  const parts = [`${year}年支出${stageLabel}${amountText(total, unit)}`];
  if (input.lastYearTotal) parts.push(changeSentence(total, input.lastYearTotal, unit));
  let sentence = parts.join('，');
  if (input.basic && input.project) {
    sentence += `。其中基本支出${amountText(input.basic, unit)}（占${formatRate(share(input.basic, total))}），项目支出${amountText(input.project, unit)}（占${formatRate(share(input.project, total))}）`;
  }
  if (input.threePublic) sentence += `；“三公”经费${amountText(input.threePublic, unit)}`;
  return sentence + '。';
}

/**
 * The intro sentence of a disclosure that publishes only project performance. `funds` is the sum over its projects
 * with each first-level project counted once (sumOverProjects in projects.ts); `nested` says the sum left out
 * second-level projects their first-level project stands for.
 */
export function projectsSummary(year: number, count: number, funds: { readonly total: Money | undefined; readonly nested: boolean }, unit: string): string {
  const total = funds.total ? `，项目资金合计${amountText(funds.total, unit)}${funds.nested ? '（一级项目与所属二级项目只计一次）' : ''}` : '';
  return `${year}年共公开${count}个项目的绩效目标${total}。`;
}

/** "预算1,025.73万元，决算1,517.21万元，执行率147.92%" */
export function executionSentence(budget: Money | undefined, final: Money | undefined, unit: string): string | undefined {
  if (!budget && !final) return undefined;
  const parts: string[] = [];
  if (budget) parts.push(`预算${amountText(budget, unit)}`);
  if (final) parts.push(`决算${amountText(final, unit)}`);
  if (final) parts.push(`执行率${formatRate(executionRate(final, budget ?? { units: 0n, decimals: 0 }))}`);
  return parts.join('，');
}

export interface DisclosureSummaryInput {
  readonly year: number;
  readonly stageLabel: string;
  readonly unit: string;
  readonly facts: ReadonlyMap<string, Money>;
  readonly lastYear: ReadonlyMap<string, Money>;
  /** The department's total funds (performance disclosures without standard tables). */
  readonly departmentFunds?: { readonly budget?: Money | undefined; readonly final?: Money | undefined } | undefined;
  /** The published projects with their total funds (project-only disclosures), summed by sumOverProjects. */
  readonly projects: ReadonlyArray<ProjectNode & { readonly total?: Money | undefined }>;
}

/** The one sentence that says what a disclosure amounts to: its totals, else the department's funds, else its projects. */
export function disclosureSummary(input: DisclosureSummaryInput): string | undefined {
  const { year, stageLabel, unit, facts, departmentFunds } = input;
  const expenditure = expenditureTotal(facts);
  return totalsSummary({
    year, stageLabel, unit,
    total: expenditure?.value,
    lastYearTotal: expenditure && input.lastYear.get(expenditure.fact),
    basic: facts.get('基本支出'), project: facts.get('项目支出'), threePublic: facts.get('三公经费'),
  }) ??
    (departmentFunds ? `${year}年部门整体${executionSentence(departmentFunds.budget, departmentFunds.final, unit)}。` : undefined) ??
    (input.projects.length ? projectsSummary(year, input.projects.length, sumOverProjects(input.projects, (p) => p.total), unit) : undefined);
}

/**
 * A final account's explanation of one line, written from its figures so it cannot contradict them:
 * "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%。决算数大于年初预算数的主要原因是……" (docs/domain.md §7).
 */
/** An editor's reason as a sentence: "主要原因是……。", whether or not they wrote the lead-in and the full stop. */
export const reasonSentence = (reason: string): string => `主要原因是${reason.replace(/^主要原因是/, '').replace(/。?$/, '。')}`;

export function completionSentence(budget: Money, actual: Money, unit: string, reason: string | undefined): string {
  const figures = `年初预算为${amountText(budget, unit)}，支出决算为${amountText(actual, unit)}`;
  if (isZero(budget)) return `${figures}（年初未安排预算，完成率不适用）。${reason ? reasonSentence(reason) : ''}`;
  const order = actual.units > budget.units ? '大于' : actual.units < budget.units ? '小于' : '等于';
  const rate = formatRate(executionRate(actual, budget));
  const because = reason ? `决算数${order}年初预算数的${reasonSentence(reason)}` : order === '等于' ? '决算数等于年初预算数。' : '';
  return `${figures}，完成年初预算的${rate}。${because}`;
}
