/**
 * Named facts of a disclosure as the table kinds read them, last year's merge, and the {{figure|fact}} lookup with
 * its .上年 / .比上年增加 / .比上年减少 suffixes.
 */
import { describe, expect, it } from 'vitest';
import { FACTS, FACT_NAMES, FACT_TAG, factDefinition } from '../../../src/domain/facts/catalogue.ts';
import { resolveFact } from '../../../src/domain/facts/resolve.ts';
import { buildFactSheet, withLastYear, type FactSheet } from '../../../src/domain/facts/sheet.ts';
import { reading, readingPath, PREVIOUS_DISCLOSURE } from '../../../src/domain/facts/reading.ts';
import { money, moneyToPlain, type Money } from '../../../src/domain/money.ts';
import { tablesFile, type TablesFile } from '../../../src/schemas/tables.ts';
import { disclosureFactSheet } from '../../../src/table-kinds/tables.ts';
const tableFactSheet = (tables: TablesFile | undefined, shape: typeof SHAPE) => disclosureFactSheet(tables, '', shape);

const tables = (input: Record<string, unknown>): TablesFile => tablesFile.parse({ unit: '万元', ...input }) as TablesFile;
const plain = (facts: ReadonlyMap<string, Money>) => Object.fromEntries([...facts].map(([name, value]) => [name, moneyToPlain(value)]));
const SHAPE = { stage: 'budget' as const, year: 2024, unit: '万元' };
const computeFacts = (input: { tables?: TablesFile }) => tableFactSheet(input.tables, SHAPE).values('current');
const computeLastYearFacts = (input: { tables?: TablesFile }) => tableFactSheet(input.tables, SHAPE).values('last');
/** A sheet holding the given figures, this year's and last year's. */
const sheetOf = (current: Record<string, string>, last: Record<string, string>): FactSheet => buildFactSheet([
  ...Object.entries(current).map(([name, text]) => reading(name, money(text), 'test')),
  ...Object.entries(last).map(([name, text]) => reading(name, money(text), 'test', undefined, undefined, 'last')),
]);

const SAMPLE = tables({
  income_expenditure_summary: {
    income: {
      sections: [{ kind: 'current', items: [{ name: '一般公共预算拨款收入', amount: '370.90' }, { name: '政府性基金预算拨款收入', amount: '30.00' }] }],
      grand_total: { amount: '400.90' },
    },
    expenditure: {
      sections: [{ kind: 'current', total: { amount: '400.90' }, items: [{ code: '201', name: '一般公共服务支出', amount: '400.90' }] }],
      grand_total: { amount: '400.90' },
    },
  },
  fiscal_grant_summary: {
    income: {
      sections: [
        { kind: 'current', total: { amount: '341.61' }, items: [{ name: '一般公共预算拨款收入', amount: '341.61' }] },
        { kind: 'carryover', items: [{ name: '一般公共预算拨款', amount: '29.29' }] },
      ],
      grand_total: { amount: '370.90' },
    },
    expenditure: { sections: [], grand_total: { amount: '370.90' } },
  },
  general_budget_expenditure: {
    rows: [
      { code: '201', name: '一般公共服务支出', total: '300.75', basic: '200.25', project: '100.50' },
      { code: '20103', name: '政府办公厅（室）及相关机构事务', total: '300.75', basic: '200.25', project: '100.50' },
      { code: '221', name: '住房保障支出', total: '70.15', basic: '70.15' },
    ],
    total: { total: '370.90', basic: '270.40', project: '100.50' },
  },
  general_budget_basic_expenditure: { rows: [], total: { total: '270.40', personnel: '230.00', public: '40.40' } },
  government_fund_expenditure: { rows: [], empty_statement: '本单位无政府性基金收支，故此表无数据。' },
  three_public_expenses: {
    this_year: { total: '13.00', overseas: '0', vehicle_subtotal: '8.00', vehicle_operation: '8.00', reception: '5.00' },
    last_year: { total: '14.00', vehicle_subtotal: '9.00', vehicle_operation: '9.00', reception: '5.00' },
  },
  operating_costs: { this_year: '115.51', last_year: '140.51' },
  procurement: { summary: { total: '11', works: '0', services: '0' }, general_budget: { total: '11', goods: '11' } },
  state_assets: { vehicles: { total: 3, general_official: 2, law_enforcement: 1 }, planned_vehicle_purchases: { total: 0 } },
  organisation: { staff_actual: 22 },
  previous_year: { income_total: '380.00', expenditure_total: '380', general_budget_expenditure: '350.00', basic: '260', project: '90', three_public_total: '14.5' },
});

