/**
 * Summarises a V8 .cpuprofile (node --cpu-prof): self time by area (yaml package, zod, our loader, each rule
 * file, domain, GC, …), inclusive time of the entry points that matter, and the hottest functions.
 *
 *   node scripts/bench/profile.ts FILE.cpuprofile [--json]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

export interface ProfileSummary {
  readonly totalMs: number;
  readonly areas: Array<{ area: string; selfMs: number; percent: number }>;
  readonly inclusive: Array<{ fn: string; ms: number; percent: number }>;
  readonly hottest: Array<{ fn: string; where: string; selfMs: number; percent: number }>;
}

function area(frame: CallFrame): string {
  const url = frame.url;
  if (frame.functionName === '(garbage collector)') return 'GC (garbage collector)';
  if (frame.functionName === '(program)') return 'V8 (program: compile, IC misses)';
  if (frame.functionName === '(idle)') return 'idle';
  if (frame.functionName === '(root)') return 'root';
  if (url.includes('/node_modules/yaml/')) return 'yaml package (lexer, parser, composer)';
  if (url.includes('/node_modules/js-yaml/')) return 'js-yaml package';
  if (url.includes('/node_modules/zod/')) return 'zod (schema walking, issues)';
  const src = /\/src\/(.+)$/.exec(url);
  if (src) {
    const path = src[1]!;
    if (path.startsWith('validation/rules/')) return `rules: ${basename(path)}`;
    return path;
  }
  if (url.includes('/scripts/')) return `scripts: ${basename(url)}`;
  if (url.startsWith('node:')) return `node internals (${url.replace(/^node:(internal\/)?/, '').split('/')[0]})`;
  if (url === '') return `native: ${frame.functionName || '(anonymous)'}`.replace(/^native: (RegExp|String|Array|Map|Set|JSON|Object).*$/, 'native: $1 builtins');
  return url;
}

/** Functions whose inclusive time tells where check spends its time. */
const ENTRY_POINTS = [
  'checkContent', 'checkFindings', 'runCheck', 'loadSiteFiles', 'loadDisclosure', 'readFileSync', 'readdirSync', 'existsSync', 'statSync',
  'parseYamlSource', 'parseFast', 'loadAll', 'normaliseBlanks', 'parseYamlFull', 'positionsFromEvents', 'compose', 'convert',
  'parseWithSchema', 'readIndexText', 'safeParse', 'zodIssuesToFindings',
  'registryFindings', 'buildDisclosureContext',
  'metadataRules', 'classifiedTableRules', 'summaryTableRules', 'crossTableRules', 'otherTableRules', 'performanceRules',
  'performancePlausibilityRules', 'strayYearWarnings', 'narrativeRules', 'textWarningRules', 'placeRuleFinding', 'placeFinding',
  'applyAcknowledgements', 'compareFindings', 'displayPath', 'locate', 'parseMoney', 'parseIndicatorValue', 'collectStrings', 'yearsIn',
  'formatFinding',
];

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, { fn: string; where: string; selfMs: number }>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const name = area(frame);
    areas.set(name, (areas.get(name) ?? 0) + ms);
    const key = `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}`;
    const entry = functions.get(key) ?? { fn: frame.functionName || '(anonymous)', where: `${frame.url.replace(/^.*\/(node_modules|src|scripts)\//, '$1/')}:${frame.lineNumber + 1}`, selfMs: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
  }
  // Inclusive time per node, children first.
  const totals = new Map<number, number>();
  const order: number[] = [];
  const root = profile.nodes[0]!.id;
  const stack = [root];
  while (stack.length) {
    const id = stack.pop()!;
    order.push(id);
    for (const child of byId.get(id)!.children ?? []) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let total = self.get(id) ?? 0;
    for (const child of byId.get(id)!.children ?? []) total += totals.get(child) ?? 0;
    totals.set(id, total);
  }
  const inclusive = new Map<string, number>();
  for (const node of profile.nodes) {
    const fn = node.callFrame.functionName;
    if (!ENTRY_POINTS.includes(fn)) continue;
    // Count a function once per call chain (skip nodes that have the same function above them).
    let up = parent.get(node.id);
    let nested = false;
    while (up !== undefined) {
      if (byId.get(up)!.callFrame.functionName === fn) { nested = true; break; }
      up = parent.get(up);
    }
    if (!nested) inclusive.set(fn, (inclusive.get(fn) ?? 0) + (totals.get(node.id) ?? 0));
  }
  const percent = (ms: number) => Math.round((ms / totalMs) * 1000) / 10;
  return {
    totalMs,
    areas: [...areas].map(([name, ms]) => ({ area: name, selfMs: ms, percent: percent(ms) })).sort((a, b) => b.selfMs - a.selfMs),
    inclusive: ENTRY_POINTS.filter((fn) => inclusive.has(fn)).map((fn) => ({ fn, ms: inclusive.get(fn)!, percent: percent(inclusive.get(fn)!) })),
    hottest: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top).map((f) => ({ ...f, percent: percent(f.selfMs) })),
  };
}

export function formatProfileSummary(summary: ProfileSummary): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2).padStart(8)} s`;
  const out = [`CPU profile of check: ${(summary.totalMs / 1000).toFixed(2)} s sampled`, '', 'Self time by area:'];
  for (const a of summary.areas) if (a.percent >= 0.2) out.push(`  ${a.area.padEnd(44)} ${s(a.selfMs)}  ${a.percent.toFixed(1).padStart(5)}%`);
  out.push('', 'Inclusive time of entry points (a callee is part of its caller):');
  for (const f of summary.inclusive) out.push(`  ${f.fn.padEnd(44)} ${s(f.ms)}  ${f.percent.toFixed(1).padStart(5)}%`);
  out.push('', 'Hottest functions (self time):');
  for (const f of summary.hottest) out.push(`  ${(f.fn + '  ' + f.where).padEnd(78)} ${s(f.selfMs)}  ${f.percent.toFixed(1).padStart(5)}%`);
  return out.join('\n');
}

if (import.meta.main) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: node scripts/bench/profile.ts FILE.cpuprofile [--json]\n');
    process.exit(2);
  }
  const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  process.stdout.write((process.argv.includes('--json') ? JSON.stringify(summary, null, 2) : formatProfileSummary(summary)) + '\n');
}
