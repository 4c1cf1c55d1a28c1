/**
 * The whole validation in one pass: load, schema, registry and per-disclosure rules, acknowledgements.
 * Every finding at once, sorted by file and line. An unexpected failure becomes a finding, never a crash.
 */
import { loadContent, placeFinding, type ContentPart, type LoadedContent, type LoadedDisclosure, type Parsed } from './load-content.ts';
import { compareFindings, type Finding, type RuleFinding } from './finding.ts';
import { locate, type SourceDocument } from './yaml-source.ts';
import { buildDisclosureContext, indexDisclosures, type DisclosureContext, type RuleFile } from './context.ts';
import type { Department } from '../schemas/site.ts';
import { DISCLOSURE_RULES } from './rules/index.ts';
import { registryFindings } from './rules/registry.ts';
import { applyAcknowledgements } from './acknowledgements.ts';

export interface CheckResult {
  readonly content: LoadedContent;
  readonly findings: Finding[];
  readonly files: number;
}

/**
 * Checks all content, or one part of the disclosures (see check-parallel.ts): the findings about site files and the
 * registry are then reported by part 0 only, so parts add up to exactly the findings of a whole check.
 */
export interface CheckScope {
  readonly part?: ContentPart;
  /** Disclosures to read (default all). */
  readonly read?: (dir: string) => boolean;
  /** Disclosures to run rules on (default all read); others are read only as last year's context. */
  readonly check?: (dir: string) => boolean;
}

export function checkContent(root: string, scope: CheckScope | ContentPart = {}): CheckResult {
  const { part, read, check } = 'index' in scope ? { part: scope, read: undefined, check: undefined } : scope;
  const content = loadContent(root, part, read);
  const sitePart = !part || part.index === 0;
  const disclosureDirs = new Set(content.disclosures.map((d) => d.dir));
  const disclosureDirOf = (finding: Finding) => (disclosureDirs.has(finding.file) ? finding.file : finding.file.replace(/[\\/][^\\/]+$/, ''));
  const isSiteFile = (finding: Finding) => !disclosureDirs.has(disclosureDirOf(finding));
  const checked = (finding: Finding) => !check || isSiteFile(finding) || check(disclosureDirOf(finding));
  const findings: Finding[] = content.findings.filter((finding) => (sitePart || !isSiteFile(finding)) && checked(finding));
  if (sitePart) findings.push(...guard(content.root, () => registryFindings(content)));

  const departments = new Map<string, Department>();
  for (const parsed of content.departments) if (parsed.data) departments.set(parsed.data.id, parsed.data);
  const all = indexDisclosures(content);
  const contexts = new Map<LoadedDisclosure, DisclosureContext>();
  for (const disclosure of content.disclosures) {
    const context = buildDisclosureContext(disclosure, departments, all);
    if (context) contexts.set(disclosure, context);
  }
  for (const [disclosure, context] of contexts) {
    if (check && !check(disclosure.dir)) continue;
    const own: Finding[] = [];
    for (const rule of DISCLOSURE_RULES) {
      own.push(...guard(disclosure.dir, () => rule(context).map((finding) => placeRuleFinding(disclosure, finding))));
    }
    findings.push(...guard(disclosure.dir, () => applyAcknowledgements(disclosure, own)));
  }
  findings.sort(compareFindings);
  return { content, findings, files: countFiles(content, sitePart) };
}

function sourceOf(disclosure: LoadedDisclosure, file: RuleFile): Parsed<unknown> | undefined {
  return file === 'tables.yaml' ? disclosure.tables : file === 'performance.yaml' ? disclosure.performance : disclosure.index;
}

export function placeRuleFinding(disclosure: LoadedDisclosure, raw: RuleFinding & { file: RuleFile; bodyLine?: number }): Finding {
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
    return { ...placeFinding(parsed.source, { ...finding, at: [] }), line: disclosure.index.bodyLine + finding.bodyLine, col: 1, path: `正文第${finding.bodyLine + 1}行` };
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
      message: `检查此文件时发生意外错误，请联系技术人员：${error instanceof Error ? error.message : String(error)}`,
      messageEn: 'Unexpected failure while checking this file',
    }];
  }
}

function countFiles(content: LoadedContent, sitePart = true): number {
  let files = sitePart ? (content.site ? 1 : 0) + (content.glossary ? 1 : 0) + content.departments.length : 0;
  for (const d of content.disclosures) files += (d.index ? 1 : 0) + (d.tables ? 1 : 0) + (d.performance ? 1 : 0);
  return files;
}
