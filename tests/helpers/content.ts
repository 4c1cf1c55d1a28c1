/**
 * Test helpers for content trees: copy the valid base tree (or the sample content) to a temporary folder,
 * overlay an invalid fixture, run the checker in-process and look findings up by content-relative file.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkContent, type CheckResult } from '../../src/validation/check-content.ts';
import { formatFinding } from '../../src/validation/format-findings.ts';
import { isBlocking, type Finding } from '../../src/validation/finding.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');
export const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');
export const BASE_CONTENT = join(FIXTURES, 'base');
export const INVALID_FIXTURES = join(FIXTURES, 'invalid');
export const SAMPLE_CONTENT = join(REPO_ROOT, 'content');

/** The file every fixture folder holds besides the files it replaces. */
export const EXPECTED_FILE = 'expected.yaml';

export interface TempTree {
  readonly root: string;
  readonly cleanup: () => void;
}

export function makeTempDir(prefix = 'budget-test-'): TempTree {
  const root = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file below `dir`, as paths relative to it (forward slashes), sorted. */
export function listFiles(dir: string, under = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, under), { withFileTypes: true })) {
    const rel = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Copies `from` into a fresh temporary folder and returns it. */
export function copyToTemp(from: string, prefix = 'budget-content-'): TempTree {
  const temp = makeTempDir(prefix);
  cpSync(from, temp.root, { recursive: true });
  return temp;
}

/** Copies every file of a fixture folder except expected.yaml over `root` (same relative paths). */
export function overlay(fixtureDir: string, root: string): string[] {
  const files = listFiles(fixtureDir).filter((file) => file !== EXPECTED_FILE);
  for (const file of files) cpSync(join(fixtureDir, file), join(root, file), { recursive: true });
  return files;
}

/** Base tree + one invalid fixture in a temporary folder. */
export function materializeFixture(name: string): TempTree & { readonly files: string[] } {
  const temp = copyToTemp(BASE_CONTENT, `budget-fixture-${name}-`);
  const files = overlay(join(INVALID_FIXTURES, name), temp.root);
  return { ...temp, files };
}

/** A finding with its file relative to the content root, as an editor would name it. */
export interface LocatedFinding extends Finding {
  readonly contentFile: string;
}

export interface CheckRun {
  readonly result: CheckResult;
  readonly findings: LocatedFinding[];
  readonly blocking: LocatedFinding[];
}

/** Finding files are printed relative to the working directory; turn them into content-root-relative paths. */
export function contentRelative(root: string, file: string): string {
  return relative(root, resolve(process.cwd(), file)).split(sep).join('/');
}

export function runCheck(root: string): CheckRun {
  const result = checkContent(root);
  const findings = result.findings.map((finding) => ({ ...finding, contentFile: contentRelative(root, finding.file) }));
  return { result, findings, blocking: findings.filter(isBlocking) };
}

/** Everything an editor reads about a finding: the message, every value (with its label) and the English line. */
export function findingText(finding: Finding): string {
  return [finding.message, ...(finding.values ?? []).flatMap((value) => [value.label, value.value]), finding.messageEn ?? ''].join('\n');
}

/** Printed findings, for assertion messages. */
export function dump(findings: readonly Finding[]): string {
  return findings.length ? findings.map((finding) => formatFinding(finding)).join('\n') : '(no findings)';
}

export interface ExpectedFinding {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number;
  readonly path?: string;
  readonly mentions: readonly string[];
}

export function readExpected(fixtureDir: string): ExpectedFinding {
  const raw = parse(readFileSync(join(fixtureDir, EXPECTED_FILE), 'utf8')) as Record<string, unknown>;
  const mentions = raw.mentions ?? [];
  if (typeof raw.rule !== 'string' || (raw.severity !== 'error' && raw.severity !== 'warning') || typeof raw.file !== 'string'
    || typeof raw.line !== 'number' || !Array.isArray(mentions) || (raw.path !== undefined && typeof raw.path !== 'string')) {
    throw new Error(`${fixtureDir}/${EXPECTED_FILE}: needs rule, severity (error|warning), file, line, optional path and mentions`);
  }
  return {
    rule: raw.rule, severity: raw.severity, file: raw.file, line: raw.line, mentions: mentions.map(String),
    ...(raw.path !== undefined ? { path: raw.path as string } : {}),
  };
}

/** Findings with the expected rule, severity, file and line (and path when given). */
export function matchingFindings(findings: readonly LocatedFinding[], expected: ExpectedFinding): LocatedFinding[] {
  return findings.filter((finding) =>
    finding.rule === expected.rule && finding.severity === expected.severity && finding.contentFile === expected.file
    && finding.line === expected.line && (expected.path === undefined || finding.path === expected.path));
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Base tree in a temporary folder with some files edited (text → text), for one-off cases. */
export function baseWith(edits: Record<string, (text: string) => string>): TempTree {
  const temp = copyToTemp(BASE_CONTENT, 'budget-case-');
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(temp.root, file);
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
  }
  return temp;
}

/** Replaces exactly one occurrence of `from`, failing loudly if the text is not there once. */
export function replaceOnce(from: string, to: string): (text: string) => string {
  return (text) => {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`expected exactly one ${JSON.stringify(from)}, found ${count}`);
    return text.replace(from, to);
  };
}

export const BASE_BUDGET = 'disclosures/2024/demo-county-office/budget';
export const BASE_FINAL = 'disclosures/2023/demo-county-office/final';
