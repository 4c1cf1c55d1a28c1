/**
 * Consistency of performance tables: execution rates, fund splits, weights, completion rates, indicator
 * completeness, project ids and first-level project links.
 */
import { money, type Money } from '../../domain/money.ts';
import { formatPercent, formatRate, percentAgrees, ratePercent, type Percent } from '../../domain/rates.ts';
import type { FundLine, Indicator, Project } from '../../schemas/performance.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';
import type { PathSegment } from '../finding.ts';
import { checkSum, show } from './sum-check.ts';

export function performanceRules(context: DisclosureContext): LocatedRuleFinding[] {
  const performance = context.performance;
  if (!performance) return [];
  const findings: LocatedRuleFinding[] = [];
  const unit = context.meta.unit;
  const tolerance = context.tolerance;

  const department = performance.department;
  const funds = department?.funds;
  if (funds) {
    for (const key of ['total', 'fiscal', 'other', 'basic', 'project'] as const) {
      const line = funds[key];
      if (line) findings.push(...checkExecutionRate(line, ['department', 'funds', key], `部门整体${FUND_LABELS[key]}`, unit));
    }
    // The total is split two ways: by source (财政拨款＋其他资金) and by structure (基本支出＋项目支出).
    const splits = [
      { rule: 'sum/fund-source', name: '资金来源', parts: ['fiscal', 'other'] },
      { rule: 'sum/fund-structure', name: '资金结构', parts: ['basic', 'project'] },
    ] as const;
    for (const column of ['budget', 'final'] as const) {
      for (const split of splits) {
        findings.push(...checkSum({
          rule: split.rule, file: 'performance.yaml', at: ['department', 'funds', 'total', column], unit, tolerance,
          subject: `部门整体预算总额的${column === 'budget' ? '预算数' : '决算数'}（${split.name}：${split.parts.map((p) => FUND_LABELS[p]).join('＋')}）`,
          addends: split.parts.map((part) => ({ label: FUND_LABELS[part], value: funds[part]?.[column], at: ['department', 'funds', part, column] })),
          stated: funds.total?.[column],
        }));
      }
    }
  }
  // Paths and owner names are put together only for a finding.
  department?.indicators.forEach((indicator, index) => {
    checkIndicator(findings, indicator, () => ['department', 'indicators', index], () => '部门整体绩效');
  });

  const ids = new Map<string, number>();
  performance.projects.forEach((project, index) => {
    const at: PathSegment[] = ['projects', index];
    const earlier = ids.get(project.id);
    if (earlier !== undefined) {
      findings.push({
        severity: 'error', rule: 'schema/duplicate-id', file: 'performance.yaml', at: [...at, 'id'],
        message: `项目标识 ${project.id} 重复（第${earlier + 1}个和第${index + 1}个项目）：每个项目的 id 必须唯一`,
        messageEn: `Duplicate project id ${project.id}`,
        values: [{ label: '项目', value: `${performance.projects[earlier]?.name} / ${project.name}` }],
      });
    } else ids.set(project.id, index);
    findings.push(...checkProjectFunds(project, at, unit, tolerance));
    findings.push(...checkWeights(project, at));
    const owner = () => `项目“${project.name}”`;
    project.indicators.forEach((indicator, indicatorIndex) => {
      checkIndicator(findings, indicator, () => [...at, 'indicators', indicatorIndex], owner);
    });
  });
  // A first-level project is the sum of the second-level projects listed under it.
  const childrenOf = new Map<string, Array<{ child: Project; childIndex: number }>>();
  performance.projects.forEach((child, childIndex) => {
    if (child.parent === undefined) return;
    const siblings = childrenOf.get(child.parent);
    if (siblings) siblings.push({ child, childIndex });
    else childrenOf.set(child.parent, [{ child, childIndex }]);
  });
  performance.projects.forEach((project, index) => {
    const children = childrenOf.get(project.id) ?? [];
    if (children.length === 0 || !project.funds?.total) return;
    findings.push(...checkSum({
      rule: 'sum/project-children', file: 'performance.yaml', at: ['projects', index, 'funds', 'total'], unit, tolerance,
      subject: `一级项目“${project.name}”的资金总额（所属二级项目之和）`,
      addends: children.map(({ child, childIndex }) => ({ label: child.name, value: child.funds?.total, at: ['projects', childIndex, 'funds', 'total'] })),
      stated: project.funds.total,
    }));
  });
  performance.projects.forEach((project, index) => {
    if (!project.parent) return;
    const parent = performance.projects.find((candidate) => candidate.id === project.parent);
    if (!parent || parent === project) {
      findings.push({
        severity: 'error', rule: 'ref/unknown-project', file: 'performance.yaml', at: ['projects', index, 'parent'],
        message: `项目“${project.name}”的所属一级项目 ${project.parent} 不存在`,
        messageEn: `Unknown parent project ${project.parent}`,
        values: [{ label: '可用的项目标识', value: performance.projects.map((p) => p.id).join(', ') }],
      });
    }
  });
  return findings;
}

