/**
 * Content files are UTF-8 (a leading byte-order mark is allowed). Anything else is refused with the encoding it
 * most likely is: a file saved as GBK (what Chinese Windows editors write by default) or UTF-16 decodes as UTF-8
 * into garbled text that would otherwise pass the check and be published.
 *
 * Why refuse rather than convert: GBK, Big5 and damaged UTF-8 can all be decoded "successfully" into different
 * text, and a guess that changes one character of a name or figure would be published as official. The editor fixes
 * the file once (另存为 UTF-8) and the file then reads the same in every tool.
 *
 * Cost: valid files pay one UTF-8 validation and one search for a NUL byte over their bytes (both native, a few
 * GB/s); only refused files are looked at more closely.
 */
import { isUtf8 } from 'node:buffer';

export type EncodingProblem =
  | { readonly kind: 'utf-16le' | 'utf-16be' | 'utf-32' | 'gb18030' | 'zip' | 'pdf' | 'ole' | 'binary' }
  | { readonly kind: 'damaged-utf8' | 'nul'; readonly line: number };

export type Decoded = { readonly text: string } | { readonly problem: EncodingProblem };

/** The text of UTF-8 bytes (without a byte-order mark), or what the bytes are instead. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (!isUtf8(bytes) || bytes.indexOf(0) >= 0) return { problem: diagnoseEncoding(bytes) };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, i) => bytes[i] === byte);

/** What bytes that are not clean UTF-8 most likely are (called only for those). */
export function diagnoseEncoding(bytes: Uint8Array): EncodingProblem {
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) return { kind: 'utf-32' };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'utf-16be' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'pdf' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { kind: 'ole' };
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { kind: utf16 };
  const nul = bytes.indexOf(0);
  if (isUtf8(bytes)) return { kind: 'nul', line: lineAt(bytes, nul) };
  // Mostly valid UTF-8 with a few broken places: a damaged file (or a pasted fragment), not another encoding (in
  // GBK text almost every Chinese character is a broken place).
  const { valid, invalid, firstInvalid } = countUtf8Sequences(bytes);
  if (invalid * 4 <= valid) return { kind: 'damaged-utf8', line: lineAt(bytes, firstInvalid) };
  if (nul < 0 && decodesAsText(bytes, 'gb18030')) return { kind: 'gb18030' };
  return { kind: 'binary' };
}

/**
 * UTF-16 without a byte-order mark: text in it has a NUL byte beside most ASCII characters (line ends, spaces, keys),
 * always on the same side, and decodes cleanly.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  let even = 0, odd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) even++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) odd++;
  }
  const pairs = sample / 2;
  if (Math.max(even, odd) < 4) return undefined;
  if (odd >= pairs / 4 && even === 0 && decodesAsText(bytes, 'utf-16le')) return 'utf-16le';
  if (even >= pairs / 4 && odd === 0 && decodesAsText(bytes, 'utf-16be')) return 'utf-16be';
  return undefined;
}

/** True when the bytes decode without error in `encoding` into text without control characters (tab, line ends aside). */
function decodesAsText(bytes: Uint8Array, encoding: string): boolean {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return !/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/.test(text);
  } catch {
    return false;
  }
}

/** Well-formed multi-byte UTF-8 sequences, runs of bytes that start none, and the first of those bytes. */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0, invalid = 0, firstInvalid = -1;
  let lastInvalid = false;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    if (lead < 0x80) { i++; lastInvalid = false; continue; }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    // Overlong forms, surrogates and code points beyond U+10FFFF are not UTF-8 either.
    const second = bytes[i + 1]!;
    if (ok && ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f) || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f))) ok = false;
    if (ok) { valid++; i += length; lastInvalid = false; continue; }
    if (firstInvalid < 0) firstInvalid = i;
    if (i === 0 || !lastInvalid) invalid++;
    lastInvalid = true;
    i++;
    continue;
  }
  return { valid, invalid, firstInvalid };
}

/** The 1-based line of byte `offset` (line 1 when there is none). */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

const SAVE_AS_UTF8 = '请用编辑器“另存为”UTF-8 编码（如记事本：另存为 → 编码选 UTF-8；WPS/Word 不要直接保存为 .yaml/.md）';

/** The Chinese explanation and English line of an encoding problem, with the fix. */
export function describeEncodingProblem(problem: EncodingProblem): { message: string; messageEn: string; line: number } {
  switch (problem.kind) {
    case 'gb18030':
      return { line: 1, message: `文件不是 UTF-8 编码，看起来是 GBK/GB18030（简体中文 Windows 的默认编码）。${SAVE_AS_UTF8}`, messageEn: 'The file is not UTF-8; it looks like GBK/GB18030. Save it as UTF-8.' };
    case 'utf-16le':
    case 'utf-16be': {
      const name = problem.kind === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
      return { line: 1, message: `文件不是 UTF-8 编码，而是 ${name}（记事本中称为“Unicode”）。${SAVE_AS_UTF8}`, messageEn: `The file is ${name}, not UTF-8. Save it as UTF-8.` };
    }
    case 'utf-32':
      return { line: 1, message: `文件不是 UTF-8 编码，而是 UTF-32。${SAVE_AS_UTF8}`, messageEn: 'The file is UTF-32, not UTF-8. Save it as UTF-8.' };
    case 'zip':
      return { line: 1, message: '这不是文本文件，而是压缩格式的文件（如 Excel .xlsx、Word .docx 或 .zip）。请把内容按本说明写成 UTF-8 编码的文本文件', messageEn: 'This is a ZIP file (e.g. .xlsx or .docx), not a UTF-8 text file.' };
    case 'pdf':
      return { line: 1, message: '这不是文本文件，而是 PDF 文件。请把内容按本说明写成 UTF-8 编码的文本文件', messageEn: 'This is a PDF file, not a UTF-8 text file.' };
    case 'ole':
      return { line: 1, message: '这不是文本文件，而是旧版 Office 文件（如 .xls、.doc）。请把内容按本说明写成 UTF-8 编码的文本文件', messageEn: 'This is an old Office file (.xls, .doc), not a UTF-8 text file.' };
    case 'damaged-utf8':
      return { line: problem.line, message: `第${problem.line}行有不成字的字节（不是有效的 UTF-8）：文件可能已损坏，或混入了其他编码的文字。请检查这一行，必要时重新输入后“另存为”UTF-8 编码`, messageEn: `Invalid UTF-8 bytes on line ${problem.line} (damaged file or text in another encoding)` };
    case 'nul':
      return { line: problem.line, message: `第${problem.line}行含有空字符（字节 0x00）：文本文件中不应出现，文件可能已损坏。请删除这一行中看不见的字符后保存为 UTF-8 编码`, messageEn: `NUL byte (0x00) on line ${problem.line}: the file may be damaged` };
    case 'binary':
      return { line: 1, message: `文件不是 UTF-8 编码的文本，无法识别其编码（可能是二进制文件或其他编码）。${SAVE_AS_UTF8}`, messageEn: 'The file is not UTF-8 text (unknown encoding or binary). Save it as UTF-8.' };
  }
}
