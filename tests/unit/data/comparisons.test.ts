/**
 * The view models of comparisons across years, on the demonstration content (three departments over three years,
 * one renamed): a department's history in one unit with the change on the previous year, the departments of a year
 * with 三公 per staff, a project followed across years, budget paired with final accounts, and a renamed department's
 * names. Expected figures are computed here from the disclosures' own facts with exact money arithmetic.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '../../../src/data/site-data.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { departmentHistory, expenditureHistoryView, perPerson, structureHistoryView, yearComparison } from '../../../src/data/comparisons.ts';
import { projectFundsView, projectIndicatorsView, siteProjects } from '../../../src/data/projects-across-years.ts';
import { budgetBesideActual, pairLinks } from '../../../src/data/pairing.ts';
import { keyFigures } from '../../../src/data/key-figures.ts';
import { nameInYear } from '../../../src/data/department-names.ts';
import { formatMoney, money, subtract } from '../../../src/domain/money.ts';
import { DEMO_RENAMED, DEMO_YEARS, generateDemoContent } from '../../../scripts/demo.ts';
import { makeTempDir } from '../../helpers/content.ts';

const temp = makeTempDir('budget-comparisons-');
afterAll(() => temp.cleanup());
generateDemoContent(temp.root);
const data = buildSiteData(checkContent(temp.root));
const text = (cell: { text: string } | undefined) => cell?.text;

describe('a department name in a year', () => {
  const department = { name: '新名', former_names: [{ name: '旧名一', until: 2019 }, { name: '旧名二', until: 2022 }] };
  it.each([[2018, '旧名一'], [2019, '旧名一'], [2020, '旧名二'], [2022, '旧名二'], [2023, '新名']])('%i: %s', (year, name) => {
    expect(nameInYear(department, year)).toBe(name);
  });
});

describe('a department across its years', () => {
  const department = data.departments.find((d) => d.id === DEMO_RENAMED.id)!;
  const own = data.disclosures.filter((d) => d.department.id === department.id);
  const history = departmentHistory(department, [...own].reverse());

  it('is one history, oldest first, budget and final of each year together, though renamed', () => {
    expect(history.unit).toBe('万元');
    expect(history.years.map((row) => [row.year, row.budget?.disclosure.stage, row.final?.disclosure.stage])).toEqual(DEMO_YEARS.map((year) => [year, 'budget', 'final']));
  });

  it('prints each year\'s expenditure with its change on the previous year, exactly', () => {
    const view = expenditureHistoryView(history);
    const total = (year: number, stage: 'budget' | 'final') => keyFigures(own.find((d) => d.year === year && d.stage === stage)!).amounts.total!;
    for (const [index, year] of DEMO_YEARS.entries()) {
      const row = view.rows[index]!;
      expect(row.header).toBe(`${year}年`);
      expect(text(row.cells[0])).toBe(formatMoney(total(year, 'budget'), 2));
      expect(text(row.cells[3])).toBe(formatMoney(total(year, 'final'), 2));
      if (index > 0) {
        expect(text(row.cells[1])).toBe(formatMoney(subtract(total(year, 'budget'), total(DEMO_YEARS[index - 1]!, 'budget')), 2));
        expect(text(row.cells[4])).toBe(formatMoney(subtract(total(year, 'final'), total(DEMO_YEARS[index - 1]!, 'final')), 2));
      }
    }
  });

  it('names each year as the department was then called', () => {
    const view = structureHistoryView(history);
    expect(view.columns[0]!.label).toBe('当年名称');
    expect(view.rows.map((row) => [row.header, text(row.cells[0])])).toEqual(DEMO_YEARS.flatMap((year) => ['预算', '决算'].map((stage) => [`${year}年${stage}`, year <= DEMO_RENAMED.until ? DEMO_RENAMED.formerName : department.name])));
  });
});

describe('the departments of a year', () => {
  it('side by side in one unit, named as in that year, linked, with 三公 per staff rounded half up to 0.01 元', () => {
    const year = DEMO_RENAMED.until;
    const comparison = yearComparison(year, 'final', data.disclosures)!;
    const items = data.disclosures.filter((d) => d.year === year && d.stage === 'final');
    expect(comparison.unit).toBe('万元');
    expect(comparison.links).toEqual(items.map((d) => `/departments/${d.department.id}/`));
    expect(comparison.view.rows.map((row) => row.header)).toContain(DEMO_RENAMED.formerName);
    const perStaffColumn = comparison.view.columns.findIndex((column) => column.label === '人均“三公”经费（元/人）');
    items.forEach((d, index) => {
      const figures = keyFigures(d);
      expect(text(comparison.view.rows[index]!.cells[perStaffColumn])).toBe(formatMoney(perPerson(figures.amounts.threePublic!, '万元', figures.staff!)!, 2));
    });
  });

  it('per person: exact, half up, none without staff', () => {
    expect(perPerson(money('10.00'), '万元', 3)).toEqual(money('33333.33'));
    expect(perPerson(money('0.05'), '元', 2)).toEqual(money('0.03'));
    expect(perPerson(money('1'), '万元', 0)).toBeUndefined();
  });
});

describe('a project across years', () => {
  const everyYear = siteProjects(data.disclosures).filter((p) => p.years.length === DEMO_YEARS.length && p.years.every((row) => row.budget && row.final));

  it('is recognised by the id its editors keep, whatever its name that year', () => {
    expect(everyYear.length).toBeGreaterThan(0);
    expect(everyYear.some((p) => p.names.length > 1)).toBe(true);
  });

  it('has its funds and indicators per year from each year\'s disclosures', () => {
    const project = everyYear[0]!;
    const funds = projectFundsView(project);
    expect(funds.rows.map((row) => row.header)).toEqual(DEMO_YEARS.map((year) => `${year}年`));
    project.years.forEach((row, index) => {
      expect(text(funds.rows[index]!.cells[0])).toBe(formatMoney(row.budget!.view.project.funds!.total!, 2));
      expect(text(funds.rows[index]!.cells[2])).toBe(formatMoney(row.final!.view.project.funds!.executed!.total!, 2));
    });
    const indicators = projectIndicatorsView(project);
    expect(indicators.columns.map((column) => column.label)).toEqual(DEMO_YEARS.map((year) => `${year}年`));
    const last = project.years[project.years.length - 1]!.final!.view.project.indicators.find((i) => i.target && i.actual)!;
    const row = indicators.rows.find((r) => r.header === last.name)!;
    expect(text(row.cells[DEMO_YEARS.length - 1])).toBe(`${last.target!.text} → ${last.actual!.text}`);
  });
});

describe('budget and final accounts of a year', () => {
  const final = data.disclosures.find((d) => d.stage === 'final')!;
  const budget = data.disclosures.find((d) => d.stage === 'budget' && d.year === final.year && d.department.id === final.department.id)!;

  it('link to each other and to the self-evaluation, the current one marked', () => {
    expect(pairLinks(budget)).toEqual([
      { href: budget.url, label: `${budget.year}年预算`, current: true },
      { href: final.url, label: `${final.year}年决算`, current: false },
      { href: `${final.url}#projects`, label: `${final.year}年绩效自评`, current: false },
    ]);
    expect(pairLinks(final).map((link) => link.current)).toEqual([false, true, false]);
  });

  it('the final accounts print the budget\'s figures beside their own', () => {
    const view = budgetBesideActual(final)!;
    const row = view.rows.find((r) => r.header === '本年支出')!;
    expect([text(row.cells[0]), text(row.cells[1])]).toEqual([formatMoney(keyFigures(budget).amounts.total!, 2), formatMoney(keyFigures(final).amounts.total!, 2)]);
  });
});
