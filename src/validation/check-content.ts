/**
 * The whole validation in one pass: site files and registry, then each department's disclosures year by year
 * (schema, rules, acknowledgements). Every finding at once, sorted by file and line. An unexpected failure becomes
 * a finding, never a crash.
 *
 * A disclosure's rules look only at itself, its department record and last year's same stage, so the check keeps
 * only last year's data while it goes: at tens of thousands of disclosures a small heap is what keeps garbage
 * collection cheap. Pages need everything, so checkContent also keeps what it read.
 */
import { displayFile, loadDisclosure, listDisclosureFolders, loadSiteFiles, placeFinding, type ContentPart, type DisclosureFolder, type DisclosureTexts, type LoadedContent, type LoadedDisclosure, type Parsed, type ReadContext } from './load-content.ts';
import { compareFindings, type Finding, type RuleFinding } from './finding.ts';
import { locate, type SourceDocument } from './yaml-source.ts';
import { buildDisclosureContext, partsOf, type DisclosureParts, type RuleFile } from './context.ts';
import type { Department } from '../schemas/site.ts';
import { DISCLOSURE_RULES } from './rules/index.ts';
import { registryFindings } from './rules/registry.ts';
import { applyAcknowledgements } from './acknowledgements.ts';
import { isUnreadableValue } from './as-printed.ts';
import { bodyPath } from './display-path.ts';

/** The findings of a check (or of one part of it) and what was read. */
export interface CheckFindings {
  readonly findings: Finding[];
  /** Content files read (site files only in the part that reports them). */
  readonly files: number;
  /** Content files read, by disclosure folder (as findings name it). */
  readonly filesByDisclosure: ReadonlyMap<string, number>;
}

export interface CheckResult extends CheckFindings {
  readonly content: LoadedContent;
}

/**
 * Checks all content, or one part of the disclosures (see check-parallel.ts): the findings about site files and the
 * registry are then reported by part 0 only, so parts add up to exactly the findings of a whole check.
 */
export interface CheckScope {
  readonly part?: ContentPart;
  /** Disclosures to read (default all), by folder as findings name it. */
  readonly read?: (dir: string) => boolean;
  /** Disclosures to run rules on (default all read); others are read only as last year's context. */
  readonly check?: (dir: string) => boolean;
  /** Told about every content file read (the check cache hashes what was read). */
  readonly onFile?: ReadContext['onFile'];
}

/** Checks and keeps everything read (for pages, the guide and tests). */
export function checkContent(root: string, scope: CheckScope | ContentPart = {}): CheckResult {
  const disclosures: LoadedDisclosure[] = [];
  const { site, findings, files, filesByDisclosure } = runCheck(root, scope, (disclosure) => disclosures.push(disclosure));
  // Back to the order of the folders (year, then department, then stage, each as the folder listing sorts them).
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  disclosures.sort((a, b) => a.year - b.year || byName(a.department, b.department) || byName(a.stage, b.stage));
  return { content: { root, ...site, disclosures }, findings, files, filesByDisclosure };
}

/** Checks and keeps only the findings. */
export function checkFindings(root: string, scope: CheckScope | ContentPart = {}): CheckFindings {
  const { findings, files, filesByDisclosure } = runCheck(root, scope, () => {});
  return { findings, files, filesByDisclosure };
}

