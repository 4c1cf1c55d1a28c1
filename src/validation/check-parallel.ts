/**
 * The check on every core: disclosures are shared out by department (so a department's years stay together for
 * year-on-year rules); each worker thread checks its share, keeping only findings. The findings are merged and
 * sorted exactly as one whole check would give them. Small content is checked in this thread: starting workers
 * costs more.
 */
import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { compareFindings, type Finding } from './finding.ts';
import { listDisclosureFolders, type ContentPart } from './content-folders.ts';

export interface CheckSummary {
  readonly findings: Finding[];
  readonly files: number;
  readonly disclosures: number;
  /** Disclosures read and checked in this run; the others were unchanged since the last check (cache). */
  readonly rechecked: number;
}

/** Below this many disclosures one thread is faster than starting workers. */
const PARALLEL_FROM = 200;

/**
 * Disclosure folders per department: disclosures/<year>/<department>, one entry per year. Listed as the check lists
 * them (links inside the content folder followed); what cannot be listed is reported by the check itself.
 */
function departmentYears(root: string): Map<string, string[]> {
  const years = new Map<string, string[]>();
  for (const folder of listDisclosureFolders(root, undefined, [], [])) {
    const path = dirname(folder.absolute);
    const list = years.get(folder.department);
    if (!list) years.set(folder.department, [path]);
    else if (list[list.length - 1] !== path) list.push(path);
  }
  return years;
}

/** Bytes of each department's data files: the work of checking a department grows with them. */
function departmentBytes(years: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const [department, folders] of years) {
    let total = 0;
    for (const folder of folders) {
      for (const file of DATA_FILES) {
        // Only a weight: a file that cannot be read weighs nothing here (the check itself reports it).
        try { total += statSync(join(folder, file), { throwIfNoEntry: false })?.size ?? 0; } catch { /* weighs 0 */ }
      }
    }
    bytes.set(department, total);
  }
  return bytes;
}
const DATA_FILES = ['budget/tables.yaml', 'budget/performance.yaml', 'final/tables.yaml', 'final/performance.yaml'];

/**
 * Departments shared out into `count` shares of about the same size (bytes): in name order, cut into contiguous runs.
 * Each worker keeps the check cache of its share (check-cache.ts), so shares must not reshuffle when one file
 * changes size: a cut moves by at most the department it falls on, where largest-first placement moved hundreds.
 */
export function balancedShares(sizes: ReadonlyMap<string, number>, count: number): string[][] {
  const names = [...sizes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const total = names.reduce((n, name) => n + sizes.get(name)!, 0);
  const shares: string[][] = Array.from({ length: count }, () => []);
  let share = 0;
  let done = 0;
  names.forEach((name, index) => {
    shares[share]!.push(name);
    done += sizes.get(name)!;
    const namesLeft = names.length - index - 1;
    const sharesLeft = count - share - 1;
    // Every share gets a department while there are enough of them.
    if (sharesLeft > 0 && (done * count >= total * (share + 1) || namesLeft <= sharesLeft)) share++;
  });
  return shares;
}

export async function checkContentParallel(root: string, options: { workers?: number; cache?: boolean } = {}): Promise<CheckSummary> {
  const workers = options.workers ?? availableParallelism();
  const cache = options.cache ?? true;
  const years = departmentYears(root);
  // Two disclosures (budget and final) per year folder, as most years have.
  const count = [...years.values()].reduce((n, list) => n + 2 * list.length, 0);
  if (workers <= 1 || count < PARALLEL_FROM) {
    // Loaded here only: with workers, this thread never checks (and starts them sooner).
    if (cache) return (await import('./check-cache.ts')).checkContentCached(root, undefined);
    const result = (await import('./check-content.ts')).checkFindings(root);
    return { findings: result.findings, files: result.files, disclosures: result.filesByDisclosure.size, rechecked: result.filesByDisclosure.size };
  }
  // Workers load their code while the shares are worked out by bytes (a department of 30 projects a year is
  // three times the work of one of 10).
  const started = Array.from({ length: workers }, () => startWorker(root, cache));
  let departments: string[][];
  try {
    departments = balancedShares(departmentBytes(years), workers);
  } catch (error) {
    // Workers waiting for a part would keep the process alive.
    for (const worker of started) void worker.stop();
    throw error;
  }
  const parts = await Promise.all(started.map((worker, index) => worker.check({ index, count: workers, departments })));
  const findings = parts.flatMap((part) => part.findings).sort(compareFindings);
  const total = (key: 'files' | 'disclosures' | 'rechecked') => parts.reduce((n, p) => n + p[key], 0);
  return { findings, files: total('files'), disclosures: total('disclosures'), rechecked: total('rechecked') };
}

/** A worker thread, started at once; it checks the part it is then sent. */
function startWorker(root: string, cache: boolean): { check(part: ContentPart): Promise<CheckSummary>; stop(): Promise<number> } {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root, cache } });
  const done = new Promise<CheckSummary>((resolve, reject) => {
    worker.once('message', (summary: CheckSummary) => resolve(summary));
    worker.once('error', reject);
    // After its findings an exit changes nothing; before them, whatever the code, they are not coming.
    worker.once('exit', (code) => reject(new Error(`check worker exited with code ${code} before sending its findings`)));
  });
  done.catch(() => { /* reported by check() to its caller, or the worker was stopped */ });
  return {
    check(part) {
      worker.postMessage(part);
      return done;
    },
    stop: () => worker.terminate(),
  };
}
