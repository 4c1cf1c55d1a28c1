/**
 * Publishing a build so that the site is never missing, not even for an instant.
 *
 * `dist` is a symbolic link to one complete build in `dist.builds/`. A build writes into a folder of its own there
 * (`<id>.partial`, its search index in `<id>.search`), renames it to `<id>` once complete, then switches the link by
 * renaming a new link over it: rename(2) replaces the old link in one step, so a web server reading dist/ finds the
 * old site or the new one at every moment, never neither and never a mix of both. (Linux's renameat2 with
 * RENAME_EXCHANGE would swap two folders in one step as well, but Node cannot call it, and GNU mv offers it only
 * from coreutils 9.5; a link switched by rename works on every POSIX system.) The link holds a relative path, so the
 * project folder can move.
 *
 * Whatever a killed build leaves (its partial build, its search index, a temporary link, and the staging, search
 * and previous folders of the layout before this one) is removed by the next build, and git ignores all of it
 * (.gitignore). dist.builds/ keeps the published build and the one before it: a server that resolved the link just
 * before a switch still finds its files.
 *
 * The one moment without a site: a `dist` that is still a real folder (built before this layout) cannot be replaced
 * by a link in one step. It is moved into dist.builds/ and the link takes its place right after; should the build be
 * killed between the two renames, the next build (even one that fails its check) restores the link first.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface BuildFolders {
  /** The published path (a link): dist. */
  readonly outDir: string;
  /** dist.builds */
  readonly builds: string;
  readonly id: string;
  /** Where this build writes the site (Astro's output, downloads, search index): dist.builds/<id>.partial */
  readonly site: string;
  /** Where Pagefind writes the index before it joins the site (Astro empties its output folder when it starts). */
  readonly search: string;
}

/** Steps of publishBuild a crash test can stop at (see scripts/build.ts). */
export type PublishStep = 'completed' | 'moved-old-folder' | 'linking' | 'linked';

/** `<UTC time to the millisecond>-<process id>`: sorts by time, names its build's process. */
const BUILD_ID = /^(\d{8}T\d{9}Z)-(\d+)$/;
const LEFTOVER = /^(\d{8}T\d{9}Z)-(\d+)\.(partial|search)$|^\.link-(\d{8}T\d{9}Z)-(\d+)$/;

export const buildsFolderOf = (outDir: string): string => `${outDir}.builds`;

export function buildId(now: Date, pid: number): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${pid}`;
}

/** Whether the process a build id names is gone (its folders are then leftovers); false for anything else. */
export function isLeftoverBuild(id: string): boolean {
  const match = BUILD_ID.exec(id);
  return match !== null && !isRunning(Number(match[2]));
}

/** The build the link points to (its id), or undefined when outDir is missing, a real folder or a broken link. */
export function publishedBuild(outDir: string): string | undefined {
  const stats = lstatOrUndefined(outDir);
  if (!stats?.isSymbolicLink() || !existsSync(outDir)) return undefined;
  const id = basename(readlinkSync(outDir));
  return BUILD_ID.test(id) ? id : undefined;
}

/**
 * Makes the folders of a new build ready: restores the link if it is missing (a build killed in the one unsafe
 * moment, or a deleted link) and removes what killed builds left. Call before anything else, so even a build that
 * then fails its check leaves the site in place.
 */
export function startBuild(outDir: string, now = new Date(), pid = process.pid): BuildFolders {
  const builds = buildsFolderOf(outDir);
  const stats = lstatOrUndefined(outDir);
  if (!stats || (stats.isSymbolicLink() && !existsSync(outDir))) {
    const newest = completeBuilds(builds).at(-1);
    if (newest) switchLink(outDir, newest);
  }
  for (const name of existsSync(builds) ? readdirSync(builds) : []) {
    const leftover = LEFTOVER.exec(name);
    if (leftover && !isRunning(Number(leftover[2] ?? leftover[5]))) rmSync(join(builds, name), { recursive: true, force: true });
  }
  // The layout before this one built into dist.staging and dist.search and kept dist.previous for a moment.
  for (const old of ['staging', 'search', 'previous']) rmSync(`${outDir}.${old}`, { recursive: true, force: true });
  const id = buildId(now, pid);
  return { outDir, builds, id, site: join(builds, `${id}.partial`), search: join(builds, `${id}.search`) };
}

/** Publishes a complete build: names it complete, switches the link to it, keeps it and the one before. */
export function publishBuild(folders: BuildFolders, reach: (step: PublishStep) => void = () => {}): void {
  const { outDir, builds, id } = folders;
  mkdirSync(builds, { recursive: true });
  rmSync(folders.search, { recursive: true, force: true });
  renameSync(folders.site, join(builds, id));
  reach('completed');
  const previous = publishedBuild(outDir);
  const stats = lstatOrUndefined(outDir);
  let movedOldFolder: string | undefined;
  if (stats && !stats.isSymbolicLink()) {
    // A real folder (the layout before this one): kept as the previous build.
    movedOldFolder = buildId(stats.mtime, 0);
    renameSync(outDir, join(builds, movedOldFolder));
    reach('moved-old-folder');
  }
  switchLink(outDir, id, reach);
  const keep = new Set([id, previous ?? movedOldFolder]);
  for (const old of completeBuilds(builds)) if (!keep.has(old)) rmSync(join(builds, old), { recursive: true, force: true });
}

/** Removes a build that failed: the published one is not touched. */
export function discardBuild(folders: BuildFolders): void {
  rmSync(folders.site, { recursive: true, force: true });
  rmSync(folders.search, { recursive: true, force: true });
}

/** Points outDir at a build by renaming a new link over it (atomic: rename(2) replaces the old link in one step). */
function switchLink(outDir: string, id: string, reach: (step: PublishStep) => void = () => {}): void {
  const builds = buildsFolderOf(outDir);
  const temporary = join(builds, `.link-${id}`);
  rmSync(temporary, { force: true });
  // Relative to the folder holding outDir, where the link will be read from.
  symlinkSync(join(basename(builds), id), temporary);
  reach('linking');
  renameSync(temporary, outDir);
  reach('linked');
}

/** Ids of the complete builds, oldest first. */
function completeBuilds(builds: string): string[] {
  if (!existsSync(builds)) return [];
  return readdirSync(builds).filter((name) => BUILD_ID.test(name) && statSync(join(builds, name)).isDirectory()).sort();
}

function lstatOrUndefined(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** True while a process of that id exists (a build still running: its folders are not leftovers). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
