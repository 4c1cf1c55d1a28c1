/**
 * The editor-facing commands, spawned with the node that runs the tests: `check` prints one line per finding
 * (path:line:col  severity  rule  field.path  中文说明) and exits 1 on an unacknowledged error, never with a
 * stack trace; `--json` is machine-readable; `build` refuses broken content and leaves the previous output alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CONTENT, REPO_ROOT, makeTempDir, materializeFixture, type TempTree } from '../../helpers/content.ts';
import { generateContent } from '../../../scripts/bench/generate.ts';
import { checkFindings } from '../../../src/validation/check-content.ts';
import { balancedShares } from '../../../src/validation/check-parallel.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
const keep = <T extends TempTree>(tree: T): T => {
  cleanups.push(tree.cleanup);
  return tree;
};

function node(script: string, args: string[]) {
  const child = spawnSync(process.execPath, [script, ...args], {
    cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', BUDGET_BUILD_QUIET: '1' },
  });
  return { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '', error: child.error };
}

/** `path:line:col  severity  rule  field.path  message` */
const FINDING_LINE = /^(?<file>\S+):(?<line>\d+):(?<col>\d+) {2}(?<severity>error|warning|noted) {2}(?<rule>[a-z]+\/[a-z0-9-]+) {2}(?<path>\S+) {2}(?<message>.+)$/u;
const STACK_LINE = /^\s{4}at /m;

