/**
 * The catalogue of named facts: every figure a disclosure can state that the site reads by name (pages, summaries,
 * charts, the narrative's {{figure|fact}} tags, identities between facts). Where a fact is read is declared by
 * whoever knows the place (each table kind in src/table-kinds/ lists the cells it prints a fact in); which figures
 * must agree or add up is src/domain/facts/identities.ts.
 */
export type FactKind = 'money' | 'count';

export interface FactDefinition {
  /** The name editors tag figures with. Parametric facts end in :<…> (支出:<功能分类编码>). Never contains a dot. */
  readonly name: string;
  readonly kind: FactKind;
  /** What the figure is, for the editors' guide. */
  readonly zh: string;
  /** Tables to read it from first when several print it (others follow in the order of the table registry). */
  readonly prefer?: readonly string[];
}

const CLASSIFIED = ['general_budget_expenditure', 'expenditure_summary'];

export const FACTS: readonly FactDefinition[] = [
  { name: '收入合计', kind: 'money', zh: '收支总表的收入总计' },
  { name: '支出合计', kind: 'money', zh: '收支总表的支出总计' },
  { name: '本年收入合计', kind: 'money', zh: '收支总表的本年收入（小计，未印小计时为各行之和）' },
  { name: '本年支出合计', kind: 'money', zh: '本年支出合计（收支总表的本年支出小计，未印小计时为各行之和；亦见支出总表合计）' },
  { name: '一般公共预算拨款收入', kind: 'money', zh: '本年一般公共预算拨款收入' },
  { name: '政府性基金预算拨款收入', kind: 'money', zh: '本年政府性基金预算拨款收入' },
  { name: '国有资本经营预算拨款收入', kind: 'money', zh: '本年国有资本经营预算拨款收入' },
  { name: '财政专户管理资金收入', kind: 'money', zh: '本年财政专户管理资金收入' },
  { name: '事业收入', kind: 'money', zh: '本年事业收入' },
  { name: '经营收入', kind: 'money', zh: '本年（事业单位）经营收入' },
  { name: '上级补助收入', kind: 'money', zh: '本年上级补助收入' },
  { name: '附属单位上缴收入', kind: 'money', zh: '本年附属单位上缴收入' },
  { name: '其他收入', kind: 'money', zh: '本年其他收入' },
  { name: '上年结转', kind: 'money', zh: '收支总表收入方的上年结转' },
  { name: '使用非财政拨款结余', kind: 'money', zh: '收支总表收入方的使用非财政拨款结余' },
  { name: '年初结转和结余', kind: 'money', zh: '收支总表收入方的年初结转和结余（决算）' },
  { name: '结转下年', kind: 'money', zh: '收支总表支出方的结转下年' },
  { name: '结余分配', kind: 'money', zh: '收支总表支出方的结余分配（决算）' },
  { name: '年末结转和结余', kind: 'money', zh: '收支总表支出方的年末结转和结余（决算）' },
  { name: '财政拨款收入合计', kind: 'money', zh: '财政拨款收支总表的收入总计' },
  { name: '财政拨款支出合计', kind: 'money', zh: '财政拨款收支总表的支出总计' },
  { name: '财政拨款本年收入', kind: 'money', zh: '财政拨款收支总表的本年收入' },
  { name: '财政拨款上年结转', kind: 'money', zh: '财政拨款收支总表的上年结转' },
  { name: '一般公共预算支出', kind: 'money', zh: '一般公共预算财政拨款支出合计', prefer: ['general_budget_expenditure'] },
  { name: '基本支出', kind: 'money', zh: '基本支出（一般公共预算支出表，无此表时为支出总表）', prefer: CLASSIFIED },
  { name: '项目支出', kind: 'money', zh: '项目支出（一般公共预算支出表，无此表时为支出总表）', prefer: CLASSIFIED },
  { name: '上缴上级支出', kind: 'money', zh: '支出决算表的上缴上级支出' },
  { name: '经营支出', kind: 'money', zh: '支出决算表的经营支出' },
  { name: '对附属单位补助支出', kind: 'money', zh: '支出决算表的对附属单位补助支出' },
  { name: '支出:<功能分类编码>', kind: 'money', zh: '某一功能分类科目的支出合计（如 支出:201）', prefer: CLASSIFIED },
  { name: '一般公共预算支出:<功能分类编码>', kind: 'money', zh: '某一功能分类科目的一般公共预算支出', prefer: ['general_budget_expenditure'] },
  { name: '基本支出合计', kind: 'money', zh: '一般公共预算基本支出表的合计' },
  { name: '人员经费', kind: 'money', zh: '基本支出中的人员经费' },
  { name: '公用经费', kind: 'money', zh: '基本支出中的公用经费' },
  { name: '基本支出:<经济分类编码>', kind: 'money', zh: '基本支出表中某一经济分类科目的合计（如 基本支出:30217）' },
  { name: '政府性基金支出', kind: 'money', zh: '政府性基金预算支出合计（无数据的空表为0）' },
  { name: '三公经费', kind: 'money', zh: '“三公”经费合计', prefer: ['previous_year'] },
  { name: '因公出国费', kind: 'money', zh: '因公出国（境）费' },
  { name: '公务用车购置及运行费', kind: 'money', zh: '公务用车购置及运行费小计' },
  { name: '公务用车购置费', kind: 'money', zh: '公务用车购置费' },
  { name: '公务用车运行费', kind: 'money', zh: '公务用车运行维护费' },
  { name: '公务接待费', kind: 'money', zh: '公务接待费' },
  { name: '机关运行经费', kind: 'money', zh: '机关运行经费' },
  { name: '政府采购预算', kind: 'money', zh: '政府采购预算总额' },
  { name: '政府采购货物', kind: 'money', zh: '政府采购货物' },
  { name: '政府采购工程', kind: 'money', zh: '政府采购工程' },
  { name: '政府采购服务', kind: 'money', zh: '政府采购服务' },
  { name: '一般公共预算政府采购', kind: 'money', zh: '一般公共预算拨款安排的政府采购' },
  { name: '一般公共预算政府采购货物', kind: 'money', zh: '其中货物' },
  { name: '一般公共预算政府采购工程', kind: 'money', zh: '其中工程' },
  { name: '一般公共预算政府采购服务', kind: 'money', zh: '其中服务' },
  { name: '车辆合计', kind: 'count', zh: '占有车辆合计（辆）' },
  { name: '一般公务用车', kind: 'count', zh: '一般公务用车（辆）' },
  { name: '执勤执法用车', kind: 'count', zh: '执勤执法用车（辆）' },
  { name: '拟购置车辆', kind: 'count', zh: '本年拟购置车辆（辆）' },
  { name: '拟购置一般公务用车', kind: 'count', zh: '本年拟购置一般公务用车（辆）' },
  { name: '拟购置执勤执法用车', kind: 'count', zh: '本年拟购置执勤执法用车（辆）' },
  { name: '实有人员', kind: 'count', zh: '实有人员（人）' },
  { name: '年末在职人数', kind: 'count', zh: '年末在职人数（人）' },
];

