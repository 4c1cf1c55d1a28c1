/**
 * A fast reader for the plain layout content files use: block mappings and sequences, one-line flow collections
 * ({ … } and [ … ]), plain and quoted one-line scalars, comments. It gives exactly what js-yaml gives with the
 * check's schema (numbers stay their source text, blanks are absent in mappings and null in lists), and gives up
 * (undefined) on anything else: multi-line scalars, block scalars (| >), anchors, tags, quoted keys, CRLF line
 * ends, duplicate keys, bad indentation. The caller then uses js-yaml, and the full parser reports any error.
 *
 * Why: parsing is the largest share of a cold check at tens of thousands of files, and a reader that only has
 * to recognise this layout is several times faster than a general YAML parser.
 */

/** Thrown (and caught in parseYamlSubset) when the text leaves the subset. */
class OutsideSubset extends Error {}
const giveUp = (): never => { throw new OutsideSubset(); };

interface Line {
  readonly text: string;
  /** Spaces before the content. */
  readonly indent: number;
}

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
function indicatorAt(text: string, i: number): boolean {
  switch (text.charCodeAt(i)) {
    case 91: case 93: case 123: case 125: case 44: case 35: case 38: case 42: case 33: case 124: case 62: case 39: case 34: case 37: case 64: case 96:
      return true; // [ ] { } , # & * ! | > ' " % @ `
    case 45: case 63: case 58: { // - ? :
      const next = text.charCodeAt(i + 1);
      return Number.isNaN(next) || next === 32;
    }
    default:
      return false;
  }
}

/** Keys already accepted (content files repeat a few dozen keys thousands of times). */
const PLAIN_KEYS = new Set<string>();
/** A plain key: not starting with an indicator, without flow characters or a comment, resolving to text. */
function plainKey(key: string): boolean {
  if (PLAIN_KEYS.has(key)) return true;
  if (!key || indicatorAt(key, 0) || /[{}[\],]|\s#/.test(key) || key === '__proto__' || key === '<<' || typeof resolvePlain(key) !== 'string') return false;
  if (PLAIN_KEYS.size < 10_000) PLAIN_KEYS.add(key);
  return true;
}

/** Index of a comment (" #") in a plain scalar, or -1. */
function commentAt(text: string, from: number): number {
  for (let i = text.indexOf('#', from); i >= 0; i = text.indexOf('#', i + 1)) if (i === 0 || text[i - 1] === ' ') return i;
  return -1;
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ', e: '\x1b', a: '\x07', v: '\v', N: '\u0085', _: '\u00a0' };
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A one-line quoted scalar starting at `start`: its value and the index after the closing quote. */
function quoted(text: string, start: number): [string, number] {
  const quote = text[start];
  let out = '';
  let i = start + 1;
  for (;;) {
    const next = text.indexOf(quote === '"' ? '"' : "'", i);
    if (next < 0) giveUp();
    if (quote === "'") {
      out += text.slice(i, next);
      if (text[next + 1] === "'") { out += "'"; i = next + 2; continue; }
      return [out, next + 1];
    }
    const backslash = text.indexOf('\\', i);
    if (backslash < 0 || backslash > next) { out += text.slice(i, next); return [out, next + 1]; }
    out += text.slice(i, backslash);
    const code = text[backslash + 1] ?? '';
    const hex = HEX_LENGTH[code];
    if (hex) {
      const digits = text.slice(backslash + 2, backslash + 2 + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) giveUp();
      out += String.fromCodePoint(parseInt(digits, 16));
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
  let i = at;
  while (text[i] === ' ') i++;
  if (i < text.length && !(text[i] === '#' && i > at)) giveUp();
}

/** A flow collection or scalar inside { } or [ ] starting at `start`: its value and where it ends. */
function flowValue(text: string, start: number): [unknown, number] {
  let i = start;
  while (text[i] === ' ') i++;
  const first = text[i];
  if (first === '[' || first === '{') return flowCollection(text, i);
  if (first === '"' || first === "'") return quoted(text, i);
  if (indicatorAt(text, i) && text[i] !== ',' && text[i] !== ']' && text[i] !== '}') giveUp();
  let end = i;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 44 || c === 93 || c === 125) break; // , ] }
    if (c === 91 || c === 123 || (c === 35 && text.charCodeAt(end - 1) === 32)) giveUp(); // [ { " #"
    if (c === 58 && (end + 1 === text.length || text.charCodeAt(end + 1) === 32)) giveUp(); // ": "
  }
  return [resolvePlain(text.slice(i, end).trim()), end];
}

function flowCollection(text: string, start: number): [unknown, number] {
  const isMap = text[start] === '{';
  const close = isMap ? '}' : ']';
  const list: unknown[] = [];
  const map: Record<string, unknown> = {};
  let i = start + 1;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === close) return [isMap ? map : list, i + 1];
    if (isMap) {
      const colon = text.indexOf(':', i);
      if (colon < 0) giveUp();
      const key = text.slice(i, colon).trim();
      if (!plainKey(key) || key in map) giveUp();
      if (text[colon + 1] !== ' ' && text[colon + 1] !== ',' && text[colon + 1] !== '}') giveUp();
      const [value, end] = flowValue(text, colon + 1);
      map[key] = value === null ? undefined : value;
      i = end;
    } else {
      const [value, end] = flowValue(text, i);
      list.push(value);
      i = end;
    }
    while (text[i] === ' ') i++;
    if (text[i] === ',') { i++; while (text[i] === ' ') i++; if (text[i] === close || text[i] === ',') giveUp(); continue; }
    if (text[i] !== close) giveUp();
  }
}

