/**
 * Builds the Pagefind index from the search records of the site's view models. Pagefind's Node API reports errors in
 * its responses instead of throwing, so every response is checked; an error, or an index of no records, fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchPageHtml, type SearchPage } from '../src/data/search-records.ts';

export interface IndexResult {
  readonly records: number;
  readonly errors: string[];
}

export async function buildSearchIndex(siteDir: string, pages: readonly SearchPage[]): Promise<IndexResult> {
  const errors: string[] = [];
  const created = await pagefind.createIndex({});
  errors.push(...created.errors);
  const index = created.index;
  if (!index) return { records: 0, errors: errors.length ? errors : ['Pagefind 未能创建索引'] };
  let indexed = 0;
  // Pages go to the Pagefind service in batches: one message per page, but never all awaiting at once.
  const BATCH = 200;
  for (let start = 0; start < pages.length; start += BATCH) {
    const responses = await Promise.all(pages.slice(start, start + BATCH).map((page) => index.addHTMLFile({ url: page.url, content: searchPageHtml(page) })));
    for (const response of responses) {
      if (response.errors.length) errors.push(...response.errors);
      else indexed++;
    }
  }
  // Take the files from the service and write them ourselves: writeFiles can still be flushing when close() ends
  // the service, which left an empty pagefind-entry.json behind.
  const output = await index.getFiles();
  errors.push(...output.errors);
  await pagefind.close();
  let written = 0;
  for (const file of output.files) {
    const target = join(siteDir, 'pagefind', file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
    if (file.path === 'pagefind-entry.json' && file.content.length > 0) written++;
  }
  if (written === 0) errors.push('Pagefind 没有生成 pagefind-entry.json');
  if (indexed === 0) errors.push('搜索索引中没有任何记录');
  return { records: indexed, errors };
}
