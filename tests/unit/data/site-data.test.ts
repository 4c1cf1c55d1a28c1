/**
 * The view models pages are rendered from, built from a checked content tree (no Astro): which tables a disclosure
 * shows and in what order, the facts and last year's figures pages read (through the same merge as the check), the
 * computed summary, the charts next to their tables, and the downloads.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData, type DisclosureView } from '../../../src/data/site-data.ts';
import { disclosureDownloads, downloadNameFor, projectDownloads, tableDownloadLinks } from '../../../src/data/downloads.ts';
import { moneyToPlain } from '../../../src/domain/money.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { BASE_BUDGET, BASE_CONTENT, BASE_FINAL, copyToTemp } from '../../helpers/content.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

const siteOf = (root: string) => buildSiteData(checkContent(root));
const disclosure = (views: readonly DisclosureView[], id: string): DisclosureView => {
  const found = views.find((view) => view.id === id);
  if (!found) throw new Error(`no disclosure ${id} among ${views.map((view) => view.id).join(', ')}`);
  return found;
};
const plain = (map: ReadonlyMap<string, { units: bigint; decimals: number }>, name: string) => {
  const value = map.get(name);
  return value ? moneyToPlain(value) : undefined;
};

describe('site data of the base fixture', () => {
  const data = siteOf(BASE_CONTENT);
  const budget = disclosure(data.disclosures, '2024-demo-county-office-budget');
  const final = disclosure(data.disclosures, '2023-demo-county-office-final');

  it('lists disclosures newest first, with their URL and the years of the site', () => {
    expect(data.disclosures.map((d) => d.url)).toEqual(['/2024/demo-county-office/budget/', '/2024/demo-township-office/budget/', '/2023/demo-county-office/final/']);
    expect(data.years).toEqual([2024, 2023]);
  });

  it('shows the tables in reading order (registry order), then the year-on-year comparison', () => {
    expect(budget.tables.map((view) => view.id)).toEqual([
      'income_expenditure_summary', 'income_by_source', 'expenditure_summary', 'fiscal_grant_summary', 'general_budget_expenditure',
      'general_budget_basic_expenditure', 'three_public_expenses', 'government_fund_expenditure', 'state_capital_expenditure',
      'procurement', 'procurement_summary', 'state_assets', 'operating_costs', 'organisation', 'year_on_year',
    ]);
  });

  it('reads this year\'s and last year\'s figures as the tables print them', () => {
    // 收支总表 总计 400.90; 一般公共预算支出表 基本 270.40, 项目 100.50; 三公 13.00 and last year 14.00 (previous_year wins).
    expect(plain(budget.facts, '支出合计')).toBe('400.9');
    expect(plain(budget.facts, '基本支出')).toBe('270.4');
    expect(plain(budget.facts, '项目支出')).toBe('100.5');
    // previous_year.expenditure_total is last year's 本年支出合计 (the year's own expenditure, not the 总计).
    expect(plain(budget.lastYearFacts, '本年支出合计')).toBe('380');
    expect(plain(budget.lastYearFacts, '三公经费')).toBe('14');
  });

  it('computes the summary sentence from the facts (never typed)', () => {
    // 400.90 − 380.00 = 20.90, 20.90 / 380 = 5.5%; 270.40 / 400.90 = 67.4%, 100.50 / 400.90 = 25.1%.
    expect(budget.summary).toBe('2024年支出预算400.90万元，比上年增加20.90万元，增长5.5%。其中基本支出270.40万元（占67.4%），项目支出100.50万元（占25.1%）；“三公”经费13.00万元。');
  });

  it('compares every fact with last year\'s figure in the year-on-year view, with the change and its rate', () => {
    const view = budget.tables.find((table) => table.id === 'year_on_year')!;
    const row = view.rows.find((r) => r.header === '本年支出')!;
    expect(row.cells.map((cell) => cell.text)).toEqual(['400.90', '380.00', '20.90', '5.5%']);
    expect(row.cells[2]).toMatchObject({ kind: 'money', unit: '万元' });
  });

  it('attaches each chart to the table holding its numbers', () => {
    expect([...budget.charts.keys()].sort()).toEqual(['general_budget_expenditure', 'income_expenditure_summary', 'three_public_expenses', 'year_on_year']);
    for (const [viewId, specs] of budget.charts) for (const spec of specs) expect(spec.tableId).toBe(`data-${viewId}`);
    expect(budget.charts.get('general_budget_expenditure')!.map((spec) => spec.id)).toEqual(['expenditure-by-class', 'basic-vs-project']);
  });

  it('offers every table as a download named uniquely across the site; each project\'s tables are files of their own', () => {
    const names = disclosureDownloads(final).map((download) => download.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('2023-demo-county-office-final-projects-indicators');
    expect(names.every((name) => name.startsWith('2023-demo-county-office-final-'))).toBe(true);
    // The link under a project's indicator table gives that project's own file, which holds that project only.
    expect(tableDownloadLinks(final.url, 'project-staff-training-indicators').map((link) => link.href)).toEqual([
      '/2023/demo-county-office/final/2023-demo-county-office-final-project-staff-training-indicators.csv',
      '/2023/demo-county-office/final/2023-demo-county-office-final-project-staff-training-indicators.json',
    ]);
    const own = projectDownloads(final).find((download) => download.name === downloadNameFor(final.url, 'project-staff-training-indicators'));
    const table = own!.table();
    const projectColumn = table.columns.findIndex((column) => column.name === '项目标识');
    expect(new Set(table.rows.map((row) => row[projectColumn]!.text))).toEqual(new Set(['staff-training']));
    expect(table.rows.length).toBe(final.projects.find((p) => p.project.id === 'staff-training')!.project.indicators.length);
    // The combined file holds every project's indicators once.
    const combined = disclosureDownloads(final).find((download) => download.key === 'projects-indicators')!.table();
    expect(combined.rows.length).toBe(final.projects.reduce((n, p) => n + p.project.indicators.length, 0));
  });
});

describe('last year\'s disclosure feeds last year\'s figures, as in the check', () => {
  const tree = copyToTemp(BASE_CONTENT);
  cleanups.push(tree.cleanup);
  // The 2024 budget without its printed 上年数, and a 2023 budget of the same department whose total is 390.00.
  const budgetTables = join(tree.root, BASE_BUDGET, 'tables.yaml');
  const text = readFileSync(budgetTables, 'utf8');
  writeFileSync(budgetTables, text.slice(0, text.indexOf('previous_year:')));
  const lastYearDir = join(tree.root, 'disclosures/2023/demo-county-office/budget');
  mkdirSync(lastYearDir, { recursive: true });
  writeFileSync(join(lastYearDir, 'index.md'), readFileSync(join(tree.root, BASE_BUDGET, 'index.md'), 'utf8').replace('year: 2024', 'year: 2023').replace(/\{\{[^|}]*\|[^}]*\}\}/g, '若干'));
  writeFileSync(join(lastYearDir, 'tables.yaml'), 'unit: 万元\nincome_expenditure_summary:\n  income: { grand_total: { amount: 390.00 } }\n  expenditure:\n    sections: [{ kind: current, total: { amount: 390.00 } }]\n    grand_total: { amount: 390.00 }\n');
  const data = siteOf(tree.root);
  const budget = disclosure(data.disclosures, '2024-demo-county-office-budget');

  it('takes 本年支出合计 of last year from the 2023 disclosure and links the two', () => {
    expect(plain(budget.lastYearFacts, '本年支出合计')).toBe('390');
    expect(budget.previousYear?.id).toBe('2023-demo-county-office-budget');
    expect(budget.summary).toContain('比上年增加10.90万元');
  });

  it('cleans up', () => {
    rmSync(tree.root, { recursive: true, force: true });
  });
});

describe('tables a disclosure does not show, and project sums on the page', () => {
  const tree = copyToTemp(BASE_CONTENT);
  cleanups.push(tree.cleanup);
  // The 2023 final: 国有资本经营 neither filled nor explained, 收入决算表 named as the source lacking it, the rest as
  // omitted (one by its Sichuan name); projects only (no department-wide table), one of them with its two parts.
  const finalTables = join(tree.root, BASE_FINAL, 'tables.yaml');
  writeFileSync(finalTables, readFileSync(finalTables, 'utf8')
    .replace('  income_by_source: 测试内容只含“三公”经费决算表。\n', '')
    .replace('  state_capital_expenditure: 测试内容只含“三公”经费决算表。\n', '')
    .replace('  general_budget_basic_expenditure:', '  一般公共预算财政拨款基本支出决算明细表:')
    + 'missing_from_source:\n  收入决算表: 来源文件缺少此页。\n');
  const finalPerformance = join(tree.root, BASE_FINAL, 'performance.yaml');
  const performance = readFileSync(finalPerformance, 'utf8');
  writeFileSync(finalPerformance, performance.slice(0, performance.indexOf('department:')).replace(/mandatory_categories:.*\n/, '')
    + performance.slice(performance.indexOf('projects:'))
    + '  - { id: archives-local, name: 本级部分, parent: archives-digitization, funds: { total: 60.00 } }\n'
    + '  - { id: archives-superior, name: 上级补助部分, parent: archives-digitization, funds: { total: 20.00 } }\n');
  const final = disclosure(siteOf(tree.root).disclosures, '2023-demo-county-office-final');

  it('names each gap as readers know the table: missing (from the check\'s warning), lacking in the source, omitted', () => {
    expect(final.tableGaps.missing).toEqual(['国有资本经营预算财政拨款支出决算表或国有资本经营预算财政拨款收入支出决算表']);
    expect(final.tableGaps.missingFromSource).toEqual([{ name: '收入决算表', explanation: '来源文件缺少此页。' }]);
    expect(final.tableGaps.omitted.map((gap) => gap.name)).toEqual([
      '收入支出决算总表', '支出决算表', '财政拨款收入支出决算总表', '一般公共预算财政拨款支出决算表', '一般公共预算财政拨款基本支出决算明细表', '政府性基金预算财政拨款支出决算表',
    ]);
  });

  it('sums the project funds with the first-level project counted once (50 + 80, not 50 + 80 + 60 + 20)', () => {
    expect(final.summary).toBe('2023年共公开4个项目的绩效目标，项目资金合计130.00万元（一级项目与所属二级项目只计一次）。');
  });
});
