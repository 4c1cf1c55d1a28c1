/**
 * 7. Size budgets. Disclosure HTML: gzip -9 of the built file at most 40 KB. JavaScript actually loaded by each
 *    page: without charts only /reading.js (at most 1 KB) and nothing else (the search page: its client and
 *    Pagefind, within the chart budget; a page with sortable tables: its sorter, at most 2 KB gzipped); with charts
 *    at most 70 KB gzipped in total. Measured sizes are printed as a table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { Tab, guardedContext, launchBrowser, waitForCharts } from './helpers/browser.ts';
import { distDir, hasChartMarkup, sitePages } from './helpers/site.ts';

const KB = 1024;
const HTML_GZIP_BUDGET = 40 * KB;
const READING_JS_BUDGET = 1 * KB;
const CHART_JS_GZIP_BUDGET = 70 * KB;
/** Sortable comparison tables (year pages) may add their sorter (src/client/sortable-tables.ts), this small. */
const SORT_JS_GZIP_BUDGET = 2 * KB;

let browser: Browser;
let tab: Tab;
beforeAll(async () => {
  browser = await launchBrowser();
  tab = await Tab.open((await guardedContext(browser)).context);
});

interface Row { page: string; kind: string; html: number; htmlGzip: number; scripts: string; jsRaw: number; jsGzip: number; charts: boolean }
const rows: Row[] = [];
const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

afterAll(async () => {
  await browser?.close();
  const header = ['page', 'kind', 'HTML', 'HTML gz', 'JS raw', 'JS gz', 'scripts'];
  const lines = rows.map((r) => [r.page, r.kind, kb(r.html), kb(r.htmlGzip), kb(r.jsRaw), kb(r.jsGzip), r.scripts]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(['[e2e] measured sizes (gzip level 9)', format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n'));
});

describe('size budgets', () => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const html = readFileSync(join(distDir(), sitePage.file));
    const charts = hasChartMarkup(sitePage);
    const { page, issues } = await tab.visit(sitePage.path, sitePage.status);
    await waitForCharts(page);
    await page.waitForLoadState('networkidle');
    const scriptPaths = [...new Set(issues.responses.filter((r) => r.request().resourceType() === 'script').map((r) => new URL(r.url()).pathname))];
    const inline = await page.$$eval('script:not([src])', (nodes) => nodes.map((s) => s.textContent ?? '').filter((t) => t.trim() !== ''));
    const files = scriptPaths.map((path) => readFileSync(join(distDir(), decodeURIComponent(path))));
    const jsRaw = files.reduce((n, f) => n + f.length, 0) + inline.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const jsGzip = files.reduce((n, f) => n + gzipSize(f), 0) + inline.reduce((n, t) => n + gzipSize(Buffer.from(t)), 0);
    rows.push({ page: sitePage.path, kind: sitePage.kind, html: html.length, htmlGzip: gzipSize(html), scripts: [...scriptPaths, ...inline.map((t) => `(inline ${t.length} chars)`)].join(' ') || '-', jsRaw, jsGzip, charts });

    if (sitePage.kind === 'disclosure') {
      expect(gzipSize(html), `${sitePage.file} gzipped (${kb(gzipSize(html))})`).toBeLessThanOrEqual(HTML_GZIP_BUDGET);
    }
    if (sitePage.kind === 'search') {
      // The search page loads its own client and Pagefind's; it shares the chart pages' budget.
      expect(scriptPaths, 'search page scripts').toContain('/pagefind/pagefind.js');
      expect(jsGzip, `JavaScript on ${sitePage.path}: ${kb(jsGzip)} gzipped (${scriptPaths.join(', ')})`).toBeLessThanOrEqual(CHART_JS_GZIP_BUDGET);
    } else if (charts) {
      expect(jsGzip, `JavaScript on ${sitePage.path}: ${kb(jsGzip)} gzipped (${scriptPaths.join(', ')})`).toBeLessThanOrEqual(CHART_JS_GZIP_BUDGET);
    } else if (/<table\b[^>]*\bdata-sortable\b/.test(html.toString('utf8'))) {
      const others = files.filter((_, index) => scriptPaths[index] !== '/reading.js');
      expect(scriptPaths.length, `scripts loaded by ${sitePage.path}: ${scriptPaths.join(', ')}`).toBeLessThanOrEqual(2);
      expect(scriptPaths, `scripts loaded by ${sitePage.path}`).toContain('/reading.js');
      expect(others.reduce((n, f) => n + gzipSize(f), 0), `sorter on ${sitePage.path}`).toBeLessThanOrEqual(SORT_JS_GZIP_BUDGET);
      expect(inline, `inline scripts on ${sitePage.path}`).toEqual([]);
    } else {
      expect(scriptPaths, `scripts loaded by ${sitePage.path}`).toEqual(['/reading.js']);
      expect(inline, `inline scripts on ${sitePage.path}`).toEqual([]);
      expect(jsRaw, `/reading.js is ${jsRaw} bytes`).toBeLessThanOrEqual(READING_JS_BUDGET);
    }
  });
});
