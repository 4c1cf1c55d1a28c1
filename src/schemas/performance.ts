/**
 * Performance targets and results (绩效目标 / 绩效自评), department-wide and per project (docs/domain.md §5).
 */
import { z } from 'zod';
import { amount, count, date, decimalNumber, doc, indicatorValue, percent, slug, text, unit } from './primitives.ts';

export const LEVEL1_NAMES = ['产出指标', '效益指标', '效果指标', '满意度指标', '成本指标'] as const;
export const LEVEL2_BY_LEVEL1: Record<string, readonly string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '满意度指标'],
  效果指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标', '满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
};
export const LEVEL2_NAMES = [...new Set(Object.values(LEVEL2_BY_LEVEL1).flat())];
export type Level1Name = (typeof LEVEL1_NAMES)[number];

/**
 * Regional templates that word the first-level categories their own way (docs/domain.md §6), by the name a
 * performance file declares once (indicator_vocabulary): each wording with the standard category it stands for.
 */
export const REGIONAL_LEVEL1_WORDINGS: Readonly<Record<string, Readonly<Record<string, Level1Name>>>> = {
  四川: { 项目完成: '产出指标', 项目完成指标: '产出指标', 项目效益: '效益指标', 项目效益指标: '效益指标' },
};

export const NATURES = ['≥', '≤', '=', '>', '<', '定性'] as const;

export const indicator = z.strictObject({
  level1: doc(text.optional(), 'First-level category (产出指标, 效益指标, 满意度指标, 成本指标)', '一级指标'),
  level2: doc(text.optional(), 'Second-level category (数量指标, 质量指标, …)', '二级指标'),
  name: doc(text.optional(), 'Indicator name (third level)', '三级指标'),
  description: doc(text.optional(), 'Description of the indicator', '绩效指标描述'),
  weight: doc(decimalNumber.optional(), 'Weight in the score', '指标权重'),
  unit: doc(text.optional(), 'Unit of measure', '计量单位'),
  nature: doc(z.enum(NATURES, { message: '指标性质只能是 ≥ ≤ = > < 或 定性' }).optional(), 'Nature: ≥ ≤ = > < or 定性', '指标性质'),
  target: doc(indicatorValue.optional(), 'Target value as printed (年初指标值)', '指标值'),
  basis: doc(text.optional(), 'How the target was set', '指标值确定依据'),
  core: doc(z.boolean().optional(), 'Core indicator', '是否核心指标'),
  actual: doc(indicatorValue.optional(), 'Results: actual value', '实际完成值'),
  completion_rate: doc(percent.optional(), 'Results: completion rate as printed', '完成率'),
  score: doc(decimalNumber.optional(), 'Results: score', '得分'),
  shortfall_reason: doc(text.optional(), 'Results: reason for shortfall and remedy', '未完成原因和改进措施'),
});
export type Indicator = z.infer<typeof indicator>;

/** Budget, final and printed execution rate for one funding line. */
const fundLine = z.strictObject({
  budget: doc(amount.optional(), 'Budget', '预算数'),
  final: doc(amount.optional(), 'Final (spent)', '决算数'),
  execution_rate: doc(percent.optional(), 'Execution rate as printed', '预算执行率'),
  reason: doc(text.optional(), 'Reason the execution rate differs from 100%', '偏差原因'),
});
export type FundLine = z.infer<typeof fundLine>;

const departmentFunds = z.strictObject({
  total: doc(fundLine.optional(), 'Department total', '部门整体预算总额'),
  fiscal: doc(fundLine.optional(), 'Of which fiscal grants', '资金来源：财政拨款'),
  other: doc(fundLine.optional(), 'Of which other funds', '资金来源：其他资金'),
  basic: doc(fundLine.optional(), 'Structure: basic expenditure', '资金结构：基本支出'),
  project: doc(fundLine.optional(), 'Structure: project expenditure', '资金结构：项目支出'),
});

export const departmentPerformance = z.strictObject({
  name: doc(text.optional(), 'Department name as printed on the table', '部门（单位）名称'),
  budget_total: doc(amount.optional(), 'Department expenditure budget', '部门支出预算数'),
  subordinate_unit_count: doc(count.optional(), 'Subordinate budget units', '下属预算单位个数'),
  duties: doc(text.optional(), 'Duties', '部门职责'),
  annual_goals: doc(text.optional(), 'Annual goals', '年度履职目标 / 当年整体绩效目标'),
  key_tasks: doc(
    z
      .array(
        z.strictObject({
          name: doc(text, 'Task', '任务名称'),
          plan: doc(text.optional(), 'Main content (work plan)', '主要内容'),
          funding: doc(amount.optional(), 'Funding for the task', '任务资金'),
        }),
      )
      .default([]),
    'Key tasks of the year',
    '年度重点任务',
  ),
  funds: doc(departmentFunds.optional(), 'Funds: budget, final, execution rate', '资金情况'),
  staff_year_end: doc(count.optional(), 'Staff in post at year end', '年末在职人数'),
  internal_unit_count: doc(count.optional(), 'Internal units', '内设机构数'),
  indicators: doc(z.array(indicator).default([]), 'Indicators', '绩效指标'),
  empty_statement: doc(text.optional(), 'Statement when the table is published without content', '空表说明'),
  published_blank: doc(z.boolean().optional(), 'The source publishes this table as a blank template', '原文为空白表'),
});

