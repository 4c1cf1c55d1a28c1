/** Worker thread of check-parallel.ts: checks its parts of the disclosures one after the other, sends back the findings. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentPart } from './load-content.ts';

// As in scripts/check.ts: the compiled checking code is kept between runs (modules imported after this line).
enableCompileCache();
const { checkContentCached } = await import('./check-cache.ts');
const { checkFindings } = await import('./check-content.ts');
import type { CheckSummary } from './check-parallel.ts';

const { root, parts, cache } = workerData as { root: string; parts: ContentPart[]; cache: boolean };
const findings: CheckSummary['findings'] = [];
let files = 0, disclosures = 0, rechecked = 0;
for (const part of parts) {
  let checked: CheckSummary;
  if (cache) checked = checkContentCached(root, part);
  else {
    const result = checkFindings(root, part);
    const read = result.filesByDisclosure.size;
    checked = { findings: result.findings, files: result.files, disclosures: read, rechecked: read };
  }
  findings.push(...checked.findings);
  files += checked.files;
  disclosures += checked.disclosures;
  rechecked += checked.rechecked;
}
parentPort!.postMessage({ findings, files, disclosures, rechecked } satisfies CheckSummary);
