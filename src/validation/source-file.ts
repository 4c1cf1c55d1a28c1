/**
 * The published document a disclosure was converted from (its PDF, or whatever file was published), kept in the
 * disclosure's folder next to index.md: the build publishes it and computes its SHA-256 (src/data/source-document.ts, published by scripts/write-downloads.ts);
 * nobody types a hash. Which file it is: the one named in `source.file`, else the one file in the folder besides the
 * content files. Findings here are about the folder listing alone: the check reads no document.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FrontMatter } from '../schemas/disclosure.ts';
import type { RuleFinding } from './finding.ts';

const CONTENT_FILES = new Set(['index.md', 'tables.yaml', 'performance.yaml']);

/** Files that are not the disclosure's own: hidden files and the lock files office programs leave (~$表.xlsx). */
const isSystemFile = (name: string) => name.startsWith('.') || name.startsWith('~$') || /^(Thumbs\.db|desktop\.ini)$/i.test(name);

/**
 * The kinds of file a published document comes as: PDF, OFD (the national e-document format), word-processor and
 * spreadsheet files, scans. Notes, CSV and YAML are not documents: they stay unknown files.
 */
export const SOURCE_EXTENSIONS: readonly string[] = ['pdf', 'ofd', 'doc', 'docx', 'wps', 'xls', 'xlsx', 'et', 'jpg', 'jpeg', 'png', 'tif', 'tiff'];

const extension = (name: string) => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The files of a folder listing that can be the source document. */
export const sourceCandidates = (names: Iterable<string>): string[] =>
  [...names].filter((name) => !CONTENT_FILES.has(name) && !isSystemFile(name) && SOURCE_EXTENSIONS.includes(extension(name))).sort();

/** The source document's file name, if the folder has one (undefined when it is missing or ambiguous). */
export function sourceFileName(files: readonly string[], source: FrontMatter['source'] | undefined): string | undefined {
  if (source?.file) return files.includes(source.file) ? source.file : undefined;
  return files.length === 1 ? files[0] : undefined;
}

export const sha256Of = (absolute: string): string => createHash('sha256').update(readFileSync(absolute)).digest('hex');

/**
 * What is wrong with the folder's source document, as findings on index.md; and the files that are neither content
 * nor the source (the caller reports them as unknown files).
 */
export function sourceFileFindings(dir: string, files: readonly string[], source: FrontMatter['source'] | undefined): { findings: RuleFinding[]; others: string[] } {
  const findings: RuleFinding[] = [];
  const chosen = sourceFileName(files, source);
  if (source?.file && !chosen) {
    findings.push({
      severity: 'error', rule: 'source/file-missing', at: ['source', 'file'],
      message: `source.file 写的原始文件“${source.file}”不在本文件夹中${files.length ? `（本文件夹中有：${files.join('、')}）` : ''}：把发布的原始文件放进本文件夹，或改正文件名`,
      messageEn: `The source file ${source.file} is not in the folder`,
      values: [{ label: '文件名', value: source.file }],
    });
  } else if (!source?.file && files.length > 1) {
    findings.push({
      severity: 'error', rule: 'source/several-files', at: ['source'],
      message: `本文件夹中有 ${files.length} 个可能是原始文件的文件（${files.join('、')}）：在 source.file 写明哪一个是发布的原始文件，其余的移出本文件夹`,
      messageEn: 'Several files could be the source document: name it in source.file',
      values: files.map((name, index) => ({ label: `文件${index + 1}`, value: name })),
    });
  } else if (!chosen && !source?.sha256) {
    findings.push({
      severity: 'warning', rule: 'source/no-file', at: ['source'],
      message: '本文件夹中没有发布的原始文件：把公开的 PDF（或其他原始文件）放进 index.md 所在的文件夹，网站会发布它并自动计算 SHA-256',
      messageEn: 'No source document in the folder',
    });
  }
  if (chosen && source?.sha256) {
    const computed = sha256Of(join(dir, chosen));
    if (computed !== source.sha256.toLowerCase()) {
      findings.push({
        severity: 'error', rule: 'source/sha256-mismatch', at: ['source', 'sha256'],
        message: `source.sha256 与本文件夹中的原始文件“${chosen}”不符：哈希值由网站根据文件自动计算，删去 sha256 这一行即可（若文件放错了，换成发布的原始文件）`,
        messageEn: 'The typed sha256 does not match the file: delete the sha256 line',
        values: [{ label: '填写的', value: source.sha256 }, { label: '文件实际的', value: computed }],
      });
    }
  }
  // Several unnamed files are one finding above, not one warning each.
  return { findings, others: !source?.file && files.length > 1 ? [] : files.filter((name) => name !== chosen) };
}
