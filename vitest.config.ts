import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Content checks run in-process over temporary copies; the CLI tests spawn node. Be generous.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
