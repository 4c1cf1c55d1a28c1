/**
 * Worker thread of scripts/build.ts: writes the search index (counting bigrams, writing each page for Pagefind,
 * talking to Pagefind's process) on its own thread, so the main thread is free to render the pages meanwhile.
 * Always answers with an IndexResult: a failure is an error in it, never a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexResult } from './search-index.ts';
import type { SearchPage } from '../src/data/search-records.ts';

const { siteDir, pages, commonMinimum } = workerData as { siteDir: string; pages: SearchPage[]; commonMinimum: number };
buildSearchIndex(siteDir, pages, commonMinimum).then(
  (result) => parentPort!.postMessage(result satisfies IndexResult),
  (error: unknown) => parentPort!.postMessage({ records: 0, errors: [error instanceof Error ? error.message : String(error)] } satisfies IndexResult),
);
