/**
 * Browser tests of the built site. Run from the repository root with Node 24:
 *   PATH=$PWD/node_modules/.bin:$PATH npx vitest run -c tests/e2e/vitest.config.ts
 * The global setup builds the sample content once into a temporary folder and serves it on 127.0.0.1.
 * E2E_CONTENT=/path/to/content builds another content tree instead of content/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // The demonstration site's tests build their own site (tests/e2e/demo/vitest.config.ts).
    exclude: ['tests/e2e/demo/**', '**/node_modules/**'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Fails any test during which a page tried to reach another host.
    setupFiles: ['tests/e2e/helpers/fail-on-off-host.ts'],
    environment: 'node',
    pool: 'forks',
    // Each file drives its own Chromium; two at a time keeps a small machine responsive.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Measured sizes are printed with console.log; keep them visible.
    silent: false,
  },
});
