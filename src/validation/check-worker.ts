/** Worker thread of check-parallel.ts: checks the parts of the disclosures it is sent, sends back the findings. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentPart } from './load-content.ts';
import type { CheckSummary } from './check-parallel.ts';

// As in scripts/check.ts: the compiled checking code is kept between runs (modules imported after this line).
enableCompileCache();
const { checkContentCached } = await import('./check-cache.ts');
const { checkFindings } = await import('./check-content.ts');

const { root, cache } = workerData as { root: string; cache: boolean };

function check(parts: ContentPart[]): CheckSummary {
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
  return { findings, files, disclosures, rechecked };
}

parentPort!.once('message', (parts: ContentPart[]) => parentPort!.postMessage(check(parts)));
