/**
 * Where content is: disclosure folders (disclosures/<year>/<department>/<stage>) and the shares of them the check's
 * worker threads take. Kept apart from reading (load-content.ts) so that the main thread of a parallel check can
 * list and share out folders without loading the checking code.
 */
import { join, relative } from 'node:path';
import { listFolder, realRoot, type FileProblem } from './content-file.ts';
import type { Finding } from './finding.ts';
import type { Stage } from '../schemas/primitives.ts';

export function displayFile(absolute: string): string {
  return relative(process.cwd(), absolute) || absolute;
}

export function problemFinding(absolute: string, problem: FileProblem): Finding {
  return { severity: 'error', rule: problem.rule, file: displayFile(absolute), line: problem.line ?? 1, col: 1, path: '', message: problem.message, messageEn: problem.messageEn };
}

export function layoutFinding(absolute: string, message: string, messageEn: string, severity: 'error' | 'warning' = 'error', rule = 'layout/path'): Finding {
  return { severity, rule, file: displayFile(absolute), line: 1, col: 1, path: '', message, messageEn };
}

/**
 * The sub-folders of `dir` (links to folders inside the content folder included), sorted. A folder that cannot be
 * listed, and links that loop, lead nowhere or lead outside the content folder, are findings given to `report`
 * with the name of the entry they are about (none for the folder itself).
 */
function listDirectories(dir: string, rootReal: string, report: (finding: Finding, name?: string) => void, checkItself = false): string[] {
  const listed = listFolder(dir, rootReal, checkItself);
  if (listed.problem) report(problemFinding(dir, listed.problem));
  const names: string[] = [];
  for (const entry of listed.entries) {
    if (entry.problem) report(problemFinding(entry.absolute, entry.problem), entry.name);
    else if (entry.isDirectory) names.push(entry.name);
  }
  return names;
}

/** One share of the disclosures, by department (a department's years stay together for year-on-year rules). */
export interface ContentPart {
  readonly index: number;
  readonly count: number;
  /**
   * The departments of this part, when the caller has balanced the shares (check-parallel.ts); a department in no
   * part's list (added since it was made) goes by the hash. Without lists, departments are shared out by a hash.
   */
  readonly departments?: readonly (readonly string[])[];
}

const PART_OWNERS = new WeakMap<ContentPart, Map<string, number>>();

export function inPart(department: string, part: ContentPart | undefined): boolean {
  if (!part || part.count <= 1) return true;
  if (part.departments) {
    let owners = PART_OWNERS.get(part);
    if (!owners) {
      owners = new Map(part.departments.flatMap((names, index) => names.map((name) => [name, index] as const)));
      PART_OWNERS.set(part, owners);
    }
    const owner = owners.get(department);
    if (owner !== undefined) return owner === part.index;
  }
  let hash = 0;
  for (let i = 0; i < department.length; i++) hash = (hash * 31 + department.charCodeAt(i)) | 0;
  return Math.abs(hash) % part.count === part.index;
}

/** A disclosure folder, disclosures/<year>/<department>/<stage>, before it is read. */
export interface DisclosureFolder {
  readonly absolute: string;
  readonly year: number;
  readonly department: string;
  readonly stage: Stage;
  /** The real path of the content folder (links must not lead out of it). */
  readonly rootReal: string;
}

/**
 * Lists the disclosure folders (with a part, only that share of the departments), in order of year, department
 * and stage. Misnamed year folders and folders or links that cannot be followed at the year level are reported to
 * `siteFindings` (every part sees them), those further down to `partFindings` (only the part that owns the
 * department sees them). Links to folders inside the content folder are followed like folders.
 */
export function listDisclosureFolders(root: string, part: ContentPart | undefined, siteFindings: Finding[], partFindings: Finding[]): DisclosureFolder[] {
  const rootReal = realRoot(root);
  const folders: DisclosureFolder[] = [];
  const disclosuresDir = join(root, 'disclosures');
  for (const yearName of listDirectories(disclosuresDir, rootReal, (finding) => siteFindings.push(finding), true)) {
    const yearDir = join(disclosuresDir, yearName);
    if (!/^\d{4}$/.test(yearName)) {
      siteFindings.push(layoutFinding(yearDir, `文件夹名“${yearName}”应为四位年份（如 2023）`, 'Year folder must be a 4-digit year'));
      continue;
    }
    // A problem with a department's entry belongs to the part that owns that department.
    const departments = listDirectories(yearDir, rootReal, (finding, name) => {
      if (name === undefined) siteFindings.push(finding);
      else if (inPart(name, part)) partFindings.push(finding);
    });
    for (const department of departments) {
      if (!inPart(department, part)) continue;
      const departmentDir = join(yearDir, department);
      for (const stage of listDirectories(departmentDir, rootReal, (finding) => partFindings.push(finding))) {
        const absolute = join(departmentDir, stage);
        if (stage !== 'budget' && stage !== 'final') {
          partFindings.push(layoutFinding(absolute, `文件夹名“${stage}”应为 budget（预算）或 final（决算）`, 'Stage folder must be budget or final'));
          continue;
        }
        folders.push({ absolute, year: Number(yearName), department, stage, rootReal });
      }
    }
  }
  return folders;
}
