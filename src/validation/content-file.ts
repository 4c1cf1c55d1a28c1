/**
 * Opening content files and folders without trusting them. Whatever is found where a file is expected (a folder, a
 * symbolic link that loops or leads out of the content folder, a pipe, a file without read permission, a file far
 * larger than any real one, another encoding) becomes a problem of that one file: the check reports it and goes
 * on with every other file. Nothing outside the content folder is ever read.
 *
 * Symbolic links inside the content folder are followed (a linked disclosure folder is checked and published like
 * any other); links that resolve outside it are refused.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { decodeUtf8, describeEncodingProblem } from './text-encoding.ts';

/** Largest content file read: the largest real one is about 100 KB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Why one file or folder cannot be read, for the finding about it. */
export interface FileProblem {
  readonly rule: 'file/unreadable' | 'file/outside-content' | 'file/too-large' | 'file/encoding';
  readonly message: string;
  readonly messageEn: string;
  readonly line?: number;
}

export type BytesRead =
  | { readonly bytes: Buffer; readonly stats: Stats }
  | { readonly problem: FileProblem }
  | { readonly missing: true };

export type TextRead =
  | { readonly text: string; readonly bytes: Buffer; readonly stats: Stats }
  | { readonly problem: FileProblem }
  | { readonly missing: true };

/** The real path of the content folder, the boundary links must stay within. */
export function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

const isInside = (rootReal: string, real: string) => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);

/** The system error code of a failed file operation; anything else is a bug and goes on up (to guardFile). */
function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') throw error;
  return code;
}

/** A file or folder that could not be opened or listed, explained by its error code. */
function openProblem(name: string, error: unknown, what: '文件' | '文件夹' = '文件'): FileProblem {
  const code = codeOf(error);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { rule: 'file/unreadable', message: `没有读取${what}“${name}”的权限：请检查它的权限（如让所有人可读）`, messageEn: `No permission to read ${name} (${code})` };
    case 'ELOOP':
      return { rule: 'file/unreadable', message: `“${name}”是循环的符号链接（链接最终指回自己），无法读取：请删除它，换成真正的${what}`, messageEn: `${name} is a symbolic link loop` };
    case 'ENOENT':
      return { rule: 'file/unreadable', message: `“${name}”是符号链接，但它指向的${what}不存在：请删除它，换成真正的${what}`, messageEn: `${name} is a symbolic link to nothing` };
    case 'ENOTDIR':
      return { rule: 'file/unreadable', message: `无法读取“${name}”：路径中有一级应为文件夹，却是文件`, messageEn: `A part of the path of ${name} is a file, not a folder` };
    case 'EISDIR':
      return folderInPlace(name);
    default:
      return { rule: 'file/unreadable', message: `无法读取${what}“${name}”（系统错误 ${code}）`, messageEn: `Cannot read ${name} (${code})` };
  }
}

const folderInPlace = (name: string): FileProblem => ({
  rule: 'file/unreadable',
  message: `“${name}”应为文件，这里却是一个文件夹：请删除或改名这个文件夹，把内容写进同名的文件`,
  messageEn: `${name} is a folder where a file is expected`,
});

const outside = (name: string, real: string, what: '文件' | '文件夹'): FileProblem => ({
  rule: 'file/outside-content',
  message: `“${name}”是指向 content 文件夹以外（${real}）的符号链接，出于安全不会读取：请把${what}本身放进 content 文件夹`,
  messageEn: `${name} is a symbolic link leading outside the content folder; it is not read`,
});

// O_NOFOLLOW: a link is noticed when it is opened (no lstat per file); O_NONBLOCK: opening a named pipe cannot wait.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const CAN_NOTICE_LINKS = constants.O_NOFOLLOW !== undefined;

/** Opens `absolute` (following a link only when it stays inside the content folder): a file descriptor or why not. */
function openInside(absolute: string, rootReal: string): { fd: number } | { problem: FileProblem } | { missing: true } {
  const name = basename(absolute);
  let path = absolute;
  if (!CAN_NOTICE_LINKS) {
    // Windows: no O_NOFOLLOW, ask first.
    try { if (lstatSync(absolute).isSymbolicLink()) path = ''; } catch (error) { if (codeOf(error) === 'ENOENT') return { missing: true }; }
  }
  if (path) {
    try {
      return { fd: openSync(path, OPEN_FLAGS) };
    } catch (error) {
      const code = codeOf(error);
      if (code === 'ENOENT') return { missing: true };
      // ELOOP with O_NOFOLLOW: the file is a link (or a loop of links); anything else is final.
      if (code !== 'ELOOP' || !CAN_NOTICE_LINKS) return { problem: openProblem(name, error) };
    }
  }
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch (error) {
    return { problem: openProblem(name, error) };
  }
  if (!isInside(rootReal, real)) return { problem: outside(name, real, '文件') };
  try {
    return { fd: openSync(real, OPEN_FLAGS) };
  } catch (error) {
    return { problem: openProblem(name, error) };
  }
}

