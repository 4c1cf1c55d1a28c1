/**
 * Warnings on performance tables: figures that add up but look wrong (docs/domain.md §5). Printed by check, never blocking.
 */
import { abs, compare, money, multiply, moneyToPlain, subtract, sum, type Money } from '../../domain/money.ts';
import { executionRate, formatPercent, formatRate, percentToNumber } from '../../domain/rates.ts';
import { lowerBound, type IndicatorValue } from '../../domain/indicator-value.ts';
import { LEVEL1_NAMES, LEVEL2_BY_LEVEL1, REGIONAL_LEVEL1_WORDINGS, type FundLine, type Indicator, type PerformanceFile, type Project } from '../../schemas/performance.ts';
import { projectBudget, projectFinal, sumOverProjects } from '../../domain/projects.ts';
import { disclosureFacts, type DisclosureContext, type LocatedRuleFinding } from '../context.ts';
import type { PathSegment } from '../finding.ts';
import { yearsIn } from './text-scan.ts';

/** Execution below this share of the budget without a reason is worth a second look. */
export const LOW_EXECUTION_PERCENT = 80;

export function performancePlausibilityRules(context: DisclosureContext): LocatedRuleFinding[] {
  const performance = context.performance;
  if (!performance) return [];
  const findings: LocatedRuleFinding[] = [];
  const levels = declaredLevel1(performance);
  const funds = performance.department?.funds;
  // Paths and owner names are put together only for a warning (most figures give none).
  for (const key of ['total', 'fiscal', 'basic', 'project'] as const) {
    const line = funds?.[key];
    if (line) executionWarnings(findings, line, () => ['department', 'funds', key], () => `部门整体${key === 'total' ? '预算总额' : key === 'fiscal' ? '财政拨款' : key === 'basic' ? '基本支出' : '项目支出'}`);
  }
  const department = () => '部门整体绩效';
  performance.department?.indicators.forEach((indicator, index) => {
    indicatorWarnings(findings, indicator, () => ['department', 'indicators', index], department, context, levels);
  });
  performance.projects.forEach((project, index) => {
    const at: PathSegment[] = ['projects', index];
    const owner = () => `项目“${project.name}”`;
    project.funds?.breakdown.forEach((line, lineIndex) => {
      executionWarnings(findings, line, () => [...at, 'funds', 'breakdown', lineIndex], owner);
    });
    project.indicators.forEach((indicator, indicatorIndex) => {
      indicatorWarnings(findings, indicator, () => [...at, 'indicators', indicatorIndex], owner, context, levels);
    });
    findings.push(...costWarnings(project, at, context.meta.unit, levels));
    for (const category of performance.mandatory_categories ?? []) {
      if (!project.indicators.some((indicator) => indicator.level2 === category)) {
        findings.push({
          severity: 'warning', rule: 'plausibility/mandatory-category', file: 'performance.yaml', at: [...at, 'indicators'],
          message: `项目“${project.name}”缺少必填的“${category}”`,
          messageEn: `Mandatory indicator category missing: ${category}`,
          values: [{ label: '已有二级指标', value: [...new Set(project.indicators.map((i) => i.level2 ?? '（空白）'))].join('、') }],
        });
      }
    }
  });
  findings.push(...copiedIndicatorWarnings(performance.projects));
  findings.push(...projectCoverageWarnings(context));
  findings.push(...projectTotalWarnings(context));
  return findings;
}

/**
 * Budget stage: every project carries performance targets, so the project budgets (each first-level project counted
 * once with its second-level projects) should add up to the project expenditure of the tables. Less means projects
 * are missing from the performance tables; more, usually a second-level project not linked to its first-level one.
 */
function projectCoverageWarnings(context: DisclosureContext): LocatedRuleFinding[] {
  const projects = context.performance?.projects ?? [];
  if (context.stage !== 'budget' || projects.length === 0) return [];
  const projectTotal = disclosureFacts(context).value('项目支出');
  if (!projectTotal) return [];
  const { total, counted } = sumOverProjects(projects, (project) => project.funds?.total);
  if (!total || compare(total, projectTotal) === 0) return [];
  const unit = context.meta.unit;
  const over = compare(total, projectTotal) > 0;
  return [{
    severity: 'warning', rule: 'plausibility/project-coverage', file: 'performance.yaml', at: ['projects'],
    message: `各项目绩效目标表的预算合计（一级项目与所属二级项目只计一次）为${moneyToPlain(total)}${unit}，而表格中的项目支出为${moneyToPlain(projectTotal)}${unit}，相差${moneyToPlain(abs(subtract(projectTotal, total)))}${unit}：`
      + (over ? '请核对二级项目是否都标明了所属一级项目（parent）' : '可能有项目未公开绩效目标'),
    messageEn: over ? 'Project budgets add up to more than the project expenditure' : 'Project budgets with performance targets do not add up to the project expenditure',
    values: [
      { label: '计入的项目个数', value: String(counted) },
      { label: '项目预算合计', value: `${moneyToPlain(total)}${unit}` },
      { label: '项目支出（表格）', value: `${moneyToPlain(projectTotal)}${unit}` },
    ],
  }];
}

