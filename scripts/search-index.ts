/**
 * Builds the Pagefind index from the search records of the site's view models. Pagefind's Node API reports errors in
 * its responses instead of throwing, so every response is checked; an error, or an index of no records, fails.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as pagefind from 'pagefind';
import { searchPageHtml, sectionIndexText, type SearchPage } from '../src/data/search-records.ts';
import { COMMON_GRAMS_FILE, countGrams, gramCounts, mostCommonGrams, type GramTally } from '../src/search/search-text.ts';

/**
 * Common bigrams (marked in the index, and avoided by queries when a rarer one will do): by default those with at
 * least a quarter as many occurrences as one Pagefind index chunk holds (about 20,000), at most `limit` of them (the
 * search page downloads the list). A small site has none, unless the build is told a lower minimum (the browser
 * tests do, so the sample site is searched the way a large one is).
 */
export const COMMON_GRAMS = { minimum: 5_000, limit: 4_000 };

export interface IndexResult {
  readonly records: number;
  readonly errors: string[];
}

export async function buildSearchIndex(siteDir: string, pages: readonly SearchPage[], commonMinimum = COMMON_GRAMS.minimum): Promise<IndexResult> {
  try {
    return await writeSearchIndex(siteDir, pages, commonMinimum);
  } finally {
    // Whatever happened, Pagefind's service process is let go.
    await pagefind.close();
  }
}

async function writeSearchIndex(siteDir: string, pages: readonly SearchPage[], commonMinimum: number): Promise<IndexResult> {
  const errors: string[] = [];
  const created = await pagefind.createIndex({});
  errors.push(...created.errors);
  const index = created.index;
  if (!index) return { records: 0, errors: errors.length ? errors : ['Pagefind 未能创建索引'] };
  let indexed = 0;
  // First pass: which bigrams are common (the marks must be known before any page is written).
  const occurrences: GramTally = new Map();
  for (const page of pages) for (const section of page.sections) countGrams(occurrences, sectionIndexText(section));
  const commonText = mostCommonGrams(occurrences, commonMinimum, COMMON_GRAMS.limit);
  occurrences.clear();
  const common = gramCounts(commonText);
  // Pages go to the Pagefind service in batches: one message per page, but never all awaiting at once. The next batch
  // is written while Pagefind indexes the previous one, so its process (the build's longest step) never waits for us.
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
  // Pagefind writes the files itself: getFiles() would send the whole index back as one message, which at tens of
  // thousands of disclosures is larger than a JavaScript string can be (the build then hangs). writeFiles() can
  // answer before the last file is flushed, so the service is closed only once the entry file is complete.
  const outputPath = join(siteDir, 'pagefind');
  const result = await index.writeFiles({ outputPath });
  errors.push(...result.errors);
  const written = (await waitForEntry(join(outputPath, 'pagefind-entry.json'), 60_000)) && (await waitUntilSettled(outputPath, 120_000)) ? 1 : 0;
  if (written) writeFileSync(join(outputPath, COMMON_GRAMS_FILE), JSON.stringify(commonText));
  if (written === 0) errors.push('Pagefind 没有生成 pagefind-entry.json');
  if (indexed === 0) errors.push('搜索索引中没有任何记录');
  return { records: indexed, errors };
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
