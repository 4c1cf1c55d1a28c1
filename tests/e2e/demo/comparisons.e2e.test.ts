/**
 * Comparisons on the demonstration site (fictitious departments over several years), in Chromium: every page says
 * 虚构示例数据; the department page shows every year's figures in one unit with the change on the previous year and
 * budget beside final accounts, a renamed department in one history; the year page compares departments (sortable,
 * names linked, 三公 per staff); a project's page gives its funds and its indicators (target → actual) per year; the
 * budget and final accounts of a year link to each other. Every figure is read independently from the content files
 * (YAML parsed here, amounts compared as exact hundredths), never from the site's view models.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { AXE_PATH, list, useGuardedTab, waitForCharts } from '../helpers/browser.ts';
import { formatViolations, type AxeViolation } from '../helpers/axe.ts';
import { contentDir, departmentIds, disclosures, distDir, projectRefs, sitePages } from '../helpers/site.ts';
import { DEMO_RENAMED } from '../../../scripts/demo.ts';
import { SAMPLE_CONTENT } from '../../helpers/content.ts';
import { csvProblems, csvRecords, descriptorProblems, type PackageDescriptor } from '../../helpers/frictionless.ts';

const session = useGuardedTab({ bypassCSP: true });

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const readYaml = (file: string): Yaml => parse(readFileSync(file, 'utf8')) as Yaml;
const disclosureDir = (year: number, department: string, stage: string) => join(contentDir(), 'disclosures', String(year), department, stage);
const tables = (year: number, department: string, stage: string): Yaml | undefined => {
  const file = join(disclosureDir(year, department, stage), 'tables.yaml');
  return existsSync(file) ? readYaml(file) : undefined;
};
const performance = (year: number, department: string, stage: string): Yaml | undefined => {
  const file = join(disclosureDir(year, department, stage), 'performance.yaml');
  return existsSync(file) ? readYaml(file) : undefined;
};

/** An amount of the content (every demo disclosure is in 万元) as exact hundredths. */
function hundredths(value: unknown): bigint {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(String(value).trim());
  if (!match) throw new Error(`not an amount with at most two decimals: ${String(value)}`);
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}
/** Hundredths as the site prints an amount in 万元: grouped, two decimals. */
function shown(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** The key figures of a disclosure, from its tables.yaml. */
function keyFigures(year: number, department: string, stage: string) {
  const t = tables(year, department, stage)!;
  const three = t.three_public_expenses;
  return {
    total: hundredths(t.expenditure_summary.total.total),
    basic: hundredths(t.general_budget_expenditure.total.basic),
    project: hundredths(t.general_budget_expenditure.total.project),
    threePublic: hundredths(three.this_year?.total ?? three.total),
    staff: Number(t.organisation.staff_actual),
  };
}

/** The rows of a table as its cells' text, the row header first. */
async function tableRows(page: Page, selector: string): Promise<string[][]> {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}
async function headers(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} thead th`).evaluateAll((cells) => cells.map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

const all = disclosures();
const years = [...new Set(all.map((d) => d.year))].sort();
const stages = ['budget', 'final'] as const;

describe('the demonstration site', () => {
  test('has several years of several departments, both stages, in 万元', () => {
    expect(years.length).toBeGreaterThanOrEqual(3);
    expect(departmentIds().length).toBeGreaterThanOrEqual(3);
    expect(all.length).toBe(years.length * departmentIds().length * 2);
    expect(all.every((d) => d.unit === '万元')).toBe(true);
  });

  test('marks every page 虚构示例数据, visibly at the top; the sample site does not', async () => {
    const unmarked = sitePages().filter((page) => !readFileSync(join(distDir(), page.file), 'utf8').includes('class="fictitious-banner"')).map((page) => page.path);
    expect(unmarked, list(unmarked)).toEqual([]);
    const { page } = await session.tab.visit('/');
    const banner = page.locator('.fictitious-banner');
    await expect(banner.isVisible()).resolves.toBe(true);
    expect(await banner.innerText()).toContain('虚构示例数据');
    const top = await banner.boundingBox();
    const heading = await page.locator('h1').boundingBox();
    expect(top!.y).toBeLessThan(heading!.y);
    expect(readYaml(join(SAMPLE_CONTENT, 'site.yaml')).fictitious).toBeUndefined();
  });
});

describe.each(departmentIds().map((id) => [id] as const))('department page %s', (department) => {
  test('every year: budget and final side by side, in one unit, with the change on the previous year', async () => {
    const { page } = await session.tab.visit(`/departments/${department}/`);
    const selector = `#data-history-${department}`;
    expect(await headers(page, selector)).toEqual(['年度', '预算数', '预算比上年增减', '预算增减率', '决算数', '决算比上年增减', '决算增减率', '决算÷预算']);
    expect(await page.locator(`${selector} caption`).innerText()).toContain('（单位：万元）');
    const rows = await tableRows(page, selector);
    expect(rows.map((row) => row[0])).toEqual(years.map((year) => `${year}年`));
    const problems: string[] = [];
    years.forEach((year, index) => {
      const [, budget, budgetChange, , final, finalChange] = rows[index]!;
      const b = keyFigures(year, department, 'budget').total;
      const f = keyFigures(year, department, 'final').total;
      if (budget !== shown(b)) problems.push(`${year} budget ${budget} ≠ ${shown(b)}`);
      if (final !== shown(f)) problems.push(`${year} final ${final} ≠ ${shown(f)}`);
      if (index > 0) {
        const lastB = keyFigures(years[index - 1]!, department, 'budget').total;
        const lastF = keyFigures(years[index - 1]!, department, 'final').total;
        if (budgetChange !== shown(b - lastB)) problems.push(`${year} budget change ${budgetChange} ≠ ${shown(b - lastB)}`);
        if (finalChange !== shown(f - lastF)) problems.push(`${year} final change ${finalChange} ≠ ${shown(f - lastF)}`);
      } else if (!budgetChange || budgetChange === '— 空白') {
        problems.push(`${year}: no change on the previous year (the file prints last year's figure)`);
      }
    });
    expect(problems, list(problems)).toEqual([]);
    // The trend is a chart over the same table, mounted.
    expect(await waitForCharts(page)).toBe(0);
    expect(await page.locator('canvas[data-chart]').count()).toBeGreaterThanOrEqual(1);
  });

  test('structure and 三公 per year and stage equal each disclosure\'s tables', async () => {
    const { page } = await session.tab.visit(`/departments/${department}/`);
    const selector = `#data-structure-${department}`;
    const head = await headers(page, selector);
    const column = (label: string) => head.indexOf(label);
    const rows = await tableRows(page, selector);
    const problems: string[] = [];
    for (const year of years) {
      for (const stage of stages) {
        const row = rows.find((r) => r[0] === `${year}年${stage === 'budget' ? '预算' : '决算'}`);
        if (!row) { problems.push(`${year} ${stage}: no row`); continue; }
        const k = keyFigures(year, department, stage);
        const expected: Array<[string, string]> = [['本年支出', shown(k.total)], ['基本支出', shown(k.basic)], ['项目支出', shown(k.project)], ['“三公”经费', shown(k.threePublic)], ['在职人数（人）', String(k.staff)]];
        for (const [label, value] of expected) if (row[column(label)] !== value) problems.push(`${year} ${stage} ${label}: ${row[column(label)]} ≠ ${value}`);
      }
    }
    expect(problems, list(problems)).toEqual([]);
  });
});