describe('computeFacts', () => {
  it('computes this year\'s facts from the tables', () => {
    expect(plain(computeFacts({ tables: SAMPLE }))).toEqual({
      收入合计: '400.9',
      支出合计: '400.9',
      本年收入合计: '400.9', // no printed subtotal: the sum of the lines 370.90 + 30.00
      本年支出合计: '400.9', // the printed subtotal
      一般公共预算拨款收入: '370.9',
      政府性基金预算拨款收入: '30', // the income line named 政府性基金预算拨款收入
      财政拨款收入合计: '370.9',
      财政拨款支出合计: '370.9',
      财政拨款本年收入: '341.61',
      财政拨款上年结转: '29.29',
      一般公共预算支出: '370.9',
      基本支出: '270.4',
      项目支出: '100.5',
      '支出:201': '300.75',
      '支出:20103': '300.75',
      '支出:221': '70.15',
      '一般公共预算支出:201': '300.75',
      '一般公共预算支出:20103': '300.75',
      '一般公共预算支出:221': '70.15',
      基本支出合计: '270.4',
      人员经费: '230',
      公用经费: '40.4',
      政府性基金支出: '0', // an empty fund table is zero, not unknown
      三公经费: '13',
      因公出国费: '0', // printed 0 is a fact; a blank is not
      公务用车购置及运行费: '8',
      公务用车运行费: '8',
      公务接待费: '5',
      机关运行经费: '115.51',
      政府采购预算: '11',
      政府采购工程: '0',
      政府采购服务: '0',
      一般公共预算政府采购: '11',
      一般公共预算政府采购货物: '11',
      车辆合计: '3',
      一般公务用车: '2',
      执勤执法用车: '1',
      拟购置车辆: '0',
      实有人员: '22',
    });
  });

  it('leaves blanks out instead of inventing zeros', () => {
    const result = computeFacts({ tables: SAMPLE });
    expect(result.has('公务用车购置费')).toBe(false);
    expect(result.has('政府采购货物')).toBe(false);
    expect(result.has('年末在职人数')).toBe(false);
  });

  it('prefers the general budget table for 基本支出 when 支出总表 (all funds) prints another figure', () => {
    const result = computeFacts({ tables: tables({
      expenditure_summary: { rows: [], total: { total: '9', basic: '6', project: '3' } },
      general_budget_expenditure: { rows: [], total: { total: '7', basic: '5', project: '2' } },
    }) });
    expect(plain(result)).toMatchObject({ 基本支出: '5', 项目支出: '2' });
  });

  it('takes 基本支出/项目支出 from 支出总表 when there is no general budget table', () => {
    const result = computeFacts({ tables: tables({ expenditure_summary: { rows: [{ code: '201', name: '一般公共服务支出', total: '5', basic: '5' }], total: { total: '5', basic: '5', project: '0' } } }) });
    expect(plain(result)).toEqual({ 本年支出合计: '5', 基本支出: '5', 项目支出: '0', '支出:201': '5' });
  });

  it('has no facts without tables', () => {
    expect(computeFacts({}).size).toBe(0);
    expect(computeLastYearFacts({}).size).toBe(0);
  });
});

describe('computeLastYearFacts', () => {
  it('reads last year\'s figures printed in this disclosure; previous_year.three_public_total wins over the 三公 table', () => {
    expect(plain(computeLastYearFacts({ tables: SAMPLE }))).toEqual({
      三公经费: '14.5',
      公务用车购置及运行费: '9',
      公务用车运行费: '9',
      公务接待费: '5',
      机关运行经费: '140.51',
      本年收入合计: '380', // previous_year prints the year's own income and expenditure, not the 总计
      本年支出合计: '380',
      一般公共预算支出: '350',
      基本支出: '260',
      项目支出: '90',
    });
  });
});

