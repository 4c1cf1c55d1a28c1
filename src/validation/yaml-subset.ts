/**
 * A fast reader for the plain layout content files use: block mappings and sequences, one-line flow collections
 * ({ … } and [ … ]), plain and quoted one-line scalars, comments. It gives exactly what js-yaml gives with the
 * check's schema (numbers stay their source text, blanks are absent in mappings and null in lists), and gives up
 * (undefined) on anything else: multi-line scalars, block scalars (| >), anchors, tags, quoted keys, CRLF line
 * ends, duplicate keys, bad indentation. The caller then uses js-yaml, and the full parser reports any error.
 *
 * Lists and mappings nested deeper than MAX_NESTING_DEPTH are left to js-yaml too (which refuses them): the reader
 * recurses once per level, and no depth of text may overflow the call stack.
 *
 * One known difference, found by fuzzing: js-yaml puts a less indented line after a list item that holds only a
 * comment ("-  # …") into that list; the subset reads it as YAML (and the `yaml` package) does.
 *
 * Why: parsing is the largest share of a cold check at tens of thousands of files, and a reader that only has
 * to recognise this layout is several times faster than a general YAML parser.
 */

import { MAX_NESTING_DEPTH } from './yaml-limits.ts';

/** Thrown (and caught in parseYamlSubset) when the text leaves the subset. */
class OutsideSubset extends Error {}
const OUTSIDE = new OutsideSubset('outside the YAML subset');
const giveUp = (): never => { throw OUTSIDE; };

/** The content lines of the text being read: where each starts, ends (without trailing spaces) and its indent. */
interface Lines {
  readonly starts: number[];
  readonly ends: number[];
  /** Spaces before the content. */
  readonly indents: number[];
}

// Character codes, compared with charCodeAt (no one-character strings in the inner loops).
const SPACE = 32, HASH = 35, BACKSLASH = 92, COMMA = 44, DASH = 45, COLON = 58, QUESTION = 63, QUOTE = 34, APOSTROPHE = 39;
const OPEN_BRACKET = 91, CLOSE_BRACKET = 93, OPEN_BRACE = 123, CLOSE_BRACE = 125;

/**
 * Where the last flow value, quoted scalar or key ended (a shared out-parameter: the reader is synchronous, and
 * returning [value, end] pairs would allocate one array per value).
 */
let cursor = 0;
/**
 * The end of the line being read (its trailing spaces excluded). The reader works on the whole text, not on a copy
 * of each line: reading characters of the original string is faster than of slices of it.
 */
let lineEnd = 0;
/** Lists and mappings open around the one being read (reset for each text: a give-up leaves it anywhere). */
let depth = 0;
const enter = (): void => { if (++depth > MAX_NESTING_DEPTH) giveUp(); };

const skipSpaces = (text: string, from: number): number => {
  let i = from;
  while (text.charCodeAt(i) === SPACE) i++;
  return i;
};

/** The end of `text[from, end)` without trailing spaces (only spaces: YAML keeps other blanks such as U+3000). */
const trimSpacesEnd = (text: string, from: number, end: number): number => {
  let e = end;
  while (e > from && text.charCodeAt(e - 1) === SPACE) e--;
  return e;
};

/** A plain scalar as the core schema resolves it: null, boolean, or its text (numbers too stay text). */
function resolvePlain(text: string): unknown {
  // Only short words can be null or a boolean: most scalars are decided by their length.
  const length = text.length;
  if (length === 0) return null;
  if (length > 5) return text;
  switch (text.charCodeAt(0)) {
    case 126: return length === 1 ? null : text; // ~
    case 110: case 78: return text === 'null' || text === 'Null' || text === 'NULL' ? null : text;
    case 116: case 84: return text === 'true' || text === 'True' || text === 'TRUE' ? true : text;
    case 102: case 70: return text === 'false' || text === 'False' || text === 'FALSE' ? false : text;
    default: return text;
  }
}

/** True when a plain scalar cannot start at `i`: a YAML indicator, or "-", "?", ":" before a blank. */
function indicatorAt(text: string, i: number, end = lineEnd): boolean {
  switch (text.charCodeAt(i)) {
    case 91: case 93: case 123: case 125: case 44: case 35: case 38: case 42: case 33: case 124: case 62: case 39: case 34: case 37: case 64: case 96:
      return true; // [ ] { } , # & * ! | > ' " % @ `
    case DASH: case QUESTION: case COLON:
      return i + 1 >= end || text.charCodeAt(i + 1) === SPACE;
    default:
      return false;
  }
}

/** A plain key: not starting with an indicator, without flow characters or a comment, resolving to text. */
function plainKey(key: string): boolean {
  return Boolean(key) && !indicatorAt(key, 0, key.length) && !/[{}[\],]|\s#/.test(key) && key !== '__proto__' && key !== '<<' && typeof resolvePlain(key) === 'string';
}

