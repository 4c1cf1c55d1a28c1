/**
 * Reads content files: every YAML file and front matter with positions (computed when a finding needs them),
 * shaped by the zod schemas. The only module of validation that reads content; the check decides the order.
 * A file that cannot be read (see content-file.ts) or fails unexpectedly is a finding about that file; the others
 * are still read.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { parseYamlSource, locate, type SourceDocument } from './yaml-source.ts';
import { parseWithFastPath } from './schema-fast-path.ts';
import { zodIssuesToFindings } from './schema-issues.ts';
import { asPrintedFinding, isUnreadableValue, withoutFields } from './as-printed.ts';
import { displayPath } from './display-path.ts';
import { decodeContent, listFolder, readContentBytes, readContentText, realRoot, type BytesRead } from './content-file.ts';
import { displayFile, layoutFinding, problemFinding, type DisclosureFolder } from './content-folders.ts';

export { displayFile, inPart, listDisclosureFolders, problemFinding, type ContentPart, type DisclosureFolder } from './content-folders.ts';
import type { Finding, FindingValue, PathSegment, RuleFinding } from './finding.ts';
import { site as siteSchema, department as departmentSchema, glossaryFile, type Site, type Department, type GlossaryFile } from '../schemas/site.ts';
import { frontMatter, type FrontMatter } from '../schemas/disclosure.ts';
import { tablesFile, type TablesFile } from '../schemas/tables.ts';
import { performanceFile, type PerformanceFile } from '../schemas/performance.ts';
import type { Stage } from '../schemas/primitives.ts';
import { sourceCandidates, sourceFileFindings, sourceFileName } from './source-file.ts';

export interface Parsed<T> {
  readonly source: SourceDocument;
  readonly data: T | undefined;
  /** Fields printed in a form they cannot read, left out of `data` and reported (as-printed.ts). */
  readonly asPrinted?: ReadonlyArray<readonly PathSegment[]>;
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
  const issues = zodIssuesToFindings(schema, result.error);
  // Figures printed in a form their field cannot read are kept as printed (as-printed.ts): when they are the
  // file's only problems, the rest of the file is read without them and checked as usual.
  if (issues.every(isUnreadableValue)) {
    const rest = withoutFields(source.value, issues.map((issue) => issue.at));
    const retry = rest === undefined ? undefined : parseWithFastPath(schema, rest);
    if (retry?.success) {
      findings.push(...issues.map((issue) => placeFinding(source, asPrintedFinding(issue))));
      return { source, data: retry.data, asPrinted: issues.map((issue) => issue.at) };
    }
  }
  findings.push(...issues.map((finding) => placeFinding(source, finding)));
  return { source, data: undefined };
}

/** A leading byte-order mark (Windows Notepad) is not part of the content. */
const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** How files are read: the content folder they must stay within, and who else wants to see what was read. */
export interface ReadContext {
  /** The real path of the content folder (content-file.ts realRoot). */
  readonly rootReal: string;
  /** Told about every file read, with its bytes or why it could not be read (the check cache hashes them). */
  readonly onFile?: (absolute: string, read: BytesRead) => void;
}

/**
 * The text of a content file, strict UTF-8 (what the check read; see content-file.ts). Throws when the file cannot
 * be read: for tools and for reading a file again that was read before.
 */
export function readText(absolute: string, rootReal = realRoot(join(absolute, '..'))): string {
  const read = readContentText(absolute, rootReal);
  if ('text' in read) return read.text;
  throw new Error('problem' in read ? read.problem.message : `文件不存在：${absolute}`);
}

/** A content file's text, or a finding about it (pushed to `findings`); undefined when there is no such file. */
function readFileText(absolute: string, findings: Finding[], context: ReadContext): { text: string } | { failed: true } | undefined {
  const read = readContentBytes(absolute, context.rootReal);
  context.onFile?.(absolute, read);
  if ('missing' in read) return undefined;
  if ('problem' in read) {
    findings.push(problemFinding(absolute, read.problem));
    return { failed: true };
  }
  const decoded = decodeContent(read.bytes);
  if ('problem' in decoded) {
    findings.push(problemFinding(absolute, decoded.problem));
    return { failed: true };
  }
  return decoded;
}

/** A file that could not be read or parsed: present (its findings say why), without data. */
function unreadable<T>(file: string): Parsed<T> {
  return { source: parseYamlSource(file, ''), data: undefined };
}

/**
 * Runs the loading of one file; an exception becomes an error finding naming that file (the other files are still
 * read), never a stack trace or an aborted check.
 */
function guardFile<T>(absolute: string, findings: Finding[], load: () => T, fallback: () => T): T {
  try {
    return load();
  } catch (error) {
    findings.push({
      severity: 'error', rule: 'internal/unexpected', file: displayFile(absolute), line: 1, col: 1, path: '',
      message: '读取此文件时发生意外错误，请联系技术人员（其他文件已照常检查）',
      messageEn: `Unexpected failure while reading this file: ${error instanceof Error ? error.message : String(error)}`,
    });
    return fallback();
  }
}

