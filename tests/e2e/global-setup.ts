/**
 * Builds the sample site ONCE (node scripts/build.ts, which validates the content first) into a temporary
 * folder, serves it on 127.0.0.1 with a random port and hands origin, site and content folders to the tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './helpers/static-server.ts';
import { nodeBinary, REPO_ROOT } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** http://127.0.0.1:<port> */
    e2eOrigin: string;
    /** The built site. */
    e2eDist: string;
    /** The content tree the site was built from. */
    e2eContent: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const content = resolve(REPO_ROOT, process.env.E2E_CONTENT ?? 'content');
  const temp = realpathSync(mkdtempSync(join(tmpdir(), 'budget-e2e-')));
  const dist = join(temp, 'dist');
  const started = performance.now();
  const build = spawnSync(nodeBinary(), ['scripts/build.ts', '--content', content, '--out', dist], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUDGET_BUILD_QUIET: '1' },
    timeout: 110_000,
  });
  if (build.status !== 0 || !existsSync(join(dist, 'index.html'))) {
    rmSync(temp, { recursive: true, force: true });
    throw new Error(
      `e2e: building the site from ${content} failed (exit ${build.status ?? build.signal}).\n` +
      `${build.stdout ?? ''}\n${build.stderr ?? ''}`.trim(),
    );
  }
  process.stdout.write(`[e2e] built ${content} into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const running = await serveStatic(dist);
  process.stdout.write(`[e2e] serving on ${running.origin}\n`);
  project.provide('e2eOrigin', running.origin);
  project.provide('e2eDist', dist);
  project.provide('e2eContent', content);
  return async () => {
    await running.close();
    rmSync(temp, { recursive: true, force: true });
  };
}
