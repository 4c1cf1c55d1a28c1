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
import { LineCounter, Parser, Composer, isMap, isScalar, isSeq, type CST, type Document, type Node } from 'yaml';
import type { Finding, PathSegment } from './finding.ts';
import { parseYamlSubset } from './yaml-subset.ts';
import { FULL_PARSE_MAX_LENGTH, MAX_NESTING_DEPTH, MAX_YAML_ERRORS } from './yaml-limits.ts';

/**
 * Hostile input. Anchors and aliases (&name, *name) are refused in every parser: content files do not need them,
 * and seven nested aliases of 150 bytes expand to billions of values for every step after parsing. Merge keys
 * (<<) are not in the schemas of either parser, so they are plain (unknown) keys and nothing is merged. Nesting
 * deeper than MAX_NESTING_DEPTH is refused before anything recurses that deep. Each parser is linear in the text:
 * the `yaml` package's own duplicate-key test compares every key with every other (a 0.5 MB map took minutes), so
 * duplicates are found here with a set per mapping.
 */

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
  /**
   * Read by the subset reader (yaml-subset.ts), which accepts no text holding a character unsafe-characters.ts
   * refuses: as written, the file holds none (a double-quoted escape such as \f can still make one in a value).
   */
  readonly plainLayout?: true;
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

/** Thrown by the walk over js-yaml's result: nested too deep, or one collection reached twice (an alias). */
const TOO_DEEP = new Error('nested too deep');
const SHARED = new Error('collection reached twice');

/**
 * Blank values become absent (undefined) in maps and null in lists, as the full parser produces them. `depth` is
 * the nesting of `value` (the whole file is 1); `seen`, when aliases are possible, the collections met so far.
 */
function normaliseBlanks(value: unknown, depth: number, seen: Set<object> | undefined): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_NESTING_DEPTH) throw TOO_DEEP;
  if (seen) {
    if (seen.has(value)) throw SHARED;
    seen.add(value);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = value[i] === null ? null : normaliseBlanks(value[i], depth + 1, seen);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = record[key] === null ? undefined : normaliseBlanks(record[key], depth + 1, seen);
  return record;
}

