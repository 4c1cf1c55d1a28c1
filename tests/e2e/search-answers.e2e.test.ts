/**
 * Search that answers (issue 16, item 5), in Chromium against the built sample site:
 * - a table or project whose title names the query comes first (before narrative mentions), for a list of queries
 *   drawn from the sample's project names and table captions;
 * - excerpts keep the figures and keep table cells apart;
 * - a year or department named in the query is offered as a filter, and applying it narrows the search;
 * - nothing on the search page shifts as it starts or as results arrive (CLS, as Lighthouse counts it, under 0.1),
 *   on a phone-sized and a desktop window.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { guardedContext, launchBrowser } from './helpers/browser.ts';
import { disclosures, origin } from './helpers/site.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await guardedContext(browser)).context.newPage();
});
afterAll(async () => { await browser?.close(); });

interface Shown { readonly kind: string; readonly sections: Array<{ title: string; href: string; excerpt: string }> }

async function search(query: string, extra = ''): Promise<Shown[]> {
  await page.goto(`${origin()}/search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.$$eval('#search-results > li', (items) => items.map((item) => ({
    kind: (item.querySelector('.result-where')?.textContent ?? '').split(' · ').at(-1) ?? '',
    sections: [...item.querySelectorAll('.result-sections > li')].map((section) => ({
      title: section.querySelector('a')?.textContent ?? '',
      href: section.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: section.querySelector('.result-excerpt')?.textContent ?? '',
    })),
  })));
}

const plain = (text: string) => text.replace(/[“”"]/g, '');

/** Project names of the sample content (every third, so the test stays short) and table captions it holds. */
function namedQueries(): string[] {
  const names = new Set<string>();
  for (const d of disclosures()) {
    const performance = parse(readFileSync(join(d.dir, 'performance.yaml'), 'utf8')) as { projects?: Array<{ name: string }> };
    (performance.projects ?? []).forEach((project, i) => { if (i % 3 === 0) names.add(project.name.replace(/\s+/g, '')); });
  }
  return [...names, '三公经费', '机关运行经费', '政府采购预算', '项目预算执行情况'];
}

describe('a table or project named by the query comes first', () => {
  test.each(namedQueries().map((query) => [query]))('%s', async (query) => {
    const results = await search(query);
    expect(results.length, `results for ${query}`).toBeGreaterThan(0);
    const first = results[0]!;
    expect(['表格', '项目'], `kind of the first result for ${query}: ${JSON.stringify(first)}`).toContain(first.kind);
    expect(plain(first.sections[0]!.title), `first section for ${query}`).toContain(plain(query));
  });
});

describe('excerpts', () => {
  test('keep the figures of a table row and its cells apart', async () => {
    const results = await search('公务接待费');
    const table = results.find((result) => result.kind === '表格')?.sections.find((section) => /三公/.test(section.title));
    expect(table, JSON.stringify(results)).toBeDefined();
    // The “三公” table as the page prints it: its cells apart (the column 公务接待费 among them), with their figures.
    expect(table!.excerpt).toMatch(/｜公务接待费(｜|；)/);
    expect(table!.excerpt).toMatch(/｜\d+\.\d{2}(｜|；|$)/);
  });
  test('keep the figures of a narrative sentence', async () => {
    const results = await search('三公经费');
    const narrative = results.filter((result) => result.kind === '说明').flatMap((result) => result.sections);
    expect(narrative.some((section) => /“三公”经费[^。]*\d+(\.\d+)?万元/.test(section.excerpt)), JSON.stringify(narrative)).toBe(true);
  });
});

describe('a year or department named in the query is offered as a filter', () => {
  test('a year: applying it narrows to that year and leaves the rest of the query', async () => {
    await search('2023年 培训');
    const offer = page.locator('#search-suggestions button', { hasText: '只看2023年' });
    expect(await offer.count()).toBe(1);
    await offer.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2023');
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(new URL(page.url()).searchParams.get('q')).toBe('培训');
    expect(await page.inputValue('#filter-year')).toBe('2023');
    const where = await page.$$eval('#search-results .result-where', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(where.length).toBeGreaterThan(0);
    for (const text of where) expect(text).toContain('2023年');
  });
  test('a department by part of its name: each matching department is offered', async () => {
    await search('组织部 培训');
    const offers = await page.$$eval('#search-suggestions button', (buttons) => buttons.map((button) => button.textContent ?? ''));
    expect(offers).toEqual(expect.arrayContaining(['只看中共井研县委组织部', '只看中国共产党平罗县委员会组织部']));
    await page.locator('#search-suggestions button', { hasText: '只看中共井研县委组织部' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('department') === '中共井研县委组织部');
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''));
    const where = await page.$$eval('#search-results .result-where', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(where.length).toBeGreaterThan(0);
    for (const text of where) expect(text).toContain('中共井研县委组织部');
  });
  test('a query naming nothing offers nothing', async () => {
    await search('培训');
    expect(await page.locator('#search-suggestions button').count()).toBe(0);
  });
});

/** Layout shifts since the page started, as Lighthouse sums them (shifts right after the reader's input left out). */
async function cumulativeLayoutShift(tab: Page, path: string): Promise<number> {
  await tab.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await tab.goto(`${origin()}${path}`);
  await tab.waitForFunction(() => /找到|没有找到|请输入/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 15_000 });
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  return tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
}

describe('the search page does not shift as it starts and as results arrive (CLS < 0.1)', () => {
  for (const viewport of [{ width: 412, height: 823 }, { width: 1280, height: 900 }]) {
    for (const path of ['/search/', `/search/?q=${encodeURIComponent('干部')}`]) {
      test(`${path} at ${viewport.width} px`, async () => {
        const { context } = await guardedContext(browser, { viewport });
        const cls = await cumulativeLayoutShift(await context.newPage(), path);
        await context.close();
        expect(cls).toBeLessThan(0.1);
      });
    }
  }
});
