/**
 * Worker thread of scripts/build.ts: writes the search index (cutting text into bigrams, writing each page for
 * Pagefind, talking to Pagefind's process) on its own thread, so the main thread is free to render the pages meanwhile.
 * Always answers with an IndexResult: a failure is an error in it, never a crash.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildSearchIndex, type IndexResult } from './search-index.ts';
import type { SearchPage } from '../src/data/search-records.ts';
import type { SearchBundle } from '../src/search/search-bundles.ts';

const { siteDir, pages, bundles } = workerData as { siteDir: string; pages: SearchPage[]; bundles: SearchBundle[] };
buildSearchIndex(siteDir, pages, bundles).then(
  (result) => parentPort!.postMessage(result satisfies IndexResult),
  (error: unknown) => parentPort!.postMessage({ records: 0, errors: [error instanceof Error ? error.message : String(error)] } satisfies IndexResult),
);