/** The path to the first value nested deeper than the limit (`value` is at `depth`), or undefined. */
function tooDeepPath(value: unknown, depth = 1, path: PathSegment[] = []): PathSegment[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > MAX_NESTING_DEPTH) return path;
  const entries: Array<[PathSegment, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    const found = tooDeepPath(item, depth + 1, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Why a text is refused before its values are used: where (an offset, a line or a value's path) and what. */
interface Refusal {
  readonly rule: 'yaml/alias' | 'yaml/nesting';
  readonly offset?: number;
  readonly line?: number;
  readonly path?: readonly PathSegment[];
}

/** Where and why js-yaml rejected a text (its first error only). */
interface Rejection {
  readonly reason: string;
  readonly line: number;
  readonly col: number;
}

type FastResult = { readonly value: unknown } | { readonly refused: Refusal } | { readonly rejected: Rejection };

const REFUSAL_TEXT: Record<Refusal['rule'], { message: string; messageEn: string }> = {
  'yaml/alias': {
    message: '不支持 YAML 锚点和别名（&名称、*名称）：请把要重复的内容直接写出来。别名会让内容成倍膨胀，检查程序不予展开',
    messageEn: 'YAML anchors and aliases (&name, *name) are not supported: write the content out',
  },
  'yaml/nesting': {
    message: `嵌套层数超过上限 ${MAX_NESTING_DEPTH} 层（列表、对象一层套一层；真实内容约 8 层）：请检查缩进或括号`,
    messageEn: `Nested more than ${MAX_NESTING_DEPTH} levels deep`,
  },
};

/** js-yaml nests a value's scalars and keys below it: this bound only stops runaway recursion (the walk decides). */
const JS_YAML_MAX_DEPTH = 2 * MAX_NESTING_DEPTH + 4;

/**
 * Fast path: the subset reader for the usual layout, else js-yaml: the value, a refusal (anchors, nesting), or
 * js-yaml's first error (the full parser then reports every error, with better positions).
 */
function parseFast(text: string): FastResult {
  return parseYamlSubset(text) ?? loadWithJsYaml(text);
}

const valueOf = (result: FastResult): unknown => ('value' in result ? result.value : undefined);

/** js-yaml with the check's schema (exported for the subset reader's tests: the two must agree). */
export function parseJsYaml(text: string): { value: unknown } | undefined {
  const result = loadWithJsYaml(text);
  return 'value' in result ? result : undefined;
}

function loadWithJsYaml(text: string): FastResult {
  // An alias needs an anchor, and an anchor needs "&": only such texts are watched (js-yaml tells of each node).
  let anchorAt = -1;
  const starts: number[] = [];
  const listener = text.includes('&')
    ? (type: 'open' | 'close', state: { position: number; anchor: string | null }) => {
      if (type === 'open') starts.push(state.position);
      else {
        const start = starts.pop() ?? 0;
        if (state.anchor !== null && anchorAt < 0) anchorAt = Math.max(0, text.indexOf(`&${state.anchor}`, start));
      }
    }
    : undefined;
  const documents: unknown[] = [];
  try {
    jsYaml.loadAll(text, (doc) => documents.push(doc), { schema: FAST_SCHEMA, maxDepth: JS_YAML_MAX_DEPTH, ...(listener ? { listener } : {}) } as jsYaml.LoadOptions);
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number; column?: number }; reason?: string };
    const line = (mark?.line ?? 0) + 1;
    if (/exceeded maxDepth/.test(reason ?? '')) return { refused: { rule: 'yaml/nesting', line } };
    return { rejected: { reason: reason ?? String(error), line, col: (mark?.column ?? 0) + 1 } };
  }
  if (anchorAt >= 0) return { refused: { rule: 'yaml/alias', offset: anchorAt } };
  if (documents.length > 1) return { rejected: { reason: 'more than one document', line: 1, col: 1 } };
  const value = documents[0];
  try {
    return { value: value === null ? undefined : normaliseBlanks(value, 1, text.includes('*') ? new Set() : undefined) };
  } catch (error) {
    if (error === SHARED) return { refused: { rule: 'yaml/alias', offset: Math.max(0, text.search(/(^|[\s\[{,:-])\*[^\s,\[\]{}]/)) } };
    if (error === TOO_DEEP) return { refused: { rule: 'yaml/nesting', path: tooDeepPath(value) ?? [] } };
    throw error;
  }
}

/**
 * Parses YAML: fast when the text is valid, with positions computed lazily (only files with findings need them).
 * With `reread`, the source keeps neither the text nor (after release) the parsed tree: at tens of thousands of
 * files that memory is what makes a check slow.
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0, reread?: () => string): SourceDocument {
  const subset = parseYamlSubset(text);
  if (subset) return lazySource(file, subset.value, lineOffset, reread ?? keep(text), true);
  const fast = loadWithJsYaml(text);
  if ('refused' in fast) return refusedSource(file, text, lineOffset, fast.refused);
  if ('rejected' in fast) return text.length > FULL_PARSE_MAX_LENGTH ? rejectedSource(file, text, lineOffset, fast.rejected) : parseYamlFull(file, text, lineOffset);
  return lazySource(file, fast.value, lineOffset, reread ?? keep(text));
}

/**
 * js-yaml's reasons as editors read them. Only texts too long for the full parser are reported this way (see
 * FULL_PARSE_MAX_LENGTH); the others get the full parser's errors.
 */
const JS_YAML_REASONS: ReadonlyArray<[RegExp, string, string]> = [
  [/^duplicated mapping key/, 'yaml/duplicate-key', '同一层级中字段名重复（后一个会覆盖前一个）'],
  [/^bad indentation|^tab characters/, 'yaml/syntax', '缩进不正确（只能用空格缩进，同一层级的缩进要一致）'],
  [/within a flow collection|missed comma/, 'yaml/syntax', '{ } 或 [ ] 没有闭合，或其中缺少逗号'],
  [/quoted scalar/, 'yaml/syntax', '引号没有闭合'],
  [/colon is missed|whitespace character is expected/, 'yaml/syntax', '字段写法不正确（可能缺少冒号或冒号后的空格）'],
  [/non-printable|null byte/, 'yaml/syntax', '含有不可见的控制字符'],
];

/** A text too long for the full parser that js-yaml rejected: its first error, no value. */
function rejectedSource(file: string, text: string, lineOffset: number, rejection: Rejection): SourceDocument {
  const [, rule, message] = JS_YAML_REASONS.find(([pattern]) => pattern.test(rejection.reason)) ?? [undefined, 'yaml/syntax', 'YAML 语法错误'];
  const lineStart = rejection.line === 1 ? 0 : nthLineStart(text, rejection.line);
  const lineEnd = text.indexOf('\n', lineStart);
  const errors: Finding[] = [{
    severity: 'error', rule, file, line: rejection.line + lineOffset, col: rejection.col, path: '', message,
    messageEn: `${rejection.reason} (js-yaml)`,
    values: [{ label: '位置附近的内容', value: excerptOf(text.slice(lineStart, lineEnd < 0 ? undefined : Math.min(lineEnd, lineStart + 1000))) }],
  }];
  return { file, value: undefined, positions: new Map(), errors };
}

/** Offset of the start of 1-based line `line`. */
function nthLineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line && at >= 0; n++) at = text.indexOf('\n', at) + 1 || -1;
  return Math.max(0, at);
}

/** A text refused before its values are used: no value, one finding where the refusal points. */
function refusedSource(file: string, text: string, lineOffset: number, refusal: Refusal): SourceDocument {
  let line = refusal.line !== undefined ? refusal.line + lineOffset : 1 + lineOffset;
  let col = 1;
  if (refusal.offset !== undefined) {
    const lineStart = text.lastIndexOf('\n', refusal.offset - 1) + 1;
    line = countLines(text, refusal.offset) + lineOffset;
    col = refusal.offset - lineStart + 1;
  } else if (refusal.path) {
    // Nesting found in the value: the positions of a text nested no deeper than js-yaml's bound are cheap to find.
    const positions = positionsFromEvents(text, lineOffset);
    if (positions) ({ line, col } = locate({ file, value: undefined, positions, errors: [] }, refusal.path));
  }
  const errors: Finding[] = [{ severity: 'error', rule: refusal.rule, file, line, col, path: '', ...REFUSAL_TEXT[refusal.rule] }];
  return { file, value: undefined, positions: new Map(), errors };
}

/** The 1-based line of `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

const keep = (text: string) => () => text;

function lazySource(file: string, initial: unknown, lineOffset: number, reread: () => string, plainLayout = false): SourceDocument {
  let value: unknown = initial;
  let released = false;
  let positions: Map<string, Position> | undefined;
  return {
    file,
    errors: [],
    ...(plainLayout ? { plainLayout: true as const } : {}),
    get value() {
      if (released) { value = valueOf(parseFast(reread())); released = false; }
      return value;
    },
    get positions() {
      if (!positions) {
        const text = reread();
        positions = positionsFromEvents(text, lineOffset) ?? (text.length > FULL_PARSE_MAX_LENGTH ? new Map() : parseYamlFull(file, text, lineOffset).positions);
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
      maxDepth: JS_YAML_MAX_DEPTH,
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
  const refuse = (rule: Refusal['rule'], offset: number) => {
    const at = toPosition(offset);
    errors.push({ severity: 'error', rule, file, line: at.line, col: at.col, path: '', ...REFUSAL_TEXT[rule] });
  };

  // Deep nesting is refused before the parser sees it (it slows down to tens of microseconds per level), then
  // from the syntax tree (the parser keeps its own stack) before anything recurses.
  const opener = deepFlowOpener(text);
  if (opener >= 0) {
    lineCounter.addNewLine(0);
    for (let at = text.indexOf('\n'); at >= 0 && at < opener; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
    refuse('yaml/nesting', opener);
    return { file, value: undefined, positions, errors };
  }
  // A broken file can make the parser create an error for every line: without a stack trace each, that costs a
  // tenth (80,000 lines of errors: 10 s → 0.8 s).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const documents: Document.Parsed[] = [];
  let scan: ReturnType<typeof scanTokens>;
  try {
    const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
    scan = scanTokens(tokens);
    if (scan.tooDeepAt === undefined) {
      const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
      for (const doc of composer.compose(tokens, true, text.length)) documents.push(doc);
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  if (scan.tooDeepAt !== undefined) {
    refuse('yaml/nesting', scan.tooDeepAt);
    return { file, value: undefined, positions, errors };
  }
  const document = documents[0];
  // Per line, not per error: a long line can carry thousands of errors.
  const lines = lazyLines(text);
  const openers = new Map<number, number | undefined>();
  const openerOf = (line: number) => (openers.has(line) ? openers.get(line) : openers.set(line, unclosedBracketLine(lines(), line)).get(line));
  const excerpts = new Map<number, string>();
  const lineExcerpt = (line: number) => excerpts.get(line) ?? excerpts.set(line, excerptOf(lines()[line - 1] ?? '')).get(line)!;
  for (const doc of documents) {
    for (const error of doc.errors) {
      let [zh, en] = YAML_ERROR_MESSAGES[error.code] ?? ['YAML 语法错误', error.message.split('\n')[0] ?? 'YAML syntax error'];
      let at = toPosition(error.pos[0]);
      // The parser notices an unclosed { or [ only on the next line; point at the line that opened it.
      const opener = openerOf(at.line - lineOffset);
      if (opener !== undefined) {
        at = { line: opener + lineOffset, col: 1 };
        zh = '这一行的 { 或 [ 没有闭合（缺少 } 或 ]）';
        en = 'Unclosed { or [ on this line';
      }
      errors.push({
        severity: 'error',
        rule: 'yaml/syntax',
        file,
        line: at.line,
        col: at.col,
        path: '',
        message: zh,
        messageEn: `${en} (${error.code})`,
        values: [{ label: '位置附近的内容', value: lineExcerpt(opener ?? at.line - lineOffset) }],
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
  if (scan.anchorAt !== undefined) refuse('yaml/alias', scan.anchorAt);
  if (!document) return { file, value: undefined, positions, errors: capped(errors) };

  let tooDeep = false;
  const convert = (node: Node | null | undefined, path: PathSegment[], depth = 1): unknown => {
    if (node == null) return undefined;
    if (node.range) positions.set(pathKey(path), toPosition(node.range[0]));
    if ((isMap(node) || isSeq(node)) && depth > MAX_NESTING_DEPTH) {
      if (!tooDeep) refuse('yaml/nesting', node.range?.[0] ?? 0);
      tooDeep = true;
      return undefined;
    }
    if (isScalar(node)) {
      if (node.value === null || node.value === undefined) return undefined;
      if (typeof node.value === 'number' || typeof node.value === 'bigint') return node.source ?? String(node.value);
      return node.value;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const keys = new Set<string>();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.source ?? keyNode.value) : String(keyNode);
        if (keys.has(key)) {
          const offset = keyNode?.range?.[0] ?? node.range?.[0] ?? 0;
          const at = toPosition(offset);
          const [zh, en] = YAML_ERROR_MESSAGES.DUPLICATE_KEY!;
          errors.push({
            severity: 'error', rule: 'yaml/duplicate-key', file, line: at.line, col: at.col, path: '', message: zh,
            messageEn: `${en} (DUPLICATE_KEY)`, values: [{ label: '位置附近的内容', value: lineExcerpt(at.line - lineOffset) }],
          });
        }
        keys.add(key);
        if (keyNode?.range) positions.set(pathKey([...path, key, '#key']), toPosition(keyNode.range[0]));
        const value = convert(pair.value as Node | null, [...path, key], depth + 1);
        if (!positions.has(pathKey([...path, key])) && keyNode?.range) {
          positions.set(pathKey([...path, key]), toPosition(keyNode.range[0]));
        }
        // Keep blank keys (as undefined) so a misspelt or stray key is still reported as unknown.
        out[key] = value;
      }
      return out;
    }
    if (isSeq(node)) {
      return node.items.map((item, index) => convert(item as Node | null, [...path, index], depth + 1) ?? null);
    }
    return undefined;
  };

  // Converted even when there are errors: duplicate keys and nesting are reported with them, all at once.
  const value = convert(document.contents as Node | null, []);
  if (errors.length > 0) return { file, value: undefined, positions, errors: capped(errors) };
  return { file, value, positions, errors };
}

/** The errors in the order of the text: at most MAX_YAML_ERRORS, then one that says how many more there are. */
function capped(errors: Finding[]): Finding[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.col - b.col);
  if (errors.length <= MAX_YAML_ERRORS) return sorted;
  const next = sorted[MAX_YAML_ERRORS]!;
  const more = errors.length - MAX_YAML_ERRORS;
  return [...sorted.slice(0, MAX_YAML_ERRORS), {
    severity: 'error', rule: 'yaml/syntax', file: next.file, line: next.line, col: next.col, path: '',
    message: `此文件从这里起还有 ${more} 处 YAML 错误未列出（只列出前 ${MAX_YAML_ERRORS} 处）：请先修正前面的错误，后面的往往随之消失`,
    messageEn: `${more} more YAML errors in this file are not listed`,
  }];
}

