/**
 * The published document a disclosure was converted from, as the page links to it: the file the editor dropped into
 * the disclosure folder (chosen by src/validation/source-file.ts), published under the page's `source/` folder with
 * its size and the SHA-256 the build computes from its bytes. Nobody types the hash; an old typed `source.sha256`
 * without a file is shown as it was written (the check has compared it with the file whenever there is one).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FrontMatter } from '../schemas/disclosure.ts';

export interface SourceFileView {
  /** The file's name as the editor saved it, and as it is published. */
  readonly name: string;
  /** Where the page links to it, relative to the site root (the name percent-encoded). */
  readonly href: string;
  /** Where it is published, relative to the site root, unencoded: for writing the file. */
  readonly output: string;
  /** The file to copy (absolute). */
  readonly path: string;
  readonly bytes: number;
  /** Its size for readers, e.g. 1.2 MB. */
  readonly size: string;
  /** Its kind for readers, e.g. PDF. */
  readonly format: string;
  readonly sha256: string;
}

export interface SourceDocumentView {
  /** The document's title as published. */
  readonly document: string;
  readonly note?: string;
  readonly file?: SourceFileView;
  /** The hash shown: computed from the file, else the old typed one. */
  readonly sha256?: string;
  /** True when `sha256` was computed by the build from the published file. */
  readonly computed: boolean;
}

/** The folder, under a disclosure's page, that holds its source document: no generated file is written there. */
export const SOURCE_FOLDER = 'source/';

/** A byte count for readers: 512 字节, 12.3 KB, 1.2 MB (binary multiples, one decimal). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** A file kind for readers, from its extension: PDF, DOCX, OFD… */
export const fileFormat = (name: string): string => (/\.([^.]+)$/.exec(name)?.[1] ?? '文件').toUpperCase();

/** The view of a source file from its bytes (pure). */
export function sourceFileView(pageUrl: string, path: string, bytes: Uint8Array): SourceFileView {
  const name = basename(path);
  return {
    name,
    href: `${pageUrl}${SOURCE_FOLDER}${encodeURIComponent(name)}`,
    output: `${pageUrl}${SOURCE_FOLDER}${name}`,
    path,
    bytes: bytes.byteLength,
    size: formatBytes(bytes.byteLength),
    format: fileFormat(name),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The source document of a disclosure: reads the file the check chose, if there is one. */
export function sourceDocumentView(pageUrl: string, source: FrontMatter['source'], sourceFile: string | undefined): SourceDocumentView {
  const file = sourceFile ? sourceFileView(pageUrl, sourceFile, readFileSync(sourceFile)) : undefined;
  const sha256 = file?.sha256 ?? source.sha256;
  return {
    document: source.document,
    ...(source.note ? { note: source.note } : {}),
    ...(file ? { file } : {}),
    ...(sha256 ? { sha256 } : {}),
    computed: Boolean(file),
  };
}
