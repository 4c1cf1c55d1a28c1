/**
 * One mutant, made and checked in this thread: what the fuzz run asserts about the check's answer. Run in worker
 * threads by run.ts (a mutant that hangs is stopped from outside).
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { checkFindings } from '../../src/validation/check-content.ts';
import { checkContentCached } from '../../src/validation/check-cache.ts';
import { RULES } from '../../src/validation/rule-catalogue.ts';
import { formatFinding } from '../../src/validation/format-findings.ts';
import type { Finding } from '../../src/validation/finding.ts';
import { SECRET, writeMutant, type Mutant, type Tree } from './mutate.ts';

export interface MutantResult {
  readonly index: number;
  readonly operations: string;
  readonly milliseconds: number;
  readonly findings: number;
  readonly rules: Record<string, number>;
  /** Operations whose required finding was looked for (see Operation.expect). */
  readonly expectations: number;
  /** What was wrong with the check's answer (empty: nothing). */
  readonly failures: string[];
}

const RULE_IDS = new Set(RULES.map((rule) => rule.id));

/** Every finding names a file inside the content folder, a line and column from 1, a known rule, Chinese. */
function findingProblems(finding: Finding, root: string): string[] {
  const problems: string[] = [];
  const where = relative(root, resolve(finding.file));
  if (!finding.file || where === '' || where.startsWith('..')) problems.push('names no file inside the content folder');
  if (!Number.isInteger(finding.line) || finding.line < 1) problems.push(`line ${finding.line}`);
  if (!Number.isInteger(finding.col) || finding.col < 1) problems.push(`column ${finding.col}`);
  if (!RULE_IDS.has(finding.rule)) problems.push(`rule ${finding.rule} is not in the catalogue`);
  if (!/[\u4e00-\u9fff]/.test(finding.message)) problems.push('message without Chinese');
  if (finding.rule === 'internal/unexpected') problems.push('unexpected failure');
  return problems.map((problem) => `${problem}: ${formatFinding(finding)}`);
}

/** Content-relative path of a finding's file. */
const contentPath = (root: string, finding: Finding) => relative(root, resolve(finding.file)).split(sep).join('/');

/** Makes mutant `index` in a new folder under `workDir`, checks it, removes it. */
export function checkMutant(tree: Tree, seed: string, index: number, workDir: string, outside: string, withCache: boolean): MutantResult {
  const root = realpathSync(mkdtempSync(join(workDir, `mutant-${index}-`)));
  const failures: string[] = [];
  let mutant: Mutant | undefined;
  let findings: Finding[] = [];
  let expectations = 0;
  const started = performance.now();
  try {
    mutant = writeMutant(tree, seed, index, root, outside);
    try {
      findings = checkFindings(root).findings;
      if (withCache) {
        // The incremental check must agree with the full one, from a cold cache and from a warm one.
        const cachePath = join(root, '..', `${root.split(sep).pop()}.cache.json`);
        try {
          for (let run = 0; run < 2; run++) {
            const cached = checkContentCached(root, undefined, cachePath);
            if (JSON.stringify(cached.findings) !== JSON.stringify(findings)) failures.push(`the cached check (run ${run + 1}) differs from the full check`);
          }
        } finally {
          rmSync(cachePath, { force: true });
        }
      }
    } catch (error) {
      failures.push(`the check threw: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
    for (const finding of findings) failures.push(...findingProblems(finding, root));
    const printed = findings.map((finding) => formatFinding(finding)).join('\n');
    if (printed.includes(SECRET)) failures.push('a finding shows text from outside the content folder');
    // What an operation must make the check say, when no other operation touched the same path (or a folder
    // around it, or inside it).
    const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
    for (const operation of mutant.operations) {
      if (!operation.expect || mutant.operations.some((other) => other !== operation && overlaps(other.path, operation.path))) continue;
      const { path, rule } = operation.expect;
      expectations++;
      const found = findings.some((finding) => finding.severity === 'error' && contentPath(root, finding) === path && (!rule || finding.rule === rule));
      if (!found) failures.push(`${operation.name} on ${path}: expected ${rule ?? 'an error'} for that file, got:\n${printed || '(no findings)'}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const rules: Record<string, number> = {};
  for (const finding of findings) rules[finding.rule] = (rules[finding.rule] ?? 0) + 1;
  return {
    index,
    operations: mutant ? mutant.operations.map((operation) => `${operation.name} ${operation.path}`).join('; ') : '(not made)',
    milliseconds: performance.now() - started,
    findings: findings.length,
    rules,
    expectations,
    failures,
  };
}