describe('a renamed department', () => {
  test('keeps one history: the years under its former name are on its page, each named as it was then', async () => {
    const { page } = await session.tab.visit(`/departments/${DEMO_RENAMED.id}/`);
    expect(await page.locator('main').innerText()).toContain(`${DEMO_RENAMED.formerName}（使用至${DEMO_RENAMED.until}年）`);
    expect((await tableRows(page, `#data-history-${DEMO_RENAMED.id}`)).map((row) => row[0])).toEqual(years.map((year) => `${year}年`));
    const selector = `#data-structure-${DEMO_RENAMED.id}`;
    const names = await tableRows(page, selector);
    const current = readYaml(join(contentDir(), 'departments', `${DEMO_RENAMED.id}.yaml`)).name as string;
    expect(names.map((row) => [row[0], row[1]])).toEqual(years.flatMap((year) => ['预算', '决算'].map((stage) => [`${year}年${stage}`, year <= DEMO_RENAMED.until ? DEMO_RENAMED.formerName : current])));
  });
});

describe('the data package of several years', () => {
  const dir = join(distDir(), 'data');
  const descriptor = () => JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as PackageDescriptor;

  test('is valid: the descriptor against the Frictionless profiles, every CSV against its Table Schema', () => {
    expect(descriptorProblems(descriptor())).toEqual([]);
    const problems = descriptor().resources.flatMap((resource) => csvProblems(resource, readFileSync(join(dir, resource.path), 'utf8')));
    expect(problems, list(problems.slice(0, 20))).toEqual([]);
  });

  test('stacks every year: a renamed department keeps its id, each row names it as it was that year', () => {
    const records = csvRecords(readFileSync(join(dir, 'budget-expenditure_summary.csv'), 'utf8')).filter((r) => r['部门标识'] === DEMO_RENAMED.id);
    const current = readYaml(join(contentDir(), 'departments', `${DEMO_RENAMED.id}.yaml`)).name as string;
    expect([...new Set(records.map((r) => r['年度']))].sort()).toEqual(years.map(String));
    for (const record of records) expect(record['部门名称']).toBe(Number(record['年度']) <= DEMO_RENAMED.until ? DEMO_RENAMED.formerName : current);
  });
});

