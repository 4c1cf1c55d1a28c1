/**
 * 1. Every page type renders with no console errors, no uncaught exceptions, no failed requests and no request
 *    to another host.
 * 11. A missing URL gets the 404.html content with status 404, and that page links back home.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';

import { list, unexpectedConsoleErrors, waitForCharts, useGuardedTab } from './helpers/browser.ts';
import { MISSING_PATH, distDir, origin, sitePages } from './helpers/site.ts';

const session = useGuardedTab();
beforeEach(() => { session.offHost.length = 0; });

describe('every page renders cleanly', () => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const { page, issues } = await session.tab.visit(sitePage.path, sitePage.status);
    await waitForCharts(page);
    await page.waitForLoadState('networkidle');
    expect(issues.status, `HTTP status of ${sitePage.path}`).toBe(sitePage.status);
    const title = await page.title();
    const h1 = (await page.locator('main h1').allTextContents()).map((t) => t.trim());
    expect(title.trim(), 'document title').not.toBe('');
    expect(h1.length, 'exactly one <h1> inside <main>').toBe(1);
    expect(h1[0], '<h1> text').not.toBe('');
    const problems = [
      ...unexpectedConsoleErrors(issues, sitePage.path, sitePage.status).map((e) => `console error: ${e}`),
      ...issues.pageErrors.map((e) => `uncaught exception: ${e}`),
      ...issues.failedRequests.map((e) => `failed request: ${e}`),
      ...issues.httpErrors.map((e) => `HTTP error: ${e}`),
      ...session.offHost.map((u) => `request to another host: ${u}`),
    ];
    expect(problems, `${sitePage.path}:\n${list(problems)}`).toEqual([]);
  });
});

describe('404', () => {
  test('a missing URL is answered with status 404 and the content of 404.html', async () => {
    const response = await fetch(new URL(MISSING_PATH, origin()));
    expect(response.status).toBe(404);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.equals(readFileSync(join(distDir(), '404.html'))), 'body is byte-for-byte 404.html').toBe(true);
  });

  test('the 404 page says the page does not exist and links back home', async () => {
    const { page, issues } = await session.tab.visit('/some/deeply/missing/page.html', 404);
    expect(issues.status).toBe(404);
    expect(await page.locator('main h1').textContent()).toContain('页面不存在');
    const home = page.locator('main a[href="/"]');
    expect(await home.count(), 'a link to / inside <main>').toBeGreaterThan(0);
    await Promise.all([page.waitForURL(new URL('/', origin()).href), home.first().click()]);
    expect(await page.evaluate(() => location.pathname)).toBe('/');
    expect(await page.locator('main h1').count(), 'home page rendered').toBe(1);
    expect(session.offHost).toEqual([]);
  });
});