/** Keys already accepted, by a hash of their characters (content files repeat a few dozen keys thousands of times). */
const KNOWN_KEYS = new Map<number, string>();

/**
 * The plain key text[start, end), or give up. A key seen before is recognised in place and the same string is
 * returned: no copy, and property access with it stays fast (objects get their keys in the same order).
 */
function keyAt(text: string, start: number, end: number): string {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const known = KNOWN_KEYS.get(hash);
  if (known !== undefined && known.length === end - start && text.startsWith(known, start)) return known;
  const key = text.slice(start, end);
  if (!plainKey(key)) giveUp();
  if (KNOWN_KEYS.size < 10_000) KNOWN_KEYS.set(hash, key);
  return key;
}

/** Index of a comment (" #") in a plain scalar on this line, or -1. */
function commentAt(text: string, from: number): number {
  // Searched by hand: indexOf would run on past the line (to the end of the file) whenever the line has no '#'.
  for (let i = from; i < lineEnd; i++) if (text.charCodeAt(i) === HASH && (i === from || text.charCodeAt(i - 1) === SPACE)) return i;
  return -1;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ', e: '\x1b', a: '\x07', v: '\v', N: '\u0085', _: '\u00a0' };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A one-line quoted scalar starting at `start`: its value; `cursor` is set after the closing quote. */
function quoted(text: string, start: number): string {
  const quote = text[start]!;
  let out = '';
  let i = start + 1;
  for (;;) {
    const next = text.indexOf(quote, i);
    if (next < 0 || next >= lineEnd) giveUp();
    if (quote === "'") {
      out += text.slice(i, next);
      if (text.charCodeAt(next + 1) === APOSTROPHE) { out += "'"; i = next + 2; continue; }
      cursor = next + 1;
      return out;
    }
    let backslash = i;
    while (backslash < next && text.charCodeAt(backslash) !== BACKSLASH) backslash++;
    if (backslash === next) { out += text.slice(i, next); cursor = next + 1; return out; }
    out += text.slice(i, backslash);
    const code = text[backslash + 1] ?? '';
    const hex = HEX_LENGTH[code];
    if (hex) {
      const digits = text.slice(backslash + 2, Math.min(backslash + 2 + hex, lineEnd));
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) giveUp();
      const point = parseInt(digits, 16);
      // Beyond Unicode, or half of a surrogate pair: js-yaml decides.
      if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) giveUp();
      out += String.fromCodePoint(point);
      i = backslash + 2 + hex;
    } else {
      const escaped = ESCAPES[code];
      if (escaped === undefined) giveUp();
      out += escaped;
      i = backslash + 2;
    }
  }
}

/** Only blanks or a comment may follow a value on its line. */
function expectLineEnd(text: string, at: number): void {
  const i = skipSpaces(text, at);
  if (i < lineEnd && !(text.charCodeAt(i) === HASH && i > at)) giveUp();
}

/** A flow collection or scalar inside { } or [ ] starting at `start`; `cursor` is set where it ends. */
function flowValue(text: string, start: number): unknown {
  const i = skipSpaces(text, start);
  const first = text.charCodeAt(i);
  if (first === OPEN_BRACKET) return flowList(text, i);
  if (first === OPEN_BRACE) return flowMap(text, i);
  if (first === QUOTE || first === APOSTROPHE) return quoted(text, i);
  if (first !== COMMA && first !== CLOSE_BRACKET && first !== CLOSE_BRACE && indicatorAt(text, i)) giveUp();
  if (first === DASH || first === QUESTION || first === COLON) {
    // "-", "?" or ":" alone before a flow indicator is not a plain scalar in a flow collection.
    const next = text.charCodeAt(i + 1);
    if (next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE) giveUp();
  }
  const length = lineEnd;
  let end = i;
  for (; end < length; end++) {
    const c = text.charCodeAt(end);
    if (c > CLOSE_BRACE) continue; // most characters (Chinese text) are none of the ones below
    if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) break;
    if (c === OPEN_BRACKET || c === OPEN_BRACE || (c === HASH && text.charCodeAt(end - 1) === SPACE)) giveUp();
    if (c === COLON) {
      // ": " or ":" before a flow indicator would start a mapping entry: left to js-yaml.
      const next = text.charCodeAt(end + 1);
      if (end + 1 >= length || next === SPACE || next === COMMA || next === CLOSE_BRACKET || next === CLOSE_BRACE) giveUp();
    }
  }
  cursor = end;
  return resolvePlain(text.slice(i, trimSpacesEnd(text, i, end)));
}