/**
 * Final accounts: the self-evaluated projects are part of the project expenditure, so what they spent (each
 * first-level project counted once with its second-level projects) cannot add up to more than 项目支出. Where the
 * forms print no spending, their budgets are compared instead; budgets are not compared when spending is printed,
 * since a project that spent less than its budget rightly makes the budgets add up to more than was spent.
 */
function projectTotalWarnings(context: DisclosureContext): LocatedRuleFinding[] {
  const projects = context.performance?.projects ?? [];
  if (context.stage !== 'final' || projects.length === 0) return [];
  const projectTotal = disclosureFacts(context).value('项目支出');
  if (!projectTotal) return [];
  const spent = sumOverProjects(projects, projectFinal);
  const [label, sum] = spent.total ? ['决算数', spent] : ['预算数', sumOverProjects(projects, projectBudget)];
  if (!sum.total || compare(sum.total, projectTotal) <= 0) return [];
  const unit = context.meta.unit;
  return [{
    severity: 'warning', rule: 'plausibility/project-total-exceeds', file: 'performance.yaml', at: ['projects'],
    message: `各项目绩效自评表的${label}合计为${moneyToPlain(sum.total)}${unit}（一级项目与所属二级项目只计一次），大于表格中的项目支出${moneyToPlain(projectTotal)}${unit}，`
      + `多${moneyToPlain(subtract(sum.total, projectTotal))}${unit}：请核对项目金额，以及二级项目是否都标明了所属一级项目（parent）`,
    messageEn: `Self-evaluated project ${label === '决算数' ? 'finals' : 'budgets'} add up to more than the project expenditure of the tables`,
    values: [
      { label: '计入的项目个数', value: String(sum.counted) },
      { label: `项目${label}合计`, value: `${moneyToPlain(sum.total)}${unit}` },
      { label: '项目支出（表格）', value: `${moneyToPlain(projectTotal)}${unit}` },
      { label: '超出', value: `${moneyToPlain(subtract(sum.total, projectTotal))}${unit}` },
    ],
  }];
}

/** The first-level wordings a performance file declares (its regional vocabulary and its own), or undefined. */
function declaredLevel1(performance: PerformanceFile): ReadonlyMap<string, string> | undefined {
  const vocabulary = performance.indicator_vocabulary ? REGIONAL_LEVEL1_WORDINGS[performance.indicator_vocabulary] : undefined;
  if (!vocabulary && !performance.indicator_levels) return undefined;
  return new Map(Object.entries({ ...vocabulary, ...performance.indicator_levels }));
}

/** The standard first-level category of an indicator: as printed, or what the file declares the wording stands for. */
const standardLevel1 = (level1: string | undefined, levels: ReadonlyMap<string, string> | undefined): string | undefined =>
  (level1 === undefined || LEVEL1_SET.has(level1) || !levels ? level1 : levels.get(level1) ?? level1);

function executionWarnings(findings: LocatedRuleFinding[], line: FundLine, at: () => PathSegment[], subject: () => string): void {
  if (!line.budget || !line.final || line.reason) return;
  const rate = executionRate(line.final, line.budget);
  if (!rate.applicable) return;
  const value = percentToNumber(rate.percent);
  if (value <= 100 && value >= LOW_EXECUTION_PERCENT) return;
  findings.push({
    severity: 'warning', rule: 'plausibility/execution-rate', file: 'performance.yaml', at: [...at(), 'final'],
    message: `${subject()}的预算执行率为${formatRate(rate)}，${value > 100 ? '超过100%' : `低于${LOW_EXECUTION_PERCENT}%`}，但没有说明原因（可填写 reason）`,
    messageEn: 'Execution rate far from 100% with no reason given',
    values: [{ label: '预算数', value: moneyToPlain(line.budget) }, { label: '决算数', value: moneyToPlain(line.final) }, { label: '执行率', value: formatRate(rate) }],
  });
}

