/**
 * 2. Charts mount where a page has them: every canvas[data-chart] gets data-mounted="true", has role="img", a
 *    non-empty aria-label and aria-describedby naming an existing <table>. A page without charts loads no chart
 *    script (no script at all besides /reading.js).
 * 9. Printing: charts are not displayed, tables are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';

import { parse } from 'yaml';
import { list, waitForCharts, useGuardedTab } from './helpers/browser.ts';
import { disclosures, hasChartMarkup, sitePages } from './helpers/site.ts';

const session = useGuardedTab();
beforeEach(async () => {
  session.offHost.length = 0;
  await session.tab.page.emulateMedia({ media: 'screen' });
});

const pages = sitePages();
const withCharts = pages.filter((page) => hasChartMarkup(page));
const withoutCharts = pages.filter((page) => !hasChartMarkup(page));

/** Tables that always give a chart when they hold two or more figures (income structure, expenditure by class). */
const CHARTED_TABLES = ['income_expenditure_summary', 'fiscal_grant_summary', 'general_budget_expenditure', 'expenditure_summary'];

test('the sample site has chart pages to test (at least one disclosure)', () => {
  expect(withCharts.filter((page) => page.kind === 'disclosure').map((page) => page.path)).not.toEqual([]);
});

test('disclosures with summary or expenditure tables have chart markup', () => {
  const expected = disclosures().filter((d) => {
    const file = join(d.dir, 'tables.yaml');
    const tables = existsSync(file) ? (parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {} : {};
    return CHARTED_TABLES.some((key) => tables[key]);
  }).map((d) => d.path);
  const charted = new Set(withCharts.map((page) => page.path));
  expect(expected.filter((path) => !charted.has(path)), 'disclosures expected to have charts but without canvas[data-chart]').toEqual([]);
});

describe('charts mount with a text alternative and their table', () => {
  test.each(withCharts.map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const { page } = await session.tab.visit(sitePage.path, sitePage.status);
    const unmounted = await waitForCharts(page);
    const canvases = await page.$$eval('canvas[data-chart]', (nodes) => nodes.map((canvas) => {
      const describedBy = (canvas.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const figure = canvas.closest('figure');
      const box = canvas.getBoundingClientRect();
      return {
        id: figure?.id ?? '(no figure)',
        mounted: canvas.getAttribute('data-mounted'),
        role: canvas.getAttribute('role'),
        label: (canvas.getAttribute('aria-label') ?? '').trim(),
        describedBy,
        describedTags: describedBy.map((id) => document.getElementById(id)?.tagName.toLowerCase() ?? '(missing)'),
        figureShown: !!figure && !figure.hidden && getComputedStyle(figure).display !== 'none',
        drawn: box.width > 0 && box.height > 0,
      };
    }));
    expect(canvases.length).toBeGreaterThan(0);
    const problems = canvases.flatMap((c) => [
      ...(c.mounted === 'true' ? [] : [`${c.id}: data-mounted=${String(c.mounted)}`]),
      ...(c.role === 'img' ? [] : [`${c.id}: role=${String(c.role)}`]),
      ...(c.label ? [] : [`${c.id}: empty aria-label`]),
      ...(c.describedBy.length > 0 ? [] : [`${c.id}: no aria-describedby`]),
      ...c.describedBy.flatMap((id, i) => (c.describedTags[i] === 'table' ? [] : [`${c.id}: aria-describedby="${id}" is ${c.describedTags[i]}, not a <table>`])),
      ...(c.figureShown ? [] : [`${c.id}: chart figure still hidden after mounting`]),
      ...(c.drawn ? [] : [`${c.id}: canvas has no size`]),
    ]);
    console.log(`[e2e] ${sitePage.path}: ${canvases.length} chart(s) mounted`);
    expect(unmounted, `${unmounted} canvas(es) never mounted`).toBe(0);
    expect(problems, `${sitePage.path}:\n${list(problems)}`).toEqual([]);
    expect(session.offHost).toEqual([]);
  });
});

describe('pages without charts load no chart script', () => {
  test.each(withoutCharts.map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const { page, issues } = await session.tab.visit(sitePage.path, sitePage.status);
    const scripts = issues.responses.filter((r) => r.request().resourceType() === 'script').map((r) => new URL(r.url()).pathname);
    const elements = await page.$$eval('script', (nodes) => nodes.map((s) => s.getAttribute('src') ?? `(inline ${s.textContent?.length ?? 0} chars)`));
    expect(await page.locator('canvas').count(), 'no canvas').toBe(0);
    expect(scripts.filter((path) => path.includes('ChartBlock')), 'chart script loaded').toEqual([]);
    if (sitePage.kind === 'search') return; // the search page has its own client (see the size budgets)
    // A page with sortable comparison tables (year pages) may load their sorter, and nothing else (budgets.e2e.test.ts).
    const sortable = (await page.locator('table[data-sortable]').count()) > 0;
    const allowed = (src: string) => src === '/reading.js' || (sortable && src.includes('SortScript'));
    expect(scripts.filter((path) => !allowed(path)), 'scripts loaded besides /reading.js').toEqual([]);
    expect(elements.filter((src) => !allowed(src)), '<script> elements besides /reading.js').toEqual([]);
  });
});

describe('print', () => {
  test.each(pages.filter((p) => p.kind === 'disclosure' || hasChartMarkup(p)).map((page) => [page.name, page] as const))('%s: charts not printed, tables printed', async (_name, sitePage) => {
    const { page } = await session.tab.visit(sitePage.path, sitePage.status);
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      charts: [...document.querySelectorAll('figure.chart, canvas[data-chart]')].map((node) => {
        const box = node.getBoundingClientRect();
        return { id: node.id || node.closest('figure')?.id || node.tagName, display: getComputedStyle(node).display, visible: box.width > 0 && box.height > 0 };
      }),
      tables: [...document.querySelectorAll('table')].map((table) => {
        const box = table.getBoundingClientRect();
        let hiddenBy = '';
        for (let node: Element | null = table; node; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden') { hiddenBy = `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}`; break; }
        }
        return { id: table.id || '(no id)', hiddenBy, visible: box.width > 0 && box.height > 0 };
      }),
    }));
    const printedCharts = state.charts.filter((c) => c.visible).map((c) => `${c.id} (display: ${c.display})`);
    const unprinted = state.tables.filter((t) => t.hiddenBy || !t.visible).map((t) => `${t.id} hidden by ${t.hiddenBy || 'zero size'}`);
    expect(printedCharts, `charts displayed in print on ${sitePage.path}:\n${list(printedCharts)}`).toEqual([]);
    expect(state.tables.length, 'tables on the page').toBeGreaterThan(0);
    expect(unprinted, `tables not printed on ${sitePage.path}:\n${list(unprinted)}`).toEqual([]);
  });
});
