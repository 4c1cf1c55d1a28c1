/**
 * Incremental check: each disclosure's findings are kept with a key made of the content hashes of everything they
 * depend on (its three files, last year's same stage, the department files, its folder listing) and of the
 * checking code itself. A disclosure whose key is unchanged is not read again; a changed one is re-read and
 * re-checked, with last year's files read for context only. Findings are the same as a full check.
 *
 * A file's hash is recomputed only when its size, modification time, change time or inode differ from when it was
 * hashed (as git's index does). Copies that keep the modification time (cp -p, unzip, rsync -a) still get a new
 * change time: the kernel sets it on every write and no program can set it back. Hashing every file on every run
 * instead would read all content (10,000 disclosures: 0.8 GB) for an incremental check that takes about 1 s.
 * A file changed within two seconds of being hashed (coarse file-system clocks) is hashed again next time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFindings } from './check-content.ts';
import { displayFile, listDisclosureFolders, type ContentPart } from './load-content.ts';
import { compareFindings, type Finding } from './finding.ts';
import { listFolder, readContentBytes, realRoot, type BytesRead } from './content-file.ts';

interface CacheEntry {
  readonly key: string;
  readonly findings: Finding[];
  readonly files: number;
}

/** What a file's content hash was, and the file's stat when it was read. */
interface FileMemo {
  readonly stat: string;
  readonly hash: string;
}

