/**
 * Reads YAML keeping line numbers. Numeric scalars are handed on as their exact source text (so money is
 * never a float), empty values as absent (blank), and every node's position is available for findings.
 *
 * Three parsers, one authority. Valid files are read fast: by a reader of the plain layout content files use
 * (yaml-subset.ts), else by js-yaml, several to ten times faster than the `yaml` package, which matters at tens of
 * thousands of files. Positions are needed only for files with findings, so the `yaml` package (which keeps them)
 * parses a file only when a finding must be located, or when js-yaml rejects the file: its errors, with their
 * positions, are the ones editors see.
 */
import jsYaml from 'js-yaml';
import { LineCounter, Parser, Composer, isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Finding, PathSegment } from './finding.ts';
import { parseYamlSubset } from './yaml-subset.ts';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface SourceDocument {
  readonly file: string;
  readonly value: unknown;
  /** Positions of values (and of keys, under a trailing "#key" segment), by joined path; computed on first use. */
  readonly positions: Map<string, Position>;
  readonly errors: Finding[];
  /** Lets go of the parsed tree once validated; it is read again from the file only if a finding needs it. */
  release?(): void;
}

/** Numbers stay the exact text the editor typed: the int and float resolvers decide, construct keeps the source. */
const rawNumber = (tag: string, resolve: (data: string) => boolean) =>
  new jsYaml.Type(tag, { kind: 'scalar', resolve, construct: (data: string) => data });
// js-yaml exports its built-in types at run time; its type declarations do not list them.
const builtIn = (jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', jsYaml.Type & { resolve: (data: string) => boolean }> }).types;
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    builtIn.null, builtIn.bool,
    rawNumber('tag:yaml.org,2002:int', (data) => builtIn.int.resolve(data)),
    rawNumber('tag:yaml.org,2002:float', (data) => builtIn.float.resolve(data)),
  ],
});

/** Blank values become absent (undefined) in maps and null in lists, as the full parser produces them. */
function normaliseBlanks(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = value[i] === null ? null : normaliseBlanks(value[i]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = record[key] === null ? undefined : normaliseBlanks(record[key]);
    return record;
  }
  return value;
}

/**
 * Fast path: the subset reader for the usual layout, else js-yaml; undefined when js-yaml rejects the text (the
 * full parser then reports why).
 */
function parseFast(text: string): { value: unknown } | undefined {
  return parseYamlSubset(text) ?? parseJsYaml(text);
}

/** js-yaml with the check's schema (exported for the subset reader's tests: the two must agree). */
export function parseJsYaml(text: string): { value: unknown } | undefined {
  try {
    const documents: unknown[] = [];
    jsYaml.loadAll(text, (doc) => documents.push(doc), { schema: FAST_SCHEMA });
    if (documents.length > 1) return undefined;
    const value = documents[0];
    return { value: value === null ? undefined : normaliseBlanks(value) };
  } catch {
    return undefined;
  }
}

/**
 * Parses YAML: fast when the text is valid, with positions computed lazily (only files with findings need them).
 * With `reread`, the source keeps neither the text nor (after release) the parsed tree: at tens of thousands of
 * files that memory is what makes a check slow.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0, reread?: () => string): SourceDocument {
  const fast = parseFast(text);
  if (!fast) return parseYamlFull(file, text, lineOffset);
  return lazySource(file, fast.value, lineOffset, reread ?? keep(text));
}

const keep = (text: string) => () => text;

function lazySource(file: string, initial: unknown, lineOffset: number, reread: () => string): SourceDocument {
  let value: unknown = initial;
  let released = false;
  let positions: Map<string, Position> | undefined;
  return {
    file,
    errors: [],
    get value() {
      if (released) { value = parseFast(reread())?.value; released = false; }
      return value;
    },
    get positions() {
      if (!positions) {
        const text = reread();
        positions = positionsFromEvents(text, lineOffset) ?? parseYamlFull(file, text, lineOffset).positions;
      }
      return positions;
    },
    release() { released = true; value = undefined; },
  };
}

interface EventNode {
  readonly offset: number;
  readonly children: EventNode[];
  result: unknown;
}

/**
 * Positions from js-yaml's open/close events: each node's start offset, nested as the parser nests them, then
 * matched with the parsed value (map children alternate key, value). Undefined when the shapes do not match
 * (anchors, unusual layouts): the full parser then supplies the positions.
 */