describe('check', () => {
  const broken = keep(materializeFixture('tree-sum'));
  const syntax = keep(materializeFixture('yaml-syntax'));

  it('exits 1 on a broken tree and prints each finding as path:line:col  error  rule-id  field.path  中文说明', () => {
    const result = node('scripts/check.ts', ['--content', broken.root]);
    expect(result.error).toBeUndefined();
    expect(result.status, result.stdout + result.stderr).toBe(1);
    const lines = result.stdout.split('\n').filter((line) => FINDING_LINE.test(line));
    expect(lines.length).toBeGreaterThan(0);
    const tree = lines.map((line) => FINDING_LINE.exec(line)!.groups!).find((g) => g.rule === 'sum/tree' && g.path === 'general_budget_expenditure.rows[20805].total');
    expect(tree, result.stdout).toBeDefined();
    expect((tree!.file ?? '').replace(/\\/g, '/')).toMatch(/disclosures\/2024\/demo-county-office\/budget\/tables\.yaml$/);
    expect(tree!.line).toBe('89');
    expect(tree!.severity).toBe('error');
    expect(tree!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(tree!.message).toContain('50.2');
    // the values involved follow, indented, with the line of each addend
    expect(result.stdout).toMatch(/^ {4}分项 2080505 .*：50\.1万元（第90行）$/m);
    expect(result.stdout).toContain('检查未通过');
    expect(result.stdout).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('reports a YAML syntax error with its line and no stack trace', () => {
    const result = node('scripts/check.ts', ['--content', syntax.root]);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    const line = result.stdout.split('\n').find((l) => l.includes('  yaml/syntax  '));
    expect(line, result.stdout).toBeDefined();
    expect(FINDING_LINE.exec(line!)!.groups!.line).toBe('138');
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('--json gives parseable JSON with every finding', () => {
    const result = node('scripts/check.ts', ['--content', broken.root, '--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean; counts: { errors: number; warnings: number; acknowledged: number }; disclosures: number; files: number;
      findings: Array<{ severity: string; rule: string; file: string; line: number; col: number; path: string; message: string }>;
    };
    expect(report.ok).toBe(false);
    expect(report.counts.errors).toBeGreaterThan(0);
    expect(report.disclosures).toBe(3);
    expect(report.findings.length).toBe(report.counts.errors + report.counts.warnings + report.counts.acknowledged);
    const tree = report.findings.find((f) => f.rule === 'sum/tree' && f.path === 'general_budget_expenditure.rows[20805].total');
    expect(tree).toMatchObject({ severity: 'error', line: 89 });
    for (const finding of report.findings) {
      expect(typeof finding.file).toBe('string');
      expect(Number.isInteger(finding.line) && finding.line >= 1).toBe(true);
      expect(Number.isInteger(finding.col) && finding.col >= 1).toBe(true);
      expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('exits 0 on a valid tree', () => {
    const result = node('scripts/check.ts', ['--content', BASE_CONTENT]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('检查通过');
    expect(result.stdout.split('\n').filter((line) => FINDING_LINE.test(line))).toEqual([]);
    const json = node('scripts/check.ts', ['--content', BASE_CONTENT, '--json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, findings: [], counts: { errors: 0, warnings: 0, acknowledged: 0 } });
  });

  it('exits 0 when only warnings are found', () => {
    const warned = keep(materializeFixture('warn-stray-year'));
    const result = node('scripts/check.ts', ['--content', warned.root]);
    expect(result.status, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/ {2}warning {2}plausibility\/stray-year {2}/);
  });

  it('explains a missing content folder without a stack trace', () => {
    const empty = keep(makeTempDir('budget-empty-'));
    const result = node('scripts/check.ts', ['--content', join(empty.root, 'no-such-folder')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/site\.yaml:1:1 {2}error {2}layout\/missing-file/);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });
});

describe('check on worker threads (content large enough to share out)', () => {
  it('reports exactly the findings of a one-thread check, from every share', () => {
    const tree = keep(makeTempDir('budget-parallel-'));
    generateContent({ root: tree.root, disclosures: 240, seed: 'parallel-check' });
    // One slip in a department of each share.
    const sizes = new Map(readdirSync(join(tree.root, 'disclosures/2024')).map((name) => [name, 20]));
    const broken = balancedShares(sizes, 2).map((names) => join(tree.root, 'disclosures/2024', names[0]!, 'budget/tables.yaml'));
    for (const file of broken) writeFileSync(file, readFileSync(file, 'utf8').replace(/basic: (\d+)\./, (_, whole: string) => `basic: ${Number(whole) + 1}.`));
    // A link that points at itself where a stage folder would be (its files cannot be looked at): weighing the
    // shares must neither fail nor leave the workers waiting.
    const looped = join(tree.root, 'disclosures/2024/looped-office/budget');
    mkdirSync(dirname(looped));
    symlinkSync(looped, looped);
    const result = node('scripts/check.ts', ['--content', tree.root, '--json', '--no-cache']);
    expect(result.status, result.stderr).toBe(1);
    const json = JSON.parse(result.stdout) as { disclosures: number; files: number; findings: unknown[] };
    expect(json.disclosures).toBe(240);
    const expected = checkFindings(tree.root);
    expect(json.files).toBe(expected.files);
    expect(JSON.stringify(json.findings)).toBe(JSON.stringify(expected.findings));
    for (const file of broken) expect(expected.findings.some((finding) => finding.file.endsWith(file.slice(tree.root.length)) && finding.severity === 'error'), file).toBe(true);
  });
});

describe('build', () => {
  it('refuses broken content: exit 1, previous output untouched, no staging folder left behind', () => {
    const broken = keep(materializeFixture('row-identity'));
    const out = keep(makeTempDir('budget-build-'));
    const dist = join(out.root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'marker.txt'), 'previous build\n');
    const result = node('scripts/build.ts', ['--content', broken.root, '--out', dist]);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/ {2}error {2}sum\/row {2}general_budget_expenditure\.rows\[2010301\]\.total {2}/);
    expect(readFileSync(join(dist, 'marker.txt'), 'utf8')).toBe('previous build\n');
    expect(readdirSync(dist)).toEqual(['marker.txt']);
    expect(existsSync(`${dist}.staging`)).toBe(false);
    expect(existsSync(`${dist}.previous`)).toBe(false);
    expect(existsSync(`${dist}.builds`)).toBe(false);
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses a base URL with a scheme other than http(s) with a Chinese finding, not a crash', () => {
    for (const fixture of ['base-url-ftp', 'base-url-javascript']) {
      const broken = keep(materializeFixture(fixture));
      const out = keep(makeTempDir('budget-build-'));
      const result = node('scripts/build.ts', ['--content', broken.root, '--out', join(out.root, 'dist')]);
      expect(result.status, result.stdout + result.stderr).toBe(1);
      const line = result.stdout.split('\n').find((l) => l.includes('  schema/format  base_url  '));
      expect(line, result.stdout).toMatch(/site\.yaml:5:\d+ {2}error {2}schema\/format {2}base_url {2}字段 base_url（站点网址）：网址只能以 https:\/\/ 或 http:\/\/ 开头/);
      expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(join(out.root, 'dist'))).toBe(false);
    }
  });
});
