/**
 * Rules for tables organised by classification code: code format, duplicates, missing parents, row identity
 * (合计 = 基本 + 项目 …), tree sums (a code = the sum of its listed children) and the totals row.
 */
import { buildTree, describeCodeRule, isValidCode, CODE_LEVEL_NAMES } from '../../domain/classification.ts';
import type { Money } from '../../domain/money.ts';
import { CLASSIFIED_TABLES, TABLE_LABELS, type ClassifiedTableSpec, type ClassifiedTable } from '../../schemas/tables.ts';
import type { DisclosureContext, LocatedRuleFinding } from '../context.ts';
import { checkSum, sumDiffers } from './sum-check.ts';

const cell = (row: object | undefined, key: string): Money | undefined =>
  (row as Record<string, Money | undefined> | undefined)?.[key];

export function classifiedTableRules(context: DisclosureContext): LocatedRuleFinding[] {
  const tables = context.tables;
  if (!tables) return [];
  const findings: LocatedRuleFinding[] = [];
  for (const spec of Object.values(CLASSIFIED_TABLES) as ClassifiedTableSpec[]) {
    const table = (tables as Record<string, unknown>)[spec.key] as ClassifiedTable | undefined;
    if (table) findings.push(...checkClassifiedTable(spec, table, context));
  }
  return findings;
}

export function checkClassifiedTable(spec: ClassifiedTableSpec, table: ClassifiedTable, context: DisclosureContext): LocatedRuleFinding[] {
  const findings: LocatedRuleFinding[] = [];
  const unit = context.meta.unit;
  const tableName = TABLE_LABELS[spec.key]?.[context.stage] ?? spec.key;
  const base = [spec.key];
  const seen = new Map<string, number>();

  const valid = table.rows.map((row) => isValidCode(row.code, spec.codeKind));
  table.rows.forEach((row, index) => {
    const at = () => [...base, 'rows', index];
    if (!valid[index]) {
      findings.push({
        severity: 'error', rule: 'code/format', file: 'tables.yaml', at: [...at(), 'code'],
        message: `${tableName}中科目编码“${row.code}”格式不正确：${describeCodeRule(spec.codeKind)}`,
        messageEn: `Malformed classification code ${row.code}`,
        values: [{ label: '编码', value: row.code }, { label: '位数', value: String(row.code.length) }],
      });
    }
    const earlier = seen.get(row.code);
    if (earlier !== undefined) {
      findings.push({
        severity: 'error', rule: 'code/duplicate', file: 'tables.yaml', at: [...at(), 'code'],
        message: `${tableName}中科目编码 ${row.code} 出现了两次（第${earlier + 1}行和第${index + 1}行）`,
        messageEn: `Duplicate classification code ${row.code}`,
        values: [{ label: '编码', value: row.code }, { label: '名称', value: row.name }],
      });
    } else seen.set(row.code, index);
    // Most sums hold: they are described (labels, paths) only when they fail.
    const partValues = spec.parts.map((key) => cell(row, key));
    if (sumDiffers(partValues, cell(row, 'total'), context.tolerance)) {
      findings.push(...checkSum({
        rule: 'sum/row', file: 'tables.yaml', at: [...at(), 'total'], unit, tolerance: context.tolerance,
        subject: `${tableName} ${row.code} ${row.name} 的合计`,
        addends: spec.parts.filter((_, k) => partValues[k] !== undefined).map((key) => ({ label: columnLabel(spec, key), value: cell(row, key), at: [...at(), key] })),
        stated: cell(row, 'total'),
      }));
    }
  });

  const validRows = table.rows.filter((_, index) => valid[index]);
  const tree = buildTree(validRows);
  // Row numbers are needed only for findings: the map is made on first use.
  let rowIndex: Map<(typeof table.rows)[number], number> | undefined;
  const indexOf = (row: (typeof table.rows)[number]) => (rowIndex ??= new Map(table.rows.map((r, index) => [r, index]))).get(row)!;
  for (const orphan of tree.orphans) {
    findings.push({
      severity: 'error', rule: 'code/parent-missing', file: 'tables.yaml', at: [...base, 'rows', indexOf(orphan.row), 'code'],
      message: `${tableName}中 ${orphan.code} ${orphan.row.name} 的上级科目（${orphan.code.slice(0, 3)}${orphan.code.length > 5 ? ' 或 ' + orphan.code.slice(0, 5) : ''}）没有列出：明细行应连同其所属的类、款一起列示`,
      messageEn: `Parent code of ${orphan.code} is not listed`,
      values: [{ label: '编码', value: orphan.code }, { label: '层级', value: CODE_LEVEL_NAMES[orphan.level] ?? '' }],
    });
  }
  const columns = spec.columns.map((c) => c.key);
  for (const node of tree.byCode.values()) {
    if (node.children.length === 0) continue;
    for (const key of columns) {
      if (!sumDiffers(node.children.map((child) => cell(child.row, key)), cell(node.row, key), context.tolerance)) continue;
      findings.push(...checkSum({
        rule: 'sum/tree', file: 'tables.yaml', at: [...base, 'rows', indexOf(node.row), key], unit, tolerance: context.tolerance,
        subject: `${tableName} ${node.code} ${node.row.name} 的“${columnLabel(spec, key)}”`,
        addends: node.children.map((child) => ({ label: `${child.code} ${child.row.name}`, value: cell(child.row, key), at: [...base, 'rows', indexOf(child.row), key] })),
        stated: cell(node.row, key),
      }));
    }
  }
  if (table.total) {
    const total = table.total;
    const roots = tree.roots.filter((root) => root.level === 0);
    for (const key of roots.length > 0 ? columns : []) {
      if (!sumDiffers(roots.map((root) => cell(root.row, key)), cell(total, key), context.tolerance)) continue;
      findings.push(...checkSum({
        rule: 'sum/total', file: 'tables.yaml', at: [...base, 'total', key], unit, tolerance: context.tolerance,
        subject: `${tableName}合计行的“${columnLabel(spec, key)}”`,
        addends: roots.map((root) => ({ label: `${root.code} ${root.row.name}`, value: cell(root.row, key), at: [...base, 'rows', indexOf(root.row), key] })),
        stated: cell(total, key),
      }));
    }
    const totalParts = spec.parts.map((key) => ({ key, value: cell(total, key) })).filter((p) => p.value !== undefined);
    if (totalParts.length > 0) {
      findings.push(...checkSum({
        rule: 'sum/row', file: 'tables.yaml', at: [...base, 'total', 'total'], unit, tolerance: context.tolerance,
        subject: `${tableName}合计行的合计`,
        addends: totalParts.map((p) => ({ label: columnLabel(spec, p.key), value: p.value, at: [...base, 'total', p.key] })),
        stated: cell(total, 'total'),
      }));
    }
  }
  if (table.rows.length === 0 && !table.empty_statement) {
    findings.push({
      severity: 'warning', rule: 'plausibility/empty-table-statement', file: 'tables.yaml', at: base,
      message: `${tableName}没有数据，也没有空表说明（如“本单位无政府性基金收支，故此表无数据”）`,
      messageEn: 'Empty table without a statement',
    });
  }
  return findings;
}

function columnLabel(spec: ClassifiedTableSpec, key: string): string {
  return spec.columns.find((c) => c.key === key)?.label ?? key;
}