describe('resolveFact', () => {
  const sheet = sheetOf({ 支出合计: '1992.86', 机关运行经费: '115.51', 三公经费: '20', 政府采购预算: '11' }, { 支出合计: '1378.75', 机关运行经费: '140.51', 三公经费: '20', 项目支出: '972.84' });
  const value = (name: string): string | undefined => {
    const result = resolveFact(name, sheet);
    return result.kind === 'value' ? moneyToPlain(result.value) : result.kind;
  };

  it('resolves this year\'s fact', () => {
    expect(value('支出合计')).toBe('1992.86');
    expect(resolveFact('支出合计', sheet)).toEqual({ kind: 'value', value: money('1992.86') });
  });

  it('.上年 is last year\'s value', () => {
    expect(value('机关运行经费.上年')).toBe('140.51');
  });

  it('.比上年增加 is this year − last year', () => {
    // 1992.86 − 1378.75 = 614.11
    expect(value('支出合计.比上年增加')).toBe('614.11');
    // 115.51 − 140.51 = −25: an "increase" that is negative
    expect(value('机关运行经费.比上年增加')).toBe('-25');
  });

  it('.比上年减少 is last year − this year', () => {
    // 140.51 − 115.51 = 25
    expect(value('机关运行经费.比上年减少')).toBe('25');
    expect(value('三公经费.比上年减少')).toBe('0');
  });

  it('unknown names and suffixes are unknown facts', () => {
    expect(value('不存在的数据')).toBe('unknown-fact');
    expect(value('支出合计.比上年')).toBe('unknown-fact');
    expect(value('支出合计.同比增长')).toBe('unknown-fact');
    expect(value('不存在的数据.上年')).toBe('unknown-fact');
  });

  it('a suffix without last year\'s figure cannot be checked', () => {
    expect(value('政府采购预算.上年')).toBe('no-last-year');
    expect(value('政府采购预算.比上年增加')).toBe('no-last-year');
  });

  it('last year alone gives .上年 but not the change', () => {
    expect(value('项目支出.上年')).toBe('972.84');
    expect(value('项目支出.比上年增加')).toBe('unknown-fact');
    expect(value('项目支出')).toBe('unknown-fact');
  });

  it('each catalogue name leads to its own definition, plain and parametric alike (基本支出 and 基本支出:30101)', () => {
    for (const fact of FACTS) expect(factDefinition(fact.name.replace(/<.*>$/, '201'))?.name, fact.name).toBe(fact.name);
    expect(factDefinition('基本支出')?.prefer).toEqual(['general_budget_expenditure', 'expenditure_summary']);
    expect(factDefinition('不存在的数据')).toBeUndefined();
  });

  it('documented fact names contain no dot, the suffix separator', () => {
    for (const name of FACT_NAMES) expect(name.includes('.'), name).toBe(false);
  });
});

describe('last year\'s figures, merged once for pages and checks', () => {
  const previous = sheetOf({ 支出合计: '1378.75', 三公经费: '21' }, {});
  const own = [reading('支出合计', money('1992.86'), 'income_expenditure_summary'), reading('三公经费', money('20'), 'three_public_expenses', ['last_year', 'total'], undefined, 'last')];

  it('takes last year\'s disclosure where this one prints no 上年数, and prefers this one\'s 上年数', () => {
    const merged = withLastYear(buildFactSheet(own), previous);
    expect(plain(merged.values('last'))).toEqual({ 支出合计: '1378.75', 三公经费: '20' });
    expect(merged.readingsOf('三公经费', 'last').map((item) => item.source)).toEqual(['three_public_expenses', PREVIOUS_DISCLOSURE]);
  });

  it('carries last year\'s preferred figure of each fact, not whichever table printed it first', () => {
    const last = tableFactSheet(tables({
      expenditure_summary: { rows: [], total: { total: '9', basic: '6', project: '3' } },
      general_budget_expenditure: { rows: [], total: { total: '7', basic: '5', project: '2' } },
    }), SHAPE);
    const merged = withLastYear(buildFactSheet([]), last);
    expect(merged.readingsOf('基本支出', 'last').map((item) => item.value && moneyToPlain(item.value))).toEqual(['5']);
  });

  it('keeps a blank cell as a reading without a figure, never as zero', () => {
    const sheet = tableFactSheet(tables({ three_public_expenses: { this_year: { total: '5', reception: '5' } } }), SHAPE);
    expect(sheet.reading('公务用车购置费')?.value).toBeUndefined();
    expect(readingPath(sheet.reading('公务用车购置费')!)).toEqual(['three_public_expenses', 'this_year', 'vehicle_purchase']);
    expect(sheet.values().has('公务用车购置费')).toBe(false);
  });

  it('resolves a summary line printed without its code by its name', () => {
    const sheet = tableFactSheet(tables({
      fiscal_grant_summary: { income: { sections: [] }, expenditure: { sections: [{ kind: 'current', items: [{ name: '一般公共服务支出', amount: '5', general_budget: '5' }] }] } },
      general_budget_expenditure: { rows: [{ code: '201', name: '一般公共服务支出', total: '5', basic: '5' }] },
    }), SHAPE);
    expect(sheet.readingsOf('一般公共预算支出:201').map((item) => item.source)).toEqual(['general_budget_expenditure', 'fiscal_grant_summary']);
  });
});

describe('FACT_TAG', () => {
  it('finds {{figure|fact}} tags with spaces and suffixes', () => {
    const text = '支出{{1992.86|支出合计}}万元，比上年增加{{ 614.11 | 支出合计.比上年增加 }}万元，{{x}}不是标注。';
    const found = [...text.matchAll(FACT_TAG)].map((match) => [match[1], match[2]]);
    expect(found).toEqual([['1992.86', '支出合计'], ['614.11', '支出合计.比上年增加']]);
  });

  it('keeps money exact through a tag', () => {
    const [match] = [...'{{1,992.86|支出合计}}'.matchAll(FACT_TAG)];
    const figure: Money = money(match![1]!);
    expect(figure.units).toBe(19_928_600n);
  });
});
