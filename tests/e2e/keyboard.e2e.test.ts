/**
 * 8. Keyboard: the first Tab focuses the skip link, Enter moves focus to <main>; every element reachable by Tab
 *    (links and buttons above all) shows a visible focus style, and every visible link and button is reachable.
 * 10. Text size: choosing 特大 enlarges the root font size and the choice persists on the next page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { Tab, guardedContext, list, useGuardedTab } from './helpers/browser.ts';
import { origin, sitePages } from './helpers/site.ts';

const session = useGuardedTab();

interface Focused {
  key: string;
  desc: string;
  linkOrButton: boolean;
  outline: string;
  boxShadow: string;
  visibleStyle: boolean;
  sized: boolean;
}

/** Records every focus change with the focused element's computed focus style. */
async function recordFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __focusLog: unknown[]; __keys: WeakMap<Element, string>; __next: number };
    w.__focusLog = [];
    w.__keys = new WeakMap();
    w.__next = 0;
    document.addEventListener('focusin', (event) => {
      const el = event.target as Element;
      if (!w.__keys.has(el)) w.__keys.set(el, `e${w.__next++}`);
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const outlineShown = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      w.__focusLog.push({
        key: w.__keys.get(el),
        desc: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}${el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''}${text ? ` "${text}"` : ''}`,
        linkOrButton: el.matches('a[href], button, input[type="submit"], input[type="button"], summary'),
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        visibleStyle: outlineShown || style.boxShadow !== 'none',
        sized: box.width > 0 && box.height > 0,
      });
    }, true);
  });
}

describe('keyboard', () => {
  test.each(sitePages().map((page) => [page.name, page] as const))('%s', async (_name, sitePage) => {
    session.offHost.length = 0;
    const { page } = await session.tab.visit(sitePage.path, sitePage.status);
    // Skip link: first Tab, visible while focused, Enter moves focus to <main>.
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const main = document.querySelector('main');
      const box = el?.getBoundingClientRect();
      return {
        tag: el?.tagName.toLowerCase(), href: el?.getAttribute('href') ?? null, text: (el?.textContent ?? '').trim(), mainId: main?.id ?? null,
        onScreen: !!box && box.width > 0 && box.height > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
      };
    });
    expect(first.mainId, '<main> has an id for the skip link').toBeTruthy();
    expect({ tag: first.tag, href: first.href }, `first Tab focuses the skip link (got "${first.text}")`).toEqual({ tag: 'a', href: `#${first.mainId}` });
    expect(first.onScreen, 'skip link is on screen while focused').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'MAIN', undefined, { timeout: 2_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase()), 'Enter on the skip link focuses <main>').toBe('main');

    // Tab through the whole page from the top.
    await page.goto(new URL(sitePage.path, origin()).href, { waitUntil: 'load' });
    await recordFocus(page);
    const expectedReachable = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, summary')].filter((el) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        // checkVisibility: a link inside a closed fold (<details>) has a box but is not shown, nor reachable until opened.
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !el.closest('[inert], [hidden]') && el.checkVisibility();
      }).length);
    const log: Focused[] = [];
    for (let round = 0; round < 100; round++) {
      for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
      const batch = await page.evaluate(() => {
        const w = window as unknown as { __focusLog: unknown[] };
        return w.__focusLog.splice(0) as Focused[];
      });
      log.push(...batch);
      const keys = log.map((f) => f.key);
      if (new Set(keys).size < keys.length || batch.length < 25) break; // wrapped around or left the page
    }
    const seen = new Map<string, Focused>();
    for (const focused of log) if (!seen.has(focused.key)) seen.set(focused.key, focused);
    const reached = [...seen.values()];
    const noStyle = reached.filter((f) => !f.visibleStyle).map((f) => `${f.desc}: outline ${f.outline}, box-shadow ${f.boxShadow}`);
    const linksReached = reached.filter((f) => f.linkOrButton).length;
    console.log(`[e2e] ${sitePage.path}: Tab reached ${reached.length} elements (${linksReached} links/buttons; ${expectedReachable} visible links/buttons on the page)`);
    expect(reached.length, 'elements reached by Tab').toBeGreaterThan(1);
    expect(noStyle, `focused without a visible focus style on ${sitePage.path}:\n${list(noStyle)}`).toEqual([]);
    expect(linksReached, `visible links/buttons reachable by Tab on ${sitePage.path}`).toBeGreaterThanOrEqual(expectedReachable);
    expect(session.offHost).toEqual([]);
  });
});

describe('text size', () => {
  test('特大 enlarges the root font size and persists on the next page', async () => {
    const { context: fresh } = await guardedContext(session.browser);
    try {
      const { page } = await (await Tab.open(fresh)).visit('/');
      const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      const before = await rootSize();
      await page.locator('label', { hasText: /^特大$/ }).click();
      expect(await page.locator('input[name="text-size"][value="larger"]').isChecked(), '特大 is checked').toBe(true);
      const enlarged = await rootSize();
      expect(enlarged, `root font size after choosing 特大 (was ${before}px)`).toBeGreaterThan(before);
      // Follow a link, as a reader would.
      await Promise.all([page.waitForURL(/\/years\/$/), page.locator('header nav a[href="/years/"]').click()]);
      await page.waitForLoadState('load');
      expect(await rootSize(), 'root font size on the next page').toBe(enlarged);
      expect(await page.locator('input[name="text-size"][value="larger"]').isChecked(), '特大 still checked on the next page').toBe(true);
      // And on a fresh load of another page type.
      await page.goto(new URL('/glossary/', origin()).href, { waitUntil: 'load' });
      expect(await rootSize(), 'root font size after a new page load').toBe(enlarged);
      // Back to 标准.
      await page.locator('label', { hasText: /^标准$/ }).click();
      expect(await rootSize()).toBe(before);
      await page.goto(new URL('/departments/', origin()).href, { waitUntil: 'load' });
      expect(await rootSize(), '标准 persists too').toBe(before);
    } finally {
      await fresh.close();
    }
  });
});
