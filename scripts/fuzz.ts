/**
 * npm run fuzz [-- --mutants N] [-- --seed S] [-- --mutant I] [-- --workers W] [-- --timeout-ms T] [-- --content DIR]
 *
 * Checks N mutants of the sample content (byte flips, deleted, duplicated and swapped lines, truncation, YAML
 * tokens, alias bombs, deep nesting, other encodings, links, folders in place of files, very large numbers and
 * files; see scripts/fuzz/mutate.ts) and prints the figures: mutants, findings by rule, the slowest mutants and
 * every failure with the command that makes it again. A failure: the check threw, hung (no answer within the time
 * limit), printed text from outside the content folder, gave a finding without a file, line or Chinese message or
 * with an unknown rule, missed what a mutation must cause (an encoding, a refused link…), or its cached run
 * disagreed with the full one. Exit 1 on any failure.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { runFuzz } from './fuzz/run.ts';

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const seed = option(argv, '--seed') ?? 'nightly';
  const single = option(argv, '--mutant');
  const count = single !== undefined ? 1 : Number(option(argv, '--mutants') ?? '1000');
  const first = single !== undefined ? Number(single) : 0;
  const timeoutMs = Number(option(argv, '--timeout-ms') ?? '20000');
  const workers = Number(option(argv, '--workers') ?? String(availableParallelism()));
  if (![count, first, timeoutMs, workers].every((n) => Number.isInteger(n) && n >= 0)) throw new Error('--mutants, --mutant, --workers and --timeout-ms take whole numbers');
  const content = resolve(option(argv, '--content') ?? 'content');
  let done = 0;
  const summary = await runFuzz({
    content, seed, first, count, workers, timeoutMs, cacheEvery: 10,
    onResult(result) {
      done++;
      if (result.failures.length > 0) process.stderr.write(`\nmutant ${result.index} FAILED (${result.operations})\n  ${result.failures.join('\n  ')}\n`);
      if (done % 500 === 0) process.stderr.write(`[fuzz] ${done} of ${count} mutants\n`);
    },
  });
  const rules = Object.entries(summary.byRule).sort(([, a], [, b]) => b - a);
  const lines = [
    `fuzz: seed ${seed}, mutants ${first}–${first + count - 1} of ${content}, ${workers} workers, time limit ${timeoutMs} ms per mutant`,
    `mutants: ${summary.mutants} in ${summary.seconds.toFixed(1)} s; findings: ${summary.findings} (${rules.length} rules); required findings looked for: ${summary.expectations}`,
    `findings by rule: ${rules.map(([rule, n]) => `${rule} ${n}`).join(', ')}`,
    `slowest: ${summary.slowest.map((result) => `#${result.index} ${result.milliseconds.toFixed(0)} ms (${result.operations})`).join('; ')}`,
    summary.failed.length === 0
      ? 'failures: none'
      : `failures: ${summary.failed.length}; make one again with: npm run fuzz -- --seed ${seed} --mutant ${summary.failed[0]!.index}\n${summary.failed.map((result) => `  #${result.index} (${result.operations}): ${result.failures[0]!.split('\n')[0]}`).join('\n')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return summary.failed.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => { process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`); process.exitCode = 2; },
);