/** `at` gives the indicator's path and `owner` names its project (or the department), for a warning only. */
function indicatorWarnings(
  findings: LocatedRuleFinding[], indicator: Indicator, at: () => PathSegment[], owner: () => string, context: DisclosureContext,
  levels: ReadonlyMap<string, string> | undefined,
): void {
  const name = indicator.name ?? '（无名称）';
  const level1 = standardLevel1(indicator.level1, levels);
  if (level1 && !LEVEL1_SET.has(level1)) {
    findings.push({
      severity: 'warning', rule: 'plausibility/indicator-level', file: 'performance.yaml', at: [...at(), 'level1'],
      message: `${owner()}指标“${name}”的一级指标“${level1}”不是规范名称；如为地区模板的用语，可在 performance.yaml 中声明一次（indicator_levels: { ${level1}: 对应的规范名称 }，或 indicator_vocabulary: 地区名）`,
      messageEn: 'Unknown first-level indicator category (a regional wording can be declared once under indicator_levels)',
      values: [
        { label: '规范名称', value: LEVEL1_NAMES.join('、') },
        { label: '已声明的用语', value: levels ? [...levels].map(([word, standard]) => `${word}＝${standard}`).join('、') : '（无）' },
      ],
    });
  } else if (level1 && indicator.level2 && !LEVEL2_SETS.get(level1)?.has(indicator.level2)) {
    const printed = level1 === indicator.level1 ? `“${level1}”` : `“${indicator.level1}”（即${level1}）`;
    findings.push({
      severity: 'warning', rule: 'plausibility/indicator-level', file: 'performance.yaml', at: [...at(), 'level2'],
      message: `${owner()}指标“${name}”的二级指标“${indicator.level2}”不属于一级指标${printed}`,
      messageEn: 'Second-level category does not belong to the first-level category',
      values: [{ label: `“${level1}”下的二级指标`, value: (LEVEL2_BY_LEVEL1[level1] ?? []).join('、') }],
    });
  }
  if (indicator.level2?.includes('时效') || indicator.name?.includes('时效')) {
    const texts = [indicator.name, indicator.target?.text].filter((t): t is string => Boolean(t));
    const other = texts.flatMap((text) => yearsIn(text)).find((found) => found.year !== context.year);
    if (other) {
      findings.push({
        severity: 'warning', rule: 'plausibility/deadline-year', file: 'performance.yaml', at: [...at(), 'target'],
        message: `${owner()}时效指标“${name}”中的年份${other.year}不是本年度${context.year}`,
        messageEn: `Deadline year ${other.year} is not the disclosure year ${context.year}`,
        values: [{ label: '指标值', value: indicator.target?.text ?? '' }],
      });
    }
  }
  const below = belowTarget(indicator.target, indicator.actual);
  if (below && (!indicator.shortfall_reason || (indicator.completion_rate && percentToNumber(indicator.completion_rate) >= 100))) {
    findings.push({
      severity: 'warning', rule: 'plausibility/completion-below-target', file: 'performance.yaml', at: [...at(), 'actual'],
      message: indicator.completion_rate
        ? `${owner()}指标“${name}”的实际完成值低于指标值，完成率却为${formatPercent(indicator.completion_rate)}`
        : `${owner()}指标“${name}”的实际完成值低于指标值，但没有说明未完成原因`,
      messageEn: 'Actual value below target',
      values: [{ label: '指标值', value: indicator.target!.text }, { label: '实际完成值', value: indicator.actual!.text }],
    });
  }
}

const AT_LEAST = new Set(['≥', '=', '>']);
const LEVEL1_SET: ReadonlySet<string> = new Set(LEVEL1_NAMES);
const LEVEL2_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(LEVEL2_BY_LEVEL1).map(([level1, names]) => [level1, new Set<string>(names)]));

/** True when both values are numbers in the same unit and the actual misses a "≥/=/none" target. */
function belowTarget(target: IndicatorValue | undefined, actual: IndicatorValue | undefined): boolean {
  if (!target?.number || !actual?.number) return false;
  if (target.operator && !AT_LEAST.has(target.operator)) return false;
  if ((target.unit ?? '') !== (actual.unit ?? '')) return false;
  return compare(money(actual.number), money(target.number)) < 0;
}

const YUAN_PER_UNIT: Record<string, bigint> = { 元: 1n, 万元: 10000n, 万: 10000n };

/** Units compare without the separators forms use inconsistently: 人·次 = 人*次 = 人次. */
const normaliseUnit = (unit: string) => unit.replace(/[\s·•*×]/g, '');