interface CacheFile {
  readonly version: string;
  /** By absolute path. */
  readonly files: Record<string, FileMemo>;
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

/**
 * The folders of src/ whose code decides findings: rules, schemas, domain arithmetic and the table kinds, which hold
 * each table's own checks (src/table-kinds/kind.ts).
 */
export const CODE_FOLDERS = ['validation', 'schemas', 'domain', 'table-kinds'] as const;

/** Hash of the code that decides findings: a change to any file of CODE_FOLDERS invalidates the cache. */
function codeVersion(): string {
  const hash = createHash('sha1');
  for (const folder of CODE_FOLDERS) {
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

/** What identifies a file's content unless it is rewritten: size, both times and inode. */
const statStamp = (stats: Stats) => `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}`;

/** Changed so recently that a later change could keep the same times (two seconds: FAT's clock). */
const isRacy = (stats: Stats) => Date.now() - Math.max(stats.mtimeMs, stats.ctimeMs) < 2000;

/** The fingerprint of what the check reads at a path: content hash, or why there is nothing to read. */
function fingerprintOf(read: BytesRead): string {
  if ('bytes' in read) return createHash('sha1').update(read.bytes).digest('hex');
  return 'missing' in read ? 'absent' : `${read.problem.rule}:${read.problem.message}`;
}

/** Content fingerprints of files, from this run's reads, the memo of earlier runs, or read now. */
class Fingerprints {
  /** Memos to keep for the next run (only of files this run looked at). */
  readonly next: Record<string, FileMemo> = {};
  private readonly known = new Map<string, string>();
  private readonly previous: Record<string, FileMemo>;
  private readonly rootReal: string;

  constructor(previous: Record<string, FileMemo>, rootReal: string) {
    this.previous = previous;
    this.rootReal = rootReal;
  }

  /** A file the check has read (its bytes, or why not): what it read is what its findings are about. */
  readonly record = (absolute: string, read: BytesRead): void => {
    const fingerprint = fingerprintOf(read);
    this.known.set(absolute, fingerprint);
    if ('bytes' in read && !isRacy(read.stats)) this.next[absolute] = { stat: statStamp(read.stats), hash: fingerprint };
  };

  of(absolute: string): string {
    let fingerprint = this.known.get(absolute);
    if (fingerprint !== undefined) return fingerprint;
    let stats: Stats | undefined;
    try {
      stats = statSync(absolute, { throwIfNoEntry: false });
    } catch { /* a loop or a path through a file: read below says why */ }
    const memo = this.previous[absolute];
    if (stats === undefined && memo === undefined) fingerprint = 'absent';
    else if (stats && memo && memo.stat === statStamp(stats)) {
      fingerprint = memo.hash;
      this.next[absolute] = memo;
    } else {
      const read = readContentBytes(absolute, this.rootReal);
      fingerprint = fingerprintOf(read);
      if ('bytes' in read && !isRacy(read.stats)) this.next[absolute] = { stat: statStamp(read.stats), hash: fingerprint };
    }
    this.known.set(absolute, fingerprint);
    return fingerprint;
  }
}

/** The names in a disclosure folder (an added or removed file changes what is checked). */
function listing(absolute: string): string {
  try {
    return readdirSync(absolute).sort().join(',');
  } catch (error) {
    return `error:${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}

export function cacheFileFor(root: string, part: ContentPart | undefined): string {
  const id = createHash('sha1').update(resolve(root)).digest('hex').slice(0, 12);
  return join(SOURCE_ROOT, '..', 'node_modules', '.cache', 'budget-check', `${id}-${part ? `${part.index}of${part.count}` : 'all'}.json`);
}

export function checkContentCached(root: string, part: ContentPart | undefined, cachePath = cacheFileFor(root, part)): CachedCheck {
  const version = codeVersion();
  let cache: CacheFile = { version, files: {}, entries: {} };
  try {
    const stored = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
    if (stored.version === version && stored.files && stored.entries) cache = stored;
  } catch { /* no cache yet */ }

  const rootReal = realRoot(root);
  const fingerprints = new Fingerprints(cache.files, rootReal);
  const registry = listFolder(join(root, 'departments'), rootReal, true).entries.filter((entry) => entry.name.endsWith('.yaml'));
  const registryKey = () => registry.map((entry) => `${entry.name}@${fingerprints.of(entry.absolute)}`).join('|');
  const listed = listDisclosureFolders(root, part, [], []).map((folder) => ({ ...folder, dir: displayFile(folder.absolute) }));
  const byKey = new Map(listed.map((d) => [`${d.year}/${d.department}/${d.stage}`, d]));
  const previousOf = (d: (typeof listed)[number]) => byKey.get(`${d.year - 1}/${d.department}/${d.stage}`);
  const keyOf = (d: (typeof listed)[number], registryText: string) => {
    const previous = previousOf(d);
    const parts = [
      ...FILES.map((f) => fingerprints.of(join(d.absolute, f))),
      ...(previous ? FILES.map((f) => fingerprints.of(join(previous.absolute, f))) : ['none']),
      listing(d.absolute),
      registryText,
    ];
    return createHash('sha1').update(parts.join('\n')).digest('hex');
  };

  // A disclosure with findings kept is stale when its key changed; one without is stale anyway (its key is made
  // after the check, from what the check read: no file is read twice).
  const registryBefore = listed.some((d) => cache.entries[d.dir]) ? registryKey() : '';
  const stale = new Set(listed.filter((d) => !cache.entries[d.dir] || cache.entries[d.dir]!.key !== keyOf(d, registryBefore)).map((d) => d.dir));
  const needed = new Set(stale);
  for (const d of listed) {
    if (!stale.has(d.dir)) continue;
    const previous = previousOf(d);
    if (previous) needed.add(previous.dir);
  }

  const result = checkFindings(root, { ...(part ? { part } : {}), read: (dir) => needed.has(dir), check: (dir) => stale.has(dir), onFile: fingerprints.record });
  // A finding belongs to the disclosure folder it is in (its file's folder, or the folder itself).
  const dirs = new Set(listed.map((d) => d.dir));
  const folderOf = (finding: Finding) => (dirs.has(finding.file) ? finding.file : finding.file.replace(/[\\/][^\\/]+$/, ''));
  const fresh = new Map<string, Finding[]>();
  const findings: Finding[] = [];
  for (const finding of result.findings) {
    const folder = folderOf(finding);
    if (stale.has(folder)) fresh.set(folder, [...(fresh.get(folder) ?? []), finding]);
    else findings.push(finding); // site files, registry, layout
  }
  const fileCount = (dir: string) => result.filesByDisclosure.get(dir) ?? 0;
  let files = result.files - [...result.filesByDisclosure.values()].reduce((n, count) => n + count, 0);
  const registryAfter = stale.size > 0 ? registryKey() : '';
  const entries: Record<string, CacheEntry> = {};
  for (const d of listed) {
    const entry = stale.has(d.dir) ? { key: keyOf(d, registryAfter), findings: fresh.get(d.dir) ?? [], files: fileCount(d.dir) } : cache.entries[d.dir]!;
    entries[d.dir] = entry;
    findings.push(...entry.findings);
    files += entry.files;
  }
  findings.sort(compareFindings);
  try {
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(cachePath, JSON.stringify({ version, files: fingerprints.next, entries } satisfies CacheFile));
  } catch { /* a read-only tree still checks, just not incrementally */ }
  return { findings, files, disclosures: listed.length, rechecked: stale.size };
}
