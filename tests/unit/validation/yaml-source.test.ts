/** The YAML loader: exact source text for numbers, blanks as absent, positions for every value and key. */
import { describe, expect, it } from 'vitest';
import { locate, parseYamlSource, pathKey } from '../../../src/validation/yaml-source.ts';
import { displayPath } from '../../../src/validation/display-path.ts';

describe('parseYamlSource', () => {
  it('hands numbers over as the text the editor typed, never as floats', () => {
    const source = parseYamlSource('t.yaml', 'a: 28.00\nb: 1992.86\nc: 0.1\nd: "1,992.86"\ne: 007\n');
    expect(source.errors).toEqual([]);
    expect(source.value).toEqual({ a: '28.00', b: '1992.86', c: '0.1', d: '1,992.86', e: '007' });
  });

  it('keeps a blank value as an absent (undefined) key, and 0 as "0"', () => {
    const source = parseYamlSource('t.yaml', 'rows:\n  - { code: "201", total: 0 }\n  - { code: "202", total: }\nname:\n');
    expect(source.value).toEqual({ rows: [{ code: '201', total: '0' }, { code: '202', total: undefined }], name: undefined });
    expect(Object.keys((source.value as { rows: object[] }).rows[1]!)).toContain('total');
  });

  it('records the line and column of values and keys', () => {
    const text = 'unit: 万元\ntable:\n  rows:\n    - { code: "201", total: 5 }\n    - code: "202"\n      total: 6\n';
    const source = parseYamlSource('t.yaml', text);
    expect(locate(source, ['unit'])).toEqual({ line: 1, col: 7 });
    expect(locate(source, ['table', 'rows', 0, 'total'])).toEqual({ line: 4, col: 29 });
    expect(locate(source, ['table', 'rows', 1, 'total'])).toEqual({ line: 6, col: 14 });
    expect(source.positions.get(pathKey(['table', 'rows', 1, 'total', '#key']))).toEqual({ line: 6, col: 7 });
    expect(locate(source, ['table', 'rows', 1, 'total'], true)).toEqual({ line: 6, col: 7 });
  });

  it('falls back to the deepest existing parent for a missing field', () => {
    const source = parseYamlSource('t.yaml', 'a:\n  b: 1\n');
    expect(locate(source, ['a', 'c', 'd'])).toEqual({ line: 2, col: 3 });
    expect(locate(parseYamlSource('t.yaml', ''), ['x'])).toEqual({ line: 1, col: 1 });
  });

  it('shifts lines by the front matter offset', () => {
    const source = parseYamlSource('index.md', 'year: 2024\nunit: 万元\n', 1);
    expect(locate(source, ['unit'])).toEqual({ line: 3, col: 7 });
  });

  it('reports a duplicate key on the line of the second key, under its own rule', () => {
    const source = parseYamlSource('t.yaml', 'a: 1\nb:\n  x: 1\n  x: 2\n');
    expect(source.value).toBeUndefined();
    expect(source.errors).toHaveLength(1);
    expect(source.errors[0]).toMatchObject({ rule: 'yaml/duplicate-key', severity: 'error', file: 't.yaml', line: 4, col: 3 });
    expect(source.errors[0]!.message).toMatch(/重复/);
  });

  it('reports a syntax error with a Chinese message, its line and the text near it', () => {
    const source = parseYamlSource('t.yaml', 'a: 1\nb: c: d\ne: 2\n');
    expect(source.value).toBeUndefined();
    expect(source.errors[0]).toMatchObject({ rule: 'yaml/syntax', line: 2 });
    expect(source.errors[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(source.errors[0]!.values).toEqual([{ label: '位置附近的内容', value: 'b: c: d' }]);
  });

  it('reports tabs used as indentation', () => {
    const source = parseYamlSource('t.yaml', 'a:\n\tb: 1\n');
    expect(source.errors[0]).toMatchObject({ rule: 'yaml/syntax', line: 2 });
    expect(source.errors[0]!.message).toContain('Tab');
  });

  it('refuses a second YAML document in one file', () => {
    const source = parseYamlSource('t.yaml', 'a: 1\n---\nb: 2\n');
    expect(source.value).toBeUndefined();
    expect(source.errors).toEqual([expect.objectContaining({ rule: 'yaml/syntax', line: 2 })]);
  });

  it('refuses anchors and aliases (content files do not need them; nested aliases expand exponentially)', () => {
    const source = parseYamlSource('t.yaml', 'a: &x 12.50\nb: *x\n');
    expect(source.value).toBeUndefined();
    expect(source.errors).toEqual([expect.objectContaining({ rule: 'yaml/alias', line: 1, col: 4 })]);
  });
});

describe('displayPath', () => {
  const data = {
    rows: [{ code: '201', total: 1 }, { code: '20132', total: 1 }],
    projects: [{ id: 'cadre-training', indicators: [{ name: 'a' }, { name: 'b' }] }],
    items: [{ name: 'x' }, { name: 'y' }],
  };

  it('names rows by code, projects by id and named items by name', () => {
    expect(displayPath(data, ['rows', 1, 'total'])).toBe('rows[20132].total');
    expect(displayPath(data, ['projects', 0, 'indicators', 1, 'name'])).toBe('projects[cadre-training].indicators[b].name');
    expect(displayPath(data, ['items', 0])).toBe('items[x]');
  });

  it('drops the #key marker and survives missing items', () => {
    expect(displayPath(data, ['rows', 0, 'totl', '#key'])).toBe('rows[201].totl');
    expect(displayPath(data, ['rows', 9, 'total'])).toBe('rows[10].total');
    expect(displayPath(undefined, ['a', 0])).toBe('a[1]');
    expect(displayPath(data, [])).toBe('');
  });
});
