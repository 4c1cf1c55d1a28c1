/**
 * Turns zod issues into findings editors can act on: Chinese message naming the field, the rule and the value.
 * zod's own messages are English: they go only into the English second line; every issue code has a Chinese text.
 */
import { z } from 'zod';
import type { FindingValue, PathSegment, RuleFinding } from './finding.ts';
import { defOf, labelsOf } from '../schemas/introspect.ts';

const titleOf = (schema: z.ZodType | undefined): string | undefined => labelsOf(schema).title;

/** The sub-schema at a data path (through optional, default, pipe, array, record). */
export function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const segment of path) {
    current = unwrap(current);
    if (!current) return undefined;
    const def = defOf(current);
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
  }
  return current;
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') current = def.innerType;
    else if (def.type === 'pipe') current = def.in && defOf(def.in).type !== 'union' ? def.in : def.out;
    else return current;
  }
  return current;
}

/** Names of the fields an object schema accepts, for "did you mean" help. */
function knownKeys(root: z.ZodType, path: readonly PathSegment[]): string[] {
  const schema = unwrap(schemaAt(root, path));
  const def = schema ? defOf(schema) : undefined;
  return def?.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

const TYPE_NAMES: Record<string, string> = {
  object: '带子字段的对象',
  record: '带子字段的对象',
  array: '列表（每项以“- ”开头）',
  tuple: '列表（每项以“- ”开头）',
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '是或否（true / false）',
  date: '日期',
  null: '空值',
  undefined: '空值',
  map: '带子字段的对象',
  set: '列表（每项以“- ”开头）',
  never: '不应填写的字段',
};

/** Values as shown in messages: quoted text, at most 80 characters (a whole file can be "the value"). */
function describeInput(input: unknown): string {
  if (input === undefined) return '（空）';
  if (Array.isArray(input)) return '列表';
  if (typeof input === 'object' && input !== null) return '对象';
  const text = typeof input === 'bigint' ? `${input}` : JSON.stringify(input) ?? String(input);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** True for a message written for editors (our schemas give Chinese ones); zod's own are English. */
const isChinese = (message: string) => /[\u3400-\u9fff]/.test(message);

/** zod's message in English, whatever the schema gave (for the English second line). */
function englishOf(issue: z.core.$ZodIssue): string {
  if (!isChinese(issue.message)) return issue.message;
  return z.locales.en().localeError(issue as never) as string ?? issue.code;
}

const FORMAT_NAMES: Record<string, string> = {
  url: '网址（如 https://example.gov.cn/）', email: '电子邮件地址', regex: '规定的格式', date: '日期（YYYY-MM-DD）',
  datetime: '日期时间', time: '时间', uuid: 'UUID', starts_with: '规定的开头', ends_with: '规定的结尾', includes: '规定的内容',
};

/** Bounds in words: "至少 3 个字符", "不能大于 100"… */
function boundText(issue: { origin?: string; inclusive?: boolean; exact?: boolean }, bound: unknown, tooBig: boolean): string {
  const value = String(bound);
  const unit = issue.origin === 'string' ? ' 个字' : issue.origin === 'array' || issue.origin === 'set' ? ' 项' : issue.origin === 'file' ? ' 字节' : '';
  if (issue.exact) return `应正好是 ${value}${unit}`;
  if (unit) return tooBig ? `最多 ${value}${unit}` : `至少 ${value}${unit}`;
  if (tooBig) return issue.inclusive === false ? `应小于 ${value}` : `不能大于 ${value}`;
  return issue.inclusive === false ? `应大于 ${value}` : `不能小于 ${value}`;
}

/** The Chinese explanation of an issue zod reports in English (our schemas' own messages are Chinese already). */
function chineseText(issue: z.core.$ZodIssue): string {
  if (isChinese(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big': return `${boundText(issue, issue.maximum, true)}`;
    case 'too_small': return `${boundText(issue, issue.minimum, false)}`;
    case 'invalid_format': return `格式不对，应为${FORMAT_NAMES[issue.format] ?? `规定的格式（${issue.format}）`}`;
    case 'not_multiple_of': return `应为 ${String(issue.divisor)} 的倍数`;
    case 'invalid_union': return '写法不符合任何一种允许的形式';
    case 'invalid_key': return '字段名不符合要求';
    case 'invalid_element': return '其中有一项不符合要求';
    case 'invalid_value': return `只能是以下之一：${issue.values.map(String).join('、')}`;
    case 'custom': return '取值不符合要求';
    default: return (z.locales.zhCN().localeError(issue as never) as string | undefined) ?? '取值不符合要求';
  }
}

export function fieldLabel(root: z.ZodType, path: readonly PathSegment[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  const title = titleOf(schemaAt(root, path));
  return title ? `${String(last ?? '')}（${title}）` : String(last ?? '（整个文件）');
}

/**
 * A scalar field takes text or a number (z.union); a value that is neither fails every branch by its type alone.
 * That is one type error (or a missing field), not a "no branch matched".
 */
function asTypeIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const first = issue.errors[0]?.[0];
  if (!first || first.code !== 'invalid_type' || !issue.errors.every((branch) => branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0)) return issue;
  return { ...first, path: issue.path, input: issue.input } as z.core.$ZodIssue;
}

export function zodIssuesToFindings(root: z.ZodType, error: z.ZodError): RuleFinding[] {
  return error.issues.map(asTypeIssue).flatMap((issue): RuleFinding[] => {
    const at = issue.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number');
    const label = fieldLabel(root, at);
    const input = (issue as { input?: unknown }).input;
    switch (issue.code) {
      case 'invalid_type': {
        if (input === undefined) {
          return [{
            severity: 'error', rule: 'schema/required', at,
            message: `缺少必填字段 ${label}`,
            messageEn: `Required field is missing: ${at.join('.')}`,
          }];
        }
        const expected = TYPE_NAMES[issue.expected] ?? `“${issue.expected}”类型的值`;
        return [{
          severity: 'error', rule: 'schema/type', at,
          message: `字段 ${label} 应为${expected}，实际写的是 ${describeInput(input)}`,
          messageEn: `Expected ${issue.expected}`,
          values: [{ label: '实际值', value: describeInput(input) }],
        }];
      }
      case 'unrecognized_keys':
        return issue.keys.map((key) => {
          const allowed = knownKeys(root, at);
          const values: FindingValue[] = allowed.length ? [{ label: '此处可用的字段', value: allowed.join(', ') }] : [];
          // In { a: 1,436.72 } the comma ends the value, leaving "436.72" as a stray key.
          const hint = /^\d+(\.\d+)?$/.test(key) ? '（在 { } 一行写法中，金额里的千位逗号会把数字截断：请去掉逗号，如 1436.72）' : '（可能是拼写错误或放错了层级）';
          return {
            severity: 'error' as const, rule: 'schema/unknown-field', at: [...at, key, '#key'],
            message: `未知字段 ${key}：此处没有这个字段${hint}`,
            messageEn: `Unknown field: ${key}`,
            values,
          };
        });
      case 'invalid_value':
        if (input === undefined) {
          return [{
            severity: 'error', rule: 'schema/required', at,
            message: `缺少必填字段 ${label}（可选值：${issue.values.map(String).join('、')}）`,
            messageEn: `Required field is missing: ${at.join('.')}`,
          }];
        }
        return [{
          severity: 'error', rule: 'schema/enum', at,
          message: `字段 ${label} 的值 ${describeInput(input)} 不在允许范围内：${chineseText(issue)}`,
          messageEn: `Value not allowed; expected one of ${issue.values.map(String).join(', ')}`,
          values: [{ label: '允许的值', value: issue.values.map(String).join('、') }],
        }];
      case 'custom': {
        const params = (issue.params ?? {}) as { rule?: string; value?: string };
        return [{
          severity: 'error', rule: params.rule ?? 'schema/format', at,
          message: `字段 ${label}：${chineseText(issue)}`,
          messageEn: isChinese(issue.message) ? 'Invalid value' : `Invalid value: ${issue.message}`,
          values: params.value !== undefined ? [{ label: '实际值', value: params.value }] : [],
        }];
      }
      default:
        return [{
          severity: 'error', rule: 'schema/format', at,
          message: `字段 ${label}：${chineseText(issue)}`,
          messageEn: `${englishOf(issue)} (${issue.code})`,
          values: input !== undefined ? [{ label: '实际值', value: describeInput(input) }] : [],
        }];
    }
  });
}
