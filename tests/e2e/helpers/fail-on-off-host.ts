/**
 * Setup file: the site must make no request to another host. Every guarded context blocks such requests; this
 * hook fails the test during which one was attempted, whatever that test checks otherwise.
 */
import { afterEach } from 'vitest';
import { takeOffHostAttempts } from './browser.ts';

afterEach(() => {
  const attempts = takeOffHostAttempts();
  if (attempts.length > 0) {
    throw new Error(`request(s) to a host other than 127.0.0.1 (blocked):\n${attempts.map((a) => `  - ${a}`).join('\n')}`);
  }
});
