/**
 * Publish as printed: a figure the field cannot read is reported once, can be acknowledged, and does not stop the
 * rest of its file from being checked.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { withoutFields } from '../../../src/validation/as-printed.ts';
import { BASE_FINAL, baseWith, dump, replaceOnce, runCheck, type TempTree } from '../../helpers/content.ts';

const trees: TempTree[] = [];
afterAll(() => trees.forEach((tree) => tree.cleanup()));
const check = (edits: Parameters<typeof baseWith>[0]) => {
  const tree = baseWith(edits);
  trees.push(tree);
  return runCheck(tree.root);
};

describe('withoutFields', () => {
  it('leaves out the named object fields, copying only along their paths', () => {
    const tree = { a: { b: 1, c: 2 }, d: [{ e: 3, f: 4 }], g: { h: 5 } };
    const result = withoutFields(tree, [['a', 'b'], ['d', 0, 'f']]) as typeof tree;
    expect(result).toEqual({ a: { c: 2 }, d: [{ e: 3 }], g: { h: 5 } });
    expect(result.g).toBe(tree.g);
    expect(tree.a.b).toBe(1);
  });

  it('gives up on a list item or a path that is not there (the file is then reported as before)', () => {
    expect(withoutFields({ a: [1, 2] }, [['a', 1]])).toBeUndefined();
    expect(withoutFields({ a: {} }, [['a', 'b', 'c']])).toBeUndefined();
    expect(withoutFields({ a: 1 }, [[]])).toBeUndefined();
  });
});

describe('a value printed in a form its field cannot read', () => {
  const printed = replaceOnce('execution_rate: 97.50%', 'execution_rate: 97.50%%');

  it('is one error naming the printed text, and the rest of the file is still checked', () => {
    const { blocking } = check({
      [`${BASE_FINAL}/performance.yaml`]: (text) => replaceOnce('fiscal: { budget: 380.00, final: 371.00', 'fiscal: { budget: 380.00, final: 372.00')(printed(text)),
    });
    const rules = blocking.map((finding) => finding.rule);
    expect(rules, dump(blocking)).toContain('schema/percent');
    // Checked although the file holds an unreadable value: the fund lines no longer add up.
    expect(rules, dump(blocking)).toContain('sum/fund-source');
    const asPrinted = blocking.find((finding) => finding.rule === 'schema/percent')!;
    expect(asPrinted).toMatchObject({ path: 'department.funds.total.execution_rate', line: 8, values: [expect.objectContaining({ label: '原文', value: '97.50%%' })] });
    expect(asPrinted.message).toContain('acknowledgements');
  });

  it('is published as a data note once acknowledged with its printed text', () => {
    const ack = [
      'acknowledgements:',
      '  - rule: schema/percent',
      '    file: performance.yaml',
      '    path: department.funds.total.execution_rate',
      '    figures: 97.50%%',
      '    explanation: 原文如此：执行率印作“97.50%%”。',
      '---',
    ].join('\n');
    const { findings, blocking } = check({
      [`${BASE_FINAL}/performance.yaml`]: printed,
      [`${BASE_FINAL}/index.md`]: (text) => text.replace(/\n---\n/, `\n${ack}\n`),
    });
    expect(blocking, dump(blocking)).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'schema/percent', acknowledged: { explanation: '原文如此：执行率印作“97.50%%”。' } }));
  });

  it('stays a plain schema error when the file has other schema errors (nothing is read from it)', () => {
    const { blocking } = check({
      [`${BASE_FINAL}/performance.yaml`]: (text) => printed(text).replace('execution_rate: 97.63%', 'execution_rate: [97.63]'),
    });
    expect(blocking.map((finding) => finding.rule).sort(), dump(blocking)).toEqual(['schema/percent', 'schema/type']);
    expect(blocking.find((finding) => finding.rule === 'schema/percent')!.values).toEqual([expect.objectContaining({ label: '实际值' })]);
  });

  it('makes no false "blank cell" finding for a narrative figure of that cell', () => {
    const { blocking } = check({
      'disclosures/2024/demo-county-office/budget/tables.yaml': replaceOnce('this_year: 40.40', 'this_year: 40.4o'),
    });
    expect(blocking.map((finding) => finding.rule), dump(blocking)).toEqual(['schema/amount']);
  });

  it('cannot be acknowledged where leaving it out leaves its file unreadable (a required field in a list): the file stays an error', () => {
    const tables = 'disclosures/2024/demo-county-office/budget/tables.yaml';
    // equipment[].count is required: without it the list item, and so the file, cannot be read.
    const broken = replaceOnce('  planned_vehicle_purchases: { total: 0, general_official: 0 }\n', '  planned_vehicle_purchases: { total: 0, general_official: 0 }\n  equipment:\n    - { name: 单价100万元（含）以上设备（不含车辆）, count: 约2 }\n');
    const first = check({ [tables]: broken }).blocking.find((finding) => finding.rule === 'schema/count');
    expect(first, 'the unreadable count').toBeDefined();
    const ack = ['acknowledgements:', '  - rule: schema/count', '    file: tables.yaml', `    path: ${first!.path}`,
      `    figures: ${first!.values!.map((value) => value.value).join('；')}`, '    explanation: 原文如此。', '---'].join('\n');
    expect(first!.message, 'no offer to acknowledge it').not.toContain('acknowledgements');
    const { blocking } = check({
      [tables]: broken,
      'disclosures/2024/demo-county-office/budget/index.md': (text) => text.replace(/\n---\n/, `\n${ack}\n`),
    });
    expect(blocking.map((finding) => finding.rule), dump(blocking)).toContain('schema/count');
  });
});

