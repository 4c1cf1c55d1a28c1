/**
 * 4. Reflow: at 360 px and at 640 px (1280 px at 200 % zoom) the page never scrolls sideways; a table wider
 *    than the screen scrolls inside its own .table-scroll box, which itself stays within the screen.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { Tab, guardedContext, launchBrowser, list, waitForCharts } from './helpers/browser.ts';
import { sitePages } from './helpers/site.ts';

const WIDTHS = [
  { name: '360 px', viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 },
  { name: '640 px (200% zoom of 1280)', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

let browser: Browser;
const tabs = new Map<string, Tab>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const width of WIDTHS) {
    const { context } = await guardedContext(browser, { viewport: width.viewport, deviceScaleFactor: width.deviceScaleFactor, isMobile: false });
    tabs.set(width.name, await Tab.open(context));
  }
});
afterAll(async () => { await browser?.close(); });

/** Tables wider than their box, per width and page (printed as a summary). */
const wideTables = new Map<string, number>();
afterAll(() => {
  console.log(`[e2e] tables scrolling inside their .table-scroll box:\n${list([...wideTables].map(([where, n]) => `${where}: ${n}`))}`);
});

describe.each(WIDTHS.map((w) => [w.name, w] as const))('reflow at %s', (widthName) => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    const { page } = await tabs.get(widthName)!.visit(sitePage.path, sitePage.status);
    await waitForCharts(page);
    const state = await page.evaluate(() => {
      const root = document.documentElement;
      const viewportWidth = root.clientWidth;
      const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      // Elements past the right edge that no scrolling box clips (for the message). An absolutely positioned
      // element escapes an overflow box unless the box or something between them is positioned.
      const clipped = (el: Element): boolean => {
        const absolute = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
        if (getComputedStyle(el).position === 'fixed') return false;
        let positioned = !absolute;
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (positioned && ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return true;
          if (style.position !== 'static') positioned = true;
        }
        return false;
      };
      const counts = new Map<string, { n: number; right: number }>();
      for (const el of document.body.querySelectorAll('*')) {
        const right = el.getBoundingClientRect().right;
        if (right <= viewportWidth + 0.5 || clipped(el)) continue;
        const scroller = el.closest('.table-scroll');
        const key = `${describe(el)} "${(el.textContent ?? '').trim().slice(0, 20)}" (position: ${getComputedStyle(el).position}) in ${scroller ? `.table-scroll of table#${scroller.querySelector('table')?.id}` : 'the page'}`;
        const entry = counts.get(key) ?? { n: 0, right: 0 };
        counts.set(key, { n: entry.n + 1, right: Math.max(entry.right, right) });
      }
      const overflowing = [...counts].slice(0, 12).map(([key, { n, right }]) => `${key}: ${n}×, right edge up to ${Math.round(right)} px`);
      const tables = [...document.querySelectorAll('table')].map((table) => {
        const scroller = table.closest('.table-scroll');
        const box = scroller?.getBoundingClientRect();
        return {
          id: table.id || describe(table),
          inScroller: !!scroller,
          tableWidth: table.getBoundingClientRect().width,
          scrollerWidth: scroller?.clientWidth ?? 0,
          scrollerScrollWidth: scroller?.scrollWidth ?? 0,
          overflowX: scroller ? getComputedStyle(scroller).overflowX : '',
          scrollerRight: box ? box.right : 0,
          focusable: scroller ? scroller.getAttribute('tabindex') === '0' : false,
        };
      });
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, viewportWidth, overflowing, tables };
    });
    const pageScroll = state.scrollWidth > state.clientWidth
      ? [`horizontal page scroll: documentElement.scrollWidth ${state.scrollWidth} > clientWidth ${state.clientWidth}; unclipped elements past the right edge:\n${list(state.overflowing)}`]
      : [];
    const tableProblems = state.tables.flatMap((t) => {
      if (!t.inScroller) return [`${t.id}: not inside a .table-scroll box`];
      const issues: string[] = [];
      if (t.scrollerRight > state.viewportWidth + 0.5) issues.push(`${t.id}: its .table-scroll box ends at ${Math.round(t.scrollerRight)} px, past the ${state.viewportWidth} px screen`);
      if (t.scrollerScrollWidth > t.scrollerWidth + 1) {
        if (t.overflowX !== 'auto' && t.overflowX !== 'scroll') issues.push(`${t.id}: wider than its box but overflow-x is ${t.overflowX}`);
        if (!t.focusable) issues.push(`${t.id}: scrolling box is not keyboard-focusable (tabindex="0")`);
      }
      return issues;
    });
    const wide = state.tables.filter((t) => t.scrollerScrollWidth > t.scrollerWidth + 1).length;
    if (wide > 0) wideTables.set(`${widthName} ${sitePage.path}`, wide);
    const problems = [...pageScroll, ...tableProblems];
    expect(problems, `${sitePage.path} at ${widthName}:\n${list(problems)}`).toEqual([]);
  });
});