const FUND_LABELS = { total: '预算总额', fiscal: '财政拨款', other: '其他资金', basic: '基本支出', project: '项目支出' } as const;

export function checkExecutionRate(line: FundLine, at: readonly PathSegment[], subject: string, unit: string): LocatedRuleFinding[] {
  if (!line.execution_rate) return [];
  const budget = line.budget ?? money(0);
  const final = line.final ?? money(0);
  const agrees = percentAgrees(line.execution_rate, final, budget);
  if (agrees === true) return [];
  const computed = ratePercent(final, budget, line.execution_rate.decimals);
  return [{
    severity: 'error', rule: 'rate/execution', file: 'performance.yaml', at: [...at, 'execution_rate'],
    message: agrees === 'not-applicable'
      ? `${subject}的预算数为0或空白，执行率不适用，但表中写有${formatPercent(line.execution_rate)}`
      : `${subject}的预算执行率与决算数÷预算数不符：应为${formatRate(computed)}，表中为${formatPercent(line.execution_rate)}`,
    messageEn: 'Execution rate differs from final ÷ budget',
    values: [
      { label: '预算数', value: show(line.budget, unit) }, { label: '决算数', value: show(line.final, unit) },
      { label: '计算执行率', value: formatRate(computed) }, { label: '表中执行率', value: formatPercent(line.execution_rate) },
    ],
  }];
}

function checkProjectFunds(project: Project, at: readonly PathSegment[], unit: string, tolerance: Money): LocatedRuleFinding[] {
  const funds = project.funds;
  if (!funds) return [];
  const findings: LocatedRuleFinding[] = [];
  const name = `项目“${project.name}”`;
  if (funds.fiscal || funds.other) {
    findings.push(...checkSum({
      rule: 'sum/fund-source', file: 'performance.yaml', at: [...at, 'funds', 'total'], unit, tolerance,
      subject: `${name}资金总额（财政资金＋其他资金）`,
      addends: [{ label: '财政资金', value: funds.fiscal, at: [...at, 'funds', 'fiscal'] }, { label: '其他资金', value: funds.other, at: [...at, 'funds', 'other'] }], stated: funds.total,
    }));
  }
  if (funds.local || funds.superior) {
    findings.push(...checkSum({
      rule: 'sum/fund-level', file: 'performance.yaml', at: [...at, 'funds', 'total'], unit, tolerance,
      subject: `${name}资金总额（本级安排＋上级补助${funds.carryover ? '＋上年结转' : ''}）`,
      addends: [
        { label: '本级安排', value: funds.local, at: [...at, 'funds', 'local'] },
        { label: '上级补助', value: funds.superior, at: [...at, 'funds', 'superior'] },
        ...(funds.carryover ? [{ label: '上年结转', value: funds.carryover, at: [...at, 'funds', 'carryover'] }] : []),
      ],
      stated: funds.total,
    }));
  }
  if (funds.executed && (funds.executed.fiscal || funds.executed.other)) {
    findings.push(...checkSum({
      rule: 'sum/fund-executed', file: 'performance.yaml', at: [...at, 'funds', 'executed', 'total'], unit, tolerance,
      subject: `${name}已执行资金（财政资金＋其他资金）`,
      addends: [
        { label: '财政资金', value: funds.executed.fiscal, at: [...at, 'funds', 'executed', 'fiscal'] },
        { label: '其他资金', value: funds.executed.other, at: [...at, 'funds', 'executed', 'other'] },
      ],
      stated: funds.executed.total,
    }));
  }
  if (funds.breakdown.length > 0) {
    if (funds.total) {
      findings.push(...checkSum({
        rule: 'sum/fund-breakdown', file: 'performance.yaml', at: [...at, 'funds', 'total'], unit, tolerance,
        subject: `${name}资金总额（资金构成预算数之和）`,
        addends: funds.breakdown.map((line, index) => ({ label: line.name, value: line.budget, at: [...at, 'funds', 'breakdown', index, 'budget'] })), stated: funds.total,
      }));
    }
    if (funds.executed?.total) {
      findings.push(...checkSum({
        rule: 'sum/fund-breakdown', file: 'performance.yaml', at: [...at, 'funds', 'executed', 'total'], unit, tolerance,
        subject: `${name}已执行资金（资金构成决算数之和）`,
        addends: funds.breakdown.map((line, index) => ({ label: line.name, value: line.final, at: [...at, 'funds', 'breakdown', index, 'final'] })), stated: funds.executed.total,
      }));
    }
    funds.breakdown.forEach((line, index) => {
      findings.push(...checkExecutionRate(line, [...at, 'funds', 'breakdown', index], `${name}“${line.name}”`, unit));
    });
  }
  return findings;
}

