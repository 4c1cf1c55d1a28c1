/**
 * Imported tables → tables.yaml text, written as the converted documents are: a block per table under its key with
 * the standard name as a comment, a flow mapping per row or line, codes quoted, figures exactly as read.
 */
import { yamlQuoted, yamlText } from '../table-kinds/synthetic.ts';
import { tableLabel } from '../table-kinds/registry.ts';
import type { Stage } from '../schemas/primitives.ts';
import { Figure } from './rows.ts';

const QUOTED_KEYS = new Set(['code', 'functional_code']);

function scalar(key: string, value: unknown): string {
  if (value instanceof Figure) return value.text;
  if (typeof value === 'number') return String(value);
  const text = String(value);
  if (QUOTED_KEYS.has(key)) return yamlQuoted(text);
  return text.includes('\n') ? JSON.stringify(text) : yamlText(text);
}

const isFlat = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof Figure) && !Array.isArray(value) && Object.values(value).every((v) => typeof v !== 'object' || v instanceof Figure);

const flow = (value: Record<string, unknown>) => `{ ${Object.entries(value).map(([key, v]) => `${key}: ${scalar(key, v)}`).join(', ')} }`;

function block(value: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v)) {
      if (v.length === 0) { lines.push(`${indent}${key}: []`); continue; }
      lines.push(`${indent}${key}:`);
      for (const item of v) {
        if (isFlat(item)) lines.push(`${indent}  - ${flow(item)}`);
        else {
          const inner = block(item as Record<string, unknown>, `${indent}    `);
          lines.push(`${indent}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
        }
      }
    } else if (isFlat(v)) lines.push(`${indent}${key}: ${flow(v)}`);
    else if (typeof v === 'object' && v !== null && !(v instanceof Figure)) lines.push(`${indent}${key}:`, ...block(v as Record<string, unknown>, `${indent}  `));
    else lines.push(`${indent}${key}: ${scalar(key, v)}`);
  }
  return lines;
}

/** One table's block (its lines, ending with a blank line). */
export function tableBlock(key: string, table: Record<string, unknown>, stage: Stage): string[] {
  return [`${key}:${' '.repeat(Math.max(1, 34 - key.length))}# ${tableLabel(key, stage)}`, ...block(table, '  '), ''];
}
