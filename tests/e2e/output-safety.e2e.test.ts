/**
 * What passes the check renders safely. Content full of markup characters, quotes, CDATA and comment ends, emoji,
 * line separators, a Chinese domain with a query in the base URL, the raw HTML narratives may hold, and control
 * characters in the narrative and a table acknowledged by the editor: it passes the check, and the built site is well-formed (feed.xml and sitemap.xml by Chromium's XML parser, every HTML page
 * by parse5, the HTML standard's parser, every JSON download by JSON.parse), shows every text as written and runs
 * nothing an editor typed. The narrative page shows its line breaks, superscripts, subscripts and tables.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseHtml } from 'parse5';
import { launchBrowser } from './helpers/browser.ts';
import { serveStatic, type RunningServer } from './helpers/static-server.ts';
import { BASE_CONTENT, REPO_ROOT, copyToTemp, listFiles, makeTempDir, runCheck } from '../helpers/content.ts';
import { findingFigures } from '../../src/validation/finding.ts';

const TITLE = '示例县人民政府办公室2024年部门预算公开说明 & <b>粗</b> "引号" \'单引号\' ]]> --> <!-- 😀\u2028行\t制表';
const SITE_NAME = '预算 & 决算 <公开> "测试" ]]> 站点';
const PUBLISHER = '示例县财政局 </script><script>alert("publisher")</script>';
const DEFINITION = '指为保障机构正常运转而发生的支出。</p><script>alert("glossary")</script><p x="';
const NARRATIVE = [
  '',
  '## 六、补充说明 & <其他>',
  '',
  '办公用房面积1200m<sup>2</sup>，CO<sub>2</sub>排放下降。第一行<br>第二行。比较：a<b & c>d，]]>，--> 。',
  '',
  '| 项目 | 说明 |',
  '| --- | --- |',
  '| 办公<br>用房 | 1200m<sup>2</sup> |',
  '',
  '详见[政府网站](https://www.gov.cn/?a=1&b="2"#x)或来信 budget@example.gov.cn。',
  '',
  // Acknowledged below (an editor may acknowledge any error): the page must stay well-formed even then.
  '原文如此：控制\u0001字符。',
  '',
].join('\n');

/** YAML double-quoted scalar (JSON strings are valid YAML double-quoted scalars). */
const quoted = (text: string) => JSON.stringify(text);

let dist: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: RunningServer;
const offHost: string[] = [];
const dialogs: string[] = [];
const cleanups: Array<() => void> = [];
/** The base URL's host as URL writes it (punycode). */
const HOST = new URL('https://预算.例子.中国/').hostname;

beforeAll(async () => {
  const content = copyToTemp(BASE_CONTENT, 'budget-hostile-');
  const out = makeTempDir('budget-hostile-out-');
  cleanups.push(content.cleanup, out.cleanup);
  const edit = (file: string, change: (text: string) => string) => {
    const path = join(content.root, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    expect(after, file).not.toBe(before);
    writeFileSync(path, after);
  };
  edit('site.yaml', (text) => text
    .replace(/^name: .*$/m, `name: ${quoted(SITE_NAME)}`)
    .replace(/^publisher: .*$/m, `publisher: ${quoted(PUBLISHER)}`)
    .replace(/^base_url: .*$/m, 'base_url: "https://预算.例子.中国/路径/?a=1&b=<2>"'));
  edit('glossary.yaml', (text) => text.replace(/definition: 指为保障机构正常运转.*$/m, `definition: ${quoted(DEFINITION)}`));
  const index = 'disclosures/2024/demo-county-office/budget/index.md';
  edit(index, (text) => text.replace(/^title: .*$/m, `title: ${quoted(TITLE)}`) + NARRATIVE);
  edit('disclosures/2024/demo-county-office/budget/tables.yaml', (text) => text.replace('{ code: "201", name: 一般公共服务支出, total: 300.75, basic', '{ code: "201", name: "一般公共服务\\u0007支出", total: 300.75, basic'));

  // The control characters are errors; acknowledged (an editor may acknowledge any error), they are published.
  const controls = runCheck(content.root).blocking.filter((f) => f.rule === 'text/control-character');
  expect(controls.map((f) => f.contentFile)).toEqual([index, 'disclosures/2024/demo-county-office/budget/tables.yaml']);
  const acknowledgements = controls.map((f) => `  - rule: text/control-character\n    file: ${f.contentFile.split('/').pop()}\n    path: ${quoted(f.path)}\n    figures: ${quoted(findingFigures(f))}\n    explanation: 原文如此（测试）。\n`);
  edit(index, (text) => text.replace(/\n---\n/, `\nacknowledgements:\n${acknowledgements.join('')}---\n`));
  const { blocking, findings } = runCheck(content.root);
  expect(blocking, findings.map((f) => `${f.rule} ${f.path} ${f.message}`).join('\n')).toEqual([]);
  expect(findings.filter((f) => f.acknowledged).map((f) => f.rule)).toEqual(['text/control-character', 'text/control-character']);

  dist = join(out.root, 'dist');
  const built = spawnSync(process.execPath, ['scripts/build.ts', '--content', content.root, '--out', dist], {
    cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, BUDGET_BUILD_QUIET: '1' }, timeout: 150_000,
  });
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);

  server = await serveStatic(dist);
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'zh-CN' });
  const allowed = new URL(server.origin).host;
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).host === allowed) return route.continue();
    offHost.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
}, 200_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  cleanups.forEach((cleanup) => cleanup());
});