const projectFunds = z.strictObject({
  total: doc(amount.optional(), 'Project funds total (项目资金总额 / 当年预算 / 年度资金总额)', '资金总额'),
  fiscal: doc(amount.optional(), 'Of which fiscal funds', '其中：财政资金'),
  other: doc(amount.optional(), 'Of which other funds', '其他资金'),
  local: doc(amount.optional(), 'Arranged at this level', '本级安排 / 县级配套'),
  superior: doc(amount.optional(), 'Subsidy from the level above', '上级补助 / 上级资金'),
  carryover: doc(amount.optional(), 'Carried over from last year', '上年结转'),
  breakdown: doc(
    z.array(fundLine.extend({ name: doc(text, 'Funding line as printed (当年财政拨款·县级配套)', '资金构成') })).default([]),
    'Funding lines with budget, final and execution rate',
    '资金构成',
  ),
  executed: doc(
    z
      .strictObject({
        total: doc(amount.optional(), 'Funds spent', '项目已执行资金'),
        fiscal: doc(amount.optional(), 'Of which fiscal', '其中：财政资金'),
        other: doc(amount.optional(), 'Of which other', '其他资金'),
      })
      .optional(),
    'Final accounts: funds spent',
    '已执行资金',
  ),
});

export const project = z.strictObject({
  id: doc(slug, 'Stable id within the disclosure (used in links)', '项目标识'),
  name: doc(text, 'Project name', '项目名称'),
  code: doc(text.optional(), 'Project code', '项目编码'),
  parent: doc(slug.optional(), 'Id of the first-level project this one belongs to', '所属一级项目'),
  level: doc(z.enum(['first', 'second']).optional(), 'first = 一级项目 (special fund), second = 二级项目', '项目层级'),
  category: doc(text.optional(), 'Category (项目类别 / 项目分类 / 项目属性)', '项目类别'),
  category_options: doc(z.array(text).optional(), 'The category choices printed on the form (checkboxes)', '类别选项'),
  competent_department: doc(text.optional(), 'Competent department as printed', '主管部门'),
  competent_department_code: doc(text.optional(), 'Competent department code', '主管部门代码'),
  implementing_unit: doc(text.optional(), 'Implementing unit as printed', '实施单位'),
  implementing_unit_code: doc(text.optional(), 'Implementing unit code', '实施单位代码'),
  start: doc(date.optional(), 'Planned start date', '计划开始日期'),
  end: doc(date.optional(), 'Planned end date', '计划完成日期'),
  period: doc(text.optional(), 'Project period as printed (2022-2022)', '项目期'),
  execution_rate_weight: doc(decimalNumber.optional(), 'Weight of the execution rate in the score', '预算执行率权重'),
  weight_total: doc(decimalNumber.optional(), 'Declared total of all weights (default 100 when weights are given)', '权重合计'),
  funds: doc(projectFunds.optional(), 'Funds', '项目资金'),
  overview: doc(text.optional(), 'Overview', '项目概况'),
  basis: doc(text.optional(), 'Legal and policy basis', '立项依据'),
  long_term_goal: doc(text.optional(), 'Overall goal for the whole period', '项目总目标'),
  annual_goal: doc(text.optional(), 'Annual goal', '年度总体目标 / 当年绩效目标'),
  achieved: doc(text.optional(), 'Results: what was achieved', '年度目标实际完成情况'),
  indicators: doc(z.array(indicator).default([]), 'Indicators', '绩效指标'),
  note: doc(text.optional(), 'Editorial note on the conversion', '说明'),
});
export type Project = z.infer<typeof project>;

export const performanceFile = z.strictObject({
  unit: doc(unit, 'Amount unit; must equal the disclosure unit', '金额单位'),
  indicator_vocabulary: doc(
    z.enum(Object.keys(REGIONAL_LEVEL1_WORDINGS) as [string, ...string[]], { message: `地区指标用语只能是：${Object.keys(REGIONAL_LEVEL1_WORDINGS).join('、')}` }).optional(),
    `A regional template's wording of the first-level categories, declared once for the file (${Object.keys(REGIONAL_LEVEL1_WORDINGS).join(', ')}; 四川: 项目完成 = 产出指标, 项目效益 = 效益指标)`,
    '一级指标的地区用语',
  ),
  indicator_levels: doc(
    z.record(z.string().min(1), z.enum(LEVEL1_NAMES, { message: `应为规范的一级指标名称：${LEVEL1_NAMES.join('、')}` })).optional(),
    "The template's own first-level wordings, each with the standard category it stands for ({ 项目完成: 产出指标 })",
    '一级指标用语对照',
  ),
  mandatory_categories: doc(
    z.array(text).optional(),
    'Second-level categories the template marks as mandatory (必填)',
    '必填指标类别',
  ),
  department: doc(departmentPerformance.optional(), 'Department-wide performance', '部门（单位）整体绩效'),
  projects: doc(z.array(project).default([]), 'Project performance, one entry per project', '项目绩效'),
});
export type PerformanceFile = z.infer<typeof performanceFile>;
