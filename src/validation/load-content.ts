/**
 * Reads content files: every YAML file and front matter with positions (computed when a finding needs them),
 * shaped by the zod schemas. The only module of validation that reads content; the check decides the order.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { parseYamlSource, locate, type SourceDocument } from './yaml-source.ts';
import { parseWithFastPath } from './schema-fast-path.ts';
import { zodIssuesToFindings } from './schema-issues.ts';
import { displayPath } from './display-path.ts';
import type { Finding, FindingValue, RuleFinding } from './finding.ts';
import { site as siteSchema, department as departmentSchema, glossaryFile, type Site, type Department, type GlossaryFile } from '../schemas/site.ts';
import { frontMatter, type FrontMatter } from '../schemas/disclosure.ts';
import { tablesFile, type TablesFile } from '../schemas/tables.ts';
import { performanceFile, type PerformanceFile } from '../schemas/performance.ts';
import type { Stage } from '../schemas/primitives.ts';
import { sourceCandidates, sourceFileFindings, sourceFileName } from './source-file.ts';

export interface Parsed<T> {
  readonly source: SourceDocument;
  readonly data: T | undefined;
}

export interface IndexFile extends Parsed<FrontMatter> {
  /** Markdown narrative after the front matter. */
  readonly body: string;
  /** Line number (1-based) of the first body line. */
  readonly bodyLine: number;
}

export interface LoadedDisclosure {
  readonly dir: string;
  readonly year: number;
  readonly department: string;
  readonly stage: Stage;
  readonly index?: IndexFile;
  /** The published document in the folder (absolute path), see source-file.ts. */
  readonly sourceFile?: string;
  readonly tables?: Parsed<TablesFile>;
  readonly performance?: Parsed<PerformanceFile>;
}

/** All content, read and shaped (the findings about it are the check's). */
export interface LoadedContent extends SiteFiles {
  readonly root: string;
  readonly disclosures: LoadedDisclosure[];
}

export const DISCLOSURE_FILES = ['index.md', 'tables.yaml', 'performance.yaml'] as const;

/** Locates a rule finding in its source and turns it into a finding. */
export function placeFinding(source: SourceDocument, finding: RuleFinding): Finding {
  const preferKey = finding.at[finding.at.length - 1] === '#key';
  const at = preferKey ? finding.at.slice(0, -1) : finding.at;
  const position = locate(source, at, preferKey);
  return {
    severity: finding.severity,
    rule: finding.rule,
    file: source.file,
    line: position.line,
    col: position.col,
    path: displayPath(source.value, at),
    message: finding.message,
    ...(finding.messageEn ? { messageEn: finding.messageEn } : {}),
    ...(finding.values?.length ? { values: finding.values.map((value) => withLine(source, value)) } : {}),
  };
}

function withLine(source: SourceDocument, value: FindingValue): FindingValue {
  if (!value.at) return value;
  const { line } = locate(source, value.at);
  return { label: value.label, value: `${value.value}（第${line}行）` };
}

export function parseWithSchema<S extends z.ZodType>(source: SourceDocument, schema: S, findings: Finding[]): Parsed<z.output<S>> {
  findings.push(...source.errors);
  if (source.errors.length > 0) return { source, data: undefined };
  if (source.value === undefined) {
    findings.push({ severity: 'error', rule: 'schema/empty-file', file: source.file, line: 1, col: 1, path: '', message: '文件为空', messageEn: 'The file is empty' });
    return { source, data: undefined };
  }
  const result = parseWithFastPath(schema, source.value);
  if (result.success) {
    source.release?.();
    return { source, data: result.data };
  }
  findings.push(...zodIssuesToFindings(schema, result.error).map((finding) => placeFinding(source, finding)));
  return { source, data: undefined };
}

/** A leading byte-order mark (Windows Notepad) is not part of the content. */
const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function readText(absolute: string): string {
  // Decoding the bytes ourselves is about four times faster than readFileSync(…, 'utf8') on Chinese text
  // (Node's one-step read decodes without its SIMD decoder); the result is the same string.
  return stripBom(readFileSync(absolute).toString('utf8'));
}

function readYaml<S extends z.ZodType>(absolute: string, schema: S, findings: Finding[], text = readText(absolute)): Parsed<z.output<S>> {
  const file = displayFile(absolute);
  return parseWithSchema(parseYamlSource(file, text, 0, () => readText(absolute)), schema, findings);
}

export function displayFile(absolute: string): string {
  return relative(process.cwd(), absolute) || absolute;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function readIndexText(file: string, raw: string, findings: Finding[], reread?: () => string): IndexFile {
  const text = stripBom(raw);
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    const source = parseYamlSource(file, '');
    findings.push({
      severity: 'error', rule: 'schema/front-matter', file, line: 1, col: 1, path: '',
      message: 'index.md 必须以 --- 开头的属性区（front matter）开始，并以 --- 结束',
      messageEn: 'index.md must start with a front matter block between --- lines',
    });
    return { source, data: undefined, body: text, bodyLine: 1 };
  }
  const rereadFrontMatter = reread ? () => FRONT_MATTER.exec(stripBom(reread()))?.[1] ?? '' : undefined;
  const source = parseYamlSource(file, match[1] ?? '', 1, rereadFrontMatter);
  const parsed = parseWithSchema(source, frontMatter, findings);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return { ...parsed, body: text.slice(match[0].length), bodyLine };
}

function listDirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