export function positionsFromEvents(text: string, lineOffset = 0): Map<string, Position> | undefined {
  const stack: EventNode[] = [{ offset: 0, children: [], result: undefined }];
  try {
    jsYaml.load(text, {
      schema: FAST_SCHEMA,
      listener(type: 'open' | 'close', state: { position: number; result: unknown }) {
        if (type === 'open') stack.push({ offset: state.position, children: [], result: undefined });
        else {
          const node = stack.pop()!;
          node.result = state.result;
          stack[stack.length - 1]!.children.push(node);
        }
      },
    } as jsYaml.LoadOptions);
  } catch {
    return undefined;
  }
  const root = stack[0]?.children[0];
  if (!root) return undefined;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const toPosition = (offset: number): Position => {
    let at = offset;
    // Skip the blanks and comments between a key and its value, as the full parser's positions do.
    for (;;) {
      while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\n' || text[at] === '\r')) at++;
      if (text[at] !== '#') break;
      while (at < text.length && text[at] !== '\n') at++;
    }
    let low = 0, high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= at) low = mid; else high = mid - 1;
    }
    return { line: low + 1 + lineOffset, col: at - lineStarts[low]! + 1 };
  };
  const positions = new Map<string, Position>();
  const visit = (start: EventNode, path: PathSegment[]): boolean => {
    let node = start;
    // js-yaml wraps some collections in a node of the same value (a flow map inside a list entry): unwrap.
    while (node.children.length === 1 && node.children[0]!.result === node.result) node = node.children[0]!;
    positions.set(pathKey(path), toPosition(node.offset));
    const value = node.result;
    if (Array.isArray(value)) {
      if (node.children.length !== value.length) return false;
      return node.children.every((child, index) => visit(child, [...path, index]));
    }
    if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      if (node.children.length !== keys.length * 2) return false;
      return keys.every((key, index) => {
        const keyPosition = toPosition(node.children[index * 2]!.offset);
        positions.set(pathKey([...path, key, '#key']), keyPosition);
        const ok = visit(node.children[index * 2 + 1]!, [...path, key]);
        // A blank value has no text of its own: point at its key, as the full parser does.
        if ((value as Record<string, unknown>)[key] === null) positions.set(pathKey([...path, key]), keyPosition);
        return ok;
      });
    }
    return node.children.length === 0;
  };
  return visit(root, []) ? positions : undefined;
}

const JOIN = '\u0001';
export const pathKey = (path: readonly PathSegment[]): string => path.join(JOIN);

const YAML_ERROR_MESSAGES: Record<string, [string, string]> = {
  DUPLICATE_KEY: ['同一层级中字段名重复（后一个会覆盖前一个）', 'Duplicate key in the same mapping'],
  BAD_INDENT: ['缩进不正确', 'Bad indentation'],
  MISSING_CHAR: ['缺少必要的符号（如引号、括号未闭合）', 'Missing character (unclosed quote or bracket)'],
  BLOCK_AS_IMPLICIT_KEY: ['字段写法不正确（可能缺少冒号后的空格）', 'Block used as implicit key'],
  MULTILINE_IMPLICIT_KEY: ['字段名不能跨行（可能缺少冒号或缩进错误）', 'Implicit keys must be on a single line'],
  UNEXPECTED_TOKEN: ['出现了意外的符号', 'Unexpected token'],
  TAB_AS_INDENT: ['不能用 Tab 缩进，请改用空格', 'Tabs are not allowed as indentation'],
};

/**
 * The authoritative parse, with positions and errors. `lineOffset` shifts line numbers (front matter starts
 * below the opening ---).
 */
