/**
 * Search (issue 4), in Chromium against the built site:
 * - recall: for 100+ queries drawn from the sample content (project, indicator, department, classification and
 *   glossary names, narrative headings and phrases), every content page whose text contains the query is among
 *   the results. Content pages: disclosure pages, department pages and the glossary (navigation pages such as
 *   the home and year indexes list names only to link to those pages and are not indexed).
 * - cross-year queries return every year that contains them; filters narrow; the URL keeps query and filters;
 *   quoted phrases match exactly; axe finds nothing on the page with results; without JavaScript the page says so;
 *   a first query stays within the 150 KB budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AXE_PATH, guardedContext, launchBrowser } from './helpers/browser.ts';
import { formatViolations, type AxeViolation } from './helpers/axe.ts';
import { contentDir, disclosures, distDir, origin, sitePages } from './helpers/site.ts';

interface Result { readonly url: string; readonly where: string }

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  const { context } = await guardedContext(browser, { bypassCSP: true });
  page = await context.newPage();
});
afterAll(async () => { await browser?.close(); });

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const squash = (text: string) => text.replace(/\s+/g, '');

/** The visible text of a built page's <main>, whitespace removed. */
function mainText(file: string): string {
  const html = readFileSync(join(distDir(), file), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return squash(decode(main.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')));
}

const contentPages = sitePages().filter((p) => p.kind === 'disclosure' || p.kind === 'department' || p.kind === 'glossary');
const pageTexts = new Map(contentPages.map((p) => [p.path, mainText(p.file)]));

/** Queries drawn from the sample content, deterministic, at least 100. */
function sampleQueries(): string[] {
  const queries = new Set<string>();
  const add = (text: unknown) => {
    if (typeof text !== 'string') return;
    const q = text.replace(/\s+/g, '').replace(/["“”]/g, '');
    if (q.length >= 2 && q.length <= 30 && /[\u4e00-\u9fff]/.test(q)) queries.add(q);
  };
  const root = contentDir();
  for (const d of disclosures()) {
    const dir = join(root, 'disclosures', String(d.year), d.department, d.stage);
    const performance = parse(readFileSync(join(dir, 'performance.yaml'), 'utf8')) as { projects?: Array<{ name: string; indicators?: Array<{ name?: string; target?: unknown }> }> };
    for (const project of performance.projects ?? []) {
      add(project.name);
      (project.indicators ?? []).filter((_, i) => i % 4 === 0).forEach((indicator) => add(indicator.name));
    }
    const tables = parse(readFileSync(join(dir, 'tables.yaml'), 'utf8')) as Record<string, { rows?: Array<{ name: string }> }>;
    for (const table of Object.values(tables)) if (table && typeof table === 'object' && Array.isArray(table.rows)) table.rows.forEach((row, i) => i % 2 === 0 && add(row.name));
    const body = readFileSync(join(dir, 'index.md'), 'utf8').split(/^---$/m).slice(2).join('---');
    for (const heading of body.match(/^#+\s+(.+)$/gm) ?? []) add(heading.replace(/^#+\s+/, '').replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.]\s*/, ''));
    for (const sentence of body.replace(/\{\{([^|]+)\|[^}]+\}\}/g, '$1').split(/[。；\n]/).filter((s) => s.length > 12).slice(0, 12)) {
      const run = /[\u4e00-\u9fff]{6,}/.exec(sentence)?.[0];
      if (run) add(run.slice(0, 8));
    }
  }
  for (const file of ['departments/jingyan-organization.yaml', 'departments/shizhu-organization.yaml', 'departments/pingluo-organization.yaml']) {
    const department = parse(readFileSync(join(root, file), 'utf8')) as { name: string; short_name?: string };
    add(department.name); add(department.short_name);
  }
  const glossary = parse(readFileSync(join(root, 'glossary.yaml'), 'utf8')) as { terms: Array<{ term: string; aliases?: string[] }> };
  for (const term of glossary.terms) { add(term.term); term.aliases?.forEach(add); }
  return [...queries].sort();
}

async function search(path: string): Promise<Result[]> {
  await page.goto(`${origin()}${path}`);
  await page.waitForFunction(() => /找到|没有找到|请输入/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  // Each result groups the matching sections of one document; every section link is a result here.
  return page.$$eval('#search-results > li', (items) => items.flatMap((item) => [...item.querySelectorAll('a')].map((link) => ({
    url: (link as HTMLAnchorElement).href,
    where: item.querySelector('.result-where')?.textContent ?? '',
  }))));
}

/**
 * A search typed into the page already open (as a reader searches one query after another): no reload, so many queries
 * run quickly. Waits for the status line naming the query, then shows every result.
 */
async function searchOnPage(query: string): Promise<Result[]> {
  await page.fill('#search-query', query);
  await page.press('#search-query', 'Enter');
  await page.waitForFunction((q) => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status.includes(`“${q}”`) && /找到/.test(status);
  }, query, { timeout: 15_000 });
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.$$eval('#search-results > li', (items) => items.flatMap((item) => [...item.querySelectorAll('a')].map((link) => ({
    url: (link as HTMLAnchorElement).href,
    where: item.querySelector('.result-where')?.textContent ?? '',
  }))));
}

const pathOf = (url: string) => new URL(url).pathname;
const q = (text: string) => `/search/?q=${encodeURIComponent(text)}`;

describe('recall over the sample content', () => {
  const queries = sampleQueries();
  test('at least 100 queries are drawn from the sample content', () => {
    expect(queries.length).toBeGreaterThanOrEqual(100);
  });
  test('every content page containing a query is among its results (recall 100%)', async () => {
    let expectedTotal = 0;
    const misses: string[] = [];
    await search('/search/');
    for (const query of queries) {
      const expected = [...pageTexts].filter(([, text]) => text.includes(query)).map(([path]) => path);
      const found = new Set((await searchOnPage(query)).map((r) => pathOf(r.url)));
      expectedTotal += expected.length;
      for (const path of expected) if (!found.has(path)) misses.push(`${query} → ${path}`);
    }
    const recall = expectedTotal ? (expectedTotal - misses.length) / expectedTotal : 1;
    console.log(`[e2e] search recall: ${expectedTotal - misses.length}/${expectedTotal} page hits over ${queries.length} queries (${(recall * 100).toFixed(1)}%)`);
    expect(misses, `missed:\n${misses.join('\n')}`).toEqual([]);
  }, 300_000);
});

describe('search behaviour', () => {
  test('a query found in several years returns each of those years', async () => {
    const query = '干部';
    const years = new Set([...pageTexts].filter(([path, text]) => /^\/\d{4}\//.test(path) && text.includes(query)).map(([path]) => path.slice(1, 5)));
    expect(years.size, 'the sample content has the query in more than one year').toBeGreaterThan(1);
    const results = await search(q(query));
    for (const year of years) expect(results.some((r) => r.where.includes(`${year}年`)), `results for ${year}`).toBe(true);
  });

  test('filters narrow the results and every result matches them', async () => {
    const all = await search(q('干部'));
    for (const [key, value, shown] of [['year', '2023', '2023年'], ['stage', '预算', '预算'], ['kind', '项目', '项目'], ['department', '中国共产党平罗县委员会组织部', '中国共产党平罗县委员会组织部']] as const) {
      const narrowed = await search(`${q('干部')}&${key}=${encodeURIComponent(value)}`);
      expect(narrowed.length, `${key}=${value}`).toBeGreaterThan(0);
      expect(narrowed.length, `${key}=${value} narrows`).toBeLessThan(all.length);
      for (const result of narrowed) expect(result.where, `${key}=${value}`).toContain(shown);
    }
    const region = await search(`${q('干部')}&region=${encodeURIComponent('重庆市石柱土家族自治县')}`);
    expect(region.length).toBeGreaterThan(0);
    for (const result of region) expect(pathOf(result.url)).toMatch(/shizhu-organization/);
  });

  test('query and filters live in the URL: a shared link restores them, and changing a filter updates the URL', async () => {
    await search(`${q('培训')}&year=2023`);
    expect(await page.inputValue('#search-query')).toBe('培训');
    expect(await page.inputValue('#filter-year')).toBe('2023');
    await page.selectOption('#filter-stage', '预算');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('stage') === '预算');
    const url = page.url();
    await page.reload();
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(page.url()).toBe(url);
    expect(await page.inputValue('#filter-stage')).toBe('预算');
    expect(await page.inputValue('#search-query')).toBe('培训');
  });

  test('a quoted phrase matches exactly; unquoted words may match apart', async () => {
    const phrase = '干部教育培训';
    const exact = await search(q(`"${phrase}"`));
    const loose = await search(q(phrase));
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.length).toBeLessThanOrEqual(loose.length);
    for (const result of exact) expect(pageTexts.get(pathOf(result.url)) ?? '', result.url).toContain(phrase);
  });

  test('sort by year puts the newest first', async () => {
    const results = await search(`${q('干部')}&sort=year`);
    const years = results.map((r) => Number(/(\d{4})年/.exec(r.where)?.[1] ?? 0)).filter((y) => y > 0);
    expect(years.length).toBeGreaterThan(1);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
  });

  test('results are announced in a live region and link to the exact section', async () => {
    const results = await search(q('人才工作经费'));
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toMatch(/在 \d+ 组内容中找到/);
    const anchored = results.find((r) => new URL(r.url).hash.length > 1)!;
    expect(anchored).toBeDefined();
    await page.goto(anchored.url);
    expect(await page.locator(decodeURIComponent(new URL(anchored.url).hash)).count()).toBe(1);
  });

  test('the search box on any page leads to the search page with the query', async () => {
    await page.goto(`${origin()}/glossary/`);
    await page.fill('#site-search', '基本支出');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-query')).toBe('基本支出');
  });

  test('axe finds no WCAG 2.1 A/AA violation with results shown, and nothing scrolls sideways at 360 px', async () => {
    await search(q('干部'));
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })).violations;
    }) as AxeViolation[];
    expect(violations.length, formatViolations(violations)).toBe(0);
    await page.setViewportSize({ width: 360, height: 800 });
    await search(q('干部'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

test('a first query transfers at most 150 KB once the search page is open (Pagefind chunks and the results shown)', async () => {
  const { context } = await guardedContext(browser);
  const tab = await context.newPage();
  await tab.goto(`${origin()}/search/`);
  await tab.waitForLoadState('networkidle');
  const sizes: Array<Promise<number>> = [];
  tab.on('response', (response) => sizes.push(response.body().then((body) => body.length, () => 0)));
  await tab.fill('#search-query', '干部教育培训');
  await tab.press('#search-query', 'Enter');
  await tab.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
  await tab.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  console.log(`[e2e] first query: ${(bytes / 1024).toFixed(0)} KB in ${sizes.length} requests`);
  expect(sizes.length).toBeGreaterThan(0);
  expect(bytes).toBeLessThanOrEqual(150 * 1024);
  await context.close();
});

test('without JavaScript the search page says so and links to the year and department indexes', async () => {
  const { context } = await guardedContext(browser, { javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(`${origin()}${q('干部')}`);
  expect(await noJs.isVisible('#search-no-js')).toBe(true);
  expect(await noJs.textContent('#search-no-js')).toContain('JavaScript');
  expect(await noJs.locator('#search-no-js a[href="/years/"]').count()).toBe(1);
  expect(await noJs.locator('#search-no-js a[href="/departments/"]').count()).toBe(1);
  expect(await noJs.isVisible('#search-form')).toBe(false);
  await context.close();
});
