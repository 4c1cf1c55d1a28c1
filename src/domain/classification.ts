/**
 * Government classification codes (政府收支分类科目). Functional codes: 类 3 digits, 款 5, 项 7. Economic codes:
 * 类 3, 款 5. The parent of a code is the code without its last two digits; the tree is derived from codes only.
 */
export type CodeKind = 'functional' | 'economic';

export const CODE_LEVEL_NAMES = ['类', '款', '项'] as const;
export type CodeLevel = 0 | 1 | 2;

const CODE_LENGTHS: Record<CodeKind, readonly number[]> = {
  functional: [3, 5, 7],
  economic: [3, 5],
};

export function isValidCode(code: string, kind: CodeKind): boolean {
  if (!CODE_LENGTHS[kind].includes(code.length)) return false;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function codeLevel(code: string): CodeLevel {
  return ((code.length - 3) / 2) as CodeLevel;
}

export function parentCode(code: string): string | null {
  return code.length > 3 ? code.slice(0, -2) : null;
}

/** Codes ending in 99 below the 类 level are the "其他…" catch-all. */
export function isCatchAll(code: string): boolean {
  return code.length > 3 && code.endsWith('99');
}

export function describeCodeRule(kind: CodeKind): string {
  return kind === 'functional' ? '功能分类科目编码应为3位（类）、5位（款）或7位（项）数字' : '经济分类科目编码应为3位（类）或5位（款）数字';
}

export interface TreeNode<Row> {
  readonly code: string;
  readonly row: Row;
  readonly index: number;
  readonly level: CodeLevel;
  readonly parent: TreeNode<Row> | null;
  readonly children: TreeNode<Row>[];
}

export interface ClassificationTree<Row> {
  readonly roots: TreeNode<Row>[];
  readonly byCode: ReadonlyMap<string, TreeNode<Row>>;
  /** Rows whose parent code is not listed although it should be (e.g. a 项 without its 款). */
  readonly orphans: TreeNode<Row>[];
}

/** Builds the tree from rows in any order; the row order is preserved among siblings. */
export function buildTree<Row extends { code: string }>(rows: readonly Row[]): ClassificationTree<Row> {
  const byCode = new Map<string, TreeNode<Row>>();
  const nodes: TreeNode<Row>[] = rows.map((row, index) => ({
    code: row.code,
    row,
    index,
    level: codeLevel(row.code),
    parent: null,
    children: [],
  }));
  for (const node of nodes) if (!byCode.has(node.code)) byCode.set(node.code, node);
  const roots: TreeNode<Row>[] = [];
  const orphans: TreeNode<Row>[] = [];
  for (const node of nodes) {
    if (byCode.get(node.code) !== node) continue; // duplicates are reported by a rule, not placed twice
    const parentCodeValue = parentCode(node.code);
    const parent = parentCodeValue ? findAncestor(byCode, parentCodeValue) : null;
    // A 项 listed without its 款 still hangs under its 类 for sums, but is reported: the 款 line is missing.
    if (parentCodeValue && !byCode.has(parentCodeValue)) orphans.push(node);
    if (parent) {
      (node as { parent: TreeNode<Row> | null }).parent = parent;
      parent.children.push(node);
    } else {
      roots.push(node);
    }
  }
  return { roots, byCode, orphans };
}

function findAncestor<Row>(byCode: Map<string, TreeNode<Row>>, code: string | null): TreeNode<Row> | null {
  for (let current = code; current; current = parentCode(current)) {
    const found = byCode.get(current);
    if (found) return found;
  }
  return null;
}

/** Depth-first order (parents before children), the order tables are printed in. */
export function flattenTree<Row>(tree: ClassificationTree<Row>): TreeNode<Row>[] {
  const out: TreeNode<Row>[] = [];
  const visit = (node: TreeNode<Row>) => {
    out.push(node);
    node.children.forEach(visit);
  };
  tree.roots.forEach(visit);
  return out;
}
