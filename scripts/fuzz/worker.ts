/** Worker thread of run.ts: checks the mutants it is sent, one at a time, and answers each. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

enableCompileCache();
const { checkMutant } = await import('./check-mutant.ts');
const data = workerData as { files: Array<[string, Uint8Array]>; seed: string; workDir: string; outside: string; cacheEvery: number };
// Buffers arrive as plain byte arrays.
const tree = new Map(data.files.map(([path, bytes]) => [path, Buffer.from(bytes)] as const));

parentPort!.on('message', (index: number) => {
  parentPort!.postMessage(checkMutant(tree, data.seed, index, data.workDir, data.outside, data.cacheEvery > 0 && index % data.cacheEvery === 0));
});
parentPort!.postMessage('ready');
