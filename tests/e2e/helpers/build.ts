/**
 * Running the publisher's own commands from browser tests: a site build (scripts/build.ts) or a portal build
 * (scripts/portal.ts), with Node 24 (which runs their TypeScript directly).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/[\\/]$/, '');

/** Node 24 runs the build's TypeScript directly; prefer the one running us, else the project's own. */
export function nodeBinary(): string {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 24) return process.execPath;
  const local = join(REPO_ROOT, 'node_modules', '.bin', 'node');
  if (existsSync(local)) return local;
  throw new Error(`e2e: Node 24 is needed (running ${process.version}); run with PATH=$PWD/node_modules/.bin:$PATH`);
}

/** Runs `node script args…` in the repository; rejects with its output when it fails. */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}, timeout = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(nodeBinary(), [script, ...args], { cwd: REPO_ROOT, env: { ...process.env, BUDGET_BUILD_QUIET: '1', ...env }, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${script} ${args.join(' ')} failed (${error.message}):\n${stdout}\n${stderr}`.trim()));
      else resolve(stdout);
    });
  });
}