/** Fact names an editor can tag (parametric ones as their pattern). */
export const FACT_NAMES: readonly string[] = FACTS.map((fact) => fact.name);

// A plain fact and a parametric one may share a base (基本支出, 基本支出:<经济分类编码>): two maps.
const PLAIN = new Map(FACTS.filter((fact) => !fact.name.includes(':')).map((fact) => [fact.name, fact]));
const PARAMETRIC = new Map(FACTS.filter((fact) => fact.name.includes(':')).map((fact) => [fact.name.slice(0, fact.name.indexOf(':')), fact]));

/** The definition of a fact name (支出:201 → 支出:<功能分类编码>), or undefined. */
export function factDefinition(name: string): FactDefinition | undefined {
  const colon = name.indexOf(':');
  return colon < 0 ? PLAIN.get(name) : PARAMETRIC.get(name.slice(0, colon));
}

/** Narrative tag syntax: {{figure|fact name}}. */
export const FACT_TAG = /\{\{\s*([^|{}]+?)\s*\|\s*([^{}]+?)\s*\}\}/g;

/** Suffixes of a tagged fact name: last year's value and the change on it. */
export const FACT_SUFFIXES = ['上年', '比上年增加', '比上年减少'] as const;
export type FactSuffix = (typeof FACT_SUFFIXES)[number];
