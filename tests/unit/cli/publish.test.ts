/**
 * Publishing is atomic: dist is a link switched in one step (scripts/publish.ts). A build killed at any moment leaves
 * the previous site servable, complete, and nothing that the next build or git status trips over; a failed build
 * never leaves the site missing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, REPO_ROOT, listFiles, makeTempDir, materializeFixture, type TempTree } from '../../helpers/content.ts';
import { serveStatic, type RunningServer } from '../../e2e/helpers/static-server.ts';
import { buildId, discardBuild, publishBuild, publishedBuild, startBuild } from '../../../scripts/publish.ts';
import { RENDER_FOLDER, astroOutDir } from '../../../scripts/astro-out-dir.ts';

const cleanups: Array<() => void | Promise<void>> = [];
afterAll(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });
const temp = (prefix: string): TempTree => {
  const tree = makeTempDir(prefix);
  cleanups.push(tree.cleanup);
  return tree;
};

/** A finished process's id: no process runs under it any more. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

/** A stand-in for what Astro and the downloads write. */
function fakeSite(folder: string, marker: string): void {
  mkdirSync(join(folder, 'pagefind'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), marker);
}

describe("Astro's output folder (scripts/astro-out-dir.ts)", () => {
  it('an output inside the working directory is rendered into directly', () => {
    const cwd = temp('budget-astro-out-').root;
    const given = astroOutDir(join(cwd, 'dist.builds', 'x.partial'), buildId(new Date(), process.pid), cwd);
    expect(given.path).toBe(join(cwd, 'dist.builds', 'x.partial'));
    given.finish();
    given.release();
    expect(existsSync(join(cwd, RENDER_FOLDER))).toBe(false);
  });

  it('an output elsewhere is rendered in a folder of its own inside the working directory, then moved there', () => {
    const cwd = temp('budget-astro-out-').root;
    const output = join(temp('budget-astro-elsewhere-').root, 'dist.builds', 'site.partial');
    const id = buildId(new Date(), process.pid);
    const given = astroOutDir(output, id, cwd);
    expect(given.path).toBe(join(cwd, RENDER_FOLDER, id));
    mkdirSync(join(given.path, '2024'), { recursive: true });
    writeFileSync(join(given.path, '2024', 'index.html'), 'page');
    given.finish();
    given.release();
    expect(readFileSync(join(output, '2024', 'index.html'), 'utf8')).toBe('page');
    expect(readdirSync(join(cwd, RENDER_FOLDER))).toEqual([]);
  });

  it("removes what killed builds left there, not a running build's folder", () => {
    const cwd = temp('budget-astro-out-').root;
    const folder = join(cwd, RENDER_FOLDER);
    const killed = buildId(new Date(), deadPid());
    const running = buildId(new Date(), process.pid);
    for (const name of [killed, running]) mkdirSync(join(folder, name), { recursive: true });
    astroOutDir(join(temp('budget-astro-elsewhere-').root, 'out'), buildId(new Date(Date.now() + 1), process.pid), cwd);
    expect(readdirSync(folder)).toEqual([running]);
  });
});

