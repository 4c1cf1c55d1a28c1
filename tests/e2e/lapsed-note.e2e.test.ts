/**
 * A data note is never shown beside figures it no longer describes (issue 13): an acknowledged slip is published as
 * a note on the page; once one of its figures changes, the acknowledgement lapses, the build fails, and the site
 * already published stays as it was, its note still beside the figures it describes. Builds its own small site
 * from the base fixture (two builds: about 40 s on the shared machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './helpers/browser.ts';
import { nodeBinary } from './helpers/build.ts';
import { serveStatic, type RunningServer } from './helpers/static-server.ts';
import { BASE_FINAL, REPO_ROOT, copyToTemp, makeTempDir, type TempTree } from '../helpers/content.ts';

const PAGE = '/2023/demo-county-office/final/';
const EXPLANATION = '原文如此：“三公”经费决算表中公务接待费印作5.10万元，合计仍为12.50万元。';
let content: TempTree;
let out: TempTree;
let server: RunningServer;
let browser: Browser;

const run = (script: string, ...args: string[]) => spawnSync(nodeBinary(), [script, ...args], {
  cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, BUDGET_BUILD_QUIET: '1' }, timeout: 110_000,
});
const build = () => run('scripts/build.ts', '--content', content.root, '--out', join(out.root, 'dist'));

/** 公务接待费 printed as `figure` in the table and the narrative, the 三公 total left at 12.50. */
function printReception(figure: string): void {
  const tables = join(content.root, BASE_FINAL, 'tables.yaml');
  writeFileSync(tables, readFileSync(tables, 'utf8').replace(/^( {4}reception: )\d+\.\d+$/m, `$1${figure}`));
  const index = join(content.root, BASE_FINAL, 'index.md');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/\{\{\d+\.\d+\|公务接待费\}\}/, `{{${figure}|公务接待费}}`));
}

beforeAll(async () => {
  content = copyToTemp(join(REPO_ROOT, 'tests', 'fixtures', 'base'), 'budget-e2e-lapse-');
  out = makeTempDir('budget-e2e-lapse-site-');
  printReception('5.10');
  // The editor names the slip; npm run acknowledge writes the figures it covers.
  const index = join(content.root, BASE_FINAL, 'index.md');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/\n---\n/, [
    '', 'acknowledgements:', '  - rule: sum/three-public', '    file: tables.yaml', '    path: three_public_expenses.this_year.total',
    `    explanation: ${EXPLANATION}`, '---', ''].join('\n')));
  const acknowledged = run('scripts/acknowledge.ts', '--content', content.root);
  if (acknowledged.status !== 0) throw new Error(`acknowledge failed:\n${acknowledged.stdout}\n${acknowledged.stderr}`);
  const first = build();
  if (first.status !== 0 || !existsSync(join(out.root, 'dist', 'index.html'))) throw new Error(`build failed (${first.status}):\n${first.stdout}\n${first.stderr}`);
  server = await serveStatic(join(out.root, 'dist'));
  browser = await launchBrowser();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  out?.cleanup();
  content?.cleanup();
});

/** The disclosure page's whole text, without JavaScript (what every reader gets). */
async function pageText(): Promise<string> {
  const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(new URL(PAGE, server.origin).href);
    expect(response?.status()).toBe(200);
    return (await page.locator('main').textContent()) ?? '';
  } finally {
    await context.close();
  }
}

test('an acknowledged slip is a note beside the very figures it describes; changed figures fail the build and the published page keeps its note and figures together', async () => {
  const index = readFileSync(join(content.root, BASE_FINAL, 'index.md'), 'utf8');
  expect(index).toMatch(/figures: .*5\.1万元/);
  const before = await pageText();
  expect(before).toContain(EXPLANATION);
  expect(before).toContain('5.10');

  printReception('5.20');
  const second = build();
  expect(second.status).toBe(1);
  expect(second.stdout + second.stderr).toContain('ack/lapsed');

  const after = await pageText();
  expect(after).toBe(before);
  expect(after).not.toContain('5.20');
}, 150_000);
