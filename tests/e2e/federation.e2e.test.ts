/**
 * Federation (issue 17, item 3), in Chromium: three small county sites generated and built separately, each served
 * from its own origin (the first one's index split by year, as a large site's is), and a provincial portal built from
 * their list alone (plus a fourth county that cannot be reached), served from a fourth origin.
 * - the portal's search finds results in every reachable county, each linking to that county's own page;
 * - the unreachable county is named on the page and the others are still searched;
 * - choosing a county searches that county's index only;
 * - a county that rebuilds and republishes is searched as it now is, the portal untouched;
 * - a site whose index is split by year searches its latest year first, loads only that bundle, and finds every
 *   page of every year once widened (recall).
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { guardedContext, launchBrowser } from './helpers/browser.ts';
import { formatViolations, runAxe } from './helpers/axe.ts';
import { AXE_PATH } from './helpers/browser.ts';
import { runScript } from './helpers/build.ts';
import { serveStatic, type RunningServer } from './helpers/static-server.ts';
import { countyAt, generateCounty, writePortalList, type County } from '../../scripts/bench/province.ts';

interface Site extends County { readonly content: string; readonly dist: string; server?: RunningServer; origin: string }

const temp = realpathSync(mkdtempSync(join(tmpdir(), 'budget-federation-')));
const counties: Site[] = [0, 1, 2].map((index) => ({ ...countyAt(index), content: join(temp, `content-${index}`), dist: join(temp, `site-${index}`), origin: '' }));
const unreachable = countyAt(3);
let unreachableOrigin = '';
let portal: RunningServer;
let browser: Browser;
let page: Page;
/** Every origin of the test: the portal's, the counties', the unreachable one. */
let origins: string[] = [];
/** Every request the portal's page made since the last look. */
let requests: string[] = [];

/** An origin nothing listens on (a port taken and given back). */
async function closedOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const build = (site: Site, env: Record<string, string> = {}) => runScript('scripts/build.ts', ['--content', site.content, '--out', site.dist], env);

beforeAll(async () => {
  // The first county over two years, its index split by year (a handful of pages per bundle); the others one year.
  generateCounty(counties[0]!.content, counties[0]!, 8, 2);
  generateCounty(counties[1]!.content, counties[1]!, 6, 1);
  generateCounty(counties[2]!.content, counties[2]!, 6, 1);
  // One after the other: builds in one working copy share Astro's cache folder (.astro/).
  await build(counties[0]!, { BUDGET_SEARCH_BUNDLE_PAGES: '10' });
  await build(counties[1]!);
  await build(counties[2]!);
  for (const site of counties) {
    site.server = await serveStatic(site.dist, { cors: true });
    site.origin = site.server.origin;
  }
  unreachableOrigin = await closedOrigin();
  const list = join(temp, 'portal.yaml');
  writePortalList(list, '基准省部门预算决算公开平台', [...counties.map((site) => ({ ...site, baseUrl: `${site.origin}/` })), { ...unreachable, baseUrl: `${unreachableOrigin}/` }]);
  await runScript('scripts/portal.ts', ['--list', list, '--out', join(temp, 'portal')]);
  portal = await serveStatic(join(temp, 'portal'));
  browser = await launchBrowser();
  origins = [portal.origin, ...counties.map((site) => site.origin), unreachableOrigin];
  const { context } = await guardedContext(browser, {}, origins);
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
}, 400_000);