/**
 * Nesting of the syntax tree the composer may recurse through. A broken text can nest deeper than it reads (the
 * parser nests what it cannot place): up to this depth its syntax errors are reported, and the composed value is
 * held to MAX_NESTING_DEPTH; deeper, the text is refused as too deeply nested.
 */
const STACK_SAFE_DEPTH = 500;

/**
 * Where the syntax tree of a text nests collections deeper than STACK_SAFE_DEPTH, and where its first anchor or
 * alias is (offsets). Walked with a stack of its own, so no depth of text can overflow the call stack.
 */
function scanTokens(tokens: readonly CST.Token[]): { tooDeepAt?: number; anchorAt?: number } {
  let anchorAt: number | undefined;
  const stack: Array<[unknown, number]> = tokens.map((token) => [token, 0]);
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth]);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const token = item as { type?: string; offset?: number; items?: unknown[]; start?: unknown; value?: unknown; props?: unknown; end?: unknown };
    switch (token.type) {
      case 'anchor':
      case 'alias':
        if (anchorAt === undefined || token.offset! < anchorAt) anchorAt = token.offset!;
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > STACK_SAFE_DEPTH) return { tooDeepAt: token.offset ?? 0 };
        if (token.type === 'flow-collection') stack.push([token.end, depth]);
        for (const entry of token.items ?? []) {
          const { start, key, sep, value } = entry as { start?: unknown; key?: unknown; sep?: unknown; value?: unknown };
          stack.push([start, depth], [key, depth + 1], [sep, depth + 1], [value, depth + 1]);
        }
        break;
      }
      default:
        stack.push([token.start, depth], [token.value, depth], [token.props, depth], [token.end, depth]);
    }
  }
  return anchorAt === undefined ? {} : { anchorAt };
}

