/**
 * Where Astro renders a build. Astro keeps a build's intermediate server chunks in <outDir>/.prerender when the
 * output folder lies inside the working directory, and otherwise in <working directory>/.astro/.prerender (the
 * chunks import packages, which resolve only from inside the project): one folder for every build run from this
 * project, which each build deletes when it ends. Two builds at once with outputs elsewhere (browser tests, a second
 * terminal, county sites built side by side) then broke each other ("Cannot find module …/.astro/.prerender/…").
 * A build whose output is elsewhere is therefore rendered into a folder of its own inside the project, then moved to
 * its output.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { isLeftoverBuild } from './publish.ts';

export interface AstroOutDir {
  /** The folder to give Astro as outDir. */
  readonly path: string;
  /** Moves what Astro rendered to the output (nothing to do when Astro rendered there). */
  finish(): void;
  /** Removes the folder of a build that did not finish (nothing when Astro rendered to the output). */
  release(): void;
}

/** Renderings of builds whose output is elsewhere (.astro/ is Astro's own folder, ignored by git). */
export const RENDER_FOLDER = join('.astro', 'builds');

export function astroOutDir(output: string, id: string, cwd = process.cwd()): AstroOutDir {
  const inside = relative(cwd, output);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return { path: output, finish: () => {}, release: () => {} };
  const folder = join(cwd, RENDER_FOLDER);
  mkdirSync(folder, { recursive: true });
  // What builds that were killed left.
  for (const name of readdirSync(folder)) if (isLeftoverBuild(name)) rmSync(join(folder, name), { recursive: true, force: true });
  const path = join(folder, id);
  return {
    path,
    finish() {
      rmSync(output, { recursive: true, force: true });
      mkdirSync(dirname(output), { recursive: true });
      try {
        renameSync(path, output);
      } catch (error) {
        // Another file system (a temporary folder in memory, another disk): copied instead.
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        cpSync(path, output, { recursive: true });
        rmSync(path, { recursive: true, force: true });
      }
    },
    release() {
      if (existsSync(path)) rmSync(path, { recursive: true, force: true });
    },
  };
}
