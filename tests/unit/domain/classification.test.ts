/** Classification codes and the tree implied by them. */
import { describe, expect, it } from 'vitest';
import {
  CODE_LEVEL_NAMES, buildTree, codeLevel, describeCodeRule, flattenTree, isCatchAll, isValidCode, parentCode,
} from '../../../src/domain/classification.ts';

type Row = { code: string; name: string; total?: number };
const row = (code: string, name = code, total?: number): Row => ({ code, name, ...(total !== undefined ? { total } : {}) });
const codes = (nodes: ReadonlyArray<{ code: string }>) => nodes.map((node) => node.code);

describe('isValidCode', () => {
  it('accepts functional 类/款/项 of 3, 5 and 7 digits', () => {
    expect(isValidCode('201', 'functional')).toBe(true);
    expect(isValidCode('20132', 'functional')).toBe(true);
    expect(isValidCode('2013201', 'functional')).toBe(true);
  });

  it('accepts economic 类/款 of 3 and 5 digits only', () => {
    expect(isValidCode('301', 'economic')).toBe(true);
    expect(isValidCode('30101', 'economic')).toBe(true);
    expect(isValidCode('3010101', 'economic')).toBe(false);
  });

  it.each([
    ['2013', 'four digits'],
    ['201320', 'six digits'],
    ['20132010', 'eight digits'],
    ['20', 'two digits'],
    ['20a', 'a letter'],
    ['2013 201', 'a space'],
    ['', 'empty'],
    ['-201', 'a sign'],
  ])('rejects %j (%s)', (code) => {
    expect(isValidCode(code, 'functional')).toBe(false);
    expect(isValidCode(code, 'economic')).toBe(false);
  });

  it('explains the rule in Chinese', () => {
    expect(describeCodeRule('functional')).toContain('7位');
    expect(describeCodeRule('economic')).toContain('5位');
    expect(describeCodeRule('economic')).not.toContain('7位');
  });
});

describe('parentCode, codeLevel, isCatchAll', () => {
  it('drops the last two digits', () => {
    expect(parentCode('2013201')).toBe('20132');
    expect(parentCode('20132')).toBe('201');
    expect(parentCode('30101')).toBe('301');
  });

  it('a 类 has no parent', () => {
    expect(parentCode('201')).toBeNull();
  });

  it('levels are 类 0, 款 1, 项 2', () => {
    expect(codeLevel('201')).toBe(0);
    expect(codeLevel('20132')).toBe(1);
    expect(codeLevel('2013201')).toBe(2);
    expect(CODE_LEVEL_NAMES[codeLevel('2013299')]).toBe('项');
  });

  it('codes ending in 99 below the 类 are the 其他 catch-all', () => {
    expect(isCatchAll('2013299')).toBe(true);
    expect(isCatchAll('20199')).toBe(true);
    expect(isCatchAll('2013201')).toBe(false);
    expect(isCatchAll('299')).toBe(false);
  });
});

describe('buildTree', () => {
  it('builds the tree from codes, whatever the row order', () => {
    const tree = buildTree([row('2013201'), row('201'), row('208'), row('20132'), row('20805'), row('2080505')]);
    expect(codes(tree.roots)).toEqual(['201', '208']);
    const n201 = tree.byCode.get('201')!;
    expect(codes(n201.children)).toEqual(['20132']);
    expect(codes(n201.children[0]!.children)).toEqual(['2013201']);
    expect(tree.byCode.get('2013201')!.parent?.code).toBe('20132');
    expect(tree.byCode.get('2013201')!.level).toBe(2);
    expect(tree.byCode.get('2013201')!.index).toBe(0);
    expect(tree.orphans).toEqual([]);
  });

  it('keeps the row order among siblings', () => {
    const tree = buildTree([row('201'), row('2013202'), row('20132'), row('2013201'), row('2013299')]);
    expect(codes(tree.byCode.get('20132')!.children)).toEqual(['2013202', '2013201', '2013299']);
  });

  it('reports a 项 whose 类 and 款 are both missing as an orphan (and keeps it as a root)', () => {
    const tree = buildTree([row('201'), row('20132'), row('2130599')]);
    expect(codes(tree.orphans)).toEqual(['2130599']);
    expect(codes(tree.roots)).toEqual(['201', '2130599']);
    expect(tree.byCode.get('2130599')!.parent).toBeNull();
  });

  it('reports a 款 whose 类 is missing as an orphan', () => {
    const tree = buildTree([row('20132'), row('2013201')]);
    expect(codes(tree.orphans)).toEqual(['20132']);
    expect(codes(tree.byCode.get('20132')!.children)).toEqual(['2013201']);
  });

  it('reports a 项 listed under its 类 without its 款 as an orphan ("a 项 without its 款")', () => {
    // 213 and 2130599 are listed, 21305 is not: the 项's parent code is not listed although it should be.
    const tree = buildTree([row('213', '农林水支出', 376.9), row('2130599', '其他巩固脱贫攻坚成果衔接乡村振兴支出', 376.9)]);
    expect(codes(tree.orphans)).toEqual(['2130599']);
  });

  it('places a duplicated code once (the first row) and keeps the map on the first row', () => {
    const first = row('201', '一般公共服务支出', 1);
    const second = row('201', '一般公共服务支出', 2);
    const tree = buildTree([first, row('20132'), second]);
    expect(codes(tree.roots)).toEqual(['201']);
    expect(tree.byCode.get('201')!.row).toBe(first);
    expect(tree.byCode.size).toBe(2);
    expect(flattenTree(tree).map((node) => node.row)).not.toContain(second);
  });

  it('an empty table gives an empty tree', () => {
    const tree = buildTree<Row>([]);
    expect(tree.roots).toEqual([]);
    expect(tree.orphans).toEqual([]);
    expect(flattenTree(tree)).toEqual([]);
  });
});

describe('flattenTree', () => {
  it('lists parents before children, depth first, in the printed order', () => {
    const tree = buildTree([
      row('2080505'), row('2013201'), row('208'), row('201'), row('20805'), row('20132'), row('2013202'),
    ]);
    expect(codes(flattenTree(tree))).toEqual(['208', '20805', '2080505', '201', '20132', '2013201', '2013202']);
  });

  it('lists orphans where they stand as roots', () => {
    const tree = buildTree([row('201'), row('2130599'), row('20132')]);
    expect(codes(flattenTree(tree))).toEqual(['201', '20132', '2130599']);
  });
});
