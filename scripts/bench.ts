/**
 * npm run bench [-- --disclosures N] [-- --seed S] [-- --skip-build] [-- --keep] [-- --json] [-- --profile]
 *
 * 1. Generates N synthetic disclosures of realistic shape (departments × years × budget/final, figures that add
 *    up exactly; see scripts/bench/generate.ts) into a temporary folder.
 * 2. Times `npm run check` on it (node scripts/check.ts --content DIR): wall seconds and peak memory.
 * 3. Times the full build (node scripts/build.ts --content DIR --out TMP/dist).
 * 4. Times a bare Astro site with the same number of pages of similar size (scripts/bench/bare-astro.ts), the
 *    yardstick for what the rendering itself costs.
 * 5. Prints a table (or JSON with --json). --profile also breaks check down by phase and runs it under
 *    node --cpu-prof (the profile is kept in .bench/).
 * Peak memory is the maximum resident set size of the child process (GNU time, or /proc VmHWM polling).
 * Check and build run in a snapshot of the project (src/, scripts/, public/, config; node_modules linked) inside
 * the temporary folder, so the build's .astro/ and caches never collide with builds running in the working
 * copy, and the bench never writes into it (except the kept CPU profile under .bench/).
 * The temporary folder is removed at the end unless --keep. Children inherit NODE_OPTIONS.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { generateContent, type GenerateResult } from './bench/generate.ts';
import { writeBareAstroProject } from './bench/bare-astro.ts';
import { runMeasured, tail, type Measured } from './bench/measure.ts';
import { formatProfileSummary, summarizeProfile, type ProfileSummary } from './bench/profile.ts';
import { formatPhaseReport, type PhaseReport } from './bench/phases.ts';
import { measureInChromium, measureSearch, serve, type SearchFigures } from './bench/first-query.ts';
import { countyAt, generateCounty, writePortalList, type County } from './bench/province.ts';
import type { Server } from 'node:http';
import { AMOUNT_CELLS, buildRatios, runPagefindCli, STRETCH_RATIO, type PagefindCliFigures, type Ratios } from './bench/yardsticks.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BARE_BUILD = `import { build } from 'astro';\nawait build({ root: process.cwd(), outDir: './dist', logLevel: 'error' });\n`;
/**
 * Node's arguments in an npm script ("node --flag scripts/check.ts" gives ["--flag", "scripts/check.ts"]), so the
 * benchmark times exactly what `npm run check` runs, flags included.
 */
function npmScriptArguments(name: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts[name] ?? '').split(' ');
  // Leading environment settings (ASTRO_TELEMETRY_DISABLED=1) are the bench's own: its npm script sets the same, and
  // its children inherit them.
  while (words.length > 1 && /^[A-Z_][A-Z0-9_]*=\S*$/.test(words[0]!)) words.shift();
  const [command, ...args] = words;
  if (command !== 'node' || args.length === 0 || args.some((arg) => /[&|;]/.test(arg))) throw new Error(`npm script "${name}" is not a single node command`);
  return args;
}

/** The issue's target: check of 10,000 disclosures in 10 s or less. */
const TARGET = { disclosures: 10_000, seconds: 10 };