/** The value after "key:" or "- " on a line (from `start`); a blank is null. */
function inlineValue(text: string, start: number): unknown {
  let i = start;
  while (text[i] === ' ') i++;
  if (i >= text.length || text[i] === '#') return null;
  const first = text[i];
  if (first === '{' || first === '[') { const [value, end] = flowCollection(text, i); expectLineEnd(text, end); return value; }
  if (first === '"' || first === "'") { const [value, end] = quoted(text, i); expectLineEnd(text, end); return value; }
  if (indicatorAt(text, i)) giveUp();
  const comment = commentAt(text, i);
  const plain = (comment < 0 ? text.slice(i) : text.slice(i, comment)).trimEnd();
  if (plain.includes(': ') || plain.endsWith(':') || plain.includes('\t')) giveUp();
  return resolvePlain(plain);
}

/** "key: …" at `start`: the key and where its value starts, or undefined when the line is not a mapping entry. */
function mappingKey(text: string, start: number): [string, number] | undefined {
  const first = text[start];
  if (first === '?') giveUp();
  if (first === '"' || first === "'") return undefined;
  let colon = text.indexOf(':', start);
  while (colon >= 0 && colon + 1 < text.length && text[colon + 1] !== ' ') colon = text.indexOf(':', colon + 1);
  if (colon < 0) return undefined;
  const key = text.slice(start, colon).trimEnd();
  // A comment or a flow collection before the colon: not a plain key (leave such lines to js-yaml).
  if (!plainKey(key)) giveUp();
  return [key, colon + 1];
}

class Reader {
  private at = 0;
  private readonly lines: readonly Line[];
  constructor(lines: readonly Line[]) { this.lines = lines; }

  document(): unknown {
    if (this.lines.length === 0) return undefined;
    const value = this.block(this.lines[0]!.indent);
    if (this.at < this.lines.length) giveUp();
    return value;
  }

  private block(indent: number): unknown {
    const line = this.lines[this.at]!;
    if (line.indent !== indent) giveUp();
    return line.text[indent] === '-' && (line.text.length === indent + 1 || line.text[indent + 1] === ' ') ? this.sequence(indent) : this.mapping(indent);
  }

  /** Entries at `indent`; with `afterDash`, the first is on the current line after "- " (the item of a list). */
  private mapping(indent: number, afterDash = false): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    let first = afterDash;
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (!first && line.indent !== indent) {
        if (line.indent < indent) break;
        giveUp();
      }
      first = false;
      const entry = mappingKey(line.text, indent) ?? giveUp();
      const [key, valueStart] = entry;
      if (key in map) giveUp();
      this.at++;
      const value = this.valueAfter(line.text, valueStart, indent, true);
      map[key] = value === null ? undefined : value;
    }
    return map;
  }

  private sequence(indent: number): unknown[] {
    const list: unknown[] = [];
    while (this.at < this.lines.length) {
      const line = this.lines[this.at]!;
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      let start = indent + 1;
      // Not an item ("key:" after a list at the same indent, or "-x"): the list ends and the caller decides.
      if (line.text[indent] !== '-' || (start < line.text.length && line.text[start] !== ' ')) break;
      while (line.text[start] === ' ') start++;
      if (start >= line.text.length || line.text[start] === '#') {
        this.at++;
        list.push(this.nested(indent, false));
        continue;
      }
      if (line.text[start] === '-' && (line.text[start + 1] === ' ' || start + 1 === line.text.length)) giveUp();
      const entry = /^[{["']/.test(line.text[start]!) ? undefined : mappingKey(line.text, start);
      if (entry) list.push(this.mapping(start, true));
      else { this.at++; list.push(this.valueAfter(line.text, start, indent, false)); }
    }
    return list;
  }

  /** The value of an entry whose line has been consumed: inline, or a nested block on the following lines. */
  private valueAfter(text: string, start: number, indent: number, inMapping: boolean): unknown {
    const inline = inlineValue(text, start);
    if (inline !== null || commentOrBlank(text, start) === false) {
      // An inline value: the next line may not continue it (multi-line scalars are left to js-yaml).
      const next = this.lines[this.at];
      if (next && next.indent > indent) giveUp();
      return inline;
    }
    return this.nested(indent, inMapping);
  }

  /** A block below an entry with nothing after its colon: deeper lines, or (for a mapping key) a sequence at the same indent. */
  private nested(indent: number, inMapping: boolean): unknown {
    const next = this.lines[this.at];
    if (!next || next.indent < indent) return null;
    if (next.indent > indent) return this.block(next.indent);
    const dash = next.text[indent] === '-' && (next.text.length === indent + 1 || next.text[indent + 1] === ' ');
    return inMapping && dash ? this.sequence(indent) : null;
  }
}

/** True when nothing but blanks or a comment follows `start`. */
function commentOrBlank(text: string, start: number): boolean {
  let i = start;
  while (text[i] === ' ') i++;
  return i >= text.length || text[i] === '#';
}

/** Content lines (blank and comment-only lines dropped), or undefined when the layout is outside the subset. */
function contentLines(text: string): Line[] | undefined {
  if (text.includes('\r') || text.includes('\t')) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    if (indent === raw.length || raw[indent] === '#') continue;
    // Directives and document markers: several documents, or a header js-yaml must judge.
    if (indent === 0 && (raw.startsWith('---') || raw.startsWith('...') || raw[0] === '%')) return undefined;
    lines.push({ text: raw.trimEnd(), indent });
  }
  return lines;
}

/** The parsed value (as js-yaml would give it, blanks normalised), or undefined when the text is outside the subset. */
export function parseYamlSubset(text: string): { value: unknown } | undefined {
  const lines = contentLines(text);
  if (!lines) return undefined;
  try {
    const value = new Reader(lines).document();
    if (value !== undefined && (value === null || typeof value !== 'object')) return undefined;
    return { value };
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