/** Chromium's XML parser on a file of the site: the parser's error, or null when the file is well-formed. */
async function xmlError(file: string): Promise<string | null> {
  await page.goto('about:blank');
  return page.evaluate((xml) => {
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    return parsed.getElementsByTagName('parsererror')[0]?.textContent ?? null;
  }, readFileSync(join(dist, file), 'utf8'));
}

/** Values read back by Chromium's XML parser. */
function readXml(file: string, selector: string, read: 'text' | 'href'): Promise<string[]> {
  return page.evaluate(({ xml, selector, read }) => {
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    return [...parsed.querySelectorAll(selector)].map((node) => (read === 'text' ? node.textContent ?? '' : node.getAttribute('href') ?? ''));
  }, { xml: readFileSync(join(dist, file), 'utf8'), selector, read });
}

describe('a site built from hostile but valid content', () => {
  it('has a well-formed feed.xml holding every text as written and only https links on the base host', async () => {
    expect(await xmlError('feed.xml')).toBeNull();
    const titles = await readXml('feed.xml', 'entry > title', 'text');
    // XML reads a tab as a tab and keeps U+2028; what the editor typed comes back unchanged.
    expect(titles).toContain(TITLE);
    expect(await readXml('feed.xml', 'feed > title', 'text')).toEqual([`${SITE_NAME}：新发布的公开文件`]);
    expect(await readXml('feed.xml', 'author > name', 'text')).toEqual([PUBLISHER]);
    const links = await readXml('feed.xml', 'link', 'href');
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(new URL(link).protocol, link).toBe('https:');
    for (const link of links) expect(new URL(link).hostname, link).toBe(HOST);
  });

  it('has a well-formed sitemap.xml of https addresses', async () => {
    expect(await xmlError('sitemap.xml')).toBeNull();
    const locs = await readXml('sitemap.xml', 'loc', 'text');
    expect(locs).toContain(`https://${HOST}/2024/demo-county-office/budget/`);
    for (const loc of locs) expect(new URL(loc).protocol, loc).toBe('https:');
  });

  it('has HTML pages without a single parse error, and JSON downloads that parse', () => {
    const files = listFiles(dist);
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    const errors: string[] = [];
    for (const file of pages) {
      parseHtml(readFileSync(join(dist, file), 'utf8'), { onParseError: (error) => errors.push(`${file}:${error.startLine}:${error.startCol} ${error.code}`) });
    }
    expect(errors).toEqual([]);
    const json = files.filter((file) => file.endsWith('.json') && !file.startsWith('pagefind/'));
    expect(json.length).toBeGreaterThan(0);
    for (const file of json) expect(() => JSON.parse(readFileSync(join(dist, file), 'utf8')), file).not.toThrow();
  });

  it('shows every text as written and runs none of it', async () => {
    for (const path of ['/', '/glossary/', '/2024/demo-county-office/budget/']) {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      expect(await page.locator('.site-name').textContent(), path).toBe(SITE_NAME);
      expect((await page.locator('footer').textContent()) ?? '', path).toContain(PUBLISHER);
    }
    await page.goto(`${server.origin}/glossary/`, { waitUntil: 'load' });
    expect(await page.locator('body').textContent()).toContain(DEFINITION);
    await page.goto(`${server.origin}/2024/demo-county-office/budget/`, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    expect(dialogs).toEqual([]);
    expect(offHost).toEqual([]);
  });

  it('shows the line breaks, superscripts, subscripts and table of the narrative, and its link with the address as written', async () => {
    await page.goto(`${server.origin}/2024/demo-county-office/budget/`, { waitUntil: 'load' });
    const narrative = page.locator('.narrative');
    expect(await narrative.locator('p sup').first().textContent()).toBe('2');
    expect(await narrative.locator('p sub').textContent()).toBe('2');
    expect(await narrative.locator('p br').count()).toBe(1);
    const cells = narrative.locator('table td');
    expect(await cells.nth(0).innerHTML()).toMatch(/^办公<br>\s*用房$/);
    expect(await cells.nth(1).innerHTML()).toBe('1200m<sup>2</sup>');
    expect(await narrative.locator('p').filter({ hasText: '比较' }).textContent()).toContain('a<b & c>d，]]>，-->');
    const link = narrative.locator('a', { hasText: '政府网站' });
    expect(new URL((await link.getAttribute('href'))!).href).toBe(new URL('https://www.gov.cn/?a=1&b="2"#x').href);
    expect(await narrative.locator('a[href^="mailto:"]').textContent()).toBe('budget@example.gov.cn');
    expect(await narrative.locator('p').filter({ hasText: '原文如此' }).textContent()).toBe('原文如此：控制\ufffd字符。');
    expect(await page.locator('main table').getByText('一般公共服务\ufffd支出').count()).toBeGreaterThan(0);
  });
});