export function parseYamlFull(file: string, text: string, lineOffset = 0): SourceDocument {
  const lineCounter = new LineCounter();
  const positions = new Map<string, Position>();
  const errors: Finding[] = [];
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, col };
  };

  const documents: Document.Parsed[] = [];
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true });
  for (const doc of composer.compose(new Parser(lineCounter.addNewLine).parse(text), true, text.length)) {
    documents.push(doc);
  }
  const document = documents[0];
  for (const doc of documents) {
    for (const error of doc.errors) {
      let [zh, en] = YAML_ERROR_MESSAGES[error.code] ?? ['YAML 语法错误', error.message.split('\n')[0] ?? 'YAML syntax error'];
      let at = toPosition(error.pos[0]);
      // The parser notices an unclosed { or [ only on the next line; point at the line that opened it.
      const opener = unclosedBracketLine(text, at.line - lineOffset);
      if (opener !== undefined) {
        at = { line: opener + lineOffset, col: 1 };
        zh = '这一行的 { 或 [ 没有闭合（缺少 } 或 ]）';
        en = 'Unclosed { or [ on this line';
      }
      errors.push({
        severity: 'error',
        rule: error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
        file,
        line: at.line,
        col: at.col,
        path: '',
        message: zh,
        messageEn: `${en} (${error.code})`,
        values: [{ label: '位置附近的内容', value: opener !== undefined ? (text.split('\n')[opener - 1] ?? '').trim().slice(0, 80) : excerpt(text, error.pos[0]) }],
      });
    }
  }
  if (documents.length > 1 && errors.length === 0) {
    const at = toPosition(documents[1]!.range[0]);
    errors.push({
      severity: 'error', rule: 'yaml/syntax', file, line: at.line, col: at.col, path: '',
      message: '一个文件只能包含一个 YAML 文档（发现多余的 ---）', messageEn: 'More than one YAML document in the file',
    });
  }
  if (!document || errors.length > 0) return { file, value: undefined, positions, errors };

  const convert = (node: Node | null | undefined, path: PathSegment[]): unknown => {
    if (node == null) return undefined;
    if (isAlias(node)) return convert(node.resolve(document) as Node | undefined, path);
    if (node.range) positions.set(pathKey(path), toPosition(node.range[0]));
    if (isScalar(node)) {
      if (node.value === null || node.value === undefined) return undefined;
      if (typeof node.value === 'number' || typeof node.value === 'bigint') return node.source ?? String(node.value);
      return node.value;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.source ?? keyNode.value) : String(keyNode);
        if (keyNode?.range) positions.set(pathKey([...path, key, '#key']), toPosition(keyNode.range[0]));
        const value = convert(pair.value as Node | null, [...path, key]);
        if (!positions.has(pathKey([...path, key])) && keyNode?.range) {
          positions.set(pathKey([...path, key]), toPosition(keyNode.range[0]));
        }
        // Keep blank keys (as undefined) so a misspelt or stray key is still reported as unknown.
        out[key] = value;
      }
      return out;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => convert(item as Node | null, [...path, index]) ?? null);
    }
    return undefined;
  };

  const value = convert(document.contents as Node | null, []);
  return { file, value, positions, errors };
}

/** The previous non-blank line (1-based), when it opens more { [ than it closes outside quotes. */
function unclosedBracketLine(text: string, errorLine: number): number | undefined {
  const lines = text.split('\n');
  let index = errorLine - 2;
  while (index >= 0 && lines[index]!.trim() === '') index--;
  if (index < 0) return undefined;
  let depth = 0;
  let quote: string | null = null;
  for (const char of lines[index]!.replace(/\s#.*$/, '')) {
    if (quote) { if (char === quote) quote = null; continue; }
    if (char === '"' || char === "'") quote = char;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return depth > 0 ? index + 1 : undefined;
}

function excerpt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end).trim().slice(0, 80);
}

/** Position of the deepest existing prefix of `path` (the field itself, else its parent…). */
export function locate(source: SourceDocument, path: readonly PathSegment[], preferKey = false): Position {
  if (preferKey) {
    const keyPosition = source.positions.get(pathKey([...path, '#key']));
    if (keyPosition) return keyPosition;
  }
  for (let length = path.length; length >= 0; length--) {
    const found = source.positions.get(pathKey(path.slice(0, length)));
    if (found) return found;
  }
  return { line: 1, col: 1 };
}
