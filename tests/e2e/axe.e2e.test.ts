/**
 * 3. axe-core finds no WCAG 2.0/2.1 A or AA violation on any page type (charts mounted, JavaScript on), nor any of the
 *    further rules Lighthouse's accessibility score counts (heading order, one main landmark, …).
 * axe is injected from node_modules with bypassCSP, since the site's CSP forbids foreign scripts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { AXE_PATH, Tab, guardedContext, launchBrowser, waitForCharts } from './helpers/browser.ts';
import { formatViolations, runAxe } from './helpers/axe.ts';
import { sitePages } from './helpers/site.ts';

let browser: Browser;
let offHost: string[];
let tab: Tab;
beforeAll(async () => {
  browser = await launchBrowser();
  const guarded = await guardedContext(browser, { bypassCSP: true });
  offHost = guarded.offHost;
  tab = await Tab.open(guarded.context);
});
afterAll(async () => { await browser?.close(); });

describe('axe: no WCAG 2.1 A/AA violations, nor of the rules Lighthouse adds', () => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    offHost.length = 0;
    const { page } = await tab.visit(sitePage.path, sitePage.status);
    await waitForCharts(page);
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await runAxe(page);
    expect(violations.length, `axe violations on ${sitePage.path}:\n${formatViolations(violations)}`).toBe(0);
    expect(offHost).toEqual([]);
  });
});
