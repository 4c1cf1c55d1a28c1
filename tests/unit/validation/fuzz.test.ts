/**
 * The fuzz test in CI: seeded mutants of the sample content (scripts/fuzz/mutate.ts: byte flips, line deletions
 * and duplications, truncation, YAML tokens, alias bombs, deep nesting, other encodings, links, folders in place
 * of files, huge numbers and files) never make the check throw, hang or abort; every finding names a file inside
 * the content folder, a line from 1, a catalogued rule and a Chinese message; what a mutation must cause is
 * reported; the cached check agrees with the full one. Bounded: 200 mutants, about 30 s on an idle two-core machine
 * (a minute under heavy load). The nightly size: npm run fuzz -- --mutants 10000.
 */
import { expect, it } from 'vitest';
import { runFuzz } from '../../../scripts/fuzz/run.ts';
import { SAMPLE_CONTENT } from '../../helpers/content.ts';

const SEED = 'ci';

it('200 mutants of the sample content: no crash, hang or abort, every finding placed and explained', async () => {
  const summary = await runFuzz({ content: SAMPLE_CONTENT, seed: SEED, first: 0, count: 200, workers: 2, timeoutMs: 20_000, cacheEvery: 10 });
  const report = summary.failed.map((result) => `mutant ${result.index} (npm run fuzz -- --seed ${SEED} --mutant ${result.index}): ${result.operations}\n  ${result.failures.join('\n  ')}`).join('\n');
  expect(summary.mutants).toBe(200);
  expect(report).toBe('');
  // The mutations reach the checks they are meant for.
  for (const rule of ['file/encoding', 'yaml/alias', 'yaml/nesting', 'yaml/syntax', 'file/unreadable']) expect(summary.byRule[rule] ?? 0, rule).toBeGreaterThan(0);
  expect(summary.expectations).toBeGreaterThan(20);
}, 170_000);
