/**
 * Schema problems as editors see them, through the real loader: the right rule id, the field, and the value
 * actually written. Each case edits one line of the valid base tree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BASE_BUDGET, baseWith, dump, replaceOnce, runCheck, type TempTree } from '../../helpers/content.ts';
import { zodIssuesToFindings } from '../../../src/validation/schema-issues.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
function check(edits: Record<string, (text: string) => string>) {
  const tree: TempTree = baseWith(edits);
  cleanups.push(tree.cleanup);
  return runCheck(tree.root).findings;
}
const DEPARTMENT = 'departments/demo-county-office.yaml';

describe('schema findings', () => {
  it('a value of the wrong type is schema/type naming the value, not a missing field', () => {
    const findings = check({ [`${BASE_BUDGET}/index.md`]: replaceOnce('head_signoff: true', 'head_signoff: 已审签') });
    const finding = findings.find((f) => f.path === 'head_signoff');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/type', line: 13 });
    expect(finding!.message).toContain('已审签');
    expect(finding!.message).not.toContain('缺少');
  });

  it('a list where an id is expected is schema/type', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('id: demo-county-office', 'id: [demo-county-office]') });
    expect(findings.find((f) => f.contentFile === DEPARTMENT && f.path === 'id'), dump(findings)).toMatchObject({ rule: 'schema/type', line: 2 });
  });

  it('a value outside an enumeration is schema/enum and shows what was written', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('kind: department', 'kind: bureau') });
    const finding = findings.find((f) => f.path === 'kind');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/enum', line: 8 });
    expect(finding!.message).toContain('bureau');
    expect(finding!.message).not.toContain('（空）');
    // This enumeration has no message of its own: zod's English ("Invalid option: expected one of") stays out.
    expect(finding!.message).toContain('只能是以下之一：department、unit');
    expect(finding!.message).not.toMatch(/[A-Za-z]{3,} [a-z]{3,}/);
  });

  it('a value as long as the whole file is shortened in the message', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('kind: department', `kind: ${'很长的类型'.repeat(100)}`) });
    const finding = findings.find((f) => f.path === 'kind');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/enum' });
    expect(finding!.message.length).toBeLessThan(200);
    expect(finding!.message).toContain('…');
  });

  it('a missing required text field is schema/required with a Chinese message', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('name: 示例县人民政府办公室\n', '') });
    const finding = findings.find((f) => f.contentFile === DEPARTMENT && f.path === 'name');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/required' });
    expect(finding!.message).toContain('缺少必填字段');
    expect(finding!.message).not.toMatch(/Invalid input/);
  });

  it('a missing required enumeration is schema/required', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('kind: department\n', '') });
    const finding = findings.find((f) => f.contentFile === DEPARTMENT && f.path === 'kind');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/required' });
  });

  it('a missing required id is schema/required', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('id: demo-county-office\n', '') });
    const finding = findings.find((f) => f.contentFile === DEPARTMENT && f.path === 'id');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/required', severity: 'error' });
    expect(finding!.message).toContain('缺少必填字段 id');
  });

  it('an unknown key lists the fields allowed at that place', () => {
    const findings = check({ [DEPARTMENT]: replaceOnce('region:', 'regoin:') });
    const finding = findings.find((f) => f.rule === 'schema/unknown-field');
    expect(finding, dump(findings)).toMatchObject({ line: 7, path: 'regoin' });
    expect(finding!.values?.[0]?.value).toContain('region');
  });

  it('a thousands separator inside a one-line row is explained', () => {
    const findings = check({ [`${BASE_BUDGET}/tables.yaml`]: replaceOnce('total: { total: 400.90, general_budget: 370.90,', 'total: { total: 1,400.90, general_budget: 370.90,') });
    const finding = findings.find((f) => f.rule === 'schema/unknown-field');
    expect(finding, dump(findings)).toMatchObject({ line: 41, path: 'income_by_source.total.400.90' });
    expect(finding!.message).toContain('千位逗号');
  });

  it('a mapping where an amount is expected is schema/type with a Chinese message', () => {
    const findings = check({ [`${BASE_BUDGET}/tables.yaml`]: replaceOnce('this_year: 40.40', 'this_year: { amount: 40.40 }') });
    const finding = findings.find((f) => f.path === 'operating_costs.this_year');
    expect(finding, dump(findings)).toMatchObject({ rule: 'schema/type', line: 138 });
    expect(finding!.message).not.toMatch(/Invalid input/);
  });

  it('an empty file is reported, not crashed on', () => {
    const findings = check({ 'glossary.yaml': () => '# 空\n' });
    expect(findings, dump(findings)).toContainEqual(expect.objectContaining({ rule: 'schema/empty-file', contentFile: 'glossary.yaml', line: 1 }));
    expect(findings.some((f) => f.rule === 'internal/unexpected')).toBe(false);
  });
});

/**
 * Every zod issue code an editor can meet, from schemas without messages of their own: the Chinese line never
 * carries zod's English message, which goes to the English second line.
 */
describe('zod issues without a Chinese message of their own', () => {
  const cases: Array<[string, z.ZodType, unknown, string]> = [
    ['invalid_value (enum)', z.object({ kind: z.enum(['goods', 'works']) }), { kind: 'food' }, '只能是以下之一：goods、works'],
    ['invalid_value (literal)', z.object({ v: z.literal('x') }), { v: 'y' }, '只能是以下之一：x'],
    ['too_big (text)', z.object({ v: z.string().max(3) }), { v: 'abcdef' }, '最多 3 个字'],
    ['too_small (list)', z.object({ v: z.array(z.string()).min(2) }), { v: ['a'] }, '至少 2 项'],
    ['too_big (number)', z.object({ v: z.number().max(100) }), { v: 101 }, '不能大于 100'],
    ['too_small (exclusive)', z.object({ v: z.number().gt(0) }), { v: 0 }, '应大于 0'],
    ['invalid_format (email)', z.object({ v: z.email() }), { v: 'x' }, '电子邮件地址'],
    ['invalid_format (regex)', z.object({ v: z.string().regex(/^a/) }), { v: 'b' }, '规定的格式'],
    ['not_multiple_of', z.object({ v: z.number().multipleOf(3) }), { v: 4 }, '3 的倍数'],
    ['invalid_union', z.object({ v: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]) }), { v: { c: 1 } }, '不符合任何一种'],
    ['invalid_key', z.object({ v: z.record(z.string().regex(/^a/), z.string()) }), { v: { b: 'x' } }, '字段名不符合要求'],
    ['custom (refine)', z.object({ v: z.string().refine((value) => value === 'ok') }), { v: 'no' }, '取值不符合要求'],
    ['invalid_type (int)', z.object({ v: z.int() }), { v: 1.5 }, '应为整数'],
    ['invalid_type (record)', z.object({ v: z.record(z.string(), z.string()) }), { v: 'x' }, '带子字段的对象'],
    ['invalid_type (unusual)', z.object({ v: z.symbol() }), { v: 'x' }, '类型的值'],
    ['unrecognized_keys', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }, '未知字段 b'],
  ];

  it.each(cases)('%s', (_, schema, input, words) => {
    const result = schema.safeParse(input, { reportInput: true });
    expect(result.success).toBe(false);
    const findings = zodIssuesToFindings(schema, result.error!);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
      for (const issue of result.error!.issues) expect(finding.message).not.toContain(issue.message);
      expect(finding.message).not.toMatch(/Invalid|expected|received|Too (big|small)/);
      expect(finding.messageEn ?? '').not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(findings.map((finding) => finding.message).join('\n')).toContain(words);
  });
});