/** Splits a cost unit such as "元/人年" or "万/个" into the currency factor (in 元) and the per-unit. */
function costUnit(unitText: string | undefined, documentUnit: string): { yuan: bigint; per?: string } | undefined {
  if (unitText === undefined) return undefined;
  const [currency = '', per] = normaliseUnit(unitText).split('/', 2);
  const yuan = currency === '' ? YUAN_PER_UNIT[documentUnit] : YUAN_PER_UNIT[currency];
  if (yuan === undefined) return undefined;
  // A cost "per year" in a one-year budget is the cost itself.
  return per !== undefined && per !== '年' ? { yuan, per } : { yuan };
}

function costWarnings(project: Project, at: readonly PathSegment[], documentUnit: string, levels: ReadonlyMap<string, string> | undefined): LocatedRuleFinding[] {
  const budget = project.funds?.total;
  if (!budget) return [];
  const budgetYuan = multiply(budget, money(YUAN_PER_UNIT[documentUnit]!.toString()));
  const findings: LocatedRuleFinding[] = [];
  const fixedCosts: Array<{ label: string; yuan: Money }> = [];
  project.indicators.forEach((indicator, index) => {
    const isCost = indicator.level2?.includes('成本') || standardLevel1(indicator.level1, levels) === '成本指标';
    const target = indicator.target;
    const low = target ? lowerBound(target) : undefined;
    if (!isCost || !target || low === undefined) return;
    // An upper limit ("≤30万元/年") is not a planned cost.
    if (target.operator === '≤' || target.operator === '<' || indicator.nature === '≤' || indicator.nature === '<') return;
    const unit = costUnit(indicator.unit ?? target.unit, documentUnit);
    if (!unit) return;
    const lowText = target.number ?? target.range!.low;
    const perItemYuan = multiply(money(lowText), money(unit.yuan.toString()));
    if (unit.per === undefined) {
      if (indicator.unit || target.unit) fixedCosts.push({ label: `${indicator.name ?? '（无名称）'} ${target.text}${indicator.unit && !target.unit ? indicator.unit : ''}`, yuan: perItemYuan });
      return;
    }
    const quantity = project.indicators.find((candidate) => {
      const candidateUnit = candidate.unit ?? candidate.target?.unit;
      return candidate !== indicator && candidate.level2?.includes('数量') && candidateUnit !== undefined && normaliseUnit(candidateUnit) === unit.per && candidate.target?.number;
    });
    if (!quantity?.target?.number) return;
    const product = multiply(perItemYuan, money(quantity.target.number));
    if (compare(product, budgetYuan) > 0) {
      findings.push({
        severity: 'warning', rule: 'plausibility/unit-cost', file: 'performance.yaml', at: [...at, 'indicators', index, 'target'],
        message: `项目“${project.name}”的单位成本×数量（${moneyToPlain(product)}元）超过项目预算（${moneyToPlain(budgetYuan)}元）`,
        messageEn: 'Unit cost × quantity exceeds the project budget',
        values: [
          { label: '单位成本', value: `${indicator.name ?? ''} ${target.text}${indicator.unit && !target.unit ? indicator.unit : ''}` },
          { label: '数量', value: `${quantity.name ?? ''} ${quantity.target.text}${quantity.unit && !quantity.target.unit ? quantity.unit : ''}` },
          { label: '单位成本（下限）×数量', value: `${moneyToPlain(product)}元` },
          { label: '项目预算', value: `${moneyToPlain(budgetYuan)}元` },
        ],
      });
    }
  });
  const fixedTotal = sum(fixedCosts.map((cost) => cost.yuan));
  if (fixedCosts.length > 0 && compare(fixedTotal, budgetYuan) > 0) {
    findings.push({
      severity: 'warning', rule: 'plausibility/cost-sum', file: 'performance.yaml', at: [...at, 'indicators'],
      message: `项目“${project.name}”的成本指标金额${fixedCosts.length > 1 ? '合计' : ''}（${moneyToPlain(fixedTotal)}元）超过项目预算（${moneyToPlain(budgetYuan)}元）`,
      messageEn: 'Cost indicators add up to more than the project budget',
      values: [...fixedCosts.map((cost) => ({ label: '成本指标', value: cost.label })), { label: '合计', value: `${moneyToPlain(fixedTotal)}元` }, { label: '项目预算', value: `${moneyToPlain(budgetYuan)}元` }],
    });
  }
  return findings;
}