/** A YAML file shaped by `schema`; undefined when there is no such file. */
function readYaml<S extends z.ZodType>(absolute: string, schema: S, findings: Finding[], context: ReadContext, keepText?: (written: WrittenFile) => void): Parsed<z.output<S>> | undefined {
  const file = displayFile(absolute);
  return guardFile(absolute, findings, () => {
    const read = readFileText(absolute, findings, context);
    if (!read) return undefined;
    if (!('text' in read)) return unreadable<z.output<S>>(file);
    const source = parseYamlSource(file, read.text, 0, () => readText(absolute, context.rootReal));
    keepText?.({ text: read.text, withoutUnsafeCharacters: source.plainLayout === true });
    return parseWithSchema(source, schema, findings);
  }, () => unreadable<z.output<S>>(file));
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

/** The site-wide files: site.yaml, glossary.yaml and the department registry. */
export interface SiteFiles {
  readonly site?: Parsed<Site>;
  readonly glossary?: Parsed<GlossaryFile>;
  readonly departments: Parsed<Department>[];
}

export function loadSiteFiles(root: string, findings: Finding[], onFile?: ReadContext['onFile']): SiteFiles {
  const context: ReadContext = { rootReal: realRoot(root), ...(onFile ? { onFile } : {}) };
  const sitePath = join(root, 'site.yaml');
  const site = readYaml(sitePath, siteSchema, findings, context);
  if (!site) findings.push(layoutFinding(sitePath, '缺少站点配置文件 site.yaml', 'Missing site.yaml', 'error', 'layout/missing-file'));
  const glossary = readYaml(join(root, 'glossary.yaml'), glossaryFile, findings, context);
  const departments: Parsed<Department>[] = [];
  const departmentsDir = join(root, 'departments');
  const listed = listFolder(departmentsDir, context.rootReal, true);
  if (listed.problem) findings.push(problemFinding(departmentsDir, listed.problem));
  for (const entry of listed.entries) {
    if (!entry.name.endsWith('.yaml')) continue;
    const parsed = readYaml(entry.absolute, departmentSchema, findings, context);
    if (parsed) departments.push(parsed);
  }
  return { ...(site ? { site } : {}), ...(glossary ? { glossary } : {}), departments };
}

/** A YAML file as written (see DisclosureContext.texts). */
export interface WrittenFile {
  readonly text: string;
  /** Known to hold no character unsafe-characters.ts refuses, as written (yaml-source.ts SourceDocument.plainLayout). */
  readonly withoutUnsafeCharacters: boolean;
}

/** A disclosure's YAML files as written. */
export interface DisclosureTexts {
  tables?: WrittenFile;
  performance?: WrittenFile;
}

/**
 * Reads one disclosure folder; its YAML, schema and layout findings go to `findings`, its YAML texts to `texts`.
 * `onFile` is told about every file read (see ReadContext).
 */
export function loadDisclosure(folder: DisclosureFolder, findings: Finding[], texts: DisclosureTexts = {}, onFile?: ReadContext['onFile']): LoadedDisclosure {
  const { absolute: dir, year, department, stage } = folder;
  const context: ReadContext = { rootReal: folder.rootReal, ...(onFile ? { onFile } : {}) };
  // One directory listing answers which files exist (a stat per file adds up at tens of thousands of folders).
  const listed = listFolder(dir, folder.rootReal);
  if (listed.problem) findings.push(problemFinding(dir, listed.problem));
  const names = new Set<string>();
  // Besides the content files the folder holds the published document (source-file.ts); anything else is reported.
  // A link that leads out of the content folder is never a source document (it would be published).
  const extra: string[] = [];
  for (const entry of listed.entries) {
    names.add(entry.name);
    if ((DISCLOSURE_FILES as readonly string[]).includes(entry.name) || entry.isDirectory) continue;
    if (entry.problem) findings.push(problemFinding(entry.absolute, entry.problem));
    else extra.push(entry.name);
  }
  const indexPath = join(dir, 'index.md');
  const indexFile = displayFile(indexPath);
  const index = names.has('index.md') ? guardFile(indexPath, findings, () => {
    const read = readFileText(indexPath, findings, context);
    if (!read || !('text' in read)) return { ...unreadable<FrontMatter>(indexFile), body: '', bodyLine: 1 };
    return readIndexText(indexFile, read.text, findings, () => readText(indexPath, context.rootReal));
  }, () => ({ ...unreadable<FrontMatter>(indexFile), body: '', bodyLine: 1 })) : undefined;
  if (!index) findings.push(layoutFinding(indexPath, '缺少 index.md（属性和说明）', 'Missing index.md', 'error', 'layout/missing-file'));
  const files = sourceCandidates(extra);
  const meta = index?.data;
  const source = meta ? sourceFileFindings(dir, files, meta.source) : { findings: [], others: [] };
  if (index && meta) for (const finding of source.findings) findings.push(placeFinding(index.source, finding));
  const unknown = [...extra.filter((name) => !files.includes(name) && !name.startsWith('.') && !name.startsWith('~$')), ...source.others].sort();
  for (const name of unknown) {
    findings.push(layoutFinding(join(dir, name), `披露文件夹中有无法识别的文件“${name}”（读取 index.md、tables.yaml、performance.yaml 和发布的原始文件；原始文件只能有一个，在 source.file 写明）`, `Unrecognised file ${name} is ignored`, 'warning', 'layout/unknown-file'));
  }
  const sourceFile = meta ? sourceFileName(files, meta.source) : undefined;
  const tables = names.has('tables.yaml') ? readYaml(join(dir, 'tables.yaml'), tablesFile, findings, context, (written) => { texts.tables = written; }) : undefined;
  const performance = names.has('performance.yaml') ? readYaml(join(dir, 'performance.yaml'), performanceFile, findings, context, (written) => { texts.performance = written; }) : undefined;
  return {
    dir: displayFile(dir),
    year,
    department,
    stage,
    ...(index ? { index } : {}),
    ...(sourceFile ? { sourceFile: join(dir, sourceFile) } : {}),
    ...(tables ? { tables } : {}),
    ...(performance ? { performance } : {}),
  };
}