function checkWeights(project: Project, at: readonly PathSegment[]): LocatedRuleFinding[] {
  const weighted = project.indicators.filter((indicator) => indicator.weight !== undefined);
  if (weighted.length === 0) return [];
  // Weights are small decimals; compare in hundredths to stay exact.
  const hundredths = (value: number) => Math.round(value * 100);
  const indicatorTotal = weighted.reduce((total, indicator) => total + hundredths(indicator.weight!), 0);
  const executionWeight = project.execution_rate_weight !== undefined ? hundredths(project.execution_rate_weight) : 0;
  const declared = hundredths(project.weight_total ?? 100);
  const total = indicatorTotal + executionWeight;
  if (total === declared) return [];
  // A form that prints no execution-rate weight leaves its conventional 10 implicit (docs/domain.md §5: 10 + 90 = 100).
  if (project.execution_rate_weight === undefined && project.weight_total === undefined && total === declared - 1000) return [];
  return [{
    severity: 'error', rule: 'sum/weights', file: 'performance.yaml', at: [...at, project.weight_total !== undefined ? 'weight_total' : 'indicators'],
    message: `项目“${project.name}”的权重合计为${total / 100}，应为${declared / 100}（预算执行率权重＋各指标权重）`,
    messageEn: `Weights add up to ${total / 100}, expected ${declared / 100}`,
    values: [
      ...(project.execution_rate_weight !== undefined ? [{ label: '预算执行率权重', value: String(project.execution_rate_weight) }] : []),
      ...weighted.map((indicator) => ({ label: `指标 ${indicator.name ?? '（无名称）'}`, value: String(indicator.weight) })),
      { label: '合计', value: String(total / 100) }, { label: '应为', value: String(declared / 100) },
    ],
  }];
}

function checkIndicator(findings: LocatedRuleFinding[], indicator: Indicator, at: () => PathSegment[], owner: () => string): void {
  if (!indicator.name || !indicator.target) {
    const missing = [!indicator.name ? '三级指标名称' : '', !indicator.target ? '指标值' : ''].filter(Boolean).join('和');
    findings.push({
      severity: 'error', rule: 'indicator/incomplete', file: 'performance.yaml', at: [...at(), indicator.name ? 'target' : 'name'],
      message: `${owner()}的一个绩效指标缺少${missing}`,
      messageEn: 'Indicator without a name or a target value',
      values: [
        { label: '一级/二级指标', value: `${indicator.level1 ?? '（空白）'} / ${indicator.level2 ?? '（空白）'}` },
        { label: '三级指标', value: indicator.name ?? '（空白）' },
        { label: '指标值', value: indicator.target?.text ?? '（空白）' },
      ],
    });
  }
  if (indicator.completion_rate && indicator.actual?.number && indicator.target?.number) {
    const actual = money(indicator.actual.number);
    const target = money(indicator.target.number);
    const agrees = percentAgrees(indicator.completion_rate, actual, target);
    if (agrees === false) {
      findings.push({
        severity: 'error', rule: 'rate/completion', file: 'performance.yaml', at: [...at(), 'completion_rate'],
        message: `${owner()}指标“${indicator.name ?? ''}”的完成率与实际完成值÷指标值不符`,
        messageEn: 'Completion rate differs from actual ÷ target',
        values: [
          { label: '指标值', value: indicator.target.text }, { label: '实际完成值', value: indicator.actual.text },
          { label: '计算完成率', value: formatRate(ratePercent(actual, target, indicator.completion_rate.decimals)) },
          { label: '表中完成率', value: formatPercent(indicator.completion_rate as Percent) },
        ],
      });
    }
  }
}