afterAll(async () => {
  await browser?.close();
  for (const server of [portal, ...counties.map((site) => site.server)]) await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

interface Result { readonly where: string; readonly href: string; readonly title: string }

async function search(origin: string, params: string): Promise<Result[]> {
  await page.goto(`${origin}/${origin === portal.origin ? '' : 'search/'}?${params}`);
  await page.waitForFunction(() => /找到|没有找到|无法使用/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.$$eval('#search-results > li', (items) => items.flatMap((item) => [...item.querySelectorAll('.result-sections a')].map((link) => ({
    where: item.querySelector('.result-where')?.textContent ?? '',
    href: (link as HTMLAnchorElement).href,
    title: link.textContent ?? '',
  }))));
}

/** The agency every county has first: its department name holds this in each county (“中共井研县委组织部” …). */
const SHARED_WORD = '委组织部';
const siteOf = (href: string) => counties.find((site) => href.startsWith(`${site.origin}/`));

describe('a provincial portal over separately built county sites', () => {
  test('finds results in every reachable county, each linking to a page of that county\'s own site', async () => {
    requests = [];
    const results = await search(portal.origin, `q=${encodeURIComponent(SHARED_WORD)}`);
    const found = new Set(results.map((result) => siteOf(result.href)?.name));
    expect([...found].sort()).toEqual(counties.map((site) => site.name).sort());
    for (const result of results.filter((r) => siteOf(r.href))) {
      const site = siteOf(result.href)!;
      expect(result.where.startsWith(site.name), result.where).toBe(true);
      const target = new URL(result.href);
      const response = await page.request.get(`${target.origin}${target.pathname}`);
      expect(response.status(), result.href).toBe(200);
      if (target.hash) expect(await response.text(), result.href).toContain(`id="${decodeURIComponent(target.hash.slice(1))}"`);
    }
  });

  test('names the county it cannot reach, and still searches the others', async () => {
    const results = await search(portal.origin, `q=${encodeURIComponent(SHARED_WORD)}`);
    const notice = await page.textContent('#search-unreachable');
    expect(notice).toContain(unreachable.name);
    expect(notice).toContain('无法连接');
    expect(await page.getAttribute('#search-unreachable', 'role')).toBe('alert');
    expect(results.some((result) => siteOf(result.href))).toBe(true);
    for (const site of counties) expect(notice).not.toContain(site.name);
  });

  test('a county chosen as the filter: its results only, and only its index fetched', async () => {
    const chosen = counties[1]!;
    requests = [];
    const results = await search(portal.origin, `q=${encodeURIComponent(SHARED_WORD)}&site=${chosen.id}`);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) if (!result.href.startsWith(portal.origin)) expect(siteOf(result.href), result.href).toBe(chosen);
    const others = requests.filter((url) => !url.startsWith(portal.origin) && !url.startsWith(chosen.origin));
    expect(others).toEqual([]);
    expect(await page.textContent('#search-unreachable')).toBe('');
  });

  test('searches a county\'s latest year by default and every year when widened (its index split by year)', async () => {
    const split = counties[0]!;
    const years = (results: Result[]) => new Set(results.filter((r) => siteOf(r.href) === split).map((r) => new URL(r.href).pathname.split('/')[1]).filter((part) => /^\d{4}$/.test(part!)));
    expect([...years(await search(portal.origin, `q=${encodeURIComponent(SHARED_WORD)}&site=${split.id}`))]).toEqual(['2024']);
    expect([...years(await search(portal.origin, `q=${encodeURIComponent(SHARED_WORD)}&site=${split.id}&year=all`))].sort()).toEqual(['2023', '2024']);
  });

  test('a county that rebuilds and republishes alone is searched as it now is (the portal is not rebuilt)', async () => {
    const county = counties[2]!;
    const phrase = '联邦搜索重新发布验证段落';
    expect((await search(portal.origin, `q=${encodeURIComponent(phrase)}`)).length).toBe(0);
    const year = readdirSync(join(county.content, 'disclosures'))[0]!;
    const department = readdirSync(join(county.content, 'disclosures', year))[0]!;
    appendFileSync(join(county.content, 'disclosures', year, department, 'budget', 'index.md'), `\n\n${phrase}。\n`);
    await build(county);
    const results = await search(portal.origin, `q=${encodeURIComponent(phrase)}`);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(siteOf(result.href)).toBe(county);
    expect(new URL(results[0]!.href).pathname).toBe(`/${year}/${department}/budget/`);
  });

  test('axe finds no violation on the portal with results shown', async () => {
    // axe is injected, which the portal's Content-Security-Policy forbids: a tab that bypasses it.
    const { context } = await guardedContext(browser, { bypassCSP: true }, origins);
    const tab = await context.newPage();
    await tab.goto(`${portal.origin}/?q=${encodeURIComponent(SHARED_WORD)}`);
    await tab.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 30_000 });
    await tab.addScriptTag({ path: AXE_PATH });
    const violations = await runAxe(tab);
    await context.close();
    expect(violations.length, formatViolations(violations)).toBe(0);
  });
});

describe('a site whose index is split by year (its own search page)', () => {
  const site = () => counties[0]!;

  test('searches the latest year by default, says so, and loads only that bundle', async () => {
    requests = [];
    const results = await search(site().origin, `q=${encodeURIComponent(SHARED_WORD)}`);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(new URL(result.href).pathname).toMatch(/^\/(2024\/|departments\/|glossary\/)/);
    expect(await page.textContent('#search-scope')).toContain('本次只搜索了2024年的公开文件和各部门页面');
    const index = requests.filter((url) => url.includes('/pagefind/'));
    expect(index.length).toBeGreaterThan(0);
    expect(index.filter((url) => url.includes('/pagefind/2023/'))).toEqual([]);
  });

  test('widened to all years, finds every page that holds a query (recall)', async () => {
    await search(site().origin, `q=${encodeURIComponent(SHARED_WORD)}`);
    await page.click('#search-scope button');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === 'all');
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-scope')).toBe('');
    // Queries: project names of the county's content; expected: every disclosure page whose text holds one.
    const folders = (path: string) => readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const pages = folders(site().dist).filter((name) => /^\d{4}$/.test(name)).flatMap((year) =>
      folders(join(site().dist, year)).flatMap((department) => folders(join(site().dist, year, department)).filter((stage) => stage === 'budget' || stage === 'final')
        .map((stage) => `/${year}/${department}/${stage}/`)));
    const text = new Map(pages.map((path) => {
      const html = readFileSync(join(site().dist, path, 'index.html'), 'utf8');
      return [path, html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, '').replace(/\s+/g, '')] as const;
    }));
    const queries = new Set<string>();
    expect(new Set(pages.map((path) => path.split('/')[1]))).toEqual(new Set(['2023', '2024']));
    for (const path of pages) {
      const performance = parse(readFileSync(join(site().content, 'disclosures', path, 'performance.yaml'), 'utf8')) as { projects?: Array<{ name: string }> };
      (performance.projects ?? []).slice(0, 3).forEach((project) => queries.add(project.name));
    }
    expect(queries.size).toBeGreaterThanOrEqual(5);
    const misses: string[] = [];
    let expected = 0;
    for (const query of queries) {
      const found = new Set((await search(site().origin, `q=${encodeURIComponent(query)}&year=all`)).map((r) => new URL(r.href).pathname));
      for (const [path, body] of text) {
        if (!body.includes(query)) continue;
        expected++;
        if (!found.has(path)) misses.push(`${query} → ${path}`);
      }
    }
    // Each project name is on its own disclosure's page at least; pages of both years are among those expected.
    expect(expected).toBeGreaterThanOrEqual(queries.size);
    expect(misses).toEqual([]);
  });
});
