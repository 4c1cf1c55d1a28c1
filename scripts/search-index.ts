/**
 * Builds the Pagefind index from the search records of the site's view models: one Pagefind bundle per planned
 * search bundle (src/search/search-bundles.ts), then the list of bundles next to the default one. Pagefind's Node API
 * reports errors in its responses instead of throwing, so every response is checked; an error, or an index of no
 * records, fails.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as pagefind from 'pagefind';
import { searchPageHtml, searchPageYear, type SearchPage } from '../src/data/search-records.ts';
import { gramCounts } from '../src/search/search-text.ts';
import { COMMON_GRAMS_ID, COMMON_GRAMS_TEXT } from '../src/search/common-grams.ts';
import { bundleOf, SEARCH_BUNDLES_FILE, SEARCH_BUNDLES_FORMAT, type SearchBundle, type SearchBundles } from '../src/search/search-bundles.ts';

export interface IndexResult {
  readonly records: number;
  readonly errors: string[];
}

/** The index's folder inside the site; the default bundle is written there, the others in sub-folders. */
export const INDEX_FOLDER = 'pagefind';

export async function buildSearchIndex(siteDir: string, pages: readonly SearchPage[], bundles: readonly SearchBundle[]): Promise<IndexResult> {
  try {
    return await writeSearchIndex(siteDir, pages, bundles);
  } finally {
    // Whatever happened, Pagefind's service process is let go.
    await pagefind.close();
  }
}

async function writeSearchIndex(siteDir: string, pages: readonly SearchPage[], bundles: readonly SearchBundle[]): Promise<IndexResult> {
  const errors: string[] = [];
  const common = gramCounts(COMMON_GRAMS_TEXT);
  const members = new Map<SearchBundle, SearchPage[]>(bundles.map((bundle) => [bundle, []]));
  for (const page of pages) members.get(bundleOf(bundles, searchPageYear(page)))!.push(page);
  const outputPath = join(siteDir, INDEX_FOLDER);
  let indexed = 0;
  const counts: number[] = [];
  // The default bundle ('' = the index folder itself) first, the year folders inside it after.
  for (const bundle of [...bundles].sort((a, b) => a.path.localeCompare(b.path))) {
    const own = members.get(bundle)!;
    const written = await writeBundle(join(outputPath, bundle.path), own, common, errors);
    counts[bundles.indexOf(bundle)] = written;
    indexed += written;
  }
  // writeFiles() can answer before the last file is flushed, so the service is closed only once every entry file is
  // complete and the folder has stopped changing.
  let complete = true;
  for (const bundle of bundles) if (!(await waitForEntry(join(outputPath, bundle.path, 'pagefind-entry.json'), 60_000))) complete = false;
  if (complete && (await waitUntilSettled(outputPath, 120_000))) {
    const list: SearchBundles = {
      format: SEARCH_BUNDLES_FORMAT, pagefind: pagefindVersion(outputPath), grams: COMMON_GRAMS_ID,
      bundles: bundles.map((bundle, i) => ({ ...bundle, pages: counts[i] ?? 0 })),
    };
    writeFileSync(join(outputPath, SEARCH_BUNDLES_FILE), JSON.stringify(list));
  } else errors.push('Pagefind 没有生成完整的 pagefind-entry.json');
  if (indexed === 0) errors.push('搜索索引中没有任何记录');
  return { records: indexed, errors };
}

/**
 * One bundle: its pages go to the Pagefind service in batches, one message per page but never all awaiting at once;
 * the next batch is written while Pagefind indexes the previous one, so its process (the build's longest step) never
 * waits for us. Pagefind writes the files itself: getFiles() would send the whole index back as one message, which at
 * tens of thousands of disclosures is larger than a JavaScript string can be.
 */
async function writeBundle(outputPath: string, pages: readonly SearchPage[], common: ReturnType<typeof gramCounts>, errors: string[]): Promise<number> {
  const created = await pagefind.createIndex({});
  errors.push(...created.errors);
  const index = created.index;
  if (!index) {
    if (!created.errors.length) errors.push('Pagefind 未能创建索引');
    return 0;
  }
  let indexed = 0;
  const BATCH = 200;
  const count = (responses: ReadonlyArray<{ errors: string[] }>) => {
    for (const response of responses) {
      if (response.errors.length) errors.push(...response.errors);
      else indexed++;
    }
  };
  let previous: Promise<void> = Promise.resolve();
  for (let start = 0; start < pages.length; start += BATCH) {
    const batch = Promise.all(pages.slice(start, start + BATCH).map((page) => index.addHTMLFile({ url: page.url, content: searchPageHtml(page, common) }))).then(count);
    await previous;
    previous = batch;
  }
  await previous;
  const result = await index.writeFiles({ outputPath });
  errors.push(...result.errors);
  return indexed;
}

/** The Pagefind version recorded in the default bundle's entry file. */
function pagefindVersion(outputPath: string): string {
  return (JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { version: string }).version;
}

/** Waits until Pagefind's entry file holds complete JSON (true), or the time is up (false). */
async function waitForEntry(path: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const entry = JSON.parse(readFileSync(path, 'utf8')) as { languages?: object };
      if (entry.languages) return true;
    } catch { /* not written yet */ }
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/** Waits until the files under `dir` stop changing (same count and bytes on two looks half a second apart). */
async function waitUntilSettled(dir: string, timeoutMs: number): Promise<boolean> {
  const measure = (path: string): number => readdirSync(path, { withFileTypes: true })
    .reduce((total, entry) => total + 1 + (entry.isDirectory() ? measure(join(path, entry.name)) : statSync(join(path, entry.name)).size), 0);
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const now = measure(dir);
    if (now === last) return true;
    if (Date.now() > deadline) return false;
    last = now;
    await sleep(500);
  }
}