function layoutFinding(absolute: string, message: string, messageEn: string, severity: 'error' | 'warning' = 'error', rule = 'layout/path'): Finding {
  return { severity, rule, file: displayFile(absolute), line: 1, col: 1, path: '', message, messageEn };
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

/** The site-wide files: site.yaml, glossary.yaml and the department registry. */
export interface SiteFiles {
  readonly site?: Parsed<Site>;
  readonly glossary?: Parsed<GlossaryFile>;
  readonly departments: Parsed<Department>[];
}

export function loadSiteFiles(root: string, findings: Finding[]): SiteFiles {
  const sitePath = join(root, 'site.yaml');
  const site = existsSync(sitePath) ? readYaml(sitePath, siteSchema, findings) : undefined;
  if (!site) findings.push(layoutFinding(sitePath, '缺少站点配置文件 site.yaml', 'Missing site.yaml', 'error', 'layout/missing-file'));
  const glossaryPath = join(root, 'glossary.yaml');
  const glossary = existsSync(glossaryPath) ? readYaml(glossaryPath, glossaryFile, findings) : undefined;
  const departmentsDir = join(root, 'departments');
  const departments = existsSync(departmentsDir)
    ? readdirSync(departmentsDir).filter((name) => name.endsWith('.yaml')).sort().map((name) => readYaml(join(departmentsDir, name), departmentSchema, findings))
    : [];
  return { ...(site ? { site } : {}), ...(glossary ? { glossary } : {}), departments };
}

/** A disclosure folder, disclosures/<year>/<department>/<stage>, before it is read. */
export interface DisclosureFolder {
  readonly absolute: string;
  readonly year: number;
  readonly department: string;
  readonly stage: Stage;
}

/**
 * Lists the disclosure folders (with a part, only that share of the departments), in order of year, department
 * and stage. Misnamed year folders are reported to `siteFindings` (every part sees them), misnamed stage folders
 * to `partFindings` (only the part that owns the department sees them).
 */
export function listDisclosureFolders(root: string, part: ContentPart | undefined, siteFindings: Finding[], partFindings: Finding[]): DisclosureFolder[] {
  const folders: DisclosureFolder[] = [];
  const disclosuresDir = join(root, 'disclosures');
  for (const yearName of listDirectories(disclosuresDir)) {
    const yearDir = join(disclosuresDir, yearName);
    if (!/^\d{4}$/.test(yearName)) {
      siteFindings.push(layoutFinding(yearDir, `文件夹名“${yearName}”应为四位年份（如 2023）`, 'Year folder must be a 4-digit year'));
      continue;
    }
    for (const department of listDirectories(yearDir)) {
      if (!inPart(department, part)) continue;
      const departmentDir = join(yearDir, department);
      for (const stage of listDirectories(departmentDir)) {
        const absolute = join(departmentDir, stage);
        if (stage !== 'budget' && stage !== 'final') {
          partFindings.push(layoutFinding(absolute, `文件夹名“${stage}”应为 budget（预算）或 final（决算）`, 'Stage folder must be budget or final'));
          continue;
        }
        folders.push({ absolute, year: Number(yearName), department, stage });
      }
    }
  }
  return folders;
}

/** The text of a disclosure's YAML files as written (see DisclosureContext.texts). */
export interface DisclosureTexts {
  tables?: string;
  performance?: string;
}

/** Reads one disclosure folder; its YAML, schema and layout findings go to `findings`, its YAML texts to `texts`. */
export function loadDisclosure({ absolute: dir, year, department, stage }: DisclosureFolder, findings: Finding[], texts: DisclosureTexts = {}): LoadedDisclosure {
  // One directory listing answers which files exist (a stat per file adds up at tens of thousands of folders).
  const names = new Set(readdirSync(dir));
  const indexPath = join(dir, 'index.md');
  let index: IndexFile | undefined;
  if (names.has('index.md')) index = readIndexText(displayFile(indexPath), readText(indexPath), findings, () => readText(indexPath));
  else findings.push(layoutFinding(indexPath, '缺少 index.md（属性和说明）', 'Missing index.md', 'error', 'layout/missing-file'));
  // Besides the content files the folder holds the published document (source-file.ts); anything else is reported.
  const extra = [...names].filter((name) => !(DISCLOSURE_FILES as readonly string[]).includes(name) && statSync(join(dir, name)).isFile());
  const files = sourceCandidates(extra);
  const meta = index?.data;
  const source = meta ? sourceFileFindings(dir, files, meta.source) : { findings: [], others: [] };
  if (index && meta) for (const finding of source.findings) findings.push(placeFinding(index.source, finding));
  const unknown = [...extra.filter((name) => !files.includes(name) && !name.startsWith('.') && !name.startsWith('~$')), ...source.others].sort();
  for (const name of unknown) {
    findings.push(layoutFinding(join(dir, name), `披露文件夹中有无法识别的文件“${name}”（读取 index.md、tables.yaml、performance.yaml 和发布的原始文件；原始文件只能有一个，在 source.file 写明）`, `Unrecognised file ${name} is ignored`, 'warning', 'layout/unknown-file'));
  }
  const sourceFile = meta ? sourceFileName(files, meta.source) : undefined;
  const tablesPath = join(dir, 'tables.yaml');
  const performancePath = join(dir, 'performance.yaml');
  return {
    dir: displayFile(dir),
    year,
    department,
    stage,
    ...(index ? { index } : {}),
    ...(sourceFile ? { sourceFile: join(dir, sourceFile) } : {}),
    ...(names.has('tables.yaml') ? { tables: readYaml(tablesPath, tablesFile, findings, (texts.tables = readText(tablesPath))) } : {}),
    ...(names.has('performance.yaml') ? { performance: readYaml(performancePath, performanceFile, findings, (texts.performance = readText(performancePath))) } : {}),
  };
}
