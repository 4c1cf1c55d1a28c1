/**
 * A standard table missing without a word on why stays a warning, and the disclosure page says so to readers, near
 * the tables, with and without JavaScript; a table the source lacks and the omitted ones are named as readers know
 * them. An indicator's description and the basis of its target (some regional forms print them) are reachable from
 * its row. The sample content has neither, so this file builds its own small site from the base fixture (one more
 * build: about 15–20 s on the shared machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AXE_PATH, launchBrowser } from './helpers/browser.ts';
import { formatViolations, type AxeViolation } from './helpers/axe.ts';
import { serveStatic, type RunningServer } from './helpers/static-server.ts';
import { BASE_FINAL, REPO_ROOT, copyToTemp, makeTempDir, type TempTree } from '../helpers/content.ts';

const PAGE = '/2023/demo-county-office/final/';
const INDICATOR_DESCRIPTION = '全年面向全县机关举办的业务培训期数，以培训通知和签到表为准';
const INDICATOR_BASIS = '县政府办公室年度培训计划';
let content: TempTree;
let out: TempTree;
let server: RunningServer;
let browser: Browser;
const offHost: string[] = [];

/** Node 24 runs the build's TypeScript directly (as in global-setup.ts). */
const node = () => (Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : join(REPO_ROOT, 'node_modules', '.bin', 'node'));

beforeAll(async () => {
  content = copyToTemp(join(REPO_ROOT, 'tests', 'fixtures', 'base'), 'budget-e2e-gaps-');
  // 国有资本经营 neither filled nor explained; 收入决算表 in the document but not in the source.
  const tables = join(content.root, BASE_FINAL, 'tables.yaml');
  writeFileSync(tables, readFileSync(tables, 'utf8')
    .replace('  state_capital_expenditure: 测试内容只含“三公”经费决算表。\n', '')
    .replace('  income_by_source: 测试内容只含“三公”经费决算表。\n', '')
    + 'missing_from_source:\n  收入决算表: 决算公开文件中有收入决算表，本站取得的来源文件缺少该页。\n');
  const performance = join(content.root, BASE_FINAL, 'performance.yaml');
  writeFileSync(performance, readFileSync(performance, 'utf8').replace(
    '      name: 举办业务培训期数\n',
    `      name: 举办业务培训期数\n      description: ${INDICATOR_DESCRIPTION}\n      basis: ${INDICATOR_BASIS}\n`,
  ));
  out = makeTempDir('budget-e2e-gaps-site-');
  const build = spawnSync(node(), ['scripts/build.ts', '--content', content.root, '--out', join(out.root, 'dist')], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, BUDGET_BUILD_QUIET: '1' }, timeout: 110_000,
  });
  if (build.status !== 0 || !existsSync(join(out.root, 'dist', 'index.html'))) throw new Error(`build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  server = await serveStatic(join(out.root, 'dist'));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  out?.cleanup();
  content?.cleanup();
});

/** A context that reaches only this file's server. */
async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const created = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options });
  const allowed = new URL(server.origin).host;
  await created.route('**/*', (route) => {
    if (new URL(route.request().url()).host === allowed) return route.continue();
    offHost.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return created;
}

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const page = await (await context(options)).newPage();
  const response = await page.goto(new URL(PAGE, server.origin).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return page;
}

describe('a disclosure with a standard table missing', () => {
  test.each([['with JavaScript', true], ['without JavaScript', false]] as const)('tells readers, before the tables, %s', async (_name, javaScriptEnabled) => {
    const page = await open({ javaScriptEnabled });
    const notice = page.getByRole('note').filter({ has: page.getByRole('heading', { name: '缺少标准表' }) });
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('国有资本经营预算财政拨款支出决算表');
    // It opens the tables section: nothing of the tables comes before it.
    const firstInSection = await page.locator('#tables > :not(h2)').first().getAttribute('id');
    expect(firstInSection).toBe('missing-tables');
    expect(await page.locator('#tables table').count()).toBeGreaterThan(0);
    // The table the source lacks and the omitted ones, under their names.
    const section = (await page.locator('#tables').textContent()) ?? '';
    expect(section).toContain('原文有、本站缺少的表');
    expect(section).toContain('收入决算表：决算公开文件中有收入决算表，本站取得的来源文件缺少该页。');
    expect(section).toContain('收入支出决算总表：测试内容只含“三公”经费决算表。');
    expect(offHost).toEqual([]);
  });

  test('the notice reads at 360 px without sideways scrolling, and passes axe (WCAG 2.1 A/AA)', async () => {
    const page = await open({ viewport: { width: 360, height: 780 }, bypassCSP: true });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, notice: document.getElementById('missing-tables')!.getBoundingClientRect().right }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.notice).toBeLessThanOrEqual(widths.viewport);
    await page.addScriptTag({ path: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run(document.getElementById('tables')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })).violations;
    }) as AxeViolation[];
    expect(violations.length, formatViolations(violations)).toBe(0);
  });
});

describe("an indicator's description and the basis of its target", () => {
  test.each([['with JavaScript', true], ['without JavaScript', false]] as const)('open from its row, %s', async (_name, javaScriptEnabled) => {
    const page = await open({ javaScriptEnabled });
    const row = page.locator('th[scope="row"]', { hasText: '举办业务培训期数' });
    const details = row.locator('details.row-details');
    expect(await details.count()).toBe(1);
    const list = details.locator('dl');
    expect(await list.isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await list.isVisible()).toBe(true);
    const pairs = await list.evaluate((dl) => [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(pairs).toEqual([['指标说明', INDICATOR_DESCRIPTION], ['指标值确定依据', INDICATOR_BASIS]]);
    // Only that indicator has them.
    expect(await page.locator('details.row-details').count()).toBe(1);
    expect(offHost).toEqual([]);
  });
});
