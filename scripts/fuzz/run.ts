/**
 * The fuzz run: mutants of a content tree (mutate.ts) checked on worker threads (check-mutant.ts). A mutant that
 * gives no answer within the time limit counts as a hang: its worker is stopped and a new one takes over.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { writeOutside } from './mutate.ts';
import type { MutantResult } from './check-mutant.ts';

export interface FuzzOptions {
  /** Content folder to mutate (default: the sample content). */
  readonly content: string;
  readonly seed: string;
  /** Mutants first … first + count − 1. */
  readonly first: number;
  readonly count: number;
  readonly workers: number;
  /** Longest a mutant may take before it counts as a hang. */
  readonly timeoutMs: number;
  /** Every n-th mutant is also checked through the cache (0: never). */
  readonly cacheEvery: number;
  readonly onResult?: (result: MutantResult) => void;
}

export interface FuzzSummary {
  readonly mutants: number;
  readonly findings: number;
  /** Required findings looked for (each present, or the mutant failed). */
  readonly expectations: number;
  readonly byRule: Record<string, number>;
  readonly slowest: readonly MutantResult[];
  readonly failed: readonly MutantResult[];
  readonly seconds: number;
}

/** Every file of the content tree except the editors' guide (README.md, which the check does not read). */
function readTree(dir: string, under = ''): Array<[string, Buffer]> {
  const files: Array<[string, Buffer]> = [];
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...readTree(dir, path));
    else if (path !== 'README.md') files.push([path, readFileSync(join(dir, path))]);
  }
  return files.sort(([a], [b]) => (a < b ? -1 : 1));
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const files = readTree(options.content);
  const workDir = realpathSync(mkdtempSync(join(tmpdir(), 'budget-fuzz-run-')));
  const outside = join(workDir, 'outside');
  mkdirSync(outside);
  writeOutside(outside);
  const results: MutantResult[] = [];
  let next = options.first;
  const last = options.first + options.count;

  const runWorker = async (): Promise<void> => {
    while (next < last) {
      const worker = new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: { files, seed: options.seed, workDir, outside, cacheEvery: options.cacheEvery },
      });
      // Checks mutants until it hangs (then a new worker goes on) or there are none left.
      const hung = await new Promise<boolean>((resolve) => {
        let index = -1;
        let timer: NodeJS.Timeout | undefined;
        const dispatch = () => {
          if (next >= last) { resolve(false); return; }
          index = next++;
          timer = setTimeout(() => {
            const result: MutantResult = { index, operations: '(unknown: no answer)', milliseconds: options.timeoutMs, findings: 0, rules: {}, expectations: 0, failures: [`no answer within ${options.timeoutMs} ms: the check hangs or is far too slow`] };
            results.push(result);
            options.onResult?.(result);
            resolve(true);
          }, options.timeoutMs);
          worker.postMessage(index);
        };
        worker.on('message', (message: MutantResult | 'ready') => {
          if (message !== 'ready') {
            clearTimeout(timer);
            results.push(message);
            options.onResult?.(message);
          }
          dispatch();
        });
        worker.on('error', (error) => {
          clearTimeout(timer);
          const result: MutantResult = { index, operations: '(unknown: worker failed)', milliseconds: 0, findings: 0, rules: {}, expectations: 0, failures: [`the worker failed: ${error.stack ?? error.message}`] };
          results.push(result);
          options.onResult?.(result);
          resolve(true);
        });
      });
      await worker.terminate();
      if (!hung) return;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.workers) }, runWorker));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const byRule: Record<string, number> = {};
  for (const result of results) for (const [rule, n] of Object.entries(result.rules)) byRule[rule] = (byRule[rule] ?? 0) + n;
  return {
    mutants: results.length,
    findings: results.reduce((n, result) => n + result.findings, 0),
    expectations: results.reduce((n, result) => n + result.expectations, 0),
    byRule,
    slowest: [...results].sort((a, b) => b.milliseconds - a.milliseconds).slice(0, 5),
    failed: results.filter((result) => result.failures.length > 0).sort((a, b) => a.index - b.index),
    seconds: (performance.now() - started) / 1000,
  };
}
