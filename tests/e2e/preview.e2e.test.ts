/**
 * The live preview (npm run preview): a disclosure page shows its findings in a panel, an edit to a content file shows
 * its finding within a few seconds, the findings page lists the whole site's; and nothing of it is in a built site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { REPO_ROOT, SAMPLE_CONTENT, copyToTemp, listFiles } from '../helpers/content.ts';

const DISCLOSURE = 'disclosures/2023/shizhu-organization/budget';
const PAGE = '/2023/shizhu-organization/budget/';

describe('the published build', () => {
  it('has no findings panel, no findings page and keeps its Content-Security-Policy', () => {
    const dist = inject('e2eDist');
    const html = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(html.length).toBeGreaterThan(5);
    expect(html.filter((file) => file.startsWith('_preview'))).toEqual([]);
    for (const file of html) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toContain('data-preview-findings');
      expect(text, file).not.toContain('检查结果（仅预览');
    }
    expect(readFileSync(join(dist, PAGE, 'index.html'), 'utf8')).toContain('Content-Security-Policy');
  });
});

describe('npm run preview', () => {
  const tree = copyToTemp(SAMPLE_CONTENT, 'budget-preview-');
  // The published PDF dropped into the folder, its typed hash line deleted: the hash is computed from the file.
  const PDF = '石柱2023年预算公开.pdf';
  const pdfBytes = Buffer.from('%PDF-1.4\n% sample\nabc');
  const indexPath = join(tree.root, DISCLOSURE, 'index.md');
  writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replace(/\n  sha256: [0-9a-f]{64}/, ''));
  writeFileSync(join(tree.root, DISCLOSURE, PDF), pdfBytes);
  let child: ChildProcess;
  let origin = '';
  let output = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const port = 43000 + Math.floor(Math.random() * 5000);
    child = spawn(join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/preview.ts', '--content', tree.root, '--port', String(port)], {
      // As an editor starts it: not in the test runner's mode (NODE_ENV=test, VITEST…).
      cwd: REPO_ROOT, env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV|TEST)/.test(key))), ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    // The address it printed (another port when this one is taken).
    const started = Date.now();
    while (!/预览已启动：(http:\/\/[^/\s]+)\//.test(output)) {
      if (Date.now() - started > 90_000 || child.exitCode !== null) throw new Error(`preview did not start:\n${output}`);
      await new Promise((done) => setTimeout(done, 200));
    }
    origin = /预览已启动：(http:\/\/[^/\s]+)\//.exec(output)![1]!;
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    tree.cleanup();
  });

  const errorsShown = () => page.locator('[data-preview-errors]').getAttribute('data-preview-errors');

  it('shows the disclosure with its findings in a panel', async () => {
    await page.goto(`${origin}${PAGE}`, { waitUntil: 'load', timeout: 60_000 });
    await expect(page.locator('h1').first().textContent()).resolves.toContain('石柱');
    expect(await errorsShown()).toBe('0');
    // The sample's warnings are listed with file:line and the Chinese message.
    const first = page.locator('#preview-findings li').first();
    expect(await first.textContent()).toMatch(new RegExp(`${DISCLOSURE}/[a-z.]+:\\d+`));
  });

  it('links the source document with its kind, size and the SHA-256 of its bytes', async () => {
    const link = page.locator('#provenance a.source-file');
    expect(await link.textContent()).toContain(`（PDF，${pdfBytes.length} 字节）`);
    const expected = createHash('sha256').update(pdfBytes).digest('hex');
    expect(await page.locator('#provenance code.hash').textContent()).toBe(expected);
    const href = await link.getAttribute('href');
    expect(href).toBe(`${PAGE}source/${encodeURIComponent(PDF)}`);
    const served = await page.request.get(`${origin}${href}`);
    expect(Buffer.from(await served.body()).equals(pdfBytes)).toBe(true);
  });

  it('an edit shows its finding within a few seconds', async () => {
    const tables = join(tree.root, DISCLOSURE, 'tables.yaml');
    const text = readFileSync(tables, 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('grand_total: { amount: 1992.86 }'));
    expect(line).toBeGreaterThan(0);
    lines[line] = lines[line]!.replace('1992.86', '1992.87');
    const edited = Date.now();
    writeFileSync(tables, lines.join('\n'));
    // The open page reloads itself; reloading here as well keeps the test independent of the reload's timing.
    let errors = '0';
    while (errors === '0' && Date.now() - edited < 15_000) {
      await new Promise((done) => setTimeout(done, 500));
      try {
        await page.reload({ waitUntil: 'load', timeout: 10_000 });
        errors = (await errorsShown()) ?? '0';
      } catch { /* reloaded twice at once: try again */ }
    }
    const seconds = (Date.now() - edited) / 1000;
    expect(Number(errors), output).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(15);
    const panel = await page.locator('#preview-findings').textContent();
    expect(panel).toContain(`${DISCLOSURE}/tables.yaml:${line + 1}`);
    expect(panel).toContain('1992.87');
  });

  it('the findings page lists the whole site, the new error with its file and line', async () => {
    await page.goto(`${origin}/_preview/findings/`, { waitUntil: 'load', timeout: 60_000 });
    const body = await page.locator('body').textContent();
    expect(body).toContain('全站检查结果');
    expect(body).toContain('disclosures/2021/jingyan-organization/final');
    expect(body).toMatch(new RegExp(`${DISCLOSURE}/tables\\.yaml:\\d+ 错误`));
  });
});