/**
 * An indicator (name and value) or an annual goal copied verbatim into an unrelated project. Pairs repeated in three
 * or more projects are template wording and are left alone; first-level projects legitimately repeat their parts.
 */
function copiedIndicatorWarnings(projects: readonly Project[]): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const related = (a: Project, b: Project) => a.parent === b.id || b.parent === a.id;
  const candidates = projects.map((project, index) => ({ project, index })).filter(({ project }) => project.level !== 'first');
  type Owner = { project: Project; index: number; indicatorIndex: number };
  // By indicator name, then by value (no joined key strings: most names occur once).
  const owners = new Map<string, Map<string, Owner[]>>();
  for (const { project, index } of candidates) {
    project.indicators.forEach((indicator, indicatorIndex) => {
      // Deadlines ("2021年1月到12月") are shared by every project of a year; they are not copies.
      if (!indicator.name || !indicator.target || indicator.level2?.includes('时效')) return;
      let byValue = owners.get(indicator.name);
      if (!byValue) owners.set(indicator.name, (byValue = new Map()));
      const list = byValue.get(indicator.target.text);
      if (!list) byValue.set(indicator.target.text, [{ project, index, indicatorIndex }]);
      else if (!list.some((entry) => entry.project === project)) list.push({ project, index, indicatorIndex });
    });
  }
  for (const [name, byValue] of owners) for (const [value, list] of byValue) {
    if (list.length !== 2) continue;
    const [first, second] = list as [Owner, Owner];
    if (related(first.project, second.project)) continue;
    findings.push({
      severity: 'warning', rule: 'plausibility/copied-indicator', file: 'performance.yaml',
      at: ['projects', second.index, 'indicators', second.indicatorIndex, 'name'],
      message: `项目“${second.project.name}”的指标“${name}”（${value}）与项目“${first.project.name}”的完全相同，请核实是否误复制`,
      messageEn: 'Indicator copied verbatim from another project',
      values: [{ label: '首次出现', value: first.project.name }, { label: '再次出现', value: second.project.name }],
    });
  }
  const goals = new Map<string, { project: Project; index: number }>();
  for (const { project, index } of candidates) {
    if (!project.annual_goal || project.annual_goal.length < 15) continue;
    const earlier = goals.get(project.annual_goal);
    if (earlier && !related(earlier.project, project)) {
      findings.push({
        severity: 'warning', rule: 'plausibility/copied-indicator', file: 'performance.yaml', at: ['projects', index, 'annual_goal'],
        message: `项目“${project.name}”的年度总体目标与项目“${earlier.project.name}”的完全相同，请核实是否误复制`,
        messageEn: 'Annual goal copied verbatim from another project',
        values: [{ label: '目标', value: project.annual_goal.slice(0, 60) + (project.annual_goal.length > 60 ? '…' : '') }],
      });
    } else if (!earlier) goals.set(project.annual_goal, { project, index });
  }
  return findings;
}

/** Any text field of the performance file with a year that is neither this year nor last year. */
export function strayYearWarnings(context: DisclosureContext): LocatedRuleFinding[] {
  const performance = context.performance;
  if (!performance) return [];
  const findings: LocatedRuleFinding[] = [];
  const allowed = new Set([context.year, context.year - 1]);
  performance.projects.forEach((project, index) => {
    // Paths are put together only for a warning: most texts hold no year, or this year's.
    const check = (text: string | undefined, leading: boolean, at: () => PathSegment[]) => {
      if (!text) return;
      const stray = yearsIn(text, leading).filter((found) => !allowed.has(found.year));
      if (stray.length === 0) return;
      findings.push({
        severity: 'warning', rule: 'plausibility/stray-year', file: 'performance.yaml', at: at(),
        message: `项目“${project.name}”中出现年份${[...new Set(stray.map((s) => s.year))].join('、')}，既不是本年度${context.year}也不是上年，请核实是否沿用了旧文本`,
        messageEn: 'A year that is neither the disclosure year nor the previous one',
        values: [{ label: '文字', value: text.length > 80 ? text.slice(0, 80) + '…' : text }],
      });
    };
    for (const key of ['annual_goal', 'overview'] as const) check(project[key], false, () => ['projects', index, key]);
    project.indicators.forEach((indicator, indicatorIndex) => {
      check(indicator.name, true, () => ['projects', index, 'indicators', indicatorIndex, 'name']);
      check(indicator.target?.text, false, () => ['projects', index, 'indicators', indicatorIndex, 'target']);
    });
  });
  return findings;
}