describe.each(years.map((year) => [year] as const))('year page %i', (year) => {
  test.each(stages.map((stage) => [stage] as const))('compares departments (%s): figures, names linked, 三公 per staff', async (stage) => {
    const { page } = await session.tab.visit(`/${year}/`);
    const selector = `#data-compare-${year}-${stage}`;
    expect(await page.locator(`${selector} caption`).innerText()).toContain('（单位：万元）');
    const head = await headers(page, selector);
    const rows = await tableRows(page, selector);
    const links = await page.locator(`${selector} tbody th a`).evaluateAll((anchors) => anchors.map((a) => [(a.textContent ?? '').trim(), new URL((a as HTMLAnchorElement).href).pathname]));
    const problems: string[] = [];
    for (const department of departmentIds()) {
      const link = links.find(([, href]) => href === `/departments/${department}/`);
      if (!link) { problems.push(`${department}: no link`); continue; }
      const row = rows.find((r) => r[0] === link[0])!;
      const k = keyFigures(year, department, stage);
      // 三公 per staff in 元: hundredths of 万元 × 10000 ÷ staff, half up to 0.01 元.
      const perStaff = (k.threePublic * 10000n * 2n + BigInt(k.staff)) / (2n * BigInt(k.staff));
      const expected: Array<[string, string]> = [
        ['本年支出', shown(k.total)], ['基本支出', shown(k.basic)], ['项目支出', shown(k.project)], ['“三公”经费', shown(k.threePublic)],
        ['在职人数（人）', String(k.staff)], ['人均“三公”经费（元/人）', shown(perStaff)],
      ];
      for (const [label, value] of expected) if (row[head.indexOf(label)] !== value) problems.push(`${department} ${label}: ${row[head.indexOf(label)]} ≠ ${value}`);
    }
    expect(problems, list(problems)).toEqual([]);
  });

  test('sorts by a column: largest first, then smallest first', async () => {
    const { page } = await session.tab.visit(`/${year}/`);
    const selector = `#data-compare-${year}-budget`;
    await page.waitForSelector(`${selector}[data-sortable-ready="true"]`);
    const column = (await headers(page, selector)).indexOf('本年支出');
    const totals = async () => (await tableRows(page, selector)).map((row) => hundredths(row[column]!.replace(/,/g, '')));
    const button = page.locator(`${selector} thead th`).nth(column).getByRole('button');
    await button.click();
    const descending = await totals();
    expect(descending).toEqual([...descending].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
    expect(await page.locator(`${selector} thead th`).nth(column).getAttribute('aria-sort')).toBe('descending');
    await button.click();
    const ascending = await totals();
    expect(ascending).toEqual([...descending].reverse());
    expect(await page.locator(`${selector} thead th`).nth(column).getAttribute('aria-sort')).toBe('ascending');
  });
});

/** Projects published in every year, budget and final (the ones whose pages have most to show), at most four. */
const followed = projectRefs().filter((p) => years.every((year) => stages.every((stage) => performance(year, p.department, stage)?.projects?.some((q: Yaml) => q.id === p.id)))).slice(0, 4);

describe.each(followed.map((p) => [p.path, p] as const))('project page %s', (path, project) => {
  const published = (year: number, stage: string): Yaml => performance(year, project.department, stage)!.projects.find((q: Yaml) => q.id === project.id);

  test('funds per year: the budget\'s, the self-evaluation\'s budget and what was spent', async () => {
    const { page } = await session.tab.visit(path);
    const selector = `#data-project-funds-${project.id}`;
    expect(await headers(page, selector)).toEqual(['年度', '预算（预算公开）', '预算（决算自评）', '实际支出（决算自评）', '执行率']);
    const rows = await tableRows(page, selector);
    expect(rows.map((row) => row.slice(0, 4))).toEqual(years.map((year) => [
      `${year}年`, shown(hundredths(published(year, 'budget').funds.total)), shown(hundredths(published(year, 'final').funds.total)),
      shown(hundredths(published(year, 'final').funds.executed.total)),
    ]));
  });

  test('indicators per year: target → actual as the self-evaluation reports them', async () => {
    const { page } = await session.tab.visit(path);
    const selector = `#data-project-indicators-${project.id}`;
    expect(await headers(page, selector)).toEqual(['三级指标', ...years.map((year) => `${year}年`)]);
    const rows = await tableRows(page, selector);
    const problems: string[] = [];
    for (const [index, year] of years.entries()) {
      for (const indicator of published(year, 'final').indicators as Yaml[]) {
        if (indicator.target === undefined || indicator.actual === undefined) continue;
        const row = rows.find((r) => r[0] === indicator.name);
        const expected = `${String(indicator.target)} → ${String(indicator.actual)}`;
        if (!row) problems.push(`${year} ${indicator.name}: no row`);
        else if (row[index + 1] !== expected) problems.push(`${year} ${indicator.name}: ${row[index + 1]} ≠ ${expected}`);
      }
    }
    expect(problems, list(problems)).toEqual([]);
  });

  test('links each year\'s budget and final accounts where the project is published', async () => {
    const { page } = await session.tab.visit(path);
    const hrefs = await page.locator('main a[href]').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
    for (const year of years) for (const stage of stages) expect(hrefs).toContain(`/${year}/${project.department}/${stage}/#project-${project.id}`);
  });
});

describe('budget and final accounts of a year are paired', () => {
  const department = departmentIds()[0]!;
  const year = years[years.length - 1]!;

  test('each is one link from the other, and the self-evaluation one link from both', async () => {
    for (const [stage, other] of [['budget', 'final'], ['final', 'budget']] as const) {
      const { page } = await session.tab.visit(`/${year}/${department}/${stage}/`);
      const section = page.locator('#paired');
      const hrefs = await section.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
      expect(hrefs).toContain(`/${year}/${department}/${other}/`);
      expect(hrefs).toContain(`/${year}/${department}/final/#projects`);
      expect(await section.locator('[aria-current="page"]').innerText()).toContain('（本页）');
    }
  });

  test('the final accounts show the budget\'s figures beside their own', async () => {
    const { page } = await session.tab.visit(`/${year}/${department}/final/`);
    const table = page.locator('#paired table');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((cell) => (cell.textContent ?? '').trim())));
    const budget = keyFigures(year, department, 'budget');
    const final = keyFigures(year, department, 'final');
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row('本年支出').slice(1, 3)).toEqual([shown(budget.total), shown(final.total)]);
    expect(row('“三公”经费').slice(1, 3)).toEqual([shown(budget.threePublic), shown(final.threePublic)]);
  });
});

