/**
 * Characters no published text may hold. XML 1.0 cannot carry them at all (not even as &#…; references), so one of
 * them makes feed.xml or sitemap.xml unreadable, and the HTML standard counts each as a parse error. They come from
 * copying out of Word or PDF files, or from escapes such as "\f" in a double-quoted YAML value.
 *
 * The set: C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone surrogates (half of a
 * character); noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE and U+FFFF among them).
 */

/** One unsafe character (matches a lone surrogate, never half of a pair: the `u` flag reads pairs as one). */
const UNSAFE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Cs}\p{Noncharacter_Code_Point}]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');

/**
 * Code units that may be (part of) an unsafe character: UNSAFE's set, with every surrogate. A class of code units
 * without the `u` flag is the fastest scan here (about twice as fast as UNSAFE or a loop over charCodeAt, measured on
 * the benchmark's content files); the exact test runs only on a text with a candidate (emoji are surrogate pairs).
 */
const CANDIDATE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

export const hasUnsafeCharacter = (text: string): boolean => CANDIDATE.test(text) && UNSAFE.test(text);

/**
 * False when no value read from a YAML file can hold an unsafe character: the file has none as written, and no
 * backslash (only a double-quoted value's escapes, such as \f or \u0000, can make one). Lets a rule test a file once
 * instead of each of its values; `noneAsWritten` when the reader already knows the file holds none as written.
 */
export const mayHoldUnsafeCharacter = (fileText: string, noneAsWritten = false): boolean =>
  fileText.includes('\\') || (!noneAsWritten && hasUnsafeCharacter(fileText));

/** The text with every unsafe character replaced by U+FFFD (the replacement character), for output that must not fail. */
export const replaceUnsafeCharacters = (text: string): string => (UNSAFE.test(text) ? text.replace(UNSAFE_ALL, '\uFFFD') : text);

export interface UnsafeCharacter {
  /** 1-based position in characters (code points), as an editor counts them. */
  readonly position: number;
  /** Offset in UTF-16 code units. */
  readonly offset: number;
  /** U+000C */
  readonly code: string;
  /** Chinese name: 换页符, 控制字符… */
  readonly name: string;
  /** A few characters either side, the unsafe one shown as ⟨U+000C⟩. */
  readonly context: string;
}

const NAMES: Record<number, string> = {
  0x00: '空字符', 0x07: '响铃符', 0x08: '退格符', 0x0b: '垂直制表符', 0x0c: '换页符', 0x1b: '转义符', 0x7f: '删除符', 0x85: '下一行符',
};

function nameOf(codePoint: number): string {
  const named = NAMES[codePoint];
  if (named) return named;
  if (codePoint < 0x20) return 'C0 控制字符';
  if (codePoint >= 0x80 && codePoint <= 0x9f) return 'C1 控制字符';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return '不成对的代理项（半个字符）';
  return 'Unicode 非字符';
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first unsafe character of a text, or undefined. */
export function firstUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const offset = match.index;
  const codePoint = text.codePointAt(offset)!;
  const code = hex(codePoint);
  const before = [...text.slice(0, offset)];
  const after = [...text.slice(offset + (codePoint > 0xffff ? 2 : 1))];
  const visible = (part: string[]) => replaceUnsafeCharacters(part.join('')).replace(/[\t\r\n]/g, ' ');
  return {
    position: before.length + 1,
    offset,
    code,
    name: nameOf(codePoint),
    context: `${before.length > 8 ? '…' : ''}${visible(before.slice(-8))}⟨${code}⟩${visible(after.slice(0, 8))}${after.length > 8 ? '…' : ''}`,
  };
}

/** Chinese message for an editor: which character, where, and what to do. */
export function unsafeCharacterMessage(found: UnsafeCharacter, where = ''): string {
  return `${where}第${found.position}个字符是不可见的${found.name} ${found.code}（在“${found.context}”中），发布后会使订阅源、网站地图等文件无效：请删除它（常见于从 Word 或 PDF 复制的文字，或双引号中的 \\f、\\x..、\\u.... 转义）`;
}

/** Every string of a plain value (objects, arrays) holding an unsafe character, with its path. */
export function findUnsafeStrings(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; found: UnsafeCharacter }> {
  if (typeof value === 'string') {
    const found = hasUnsafeCharacter(value) ? firstUnsafeCharacter(value) : undefined;
    return found ? [{ path, found }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findUnsafeStrings(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => findUnsafeStrings(item, [...path, key]));
  return [];
}

/** Replaces, in place, every unsafe character of every string of a plain value by U+FFFD; returns the value. */
export function replaceUnsafeStrings<T>(value: T): T {
  if (Array.isArray(value)) {
    value.forEach((item, index) => { value[index] = typeof item === 'string' ? replaceUnsafeCharacters(item) : replaceUnsafeStrings(item); });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      record[key] = typeof item === 'string' ? replaceUnsafeCharacters(item) : replaceUnsafeStrings(item);
    }
  }
  return value;
}
