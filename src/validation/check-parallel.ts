/**
 * The check on every core: disclosures are shared out by department (so a department's years stay together for
 * year-on-year rules); each worker thread checks its share, keeping only findings. The findings are merged and
 * sorted exactly as one whole check would give them. Small content is checked in this thread: starting workers
 * costs more.
 */
import { availableParallelism } from 'node:os';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { compareFindings, type Finding } from './finding.ts';
import type { ContentPart } from './load-content.ts';

export interface CheckSummary {
  readonly findings: Finding[];
  readonly files: number;
  readonly disclosures: number;
  /** Disclosures read and checked in this run; the others were unchanged since the last check (cache). */
  readonly rechecked: number;
}

/** Below this many disclosures one thread is faster than starting workers. */
const PARALLEL_FROM = 200;

/** Disclosures per department, counted from the folders (two per year folder: most years have budget and final). */
function departmentSizes(root: string): Map<string, number> {
  const sizes = new Map<string, number>();
  const dir = join(root, 'disclosures');
  if (!existsSync(dir)) return sizes;
  for (const year of readdirSync(dir, { withFileTypes: true })) {
    if (!year.isDirectory()) continue;
    for (const department of readdirSync(join(dir, year.name), { withFileTypes: true })) {
      if (department.isDirectory()) sizes.set(department.name, (sizes.get(department.name) ?? 0) + 2);
    }
  }
  return sizes;
}

/**
 * Departments shared out into `count` shares of about as many disclosures each: the largest first, each to the
 * lightest share so far (ties by name, so the shares are the same from run to run).
 */
export function balancedShares(sizes: ReadonlyMap<string, number>, count: number): string[][] {
  const shares = Array.from({ length: count }, () => ({ names: [] as string[], size: 0 }));
  const largestFirst = [...sizes].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, size] of largestFirst) {
    const lightest = shares.reduce((best, share) => (share.size < best.size ? share : best));
    lightest.names.push(name);
    lightest.size += size;
  }
  return shares.map((share) => share.names);
}

export async function checkContentParallel(root: string, options: { workers?: number; cache?: boolean } = {}): Promise<CheckSummary> {
  const workers = options.workers ?? availableParallelism();
  const cache = options.cache ?? true;
  const sizes = departmentSizes(root);
  const count = [...sizes.values()].reduce((n, size) => n + size, 0);
  if (workers <= 1 || count < PARALLEL_FROM) {
    // Loaded here only: with workers, this thread never checks (and starts them sooner).
    if (cache) return (await import('./check-cache.ts')).checkContentCached(root, undefined);
    const result = (await import('./check-content.ts')).checkFindings(root);
    return { findings: result.findings, files: result.files, disclosures: result.filesByDisclosure.size, rechecked: result.filesByDisclosure.size };
  }
  const departments = balancedShares(sizes, workers);
  const parts = await Promise.all(Array.from({ length: workers }, (_, index) => runWorker(root, [{ index, count: workers, departments }], cache)));
  const findings = parts.flatMap((part) => part.findings).sort(compareFindings);
  const total = (key: 'files' | 'disclosures' | 'rechecked') => parts.reduce((n, p) => n + p[key], 0);
  return { findings, files: total('files'), disclosures: total('disclosures'), rechecked: total('rechecked') };
}

function runWorker(root: string, parts: ContentPart[], cache: boolean): Promise<CheckSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root, parts, cache } });
    worker.once('message', (summary: CheckSummary) => resolve(summary));
    worker.once('error', reject);
    worker.once('exit', (code) => { if (code !== 0) reject(new Error(`check worker of parts ${parts.map((p) => p.index).join(',')} exited with code ${code}`)); });
  });
}
