/** Worker thread of check-parallel.ts: checks one share of the disclosures and sends back its findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';

const { root, part } = workerData as { root: string; part: { index: number; count: number } };
const result = checkContent(root, part);
parentPort!.postMessage({ findings: result.findings, files: result.files, disclosures: result.content.disclosures.length });
