/**
 * Where figures of different disclosures meet (year page, a department's years): one unit, stated, every amount
 * converted exactly. Disclosures here are the few fields these views read; figures are worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { money, type Money } from '../../../src/domain/money.ts';
import { listUnit, summaryIn, yearTableView } from '../../../src/data/across-disclosures.ts';
import { departmentTrendCharts, departmentTrendView } from '../../../src/data/department-trends.ts';
import type { DisclosureView } from '../../../src/data/site-data.ts';
import type { Department } from '../../../src/schemas/site.ts';

const disclosure = (year: number, unit: string, facts: Record<string, string>, department = 'office'): DisclosureView => ({
  year, stage: 'budget', stageLabel: '预算', meta: { unit }, projects: [{}, {}], summary: '（本文件的句子）', lastYearFacts: new Map(),
  department: { id: department, name: department === 'office' ? '某县办公室' : '某县财政局' },
  facts: new Map<string, Money>(Object.entries(facts).map(([name, value]) => [name, money(value)])),
}) as unknown as DisclosureView;

const withProjects = (d: DisclosureView, projects: Array<[string, string, string?]>): DisclosureView =>
  ({ ...d, performance: { projects: projects.map(([id, total, parent]) => ({ id, ...(parent ? { parent } : {}), funds: { total: money(total) } })) } }) as unknown as DisclosureView;
// A first-level project of 100万元 holding two second-level ones (60 + 40), and one more of 12.5万元: 112.50万元, each once.
const inWan = withProjects(disclosure(2023, '万元', { 本年支出合计: '1992.86', 基本支出: '575.29', 项目支出: '1417.57', 三公经费: '20' }),
  [['a', '100'], ['a1', '60', 'a'], ['a2', '40', 'a'], ['b', '12.5']]);
// 17,910,000元 = 1,791万元; 2,000,500元 = 200.05万元; 15,909,500元 = 1,590.95万元; 123,457元 = 12.3457万元.
const inYuan = disclosure(2022, '元', { 本年支出合计: '17910000', 基本支出: '2000500', 项目支出: '15909500', 三公经费: '123457' });
const texts = (cells: ReadonlyArray<{ text: string }>) => cells.map((cell) => cell.text);

describe('a year page across departments', () => {
  it('shows mixed units in 元 when an amount in 元 has 分, which 万元 cannot hold exactly', () => {
    const withFen = disclosure(2023, '元', { 本年支出合计: '17910000.50' }, 'finance');
    const view = yearTableView(2023, [inWan, withFen]);
    expect(view.unit).toBe('元');
    expect(view.rows.map((row) => texts(row.cells)[1])).toEqual(['19,928,600', '17,910,000.50']);
  });
  it('states one unit and converts the disclosures published in another', () => {
    // The other department's one project: 15,909,500元 = 1,590.95万元.
    const view = yearTableView(2023, [inWan, withProjects({ ...inYuan, department: { id: 'finance', name: '某县财政局' } } as DisclosureView, [['x', '15909500']])]);
    expect(view.unit).toBe('万元');
    expect(view.columns.map((c) => c.label)).toEqual(['阶段', '本年支出', '项目资金合计', '项目数']);
    expect(view.rows.map((row) => [row.header, ...texts(row.cells)])).toEqual([
      ['某县办公室', '预算', '1,992.86', '112.50', '2'],
      ['某县财政局', '预算', '1,791.00', '1,590.95', '2'],
    ]);
  });
  it('keeps 元 when every disclosure is in 元', () => {
    const view = yearTableView(2022, [inYuan]);
    expect(view.unit).toBe('元');
    expect(texts(view.rows[0]!.cells)[1]).toBe('17,910,000');
  });
});

describe('a department over the years', () => {
  const department = { id: 'office', name: '某县办公室' } as Department;
  it('converts every year to one unit, named in the caption, with no unit column', () => {
    const view = departmentTrendView(department, [inYuan, inWan]);
    expect(view.unit).toBe('万元');
    expect(view.columns.map((c) => c.label)).not.toContain('单位');
    expect(view.rows.map((row) => texts(row.cells))).toEqual([
      ['1,791.00', '200.05', '1,590.95', '12.3457', ''],
      ['1,992.86', '575.29', '1,417.57', '20.00', '112.50'],
    ]);
  });
  it('draws the trend of years published in different units on one axis, converted', () => {
    const [chart] = departmentTrendCharts([inYuan, inWan], 'trend-office');
    expect(chart?.unit).toBe('万元');
    // 1,992.86 − 1,791.00 = 201.86万元; 201.86 / 1,791 = 11.3%.
    expect(chart?.description).toContain('比2022年增加201.86万元，增长11.3%');
    expect(chart?.series[0]!.data).toEqual([1791, 1992.86]);
  });
});

describe('summaries listed together (home page, a year page)', () => {
  it('uses one unit: a disclosure in another has its sentence in the common one', () => {
    expect(listUnit([inWan, inYuan])).toBe('万元');
    expect(summaryIn(inWan, '万元')).toBe('（本文件的句子）');
    // 200.05 / 1,791 = 11.17%; 1,590.95 / 1,791 = 88.83%.
    expect(summaryIn(inYuan, '万元')).toBe('2022年支出预算1,791.00万元。其中基本支出200.05万元（占11.2%），项目支出1,590.95万元（占88.8%）；“三公”经费12.3457万元。');
  });
  it('converts the projects of a project-only disclosure', () => {
    const projectsOnly = { ...inYuan, facts: new Map(), performance: { projects: [{ funds: { total: money('17910000') } }, { funds: { total: money('90000') } }] } } as unknown as DisclosureView;
    // 17,910,000 + 90,000 = 18,000,000元 = 1,800万元.
    expect(summaryIn(projectsOnly, '万元')).toBe('2022年共公开2个项目的绩效目标，项目资金合计1,800.00万元。');
  });
});