describe('without JavaScript', () => {
  const noJs = useGuardedTab({ javaScriptEnabled: false });
  const paths = () => [`/departments/${DEMO_RENAMED.id}/`, `/${years[years.length - 1]}/`, followed[0]!.path, `/${years[years.length - 1]}/${DEMO_RENAMED.id}/final/`];
  const tableTexts = (page: Page) => page.locator('table').evaluateAll((tables) => tables.map((t) => `${t.id}: ${(t.textContent ?? '').replace(/\s+/g, ' ').trim()}`));

  test('every comparison table reads the same as with it, figures included', async () => {
    for (const path of paths()) {
      const withScript = await tableTexts((await session.tab.visit(path)).page);
      const without = await tableTexts((await noJs.tab.visit(path)).page);
      expect(without.length, path).toBeGreaterThan(0);
      expect(without, path).toEqual(withScript);
    }
  });
});

describe('axe: no WCAG 2.1 A/AA violations on the new page types, with several years to show', () => {
  const pages = sitePages().filter((page) => ['year', 'department', 'project', 'data'].includes(page.kind));
  const sample = [
    ...pages.filter((page) => page.kind !== 'project'),
    ...followed.map((p) => pages.find((page) => page.path === p.path)!),
    // A final account: the budget beside it and the pairing links are new there.
    sitePages().find((page) => page.kind === 'disclosure' && page.path.endsWith('/final/'))!,
  ];
  test.each(sample.map((page) => [page.path, page] as const))('%s', async (_path, sitePage) => {
    const { page } = await session.tab.visit(sitePage.path);
    await waitForCharts(page);
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
      return result.violations;
    }) as AxeViolation[];
    expect(violations.length, `axe violations on ${sitePage.path}:\n${formatViolations(violations)}`).toBe(0);
  });
});
