/**
 * Incremental check: each disclosure's findings are kept with a key made of the size and modification time of
 * everything they depend on (its three files, last year's same stage, its department's file, the list of
 * departments) and of the checking code itself. A disclosure whose key is unchanged is not read again; a changed
 * one is re-read and re-checked, with last year's files read for context only. Findings are the same as a full check.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFindings } from './check-content.ts';
import { displayFile, inPart, type ContentPart } from './load-content.ts';
import { compareFindings, type Finding } from './finding.ts';

interface CacheEntry {
  readonly key: string;
  readonly findings: Finding[];
  readonly files: number;
}

interface CacheFile {
  readonly version: string;
  readonly entries: Record<string, CacheEntry>;
}

export interface CachedCheck {
  readonly findings: Finding[];
  readonly files: number;
  readonly disclosures: number;
  /** Disclosures read and checked in this run (the rest came from the cache). */
  readonly rechecked: number;
}

const SOURCE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Hash of the code that decides findings: a change to any rule, schema or domain file invalidates the cache. */
function codeVersion(): string {
  const hash = createHash('sha1');
  for (const folder of ['validation', 'schemas', 'domain']) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) hash.update(path.slice(SOURCE_ROOT.length)).update(readFileSync(path));
      }
    };
    walk(join(SOURCE_ROOT, folder));
  }
  return hash.digest('hex');
}

const FILES = ['index.md', 'tables.yaml', 'performance.yaml'];

function stamp(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return '-';
  }
}

interface Listed {
  readonly dir: string;
  readonly absolute: string;
  readonly year: number;
  readonly department: string;
  readonly stage: string;
}

function listDisclosures(root: string, part: ContentPart | undefined): Listed[] {
  const out: Listed[] = [];
  const base = join(root, 'disclosures');
  if (!existsSync(base)) return out;
  for (const year of readdirSync(base, { withFileTypes: true })) {
    if (!year.isDirectory() || !/^\d{4}$/.test(year.name)) continue;
    for (const department of readdirSync(join(base, year.name), { withFileTypes: true })) {
      if (!department.isDirectory() || !inPart(department.name, part)) continue;
      for (const stage of readdirSync(join(base, year.name, department.name), { withFileTypes: true })) {
        if (!stage.isDirectory() || (stage.name !== 'budget' && stage.name !== 'final')) continue;
        const absolute = join(base, year.name, department.name, stage.name);
        out.push({ dir: displayFile(absolute), absolute, year: Number(year.name), department: department.name, stage: stage.name });
      }
    }
  }
  return out;
}

export function cacheFileFor(root: string, part: ContentPart | undefined): string {
  const id = createHash('sha1').update(resolve(root)).digest('hex').slice(0, 12);
  return join(SOURCE_ROOT, '..', 'node_modules', '.cache', 'budget-check', `${id}-${part ? `${part.index}of${part.count}` : 'all'}.json`);
}

export function checkContentCached(root: string, part: ContentPart | undefined, cachePath = cacheFileFor(root, part)): CachedCheck {
  const version = codeVersion();
  let cache: CacheFile = { version, entries: {} };
  try {
    const stored = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
    if (stored.version === version) cache = stored;
  } catch { /* no cache yet */ }

  const departmentsDir = join(root, 'departments');
  const registry = existsSync(departmentsDir) ? readdirSync(departmentsDir).filter((n) => n.endsWith('.yaml')).sort() : [];
  const registryKey = registry.map((name) => `${name}@${stamp(join(departmentsDir, name))}`).join('|');
  const listed = listDisclosures(root, part);
  const byKey = new Map(listed.map((d) => [`${d.year}/${d.department}/${d.stage}`, d]));
  const keys = new Map<string, string>();
  for (const d of listed) {
    const previous = byKey.get(`${d.year - 1}/${d.department}/${d.stage}`);
    const parts = [
      ...FILES.map((f) => stamp(join(d.absolute, f))),
      ...(previous ? FILES.map((f) => stamp(join(previous.absolute, f))) : ['none']),
      // Other files too (the source document's hash is checked against a typed one): name, size and time.
      readdirSync(d.absolute).sort().map((name) => (FILES.includes(name) ? name : `${name}=${stamp(join(d.absolute, name))}`)).join(','),
      registryKey,
    ];
    keys.set(d.dir, createHash('sha1').update(parts.join('\n')).digest('hex'));
  }
  const stale = new Set(listed.filter((d) => cache.entries[d.dir]?.key !== keys.get(d.dir)).map((d) => d.dir));
  const needed = new Set(stale);
  for (const d of listed) {
    if (!stale.has(d.dir)) continue;
    const previous = byKey.get(`${d.year - 1}/${d.department}/${d.stage}`);
    if (previous) needed.add(previous.dir);
  }

  const result = checkFindings(root, { ...(part ? { part } : {}), read: (dir) => needed.has(dir), check: (dir) => stale.has(dir) });
  // A finding belongs to the disclosure folder it is in (its file's folder, or the folder itself).
  const folderOf = (finding: Finding) => (keys.has(finding.file) ? finding.file : finding.file.replace(/[\\/][^\\/]+$/, ''));
  const fresh = new Map<string, Finding[]>();
  const findings: Finding[] = [];
  for (const finding of result.findings) {
    const folder = folderOf(finding);
    if (stale.has(folder)) fresh.set(folder, [...(fresh.get(folder) ?? []), finding]);
    else findings.push(finding); // site files, registry, layout
  }
  const fileCount = (dir: string) => result.filesByDisclosure.get(dir) ?? 0;
  let files = result.files - [...result.filesByDisclosure.values()].reduce((n, count) => n + count, 0);
  const entries: Record<string, CacheEntry> = {};
  for (const d of listed) {
    const entry = stale.has(d.dir) ? { key: keys.get(d.dir)!, findings: fresh.get(d.dir) ?? [], files: fileCount(d.dir) } : cache.entries[d.dir]!;
    entries[d.dir] = entry;
    findings.push(...entry.findings);
    files += entry.files;
  }
  findings.sort(compareFindings);
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(cachePath, JSON.stringify({ version, entries } satisfies CacheFile));
  } catch { /* a read-only tree still checks, just not incrementally */ }
  return { findings, files, disclosures: listed.length, rechecked: stale.size };
}
