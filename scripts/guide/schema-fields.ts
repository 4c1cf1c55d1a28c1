/**
 * Walks a zod schema and lists every field with its Chinese label, English description, type and whether it is
 * required: the field reference of the editors' guide comes from the schemas, so it cannot drift from them.
 */
import { z } from 'zod';
import { amount, code, count, decimalNumber, indicatorValue, percent, text, year } from '../../src/schemas/primitives.ts';
import { defOf, labelsOf } from '../../src/schemas/introspect.ts';

export interface FieldRow {
  readonly path: string;
  readonly zh: string;
  readonly en: string;
  readonly type: string;
  readonly required: boolean;
}

const meta = labelsOf;

function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (let depth = 0; depth < 10; depth++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // Our primitives are pipes from scalar text into a transform: the input side tells the type.
      const input = defOf(def.in!);
      if (input.type === 'pipe' || input.type === 'union') return { core: current, optional };
      current = def.in!;
    } else break;
  }
  return { core: current, optional };
}

const SCALAR_TYPES: Record<string, string> = { string: '文字', boolean: '是/否', number: '数字', enum: '选项' };

// Primitives are recognised by their definition object, which zod shares between a schema and its .meta() copies.
const PRIMITIVE_NAMES = new Map<unknown, string>([
  [defOf(amount), '金额'], [defOf(percent), '百分比'], [defOf(count), '整数'], [defOf(decimalNumber), '数字'],
  [defOf(year), '年份'], [defOf(text), '文字'], [defOf(code), '科目编码（数字文字）'], [defOf(indicatorValue), '指标值（文字，自动识别数字）'],
]);

function typeName(schema: z.ZodType, _label: string): string {
  const def = defOf(schema);
  const primitive = PRIMITIVE_NAMES.get(def);
  if (primitive) return primitive;
  if (def.type === 'enum') return `选项：${Object.values(def.entries ?? {}).join(' / ')}`;
  if (def.type === 'object') return '对象';
  if (def.type === 'array') return '列表';
  if (def.type === 'record') return '键值表';
  return SCALAR_TYPES[def.type] ?? def.type;
}

export function listFields(schema: z.ZodType, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const { core } = unwrap(schema);
  const def = defOf(core);
  if (def.type !== 'object') return rows;
  for (const [key, field] of Object.entries(def.shape ?? {})) {
    const { core: inner, optional } = unwrap(field);
    const info = meta(field);
    const path = prefix ? `${prefix}.${key}` : key;
    const innerDef = defOf(inner);
    rows.push({ path, zh: info.title ?? '', en: info.description ?? '', type: typeName(inner, info.title ?? ''), required: !optional });
    if (innerDef.type === 'object') rows.push(...listFields(inner, path));
    if (innerDef.type === 'array' && innerDef.element) {
      const element = unwrap(innerDef.element).core;
      if (defOf(element).type === 'object') rows.push(...listFields(element, `${path}[]`));
    }
    if (innerDef.type === 'record' && innerDef.valueType) rows.push(...listFields(innerDef.valueType, `${path}.<键>`));
  }
  return rows;
}

export function fieldTable(schema: z.ZodType): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = ['| 字段 | 中文名 | 类型 | 必填 | 说明（English） |', '| --- | --- | --- | --- | --- |'];
  for (const row of listFields(schema)) {
    lines.push(`| \`${row.path}\` | ${escape(row.zh)} | ${escape(row.type)} | ${row.required ? '是' : ''} | ${escape(row.en)} |`);
  }
  return lines.join('\n');
}