/**
 * Where a text opens more than MAX_NESTING_DEPTH levels on one line or in one flow collection, or -1: brackets in
 * a flow collection (outside quotes and comments), a bracket where a block value starts, "- " or "? " repeated at
 * a line's start and ": " repeated on a line. It may count what the parser would not (a bracket in a block scalar), which only matters for
 * texts that js-yaml has already rejected, where nesting that deep is not plausible either.
 */
function deepFlowOpener(text: string): number {
  let depth = 0; // open flow collections
  let leading = 0; // "- " and "? " at the start of this line
  let atLineStart = true; // nothing but spaces, "- " and "? " so far on this line
  let valueStart = true; // a node may start here
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { atLineStart = true; leading = 0; valueStart = true; continue; }
    if (c === 32) continue;
    const next = text.charCodeAt(i + 1);
    if (depth === 0 && atLineStart && (c === 45 || c === 63) && (next === 32 || next === 10 || i + 1 === text.length)) {
      if (++leading > MAX_NESTING_DEPTH) return i;
      continue;
    }
    atLineStart = false;
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 10)) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
      continue;
    }
    if ((c === 34 || c === 39) && valueStart) { i = quoteEnd(text, i); valueStart = false; continue; }
    if ((c === 91 || c === 123) && (depth > 0 || valueStart)) {
      if (++depth > MAX_NESTING_DEPTH) return i;
      valueStart = true;
      continue;
    }
    if ((c === 93 || c === 125) && depth > 0) { depth--; valueStart = false; continue; }
    // A value starts after "," or ":" in a flow collection, after ": " in a block; anything else is inside a scalar.
    // Outside brackets each ": " of a line opens a level as the parser reads it ("a: b: c" is an error it nests).
    valueStart = depth > 0 ? c === 44 || c === 58 : c === 58 && (next === 32 || next === 10 || i + 1 === text.length);
    if (valueStart && depth === 0 && ++leading > MAX_NESTING_DEPTH) return i;
  }
  return -1;
}

/** The index of the quote closing the one at `start` (or the text's end). */
function quoteEnd(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 34 && c === 92) { i++; continue; }
    if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) { i++; continue; }
      return i;
    }
  }
  return text.length;
}

/** The text's lines, split once when first asked for (only files with errors need them). */
function lazyLines(text: string): () => string[] {
  let lines: string[] | undefined;
  return () => (lines ??= text.split('\n'));
}

/** The previous non-blank line (1-based), when it opens more { [ than it closes outside quotes. */
function unclosedBracketLine(lines: readonly string[], errorLine: number): number | undefined {
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

/** A line as shown beside a finding: without its indent, at most 80 characters. */
function excerptOf(line: string): string {
  let start = 0;
  while (start < line.length && /\s/.test(line[start]!)) start++;
  return line.slice(start, start + 200).trim().slice(0, 80);
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