/** The bytes of a content file, or why they cannot be read (or that there is no such file). */
export function readContentBytes(absolute: string, rootReal: string): BytesRead {
  const opened = openInside(absolute, rootReal);
  if (!('fd' in opened)) return opened;
  try {
    const stats = fstatSync(opened.fd);
    if (stats.isDirectory()) return { problem: folderInPlace(basename(absolute)) };
    if (!stats.isFile()) {
      const name = basename(absolute);
      return { problem: { rule: 'file/unreadable', message: `“${name}”不是普通文件（而是管道、设备等特殊文件），不会读取`, messageEn: `${name} is not a regular file` } };
    }
    if (stats.size > MAX_FILE_BYTES) return { problem: tooLarge(basename(absolute), stats.size) };
    // Read by hand to the size just measured (readFileSync would measure it again); a file that changes
    // meanwhile is judged by what was read.
    const bytes = Buffer.allocUnsafe(stats.size);
    let length = 0;
    for (let n = 1; n > 0 && length < bytes.length; length += n) n = readSync(opened.fd, bytes, length, bytes.length - length, length);
    return { bytes: length < bytes.length ? bytes.subarray(0, length) : bytes, stats };
  } catch (error) {
    return { problem: openProblem(basename(absolute), error) };
  } finally {
    closeSync(opened.fd);
  }
}

const tooLarge = (name: string, size: number): FileProblem => ({
  rule: 'file/too-large',
  message: `文件“${name}”有 ${(size / 1024 / 1024).toFixed(1)} MB，超过了 ${MAX_FILE_BYTES / 1024 / 1024} MB 的上限（真实内容中最大的文件约 100 KB）：请检查是否放错了文件`,
  messageEn: `${name} is ${size} bytes, over the limit of ${MAX_FILE_BYTES} bytes`,
});

/** The text of a file's bytes (strict UTF-8, a byte-order mark dropped), or why they are not text. */
export function decodeContent(bytes: Uint8Array): { text: string } | { problem: FileProblem } {
  const decoded = decodeUtf8(bytes);
  return 'problem' in decoded ? { problem: { rule: 'file/encoding', ...describeEncodingProblem(decoded.problem) } } : decoded;
}

/** The text of a content file, or why it cannot be read. */
export function readContentText(absolute: string, rootReal: string): TextRead {
  const read = readContentBytes(absolute, rootReal);
  if (!('bytes' in read)) return read;
  const decoded = decodeContent(read.bytes);
  return 'problem' in decoded ? decoded : { text: decoded.text, bytes: read.bytes, stats: read.stats };
}

/** An entry of a content folder; links are resolved (a link inside the content folder counts as what it leads to). */
export interface FolderEntry {
  readonly name: string;
  readonly absolute: string;
  readonly isDirectory: boolean;
  /** A link that loops, leads nowhere or leads out of the content folder (never followed). */
  readonly problem?: FileProblem;
}

/**
 * The entries of a folder, sorted by name, or why it cannot be listed (none when it does not exist). Entries that
 * are links are resolved here; `dir` itself is assumed to be inside the content folder unless `checkItself` (for
 * folders named by the layout, such as disclosures/, rather than found in a listing).
 */
export function listFolder(dir: string, rootReal: string, checkItself = false): { entries: FolderEntry[]; missing?: true; problem?: FileProblem } {
  if (checkItself) {
    try {
      if (lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
        const real = realpathSync(dir);
        if (!isInside(rootReal, real)) return { entries: [], problem: outside(basename(dir), real, '文件夹') };
      }
    } catch (error) {
      return { entries: [], problem: openProblem(basename(dir), error, '文件夹') };
    }
  }
  let dirents;
  try {
    dirents = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { entries: [], missing: true };
    return { entries: [], problem: openProblem(basename(dir), error, '文件夹') };
  }
  const entries: FolderEntry[] = [];
  // `dir` is already a joined path: a separator and the name are enough (join would normalise it again).
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const dirent of dirents) {
    const absolute = prefix + dirent.name;
    if (!dirent.isSymbolicLink()) {
      entries.push({ name: dirent.name, absolute, isDirectory: dirent.isDirectory() });
      continue;
    }
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch (error) {
      entries.push({ name: dirent.name, absolute, isDirectory: false, problem: openProblem(dirent.name, error) });
      continue;
    }
    let isDirectory = false;
    try { isDirectory = statSync(real).isDirectory(); } catch { /* whoever reads it reports why */ }
    if (!isInside(rootReal, real)) entries.push({ name: dirent.name, absolute, isDirectory: false, problem: outside(dirent.name, real, isDirectory ? '文件夹' : '文件') });
    else entries.push({ name: dirent.name, absolute, isDirectory });
  }
  return { entries: entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
}