interface Options {
  disclosures: number;
  seed: string;
  keep: boolean;
  skipBuild: boolean;
  json: boolean;
  profile: boolean;
  repeat: number;
  /** Run Pagefind's command line over the bare Astro pages (the second yardstick). */
  pagefindCli: boolean;
  /** Simulate a province instead: this many counties of this many disclosures, each site built apart, and a portal. */
  province: { counties: number; disclosures: number; years: number } | undefined;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    if (index < 0) return undefined;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value`);
    return next;
  };
  const known = new Set(['--disclosures', '--seed', '--keep', '--skip-build', '--json', '--profile', '--repeat', '--no-pagefind-cli', '--province', '--province-years', '--help', '-h']);
  for (const arg of argv) if (arg.startsWith('-') && !known.has(arg)) throw new Error(`unknown option ${arg}`);
  const disclosures = Number(value('--disclosures') ?? '1000');
  if (!Number.isInteger(disclosures) || disclosures < 1) throw new Error('--disclosures must be a positive integer');
  const repeat = Number(value('--repeat') ?? '1');
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a positive integer');
  return {
    disclosures,
    seed: value('--seed') ?? 'bench',
    keep: argv.includes('--keep'),
    skipBuild: argv.includes('--skip-build'),
    json: argv.includes('--json'),
    profile: argv.includes('--profile'),
    repeat,
    pagefindCli: !argv.includes('--no-pagefind-cli'),
    province: provinceOption(value('--province'), value('--province-years')),
  };
}

function provinceOption(spec: string | undefined, years: string | undefined): Options['province'] {
  if (spec === undefined) return undefined;
  const match = /^(\d+)x(\d+)$/.exec(spec);
  if (!match) throw new Error('--province needs COUNTIESxDISCLOSURES, e.g. 50x200');
  const province = { counties: Number(match[1]), disclosures: Number(match[2]), years: Number(years ?? '5') };
  if (province.counties < 1 || province.disclosures < 1 || !Number.isInteger(province.years) || province.years < 1) throw new Error('--province: counties, disclosures and years must be positive');
  return province;
}

const HELP = `npm run bench -- [options]
  --disclosures N   number of synthetic disclosures (default 1000)
  --seed S          PRNG seed (default "bench"); the same seed gives the same content
  --skip-build      time check only (no build, no bare Astro)
  --no-pagefind-cli skip the second yardstick (Pagefind's command line over the bare Astro pages)
  --province CxN    instead: a province of C counties × N disclosures, each county's site built apart (each build
                    timed), a portal over them (npm run portal), and the portal's search measured in Chromium
  --province-years Y  years per county (default 5)
  --repeat K        run check K times and report the fastest (all runs are listed; default 1)
  --profile         also break check down by phase and profile it (node --cpu-prof; profile kept in .bench/)
  --keep            keep the temporary folder (content, dist, bare Astro project)
  --json            print machine-readable results only
`;

interface CheckFigures {
  wallSeconds: number;
  cpuSeconds: number | undefined;
  peakMB: number | undefined;
  exitCode: number | null;
  internalSeconds: number | undefined;
  errors: number | undefined;
  acknowledged: number | undefined;
  warnings: number | undefined;
  files: number | undefined;
  filesPerSecond: number | undefined;
  /** Wall seconds of every run when --repeat > 1 (the figures above are from the fastest). */
  runs: number[];
}

interface BuildFigures {
  wallSeconds: number;
  cpuSeconds: number | undefined;
  peakMB: number | undefined;
  exitCode: number | null;
  /** The build's own timings as it prints them (检查, 页面, 下载文件, 搜索索引 …), in seconds. */
  steps: Record<string, number>;
  htmlPages: number;
  htmlMB: number;
  /** Average size of the disclosure pages (/<year>/<dept>/<stage>/index.html) in KiB. */
  disclosurePageKB: number | undefined;
  /** Bare Astro only: factor applied to rows and paragraph lengths to match our page size. */
  scale?: number | undefined;
}

interface Results {
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string; loadAverage: { start: number; end: number }; heapLimitMB: number };
  options: Options;
  content: { disclosures: number; departments: number; years: number[]; files: number; megabytes: number; projects: number; indicators: number; generateSeconds: number };
  check: CheckFigures;
  /** Pagefind index size and the first query's transfer, measured in Chromium. */
  search?: SearchFigures;
  /** Check after one disclosure changed, with the cache of a previous check. */
  incremental?: { wallSeconds: number; peakMB: number | undefined; exitCode: number | null };
  build?: BuildFigures;
  bareAstro?: BuildFigures;
  /** Pagefind's command line over the bare Astro pages: with its defaults, and with the amount cells excluded. */
  pagefindCli?: { defaults: PagefindCliFigures; withoutAmounts: PagefindCliFigures };
  /** Our build ÷ each yardstick (wall time). */
  ratios?: Ratios;
  /** The same in CPU seconds (on a busy machine, wall time also measures the other work). */
  cpuRatios?: Ratios;
  target: { disclosures: number; seconds: number; extrapolatedCheckSeconds: number; met: boolean };
  phases?: PhaseReport;
  profile?: ProfileSummary & { file: string };
  memoryMethod: string;
  tempDir?: string;
}

/** Heap for the build, as package.json's build script gives it. */
const BUILD_HEAP_MB = 16384;

/** The tables.yaml of the first disclosure folder (the one the incremental timing touches). */
function firstTablesFile(contentDir: string): string | undefined {
  const base = join(contentDir, 'disclosures');
  for (const year of readdirSync(base).sort()) for (const department of readdirSync(join(base, year)).sort()) for (const stage of readdirSync(join(base, year, department)).sort()) {
    const file = join(base, year, department, stage, 'tables.yaml');
    if (existsSync(file)) return file;
  }
  return undefined;
}

/** Copies what check and build need into `dir`; node_modules is linked, content/ and outputs are left out. */
function snapshotProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(PROJECT_ROOT, { withFileTypes: true })) {
    const name = entry.name;
    if (['node_modules', 'content', 'dist', 'tests', '.git', '.astro', '.bench', 'test-results'].includes(name) || name.startsWith('dist') || name.endsWith('.log')) continue;
    if (entry.isDirectory() ? ['src', 'scripts', 'public', 'portal'].includes(name) : /\.(json|mjs|js|ts|cjs)$/.test(name)) {
      cpSync(join(PROJECT_ROOT, name), join(dir, name), { recursive: true });
    }
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

const log = (options: Options, message: string) => {
  process.stderr.write(`[bench] ${message}\n`);
  void options;
};

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

const DISCLOSURE_PAGE = /[\\/]\d{4}[\\/][^\\/]+[\\/](budget|final)[\\/]index\.html$/;

function htmlStats(dir: string): { pages: number; bytes: number; disclosurePages: number; disclosureBytes: number } {
  let pages = 0, bytes = 0, disclosurePages = 0, disclosureBytes = 0;
  if (!existsSync(dir)) return { pages, bytes, disclosurePages, disclosureBytes };
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const size = statSync(path).size;
        pages++;
        bytes += size;
        if (DISCLOSURE_PAGE.test(path)) {
          disclosurePages++;
          disclosureBytes += size;
        }
      }
    }
  };
  walk(dir);
  return { pages, bytes, disclosurePages, disclosureBytes };
}

function checkFigures(run: Measured): CheckFigures {
  const out = tail(run.stdoutFile);
  const err = tail(run.stderrFile);
  const summary = /\((\d+) errors, (\d+) acknowledged, (\d+) warnings in (\d+) files\)/.exec(out);
  const internal = /\(([\d.]+) s[;)]/.exec(err);
  const files = summary ? Number(summary[4]) : undefined;
  return {
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakMB: run.peakMB,
    exitCode: run.exitCode,
    internalSeconds: internal ? Number(internal[1]) : undefined,
    errors: summary ? Number(summary[1]) : undefined,
    acknowledged: summary ? Number(summary[2]) : undefined,
    warnings: summary ? Number(summary[3]) : undefined,
    files,
    filesPerSecond: files !== undefined ? files / run.wallSeconds : undefined,
    runs: [run.wallSeconds],
  };
}

function buildFigures(run: Measured, outDir: string): BuildFigures {
  const out = tail(run.stdoutFile);
  const steps: Record<string, number> = {};
  const summary = /已生成网站：[^\n]*（([^\n]*)）/.exec(out);
  for (const part of summary?.[1]?.split(/[，,]\s*/) ?? []) {
    const step = /^(.+?)\s+([\d.]+)\s*s$/.exec(part.trim());
    if (step) steps[step[1]!] = Number(step[2]);
  }
  const html = htmlStats(outDir);
  return {
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakMB: run.peakMB,
    exitCode: run.exitCode,
    steps,
    htmlPages: html.pages,
    htmlMB: html.bytes / 1048576,
    disclosurePageKB: html.disclosurePages ? html.disclosureBytes / html.disclosurePages / 1024 : undefined,
  };
}

function failure(name: string, run: Measured): string {
  const output = (tail(run.stdoutFile, 3000) + '\n' + tail(run.stderrFile, 3000)).trim().split('\n').slice(-25).join('\n');
  return `${name} exited with ${run.exitCode ?? run.signal}:\n${output}`;
}

const num = (value: number | undefined, digits = 2): string => (value === undefined ? '–' : value.toFixed(digits));

function formatTable(results: Results): string {
  const { check, build, bareAstro } = results;
  const { pagefindCli, ratios } = results;
  const header = ['disclosures', 'files', 'check wall s', 'check peak MB', 'build wall s', 'build peak MB', 'bare Astro s', 'Pagefind CLI s', 'build ÷ bare', 'build ÷ (bare + Pagefind)'];
  const row = [
    String(results.content.disclosures), String(check.files ?? results.content.files), num(check.wallSeconds), num(check.peakMB, 0),
    build ? num(build.wallSeconds) : 'skipped', build ? num(build.peakMB, 0) : 'skipped', bareAstro ? num(bareAstro.wallSeconds) : 'skipped',
    pagefindCli ? `${num(pagefindCli.defaults.wallSeconds)} / ${num(pagefindCli.withoutAmounts.wallSeconds)}` : 'skipped',
    ratios ? num(ratios.bare) : '–',
    ratios?.bareAndPagefind !== undefined ? `${num(ratios.bareAndPagefind)} / ${num(ratios.bareAndPagefindWithoutAmounts)}` : '–',
  ];
  const widths = header.map((h, i) => Math.max(h.length, row[i]!.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w, i) => (i === 0 ? ':' : '-') + '-'.repeat(w) + (i === 0 ? '-' : ':')).join('|')}|`, line(row), ''];
  const c = results.content;
  out.push(`content: ${c.disclosures} disclosures = ${c.departments} departments × ${c.years.length} years (${c.years[0]}–${c.years[c.years.length - 1]}) × budget/final; ${c.files} files, ${c.megabytes.toFixed(1)} MB; ${c.projects} projects, ${c.indicators} indicators; generated in ${c.generateSeconds.toFixed(1)} s`);
  out.push(`check:   exit ${check.exitCode}; ${check.errors ?? '?'} errors, ${check.acknowledged ?? '?'} acknowledged, ${check.warnings ?? '?'} warnings; in-process ${num(check.internalSeconds)} s of ${num(check.wallSeconds)} s wall (the rest is node start-up and module loading), CPU ${num(check.cpuSeconds)} s${check.runs.length > 1 ? `; fastest of ${check.runs.length} runs: ${check.runs.map((r) => r.toFixed(2)).join(', ')} s` : ''}`);
  if (results.search) {
    const q = results.search.firstQuery;
    const load = results.search.pageLoad;
    out.push(`search:  index ${results.search.indexFiles} files, ${results.search.indexMB.toFixed(1)} MB; opening the search page ${load ? `${(load.bytes / 1024).toFixed(0)} KB in ${load.requests} requests (Pagefind start-up included)` : '–'}; then the first query “${q?.query ?? '?'}”: ${q ? `${(q.bytes / 1024).toFixed(0)} KB in ${q.requests} requests (target ≤ 150 KB), ${q.results} results shown` : `not measured (${results.search.error})`}`);
  }
  if (results.incremental) out.push(`check after changing one disclosure (incremental, the cache of the previous check): ${num(results.incremental.wallSeconds)} s wall, peak ${num(results.incremental.peakMB, 0)} MB`);
  const steps = (figures: BuildFigures) => (Object.keys(figures.steps).length ? Object.entries(figures.steps).map(([name, s]) => `${name} ${s.toFixed(2)} s`).join(', ') + '; ' : '');
  if (build) out.push(`build:   exit ${build.exitCode}; CPU ${num(build.cpuSeconds)} s; ${steps(build)}${build.htmlPages} HTML pages, ${build.htmlMB.toFixed(1)} MB; disclosure pages ${num(build.disclosurePageKB, 1)} KB each (plus CSV/JSON downloads)`);
  if (bareAstro) out.push(`bare:    exit ${bareAstro.exitCode}; CPU ${num(bareAstro.cpuSeconds)} s; ${bareAstro.htmlPages} HTML pages, ${bareAstro.htmlMB.toFixed(1)} MB; disclosure pages ${num(bareAstro.disclosurePageKB, 1)} KB each (same blocks, paragraphs and tables per page, rows and text × ${num(bareAstro.scale)} to match our page size; no validation, no downloads)`);
  if (pagefindCli) {
    const line = (run: PagefindCliFigures) => `${num(run.wallSeconds)} s (CPU ${num(run.cpuSeconds)} s, peak ${num(run.peakMB, 0)} MB, exit ${run.exitCode}; ${run.pages ?? '?'} pages, ${run.words?.toLocaleString('en-US') ?? '?'} words)`;
    out.push(`pagefind: Pagefind's command line (the publisher's version, zh-CN pages) over the bare Astro pages: defaults ${line(pagefindCli.defaults)}; amount cells excluded (--exclude-selectors ${AMOUNT_CELLS}) ${line(pagefindCli.withoutAmounts)}`);
  }
  const ratioLine = (label: string, r: Ratios) =>
    `${label} build ÷ bare Astro ${num(r.bare)} (stretch target ≤ ${STRETCH_RATIO}: ${r.bare <= STRETCH_RATIO ? 'met' : 'not met'})${r.bareAndPagefind !== undefined ? `; build ÷ (bare Astro + Pagefind) ${num(r.bareAndPagefind)} with Pagefind's defaults, ${num(r.bareAndPagefindWithoutAmounts)} with the amount cells excluded (target < 1: ${r.bareAndPagefindWithoutAmounts! < 1 ? 'met' : 'NOT MET'})` : ''}`;
  if (ratios) out.push(ratioLine('ratios:  wall time:', ratios));
  if (results.cpuRatios) out.push(ratioLine('         CPU time: ', results.cpuRatios));
  const t = results.target;
  out.push(`target:  check of ${t.disclosures.toLocaleString('en-US')} disclosures in ≤ ${t.seconds} s → ${c.disclosures === t.disclosures ? 'measured' : 'extrapolated linearly (a rough guide: worker start-up weighs more on small runs; run with --disclosures 10000 to measure)'} ${t.extrapolatedCheckSeconds.toFixed(1)} s: ${t.met ? 'MET' : `NOT MET (${(t.extrapolatedCheckSeconds / t.seconds).toFixed(1)}× too slow)`}`);
  const m = results.machine;
  // The build runs with --max-old-space-size=16384 (see the build command below); check with the default heap.
  for (const [name, peak, limit] of [['check', check.peakMB, m.heapLimitMB], ['build', build?.peakMB, BUILD_HEAP_MB]] as const) {
    if (peak !== undefined && peak > 0.85 * limit) {
      out.push(`memory:  ${name} peaked at ${peak.toFixed(0)} MB, near its V8 heap limit of ${limit.toFixed(0)} MB: expect GC thrashing or an out-of-memory crash`);
    }
  }
  out.push(`machine: ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGB.toFixed(0)} GB, Node ${m.node}; load average ${m.loadAverage.start.toFixed(1)} at start, ${m.loadAverage.end.toFixed(1)} at end${m.loadAverage.start > m.cpus * 0.5 ? ' (other work was running: figures are inflated)' : ''}; peak memory = max RSS of the child process (${results.memoryMethod})`);
  if (results.tempDir) out.push(`kept:    ${results.tempDir}`);
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const options = parseOptions(argv);
  const temp = mkdtempSync(join(tmpdir(), 'budget-bench-'));
  const cleanup = () => {
    if (!options.keep) rmSync(temp, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    if (options.province) return await provinceBench(options, options.province, temp);
    const contentDir = join(temp, 'content');
    const logs = join(temp, 'logs');
    mkdirSync(logs, { recursive: true });
    log(options, `generating ${options.disclosures} disclosures (seed ${options.seed}) in ${contentDir}`);
    const started = performance.now();
    const generated: GenerateResult = generateContent({ root: contentDir, disclosures: options.disclosures, seed: options.seed });
    const generateSeconds = (performance.now() - started) / 1000;
    const bytes = generated.bytes.index + generated.bytes.tables + generated.bytes.performance + generated.bytes.other;
    log(options, `generated ${generated.files} files, ${(bytes / 1048576).toFixed(1)} MB in ${generateSeconds.toFixed(1)} s`);

    const node = process.execPath;
    const project = join(temp, 'project');
    snapshotProject(project);
    const files = (name: string) => ({ stdoutFile: join(logs, `${name}.out`), stderrFile: join(logs, `${name}.err`), timeFile: join(logs, `${name}.time`) });

    const checkCommand = npmScriptArguments('check');
    log(options, `timing check: node ${checkCommand.join(' ')} --content …`);
    const loadAtStart = loadavg()[0]!;
    // Cold: --no-cache, so every run reads and checks everything.
    let checkRun = await runMeasured(node, [...checkCommand, '--content', contentDir, '--no-cache'], { cwd: project, env: childEnv(), ...files('check') });
    const runs = [checkRun.wallSeconds];
    for (let i = 1; i < options.repeat; i++) {
      const again = await runMeasured(node, [...checkCommand, '--content', contentDir, '--no-cache'], { cwd: project, env: childEnv(), ...files(`check-${i + 1}`) });
      runs.push(again.wallSeconds);
      log(options, `check run ${i + 1}: ${again.wallSeconds.toFixed(2)} s`);
      if (again.exitCode === checkRun.exitCode && again.wallSeconds < checkRun.wallSeconds) checkRun = again;
    }
    const check = { ...checkFigures(checkRun), runs };
    if (checkRun.exitCode !== 0) process.stderr.write(`[bench] warning: ${failure('check', checkRun)}\n`);
    log(options, `check: ${check.wallSeconds.toFixed(2)} s, peak ${num(check.peakMB, 0)} MB, ${check.errors ?? '?'} errors, ${check.warnings ?? '?'} warnings`);

    // Incremental: what an editor waits for after changing one file (the cache is filled by a first run).
    log(options, 'timing incremental check: one disclosure changed since the last check');
    await runMeasured(node, [...checkCommand, '--content', contentDir], { cwd: project, env: childEnv(), ...files('check-prime') });
    const changed = firstTablesFile(contentDir);
    // A real edit (the cache keys on content hashes: a new time alone changes nothing); a comment keeps it valid.
    if (changed) appendFileSync(changed, '# edited for the incremental timing\n');
    const incrementalRun = await runMeasured(node, [...checkCommand, '--content', contentDir], { cwd: project, env: childEnv(), ...files('check-incremental') });
    const incremental = { wallSeconds: incrementalRun.wallSeconds, peakMB: checkFigures(incrementalRun).peakMB, exitCode: incrementalRun.exitCode };
    log(options, `incremental check: ${incremental.wallSeconds.toFixed(2)} s`);

    let build: BuildFigures | undefined;
    let search: SearchFigures | undefined;
    let bareAstro: BuildFigures | undefined;
    let bareScale: number | undefined;
    let pagefindCli: Results['pagefindCli'];
    if (!options.skipBuild) {
      const dist = join(temp, 'dist');
      log(options, 'timing build: node scripts/build.ts --content … --out …');
      const buildRun = await runMeasured(node, [`--max-old-space-size=${BUILD_HEAP_MB}`, 'scripts/build.ts', '--content', contentDir, '--out', dist], { cwd: project, env: childEnv({ BUDGET_BUILD_QUIET: '1' }), ...files('build') });
      build = buildFigures(buildRun, dist);
      log(options, 'measuring search: index size and the first query in Chromium');
      search = await measureSearch(dist, '干部教育培训');
      if (buildRun.exitCode !== 0) process.stderr.write(`[bench] warning: ${failure('build', buildRun)}\n`);
      log(options, `build: ${build.wallSeconds.toFixed(2)} s, peak ${num(build.peakMB, 0)} MB, ${build.htmlPages} pages`);

      // Calibrate: build a few bare pages, then scale rows and paragraphs so a bare disclosure page has the same
      // HTML size as ours (ours carry more markup per row: more columns, links, notes, charts).
      let scale = 1;
      if (build.disclosurePageKB) {
        const sampleDir = join(temp, 'bare-astro-calibration');
        writeBareAstroProject(sampleDir, PROJECT_ROOT, generated.pages.slice(0, 30));
        writeFileSync(join(sampleDir, 'build.mjs'), BARE_BUILD);
        const sampleRun = await runMeasured(node, ['build.mjs'], { cwd: sampleDir, env: childEnv(), ...files('bare-calibration') });
        const sample = buildFigures(sampleRun, join(sampleDir, 'dist'));
        if (sampleRun.exitCode === 0 && sample.disclosurePageKB) scale = build.disclosurePageKB / sample.disclosurePageKB;
        log(options, `bare Astro calibration: ${num(sample.disclosurePageKB, 1)} KB/page at scale 1 → scale ${scale.toFixed(2)} to match ${num(build.disclosurePageKB, 1)} KB`);
      }
      const bareDir = join(temp, 'bare-astro');
      writeBareAstroProject(bareDir, PROJECT_ROOT, generated.pages, scale);
      writeFileSync(join(bareDir, 'build.mjs'), BARE_BUILD);
      bareScale = scale;
      log(options, `timing bare Astro (${generated.pages.length} pages) in ${bareDir}`);
      const bareRun = await runMeasured(node, ['build.mjs'], { cwd: bareDir, env: childEnv(), ...files('bare-astro') });
      bareAstro = { ...buildFigures(bareRun, join(bareDir, 'dist')), scale: bareScale };
      if (bareRun.exitCode !== 0) process.stderr.write(`[bench] warning: ${failure('bare Astro build', bareRun)}\n`);
      log(options, `bare Astro: ${bareAstro.wallSeconds.toFixed(2)} s, peak ${num(bareAstro.peakMB, 0)} MB, ${bareAstro.htmlPages} pages`);
      if (options.pagefindCli && bareRun.exitCode === 0) {
        // The same pages, indexed by Pagefind's own command line (outside the site folder, so both runs see the same pages).
        log(options, 'timing Pagefind\'s command line over the bare Astro pages (defaults)');
        const defaults = await runPagefindCli('defaults', join(bareDir, 'dist'), join(temp, 'pagefind-cli-defaults'), logs);
        log(options, `Pagefind (defaults): ${defaults.wallSeconds.toFixed(2)} s, ${defaults.words ?? '?'} words`);
        log(options, `timing Pagefind's command line over the bare Astro pages (amount cells excluded: ${AMOUNT_CELLS})`);
        const withoutAmounts = await runPagefindCli('without-amounts', join(bareDir, 'dist'), join(temp, 'pagefind-cli-without-amounts'), logs, ['--exclude-selectors', AMOUNT_CELLS]);
        log(options, `Pagefind (amount cells excluded): ${withoutAmounts.wallSeconds.toFixed(2)} s, ${withoutAmounts.words ?? '?'} words`);
        pagefindCli = { defaults, withoutAmounts };
        for (const run of [defaults, withoutAmounts]) if (run.exitCode !== 0) process.stderr.write(`[bench] warning: Pagefind (${run.label}) exited with ${run.exitCode}\n`);
      }
    }

    let phases: PhaseReport | undefined;
    let profile: (ProfileSummary & { file: string }) | undefined;
    if (options.profile) {
      log(options, 'phases of check: node scripts/bench/phases.ts --content …');
      const phaseRun = await runMeasured(node, ['scripts/bench/phases.ts', '--content', contentDir, '--json'], { cwd: project, env: childEnv(), ...files('phases') });
      if (phaseRun.exitCode === 0) phases = JSON.parse(readFileSync(phaseRun.stdoutFile, 'utf8')) as PhaseReport;
      else process.stderr.write(`[bench] warning: ${failure('phases', phaseRun)}\n`);
      log(options, 'profiling check: node --cpu-prof scripts/check.ts --content …');
      const profileDir = join(temp, 'profile');
      const profileRun = await runMeasured(node, ['--cpu-prof', '--cpu-prof-dir', profileDir, ...checkCommand, '--content', contentDir], { cwd: project, env: childEnv(), ...files('profile') });
      const written = existsSync(profileDir) ? readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')) : [];
      if (written.length > 0) {
        const keepDir = join(PROJECT_ROOT, '.bench');
        mkdirSync(keepDir, { recursive: true });
        const kept = join(keepDir, `check-${generated.disclosures}.cpuprofile`);
        cpSync(join(profileDir, written[0]!), kept);
        profile = { ...summarizeProfile(JSON.parse(readFileSync(kept, 'utf8'))), file: kept };
      } else process.stderr.write(`[bench] warning: no CPU profile written; ${failure('profiled check', profileRun)}\n`);
    }

    const extrapolated = check.wallSeconds * (TARGET.disclosures / generated.disclosures);
    const results: Results = {
      machine: { cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', memoryGB: totalmem() / 1073741824, node: process.version, platform: process.platform, loadAverage: { start: loadAtStart, end: loadavg()[0]! }, heapLimitMB: getHeapStatistics().heap_size_limit / 1048576 },
      options,
      content: { disclosures: generated.disclosures, departments: generated.departments, years: generated.years, files: generated.files, megabytes: bytes / 1048576, projects: generated.projects, indicators: generated.indicators, generateSeconds },
      check,
      incremental,
      ...(search ? { search } : {}),
      ...(build ? { build } : {}),
      ...(bareAstro ? { bareAstro } : {}),
      ...(pagefindCli ? { pagefindCli } : {}),
      ...(build && bareAstro && bareAstro.wallSeconds > 0
        ? { ratios: buildRatios({ build: build.wallSeconds, bare: bareAstro.wallSeconds, pagefind: pagefindCli && { defaults: pagefindCli.defaults.wallSeconds, withoutAmounts: pagefindCli.withoutAmounts.wallSeconds } }) }
        : {}),
      ...(build?.cpuSeconds && bareAstro?.cpuSeconds
        ? { cpuRatios: buildRatios({ build: build.cpuSeconds, bare: bareAstro.cpuSeconds, pagefind: pagefindCli?.defaults.cpuSeconds && pagefindCli.withoutAmounts.cpuSeconds ? { defaults: pagefindCli.defaults.cpuSeconds, withoutAmounts: pagefindCli.withoutAmounts.cpuSeconds } : undefined }) }
        : {}),
      target: { ...TARGET, extrapolatedCheckSeconds: extrapolated, met: extrapolated <= TARGET.seconds && checkRun.exitCode === 0 },
      ...(phases ? { phases } : {}),
      ...(profile ? { profile } : {}),
      memoryMethod: checkRun.method === 'gnu-time' ? '/usr/bin/time' : '/proc/<pid>/status VmHWM polling',
      ...(options.keep ? { tempDir: temp } : {}),
    };
    if (options.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else {
      process.stdout.write(formatTable(results) + '\n');
      if (phases) process.stdout.write('\n' + formatPhaseReport(phases) + '\n');
      if (profile) process.stdout.write('\n' + formatProfileSummary(profile) + `\n(profile: ${profile.file}; open in Chrome DevTools → Performance)\n`);
    }
    const failed = checkRun.exitCode !== 0 || (build && build.exitCode !== 0) || (bareAstro && bareAstro.exitCode !== 0);
    return failed ? 1 : 0;
  } finally {
    cleanup();
  }
}

/**
 * A province: each county's content generated and its site built apart (one after the other, each timed as
 * `npm run build` runs), every site served from its own origin, a portal built from their list (npm run portal), and
 * the portal's search measured in Chromium: opening it, then a first query over every county.
 */
async function provinceBench(options: Options, province: NonNullable<Options['province']>, temp: string): Promise<number> {
  const logs = join(temp, 'logs');
  mkdirSync(logs, { recursive: true });
  const project = join(temp, 'project');
  snapshotProject(project);
  const files = (name: string) => ({ stdoutFile: join(logs, `${name}.out`), stderrFile: join(logs, `${name}.err`), timeFile: join(logs, `${name}.time`) });
  const builds: Array<{ county: string; disclosures: number; wallSeconds: number; cpuSeconds: number | undefined; exitCode: number | null }> = [];
  const servers: Server[] = [];
  const sites: Array<County & { baseUrl: string }> = [];
  try {
    for (let index = 0; index < province.counties; index++) {
      const county = countyAt(index);
      const content = join(temp, `content-${index}`);
      const generated = generateCounty(content, county, province.disclosures, province.years, options.seed);
      const dist = join(temp, `site-${index}`);
      const run = await runMeasured(process.execPath, [...npmScriptArguments('build'), '--content', content, '--out', dist], { cwd: project, env: childEnv({ BUDGET_BUILD_QUIET: '1' }), ...files(`build-${index}`) });
      builds.push({ county: county.name, disclosures: generated.disclosures, wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds, exitCode: run.exitCode });
      if (run.exitCode !== 0) process.stderr.write(`[bench] warning: ${failure(`build of ${county.name}`, run)}\n`);
      log(options, `county ${index + 1}/${province.counties} ${county.name}: ${generated.disclosures} disclosures built in ${run.wallSeconds.toFixed(2)} s`);
      const server = await serve(dist, { cors: true });
      servers.push(server);
      sites.push({ ...county, baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}/` });
    }
    const list = join(temp, 'portal.yaml');
    writePortalList(list, '基准省部门预算决算公开平台', sites);
    const portalDir = join(temp, 'portal');
    const portalRun = await runMeasured(process.execPath, ['scripts/portal.ts', '--list', list, '--out', portalDir], { cwd: project, env: childEnv({ BUDGET_BUILD_QUIET: '1' }), ...files('portal') });
    if (portalRun.exitCode !== 0) throw new Error(failure('portal build', portalRun));
    const portalServer = await serve(portalDir);
    servers.push(portalServer);
    log(options, `portal over ${sites.length} sites built in ${portalRun.wallSeconds.toFixed(2)} s; measuring its search in Chromium`);
    const query = '干部教育培训';
    const measured = await measureInChromium(`http://127.0.0.1:${(portalServer.address() as { port: number }).port}/`, query);
    const walls = builds.map((b) => b.wallSeconds).sort((a, b) => a - b);
    const results = {
      province: { ...province, sites: sites.length }, builds,
      buildSeconds: { min: walls[0], median: walls[Math.floor(walls.length / 2)], max: walls.at(-1), total: walls.reduce((a, b) => a + b, 0) },
      portal: { buildSeconds: portalRun.wallSeconds, ...measured },
      machine: { cpus: availableParallelism(), loadAverage: loadavg()[0] },
    };
    if (options.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    else {
      const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(0)} KB`);
      process.stdout.write([
        `province: ${province.counties} counties × ${province.disclosures} disclosures (${province.years} years each), each site built apart`,
        `builds:   per county ${num(results.buildSeconds.min)}–${num(results.buildSeconds.max)} s (median ${num(results.buildSeconds.median)} s), ${num(results.buildSeconds.total, 0)} s in all; ${builds.filter((b) => b.exitCode !== 0).length} failed`,
        ...builds.map((b) => `          ${b.county}: ${b.disclosures} disclosures, ${num(b.wallSeconds)} s (CPU ${num(b.cpuSeconds)} s)`),
        `portal:   built in ${num(portalRun.wallSeconds)} s from the list alone; opening it ${kb(measured.pageLoad?.bytes)} in ${measured.pageLoad?.requests ?? '–'} requests (Pagefind and every county's page list); first query “${query}” over all ${sites.length} counties ${kb(measured.firstQuery?.bytes)} in ${measured.firstQuery?.requests ?? '–'} requests, ${measured.firstQuery?.results ?? '–'} results shown${measured.error ? ` (error: ${measured.error})` : ''}`,
        `machine:  ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)} at end`,
        '',
      ].join('\n'));
    }
    return builds.some((b) => b.exitCode !== 0) || !measured.firstQuery ? 1 : 0;
  } finally {
    for (const server of servers) server.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n${HELP}`);
    process.exitCode = 2;
  },
);
