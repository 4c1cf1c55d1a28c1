/**
 * npm run build [-- --content DIR] [-- --out DIR]
 * 1. Validates all content (the same check as npm run check). On any unacknowledged error: prints the findings,
 *    writes nothing, exits 1.
 * 2. Builds the site into a folder of its own, then publishes it by switching the DIR link to it in one step
 *    (scripts/publish.ts): the previous site stays in place until then, and stays if the build fails or is killed.
 * BUDGET_SEARCH_BUNDLE_PAGES=N in the environment: index pages per search bundle (see src/search/search-bundles.ts);
 * the default suits any site, a low N splits a small site's index by year as a large one's is.
 * BUDGET_BUILD_STOP_AT=<step> (for the crash test, tests/unit/cli/publish.test.ts): at that step the build prints
 * "stopped at <step>" and waits to be killed. Steps: checked, rendered, indexed, and those of publishBuild.
 */
import { renameSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkContent } from '../src/validation/check-content.ts';
import { countFindings, formatFinding, formatSummary } from '../src/validation/format-findings.ts';
import { shareCheckedContent } from '../src/data/checked-content.ts';
import type { IndexResult } from './search-index.ts';
import { writeDownloads } from './write-downloads.ts';
import { getSiteData } from '../src/data/site-data.ts';
import { PREVIEW_ENV } from '../src/preview/preview-findings.ts';
import { searchBundlePlan, siteSearchPages, type SearchPage } from '../src/data/search-records.ts';
import type { SearchBundle } from '../src/search/search-bundles.ts';
import { discardBuild, publishBuild, startBuild } from './publish.ts';
import { astroOutDir } from './astro-out-dir.ts';
import { replaceUnsafeCharacters, replaceUnsafeStrings } from '../src/domain/unsafe-characters.ts';

function argument(argv: string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}

async function main(argv: string[]): Promise<number> {
  // The live preview's panel and findings page never reach a build (src/preview/preview-findings.ts).
  delete process.env[PREVIEW_ENV];
  const contentRoot = resolve(argument(argv, '--content', 'content'));
  const outDir = resolve(argument(argv, '--out', 'dist'));
  const started = performance.now();
  // First of all, so that even a build that fails its check leaves what killed builds left cleaned up.
  const folders = startBuild(outDir);
  const staging = folders.site;

  const result = checkContent(contentRoot);
  const counts = countFindings(result.findings);
  if (counts.errors > 0) {
    for (const finding of result.findings) process.stdout.write(formatFinding(finding) + '\n');
    process.stdout.write(`\n${formatSummary(counts, result.content.disclosures.length, result.files)}\n构建已取消，未写入任何文件（${outDir} 保持不变）。\n(Build cancelled; nothing was written.)\n`);
    return 1;
  }
  process.stdout.write(`${formatSummary(counts, result.content.disclosures.length, result.files)}\n`);
  reach('checked');
  const checked = performance.now();
  const timings: Array<[string, number]> = [['检查', checked - started]];

  // An acknowledged control character is published as U+FFFD: no page, download or feed can hold it as it is.
  if (result.findings.some((finding) => finding.rule === 'text/control-character' && finding.acknowledged)) {
    for (const { index, tables, performance } of result.content.disclosures) {
      for (const parsed of [index, tables, performance]) replaceUnsafeStrings(parsed?.data);
      if (index) (index as { body: string }).body = replaceUnsafeCharacters(index.body);
    }
  }
  // Hand the validated content to the pages in this same process, so it is read and checked once per build.
  shareCheckedContent(result);
  // The search index is written by a worker thread and Pagefind's own process while Astro renders the pages, into a
  // folder of its own: Astro empties its output folder when it starts.
  const searchDir = folders.search;
  let searching: Promise<IndexResult & { seconds: number }> | undefined;
  try {
    // The view models, built once: the pages (through the same process-wide slot), the downloads and the index use them.
    const data = getSiteData();
    const modelled = performance.now();
    searching = indexInWorker(searchDir, siteSearchPages(data), searchBundlePlan(data))
      .then((indexed) => ({ ...indexed, seconds: (performance.now() - modelled) / 1000 }));
    const { build } = await import('astro');
    const astroOut = astroOutDir(staging, folders.id);
    try {
      await build({ root: process.cwd(), outDir: astroOut.path, logLevel: process.env.BUDGET_BUILD_QUIET ? 'error' : 'warn' });
      astroOut.finish();
    } finally {
      astroOut.release();
    }
    const rendered = performance.now();
    reach('rendered');
    const files = writeDownloads(staging, data);
    const downloaded = performance.now();
    const indexed = await searching;
    if (indexed.errors.length > 0) throw new Error(`搜索索引失败（Pagefind）：${indexed.errors.join('；')}`);
    renameSync(join(searchDir, 'pagefind'), join(staging, 'pagefind'));
    reach('indexed');
    const waited = performance.now();
    timings.push(['视图模型', modelled - checked], ['页面', rendered - modelled], ['下载文件', downloaded - rendered], ['等待搜索索引', waited - downloaded]);
    process.stdout.write(`下载文件：${files} 个；搜索索引：${indexed.records} 个索引页（与页面同时生成，用时 ${indexed.seconds.toFixed(2)} s）\n`);
  } catch (error) {
    // Pagefind must finish (or fail) before its folder can go.
    await searching;
    discardBuild(folders);
    process.stdout.write(`构建失败，${outDir} 保持不变：${error instanceof Error ? error.message : String(error)}\n(Build failed; previous output left untouched.)\n`);
    return 1;
  }
  publishBuild(folders, reach);
  const done = performance.now();
  process.stdout.write(`已生成网站：${outDir}（${timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join('，')}，共 ${((done - started) / 1000).toFixed(2)} s）\n`);
  return 0;
}

/** A step of the build; with BUDGET_BUILD_STOP_AT naming it, the build stops there until killed (crash test). */
function reach(step: string): void {
  if (process.env.BUDGET_BUILD_STOP_AT !== step) return;
  writeSync(1, `stopped at ${step}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/**
 * The search index, written by a worker thread (the pages render on this one meanwhile). Settles as a result, never
 * rejects: a failure while Astro still renders is reported once the pages are done.
 */
function indexInWorker(siteDir: string, pages: readonly SearchPage[], bundles: readonly SearchBundle[]): Promise<IndexResult> {
  return new Promise((settle) => {
    const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { siteDir, pages, bundles } });
    const failed = (message: string) => settle({ records: 0, errors: [message] });
    worker.once('message', (result: IndexResult) => settle(result));
    worker.once('error', (error) => failed(error.message));
    worker.once('exit', (code) => failed(`搜索索引进程意外退出（代码 ${code}）`));
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stdout.write(`internal/unexpected  构建程序意外失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