/** After a flow entry: "," and the next entry, or the closing character. True when the collection goes on. */
function flowContinues(text: string, close: number): boolean {
  let i = skipSpaces(text, cursor);
  const c = text.charCodeAt(i);
  if (c === close) { cursor = i + 1; return false; }
  if (c !== COMMA) giveUp();
  i = skipSpaces(text, i + 1);
  const next = text.charCodeAt(i);
  // Trailing and doubled commas are left to js-yaml.
  if (next === close || next === COMMA) giveUp();
  cursor = i;
  return true;
}

function flowList(text: string, start: number): unknown[] {
  enter();
  const list: unknown[] = [];
  const i = skipSpaces(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_BRACKET) { cursor = i + 1; depth--; return list; }
  if (text.charCodeAt(i) === COMMA) giveUp(); // an empty first entry
  cursor = i;
  do list.push(flowValue(text, cursor));
  while (flowContinues(text, CLOSE_BRACKET));
  depth--;
  return list;
}

function flowMap(text: string, start: number): Record<string, unknown> {
  enter();
  const map: Record<string, unknown> = {};
  const i = skipSpaces(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_BRACE) { cursor = i + 1; depth--; return map; }
  cursor = i;
  do {
    const keyStart = cursor;
    const colon = text.indexOf(':', keyStart);
    if (colon < 0 || colon >= lineEnd) giveUp();
    const key = keyAt(text, keyStart, trimSpacesEnd(text, keyStart, colon));
    if (key in map) giveUp();
    const after = text.charCodeAt(colon + 1);
    if (after !== SPACE && after !== COMMA && after !== CLOSE_BRACE) giveUp();
    const value = flowValue(text, colon + 1);
    map[key] = value === null ? undefined : value;
  } while (flowContinues(text, CLOSE_BRACE));
  depth--;
  return map;
}

/** The value after "key:" or "- " on a line (from `start`); a blank is null. */
function inlineValue(text: string, start: number): unknown {
  const i = skipSpaces(text, start);
  if (i >= lineEnd) return null;
  const first = text.charCodeAt(i);
  if (first === HASH) return null;
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    const value = first === OPEN_BRACE ? flowMap(text, i) : flowList(text, i);
    expectLineEnd(text, cursor);
    return value;
  }
  if (first === QUOTE || first === APOSTROPHE) { const value = quoted(text, i); expectLineEnd(text, cursor); return value; }
  if (indicatorAt(text, i)) giveUp();
  const comment = commentAt(text, i);
  const plain = text.slice(i, trimSpacesEnd(text, i, comment < 0 ? lineEnd : comment));
  if (plain.includes(': ') || plain.charCodeAt(plain.length - 1) === COLON) giveUp();
  return resolvePlain(plain);
}

/** "key: …" at `start`: the key (`cursor` is set after its colon), or undefined when the line is not a mapping entry. */
function mappingKey(text: string, start: number): string | undefined {
  const first = text.charCodeAt(start);
  if (first === QUESTION) giveUp();
  if (first === QUOTE || first === APOSTROPHE) return undefined;
  let colon = text.indexOf(':', start);
  while (colon >= 0 && colon + 1 < lineEnd && text.charCodeAt(colon + 1) !== SPACE) colon = text.indexOf(':', colon + 1);
  if (colon < 0 || colon >= lineEnd) return undefined;
  // A comment or a flow collection before the colon: not a plain key (leave such lines to js-yaml).
  const key = keyAt(text, start, trimSpacesEnd(text, start, colon));
  cursor = colon + 1;
  return key;
}

/** "-" alone or "- " at `at` on a line ending at `end`: a sequence item. */
const isItem = (text: string, at: number, end: number): boolean =>
  text.charCodeAt(at) === DASH && (end === at + 1 || text.charCodeAt(at + 1) === SPACE);

class Reader {
  private at = 0;
  private readonly text: string;
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly indents: number[];
  private readonly count: number;
  constructor(text: string, lines: Lines) {
    this.text = text;
    this.starts = lines.starts;
    this.ends = lines.ends;
    this.indents = lines.indents;
    this.count = lines.starts.length;
  }

  document(): unknown {
    if (this.count === 0) return undefined;
    const value = this.block(this.indents[0]!);
    if (this.at < this.count) giveUp();
    return value;
  }

  private block(indent: number): unknown {
    const at = this.at;
    if (this.indents[at] !== indent) giveUp();
    return isItem(this.text, this.starts[at]! + indent, this.ends[at]!) ? this.sequence(indent) : this.mapping(indent);
  }

