/** Worker thread of check-parallel.ts: checks one share of the disclosures and sends back its findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentCached } from './check-cache.ts';
import { checkContent } from './check-content.ts';

const { root, part, cache } = workerData as { root: string; part: { index: number; count: number }; cache: boolean };
if (cache) parentPort!.postMessage(checkContentCached(root, part));
else {
  const result = checkContent(root, part);
  const disclosures = result.content.disclosures.length;
  parentPort!.postMessage({ findings: result.findings, files: result.files, disclosures, rechecked: disclosures });
}