describe('publish steps (scripts/publish.ts)', () => {
  it('publishes each build by switching a relative link, keeping the published build and the one before', () => {
    const root = temp('budget-publish-').root;
    const out = join(root, 'dist');
    const ids: string[] = [];
    for (const [i, marker] of ['one', 'two', 'three'].entries()) {
      const folders = startBuild(out, new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
      fakeSite(folders.site, marker);
      mkdirSync(folders.search, { recursive: true });
      publishBuild(folders);
      ids.push(folders.id);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(marker);
      expect(readlinkSync(out)).toBe(`dist.builds/${folders.id}`);
      expect(publishedBuild(out)).toBe(folders.id);
    }
    expect(readdirSync(join(root, 'dist.builds')).sort()).toEqual(ids.slice(1));
    expect(readdirSync(root).sort()).toEqual(['dist', 'dist.builds']);
  });

  it('a failed build is discarded and the published one stays', () => {
    const root = temp('budget-publish-').root;
    const out = join(root, 'dist');
    const first = startBuild(out);
    fakeSite(first.site, 'published');
    publishBuild(first);
    const failed = startBuild(out, new Date(Date.now() + 1000));
    fakeSite(failed.site, 'half');
    mkdirSync(failed.search);
    discardBuild(failed);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('published');
    expect(readdirSync(join(root, 'dist.builds'))).toEqual([first.id]);
  });

  it('removes what killed builds left (their processes are gone), and the folders of the layout before, but not those of a running build', () => {
    const root = temp('budget-publish-').root;
    const out = join(root, 'dist');
    const builds = join(root, 'dist.builds');
    const dead = buildId(new Date(Date.UTC(2026, 0, 1)), deadPid());
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    cleanups.push(() => { running.kill('SIGKILL'); });
    const alive = buildId(new Date(Date.UTC(2026, 0, 2)), running.pid!);
    for (const name of [`${dead}.partial`, `${dead}.search`, `${alive}.partial`, `${alive}.search`]) mkdirSync(join(builds, name), { recursive: true });
    symlinkSync('nowhere', join(builds, `.link-${dead}`));
    for (const old of ['staging', 'search', 'previous']) mkdirSync(`${out}.${old}`);
    const folders = startBuild(out);
    expect(readdirSync(builds).sort()).toEqual([`${alive}.partial`, `${alive}.search`]);
    expect(readdirSync(root).sort()).toEqual(['dist.builds']);
    expect(folders.site).toBe(join(builds, `${folders.id}.partial`));
  });

  it('moves a dist folder of the layout before into dist.builds as the previous build, and replaces it by the link', () => {
    const root = temp('budget-publish-').root;
    const out = join(root, 'dist');
    fakeSite(out, 'old layout');
    const folders = startBuild(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old layout');
    fakeSite(folders.site, 'new');
    publishBuild(folders);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    const kept = readdirSync(join(root, 'dist.builds')).sort();
    expect(kept).toHaveLength(2);
    expect(readFileSync(join(root, 'dist.builds', kept.find((id) => id !== folders.id)!, 'index.html'), 'utf8')).toBe('old layout');
  });

  it('restores a missing or broken link to the newest complete build before anything else', () => {
    const root = temp('budget-publish-').root;
    const out = join(root, 'dist');
    const older = startBuild(out, new Date(Date.UTC(2026, 0, 1)));
    fakeSite(older.site, 'older');
    publishBuild(older);
    const newer = startBuild(out, new Date(Date.UTC(2026, 0, 2)));
    fakeSite(newer.site, 'newer');
    publishBuild(newer);
    rmSync(out);
    startBuild(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('newer');
    rmSync(join(root, 'dist.builds', newer.id), { recursive: true });
    startBuild(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('older');
  });
});

// Real builds of the small base content, killed with SIGKILL at each step.
describe('a build killed at any moment', () => {
  let repo: string;
  let out: string;
  let server: RunningServer;
  let reference: string[];

  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
  const gitStatus = () => git('status', '--porcelain', '--untracked-files=all', '--ignored=no').stdout;

  function build(env: Record<string, string> = {}, content = BASE_CONTENT, target = out): { child: ChildProcess; output: () => string } {
    const child = spawn(process.execPath, ['scripts/build.ts', '--content', content, '--out', target], {
      cwd: REPO_ROOT, env: { ...process.env, BUDGET_BUILD_QUIET: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    child.stderr!.on('data', (chunk: Buffer) => { text += chunk.toString(); });
    return { child, output: () => text };
  }

  async function finish(run: ReturnType<typeof build>): Promise<{ code: number | null; output: string }> {
    const [code] = (await once(run.child, 'exit')) as [number | null];
    return { code, output: run.output() };
  }

  async function until(test: () => boolean, what: string, run: ReturnType<typeof build>): Promise<void> {
    const deadline = Date.now() + 90_000;
    while (!test()) {
      if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`never reached: ${what}\n${run.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async function killed(run: ReturnType<typeof build>): Promise<void> {
    run.child.kill('SIGKILL');
    const [, signal] = (await once(run.child, 'exit')) as [number | null, string | null];
    expect(signal).toBe('SIGKILL');
  }

  /** dist serves a complete site, file for file the one the first build made, and git sees nothing new. */
  async function expectSiteServed(when: string): Promise<void> {
    expect(lstatSync(out).isSymbolicLink(), when).toBe(true);
    expect(listFiles(realpathSync(out)), when).toEqual(reference);
    for (const path of ['/', '/feed.xml', '/sitemap.xml', '/2024/demo-county-office/budget/', '/pagefind/pagefind.js']) {
      const response = await fetch(server.origin + path);
      expect(response.status, `${when}: ${path}`).toBe(200);
      const file = path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(file)), `${when}: ${path}`).toBe(true);
    }
    expect(gitStatus(), when).toBe('');
  }

  beforeAll(async () => {
    repo = temp('budget-publish-repo-').root;
    out = join(repo, 'dist');
    git('init', '-q');
    cpSync(join(REPO_ROOT, '.gitignore'), join(repo, '.gitignore'));
    git('add', '.gitignore');
    git('commit', '-q', '-m', 'ignore');
    const first = await finish(build());
    expect(first.code, first.output).toBe(0);
    reference = listFiles(realpathSync(out));
    expect(reference).toEqual(expect.arrayContaining(['index.html', 'feed.xml', 'sitemap.xml', 'pagefind/pagefind.js', '2024/demo-county-office/budget/index.html']));
    server = await serveStatic(out);
    cleanups.push(() => server.close());
    await expectSiteServed('after the first build');
  }, 180_000);

  it.each(['checked', 'rendered', 'indexed', 'completed', 'linking', 'linked'])('at step %s: the site stays served, whole', async (step) => {
    const run = build({ BUDGET_BUILD_STOP_AT: step });
    await until(() => run.output().includes(`stopped at ${step}`), `step ${step}`, run);
    await killed(run);
    await expectSiteServed(`killed at ${step}`);
  }, 180_000);

  it('while Astro writes the pages: the site stays served, whole', async () => {
    const run = build();
    // Its output being outside the project, Astro renders in the project first (scripts/astro-out-dir.ts), in a
    // folder named by the build's id, which ends in its process id.
    const renders = join(REPO_ROOT, RENDER_FOLDER);
    const writing = () => existsSync(renders) && readdirSync(renders).some((name) => name.endsWith(`-${run.child.pid}`) && readdirSync(join(renders, name)).length > 0);
    await until(writing, 'pages being written', run);
    await killed(run);
    expect(run.output()).not.toContain('已生成网站');
    await expectSiteServed('killed while rendering');
    // What it rendered goes with the next build (removed as a killed build's leftovers).
  }, 180_000);

  it('the next build succeeds and leaves the published build, the one before, and nothing else', async () => {
    const previous = publishedBuild(out);
    const next = await finish(build());
    expect(next.code, next.output).toBe(0);
    await expectSiteServed('after the next build');
    const current = publishedBuild(out)!;
    expect(current).not.toBe(previous);
    expect(readdirSync(`${out}.builds`).sort()).toEqual([previous, current].sort());
    expect(readdirSync(repo).sort()).toEqual(['.git', '.gitignore', 'dist', 'dist.builds']);
  }, 180_000);

  it('two builds at once, each with its output outside the project: both complete, and leave nothing in the project', async () => {
    // Astro keeps a build's intermediate chunks beside its output only when the output is inside the project; both
    // builds otherwise shared (and deleted) one folder of the project (scripts/astro-out-dir.ts).
    const other = join(temp('budget-publish-other-').root, 'dist');
    const [first, second] = await Promise.all([finish(build()), finish(build({}, BASE_CONTENT, other))]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    expect(listFiles(realpathSync(other))).toEqual(reference);
    await expectSiteServed('after two builds at once');
    // Each build rendered in a folder of its own in the project, moved to its output: none is left behind.
    const renders = join(REPO_ROOT, RENDER_FOLDER);
    const ids = [publishedBuild(out), publishedBuild(other)];
    expect(existsSync(renders) ? readdirSync(renders).filter((name) => ids.includes(name)) : []).toEqual([]);
  }, 240_000);

  it('a build that fails its check leaves the site as it was', async () => {
    const published = publishedBuild(out);
    const broken = materializeFixture('row-identity');
    cleanups.push(broken.cleanup);
    const failed = await finish(build({}, broken.root));
    expect(failed.code, failed.output).toBe(1);
    expect(publishedBuild(out)).toBe(published);
    await expectSiteServed('after a failed build');
  }, 180_000);

  it('a dist folder of the layout before: killed in the one moment it is moved away, the next build (even a failing one) restores the site', async () => {
    const published = realpathSync(out);
    rmSync(out);
    cpSync(published, out, { recursive: true });
    expect(lstatSync(out).isDirectory()).toBe(true);
    const run = build({ BUDGET_BUILD_STOP_AT: 'moved-old-folder' });
    await until(() => run.output().includes('stopped at moved-old-folder'), 'moving the old folder', run);
    await killed(run);
    expect(existsSync(out)).toBe(false);
    const broken = materializeFixture('row-identity');
    cleanups.push(broken.cleanup);
    const failed = await finish(build({}, broken.root));
    expect(failed.code, failed.output).toBe(1);
    await expectSiteServed('restored by a failing build');
  }, 180_000);
});
