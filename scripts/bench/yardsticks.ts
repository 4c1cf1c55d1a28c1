/**
 * Yardsticks for the build. The first is bare Astro rendering pages of the same shape (bare-astro.ts). The second: Pagefind's own command line (the version the publisher depends on, run with its defaults)
 * indexing the bare Astro yardstick's pages. Bare Astro indexes nothing; a site with search needs both, so our build
 * is compared with bare Astro + Pagefind as well as with bare Astro alone.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, tail } from './measure.ts';

export interface PagefindCliFigures {
  readonly label: string;
  readonly exitCode: number | null;
  readonly wallSeconds: number;
  readonly cpuSeconds: number | undefined;
  readonly peakMB: number | undefined;
  /** As Pagefind reports them ("Indexed N pages", "Indexed N words"). */
  readonly pages: number | undefined;
  readonly words: number | undefined;
  /** Extra command-line arguments (beyond --site and --output-path). */
  readonly args: readonly string[];
}

/** The bare yardstick writes amounts as <td class="num"> (scripts/bench/bare-astro.ts). */
export const AMOUNT_CELLS = 'td.num';

/** Pagefind's command-line runner (it starts the platform binary of the same package version), next to its Node API. */
const PAGEFIND_RUNNER = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/** Counts printed by Pagefind at the end of a run. */
export function pagefindCounts(output: string): { pages: number | undefined; words: number | undefined } {
  const count = (what: string) => {
    const match = new RegExp(`Indexed (\\d+) ${what}`).exec(output);
    return match ? Number(match[1]) : undefined;
  };
  return { pages: count('pages'), words: count('words') };
}

export async function runPagefindCli(label: string, siteDir: string, outputDir: string, logs: string, args: readonly string[] = []): Promise<PagefindCliFigures> {
  const name = `pagefind-${label}`;
  const run = await runMeasured(process.execPath, [PAGEFIND_RUNNER, '--site', siteDir, '--output-path', outputDir, ...args], {
    cwd: siteDir,
    stdoutFile: join(logs, `${name}.out`),
    stderrFile: join(logs, `${name}.err`),
    timeFile: join(logs, `${name}.time`),
  });
  return { label, exitCode: run.exitCode, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, peakMB: run.peakMB, args, ...pagefindCounts(tail(run.stdoutFile, 4000)) };
}

export interface Ratios {
  readonly bare: number;
  /** Build ÷ (bare Astro + Pagefind with its defaults); the target is below 1. */
  readonly bareAndPagefind?: number;
  /** Build ÷ (bare Astro + Pagefind without the amount cells): the stricter yardstick. */
  readonly bareAndPagefindWithoutAmounts?: number;
}

/** Stretch target of issue 17: validation, downloads and the search index together cost no more than one more render. */
export const STRETCH_RATIO = 2;

/** Seconds of our build and of each yardstick (all wall, or all CPU). */
export interface YardstickSeconds {
  readonly build: number;
  readonly bare: number;
  readonly pagefind?: { readonly defaults: number; readonly withoutAmounts: number } | undefined;
}

export function buildRatios({ build, bare, pagefind }: YardstickSeconds): Ratios {
  return {
    bare: build / bare,
    ...(pagefind ? { bareAndPagefind: build / (bare + pagefind.defaults), bareAndPagefindWithoutAmounts: build / (bare + pagefind.withoutAmounts) } : {}),
  };
}