function runCheck(root: string, scope: CheckScope | ContentPart, keep: (disclosure: LoadedDisclosure) => void) {
  const { part, read, check, onFile } = 'index' in scope ? { part: scope, read: undefined, check: undefined, onFile: undefined } : scope;
  const sitePart = !part || part.index === 0;
  const siteFindings: Finding[] = [];
  const findings: Finding[] = [];
  const site = loadSiteFiles(root, siteFindings, onFile);
  const folders = listDisclosureFolders(root, part, siteFindings, findings);
  if (sitePart) findings.push(...siteFindings, ...guard(root, () => registryFindings(site)));

  const departments = new Map<string, Department>();
  for (const parsed of site.departments) if (parsed.data) departments.set(parsed.data.id, parsed.data);
  const knownDepartments = [...departments.keys()];
  let files = sitePart ? (site.site ? 1 : 0) + (site.glossary ? 1 : 0) + site.departments.length : 0;
  const filesByDisclosure = new Map<string, number>();
  for (const chain of byDepartment(folders)) {
    // Last year's same stage, the only other disclosure a rule looks at.
    const lastYear = new Map<string, { year: number; parts: DisclosureParts | undefined }>();
    for (const folder of chain) {
      if (read && !read(displayFile(folder.absolute))) continue;
      const texts: DisclosureTexts = {};
      try {
        const loadFindings: Finding[] = [];
        const disclosure = loadDisclosure(folder, loadFindings, texts, onFile);
        const parts = partsOf(disclosure);
        const last = lastYear.get(folder.stage);
        const previous = last?.year === folder.year - 1 ? last.parts : undefined;
        lastYear.set(folder.stage, { year: folder.year, parts });
        const count = (disclosure.index ? 1 : 0) + (disclosure.tables ? 1 : 0) + (disclosure.performance ? 1 : 0);
        files += count;
        filesByDisclosure.set(disclosure.dir, count);
        keep(disclosure);
        if (check && !check(disclosure.dir)) continue;
        if (!parts) {
          findings.push(...loadFindings);
          continue;
        }
        // Values kept as printed (as-printed.ts) can be acknowledged like any rule's finding; only where the rest of
        // their file was read: otherwise acknowledging them would hide that none of that file was checked.
        const asPrinted = (finding: Finding) => isUnreadableValue(finding) && keptAsPrinted(disclosure, finding.file);
        findings.push(...loadFindings.filter((finding) => !asPrinted(finding)));
        const context = buildDisclosureContext(parts, departments, knownDepartments, previous, disclosure.tables, texts);
        const own: Finding[] = loadFindings.filter(asPrinted);
        for (const rule of DISCLOSURE_RULES) {
          own.push(...guard(disclosure.dir, () => rule(context).map((finding) => placeRuleFinding(disclosure, finding))));
        }
        // Files that could not be read had no rules run: their acknowledgements are "not checked", not stale.
        const unchecked = new Set<RuleFile>();
        if (disclosure.tables && !disclosure.tables.data) unchecked.add('tables.yaml');
        if (disclosure.performance && !disclosure.performance.data) unchecked.add('performance.yaml');
        findings.push(...guard(disclosure.dir, () => applyAcknowledgements(disclosure, own, unchecked)));
      } finally {
        // The texts go as soon as the disclosure is done with, whichever way. Still held when the next disclosure
        // was read, they were promoted to V8's old generation at every young collection (--trace-gc-nvp, reading
        // alone: 379 MB per 4,000 disclosures instead of 17 MB; README, Benchmark).
        delete texts.tables;
        delete texts.performance;
      }
    }
  }
  findings.sort(compareFindings);
  return { site, findings, files, filesByDisclosure };
}

/** Whether `file` was read with values kept as printed left out (as-printed.ts), rather than rejected. */
function keptAsPrinted(disclosure: LoadedDisclosure, file: string): boolean {
  return [disclosure.index, disclosure.tables, disclosure.performance].some((part) => part?.source.file === file && part.data !== undefined && (part.asPrinted?.length ?? 0) > 0);
}

/** The folders of each department, years in order (a department's chain of years). */
function byDepartment(folders: readonly DisclosureFolder[]): DisclosureFolder[][] {
  const chains = new Map<string, DisclosureFolder[]>();
  for (const folder of folders) {
    const chain = chains.get(folder.department);
    if (chain) chain.push(folder);
    else chains.set(folder.department, [folder]);
  }
  return [...chains.values()];
}

function sourceOf(disclosure: LoadedDisclosure, file: RuleFile): Parsed<unknown> | undefined {
  return file === 'tables.yaml' ? disclosure.tables : file === 'performance.yaml' ? disclosure.performance : disclosure.index;
}

export function placeRuleFinding(disclosure: LoadedDisclosure, raw: RuleFinding & { file: RuleFile; bodyLine?: number; sentence?: string }): Finding {
  const parsed = sourceOf(disclosure, raw.file);
  if (!parsed) throw new Error(`finding for missing file ${raw.file}`);
  // Values that point into another file of the disclosure get that file's name and line.
  const finding = {
    ...raw,
    ...(raw.values ? {
      values: raw.values.map((value) => {
        if (!value.file || !value.at || value.file === raw.file) return value;
        const other = sourceOf(disclosure, value.file);
        if (!other) return { label: value.label, value: value.value };
        return { label: value.label, value: `${value.value}（${value.file} 第${locate(other.source, value.at).line}行）` };
      }),
    } : {}),
  };
  if (finding.bodyLine !== undefined && disclosure.index) {
    return { ...placeFinding(parsed.source, { ...finding, at: [] }), line: disclosure.index.bodyLine + finding.bodyLine, col: 1, path: bodyPath(finding.sentence, finding.bodyLine) };
  }
  return placeFinding(parsed.source as SourceDocument, finding);
}

/** Runs a step; an exception becomes an error finding naming the file instead of a stack trace. */
export function guard(file: string, step: () => Finding[]): Finding[] {
  try {
    return step();
  } catch (error) {
    return [{
      severity: 'error',
      rule: 'internal/unexpected',
      file,
      line: 1,
      col: 1,
      path: '',
      // The cause is for the technical staff, in English: on the second line, not in the editors' message.
      message: '检查此文件时发生意外错误，请联系技术人员（其他文件已照常检查）',
      messageEn: `Unexpected failure while checking this file: ${error instanceof Error ? error.message : String(error)}`,
    }];
  }
}