  /** Entries at column `indent`; with `afterDash`, the first is on the current line after "- " (the item of a list). */
  private mapping(indent: number, afterDash = false): Record<string, unknown> {
    enter();
    const map: Record<string, unknown> = {};
    const text = this.text;
    let first = afterDash;
    while (this.at < this.count) {
      const lineIndent = this.indents[this.at]!;
      if (!first && lineIndent !== indent) {
        if (lineIndent < indent) break;
        giveUp();
      }
      first = false;
      lineEnd = this.ends[this.at]!;
      const key = mappingKey(text, this.starts[this.at]! + indent) ?? giveUp();
      if (key in map) giveUp();
      this.at++;
      const value = this.valueAfter(cursor, indent, true);
      map[key] = value === null ? undefined : value;
    }
    depth--;
    return map;
  }

  private sequence(indent: number): unknown[] {
    enter();
    const list: unknown[] = [];
    const text = this.text;
    while (this.at < this.count) {
      const lineIndent = this.indents[this.at]!;
      if (lineIndent < indent) break;
      if (lineIndent > indent) giveUp();
      const lineStart = this.starts[this.at]!;
      lineEnd = this.ends[this.at]!;
      // Not an item ("key:" after a list at the same indent, or "-x"): the list ends and the caller decides.
      if (!isItem(text, lineStart + indent, lineEnd)) break;
      const start = skipSpaces(text, lineStart + indent + 1);
      if (start >= lineEnd || text.charCodeAt(start) === HASH) {
        this.at++;
        list.push(this.nested(indent, false));
        continue;
      }
      if (isItem(text, start, lineEnd)) giveUp();
      const first = text.charCodeAt(start);
      const flowOrQuoted = first === OPEN_BRACE || first === OPEN_BRACKET || first === QUOTE || first === APOSTROPHE;
      if (!flowOrQuoted && mappingKey(text, start) !== undefined) list.push(this.mapping(start - lineStart, true));
      else { this.at++; list.push(this.valueAfter(start, indent, false)); }
    }
    depth--;
    return list;
  }

  /** The value of an entry whose line has been consumed (lineEnd is still its end): inline, or a nested block. */
  private valueAfter(start: number, indent: number, inMapping: boolean): unknown {
    const inline = inlineValue(this.text, start);
    if (inline !== null || commentOrBlank(this.text, start) === false) {
      // An inline value: the next line may not continue it (multi-line scalars are left to js-yaml).
      if (this.at < this.count && this.indents[this.at]! > indent) giveUp();
      return inline;
    }
    return this.nested(indent, inMapping);
  }

  /** A block below an entry with nothing after its colon: deeper lines, or (for a mapping key) a sequence at the same indent. */
  private nested(indent: number, inMapping: boolean): unknown {
    const at = this.at;
    if (at >= this.count || this.indents[at]! < indent) return null;
    if (this.indents[at]! > indent) return this.block(this.indents[at]!);
    return inMapping && isItem(this.text, this.starts[at]! + indent, this.ends[at]!) ? this.sequence(indent) : null;
  }
}

/** True when nothing but blanks or a comment follows `start`. */
function commentOrBlank(text: string, start: number): boolean {
  const i = skipSpaces(text, start);
  return i >= lineEnd || text.charCodeAt(i) === HASH;
}

/** Content lines (blank and comment-only lines dropped), or undefined when the layout is outside the subset. */
/**
 * Characters js-yaml refuses or treats specially (control characters, U+0085, U+2028/9, U+FFFE/F) and surrogates
 * (rare characters outside the Basic Multilingual Plane, and broken halves): such text is left to js-yaml. So are
 * the noncharacters U+FDD0–U+FDEF, which js-yaml reads as any other: with them this set covers every character no
 * published text may hold (unsafe-characters.ts), so a text this reader accepts holds none of those as written, and
 * the check need not search it for them again (the one scan of a file's characters is this one).
 */
const UNUSUAL_CHARACTERS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;

function contentLines(text: string): Lines | undefined {
  if (text.includes('\r') || text.includes('\t') || UNUSUAL_CHARACTERS.test(text)) return undefined;
  const lines: Lines = { starts: [], ends: [], indents: [] };
  const length = text.length;
  for (let start = 0; start <= length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = length;
    const content = skipSpaces(text, start);
    if (content < end && text.charCodeAt(content) !== HASH) {
      // Directives and document markers: several documents, or a header js-yaml must judge.
      if (content === start && (text.startsWith('---', start) || text.startsWith('...', start) || text.charCodeAt(start) === 37)) return undefined;
      lines.starts.push(start);
      lines.ends.push(trimSpacesEnd(text, content, end));
      lines.indents.push(content - start);
    }
    start = end + 1;
  }
  return lines;
}

/** The parsed value (as js-yaml would give it, blanks normalised), or undefined when the text is outside the subset. */
export function parseYamlSubset(text: string): { value: unknown } | undefined {
  const lines = contentLines(text);
  if (!lines) return undefined;
  depth = 0;
  try {
    const value = new Reader(text, lines).document();
    if (value !== undefined && (value === null || typeof value !== 'object')) return undefined;
    return { value };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}
