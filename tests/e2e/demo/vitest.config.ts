/**
 * Browser tests on the demonstration site (npm run demo's content: fictitious departments over several years), where
 * comparisons across years, projects followed from year to year and budget beside final accounts have something to
 * show. Run from the repository root with Node 24:
 *   npx vitest run -c tests/e2e/demo/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['tests/e2e/demo/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/demo/global-setup.ts'],
    setupFiles: ['tests/e2e/helpers/fail-on-off-host.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    silent: false,
  },
});
