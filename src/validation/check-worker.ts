/** Worker thread of check-parallel.ts: checks the part of the disclosures it is sent, sends back the findings. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentPart } from './content-folders.ts';
import type { CheckSummary } from './check-parallel.ts';

// As in scripts/check.ts: the compiled checking code is kept between runs (modules imported after this line).
enableCompileCache();
const { checkContentCached } = await import('./check-cache.ts');
const { checkFindings } = await import('./check-content.ts');

const { root, cache } = workerData as { root: string; cache: boolean };

function check(part: ContentPart): CheckSummary {
  if (cache) return checkContentCached(root, part);
  const result = checkFindings(root, part);
  const read = result.filesByDisclosure.size;
  return { findings: result.findings, files: result.files, disclosures: read, rechecked: read };
}

parentPort!.once('message', (part: ContentPart) => parentPort!.postMessage(check(part)));
