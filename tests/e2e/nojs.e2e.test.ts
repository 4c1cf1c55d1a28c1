/**
 * 5. Without JavaScript every table and every figure is still there, with exactly the text of the page with
 *    JavaScript, and charts are hidden.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Tab, guardedContext, launchBrowser, list, waitForCharts } from './helpers/browser.ts';
import { sitePages } from './helpers/site.ts';

let browser: Browser;
let withJs: Tab;
let withoutJs: Tab;
beforeAll(async () => {
  browser = await launchBrowser();
  withJs = await Tab.open((await guardedContext(browser)).context);
  withoutJs = await Tab.open((await guardedContext(browser, { javaScriptEnabled: false })).context);
});
afterAll(async () => { await browser?.close(); });

interface Snapshot {
  tables: Array<{ id: string; text: string; visible: boolean }>;
  figures: Array<{ id: string; kind: string; visible: boolean; hiddenAttribute: boolean }>;
  mountedCanvases: number;
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    return {
      tables: [...document.querySelectorAll('table')].map((t) => ({ id: t.id, text: (t.textContent ?? '').replace(/\s+/g, ' ').trim(), visible: visible(t) })),
      figures: [...document.querySelectorAll('figure')].map((f) => ({
        id: f.id, kind: f.classList.contains('chart') ? 'chart' : [...f.classList].join('.') || 'figure', visible: visible(f), hiddenAttribute: f.hidden,
      })),
      mountedCanvases: document.querySelectorAll('canvas[data-mounted="true"]').length,
    };
  });
}

describe('without JavaScript: all tables and figures, no charts', () => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const [js, noJs] = await Promise.all([withJs.visit(sitePage.path, sitePage.status), withoutJs.visit(sitePage.path, sitePage.status)]);
    await waitForCharts(js.page);
    const on = await snapshot(js.page);
    const off = await snapshot(noJs.page);
    expect(off.tables.map((t) => t.id), 'the same tables, in the same order').toEqual(on.tables.map((t) => t.id));
    const differing = on.tables.filter((t, i) => off.tables[i]?.text !== t.text).map((t) => t.id);
    expect(differing, 'tables whose text differs without JavaScript').toEqual([]);
    expect(off.figures.map((f) => `${f.kind}#${f.id}`), 'the same figures, in the same order').toEqual(on.figures.map((f) => `${f.kind}#${f.id}`));
    const invisibleTables = off.tables.filter((t) => !t.visible).map((t) => t.id);
    const invisibleFigures = off.figures.filter((f) => f.kind !== 'chart' && !f.visible).map((f) => f.id);
    const shownCharts = off.figures.filter((f) => f.kind === 'chart' && (f.visible || !f.hiddenAttribute)).map((f) => f.id);
    expect(invisibleTables, `tables not shown without JavaScript:\n${list(invisibleTables)}`).toEqual([]);
    expect(invisibleFigures, `figures not shown without JavaScript:\n${list(invisibleFigures)}`).toEqual([]);
    expect(shownCharts, `charts shown without JavaScript:\n${list(shownCharts)}`).toEqual([]);
    expect(off.mountedCanvases).toBe(0);
  });
});
