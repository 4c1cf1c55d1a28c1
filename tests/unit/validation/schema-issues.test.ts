/**
 * Schema problems as editors see them, through the real loader: the right rule id, the field, and the value
 * actually written. Each case edits one line of the valid base tree.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_BUDGET, baseWith, dump, replaceOnce, runCheck, type TempTree } from '../../helpers/content.ts';

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
