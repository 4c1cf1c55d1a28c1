/**
 * Reads YAML keeping line numbers. Numeric scalars are handed on as their exact source text (so money is
 * never a float), empty values as absent (blank), and every node's position is kept for findings.
 */
import { LineCounter, Parser, Composer, isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Finding, PathSegment } from './finding.ts';

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface SourceDocument {
  readonly file: string;
  readonly value: unknown;
  /** Positions of values (and of keys, under a trailing "#key" segment), by joined path. */
  readonly positions: Map<string, Position>;
  readonly errors: Finding[];
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
 * Parses YAML text. `lineOffset` shifts line numbers (front matter starts below the opening ---).
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): SourceDocument {
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
      const [zh, en] = YAML_ERROR_MESSAGES[error.code] ?? ['YAML 语法错误', error.message.split('\n')[0] ?? 'YAML syntax error'];
      const at = toPosition(error.pos[0]);
      errors.push({
        severity: 'error',
        rule: error.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
        file,
        line: at.line,
        col: at.col,
        path: '',
        message: zh,
        messageEn: `${en} (${error.code})`,
        values: [{ label: '位置附近的内容', value: excerpt(text, error.pos[0]) }],
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
