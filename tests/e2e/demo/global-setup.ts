/**
 * The browser tests of the demonstration site: writes the demo content (scripts/demo.ts: fictitious departments over
 * several years) into a temporary folder, then builds and serves it as the sample site's tests do (../global-setup.ts).
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import setupSite from '../global-setup.ts';
import { generateDemoContent } from '../../../scripts/demo.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const temp = realpathSync(mkdtempSync(join(tmpdir(), 'budget-demo-e2e-')));
  const content = join(temp, 'content');
  generateDemoContent(content);
  process.env.E2E_CONTENT = content;
  const teardown = await setupSite(project);
  return async () => {
    await teardown();
    rmSync(temp, { recursive: true, force: true });
  };
}
