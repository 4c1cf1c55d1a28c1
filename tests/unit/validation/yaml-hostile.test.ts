/**
 * Hostile YAML in each of the three readers (the subset reader, js-yaml, the `yaml` package, which reads a text
 * js-yaml rejects and supplies positions): anchors and aliases are refused, merge keys merge nothing, nesting is
 * limited, duplicate keys and error floods cost linear time, and numbers stay the exact text typed.
 * Which reader a text reaches is chosen by its shape: the subset reader reads the plain layout; a CRLF line end
 * sends a text to js-yaml; a syntax error (a second colon on a line) sends it to the `yaml` package.
 */
import { describe, expect, it } from 'vitest';
import { parseJsYaml, parseYamlFull, parseYamlSource } from '../../../src/validation/yaml-source.ts';
import { parseYamlSubset } from '../../../src/validation/yaml-subset.ts';
import { FULL_PARSE_MAX_LENGTH, MAX_NESTING_DEPTH, MAX_YAML_ERRORS } from '../../../src/validation/yaml-limits.ts';
import { count, decimalNumber } from '../../../src/schemas/primitives.ts';

const viaJsYaml = (text: string) => text.replace(/\n/g, '\r\n');
const viaFullParser = (text: string) => `${text}broken: a: b\n`;
const rules = (text: string) => parseYamlSource('t.yaml', text).errors.map((e) => `${e.rule}@${e.line}:${e.col}`);

describe('anchors and aliases', () => {
  const BOMB = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(',')}]`),
  ].join('\n') + '\n';

  it('are refused where the anchor is, in js-yaml and in the full parser (the subset reader never reads them)', () => {
    const text = 'unit: 万元\nrow: &r { code: "201", total: 1 }\ncopy: *r\n';
    expect(parseYamlSubset(text)).toBeUndefined();
    expect(rules(text)).toEqual(['yaml/alias@2:6']);
    expect(rules(viaJsYaml(text))).toEqual(['yaml/alias@2:6']);
    expect(rules(viaFullParser(text))).toContain('yaml/alias@2:6');
    expect(parseYamlSource('t.yaml', text).value).toBeUndefined();
  });

  it('are refused in every position an anchor can take', () => {
    for (const text of ['a: &x 1\nb: *x\n', '- &x [1]\n- *x\n', '&x a: 1\nb: 2\n', 'a: &x\nb: 1\n', 'a: { b: &x 1, c: *x }\n', '--- &x\na: 1\n', 'a: !!str &x 1\n']) {
      expect(rules(text), text).toEqual([expect.stringMatching(/^yaml\/alias@1:/)]);
    }
  });

  it('a billion laughs (seven nested aliases) is refused at once in every reader', () => {
    expect(rules(BOMB)).toEqual(['yaml/alias@1:4']);
    expect(rules(viaJsYaml(BOMB))).toEqual(['yaml/alias@1:4']);
    expect(rules(viaFullParser(BOMB))).toContain('yaml/alias@1:4');
    expect(parseYamlFull('t.yaml', BOMB).value).toBeUndefined();
  });

  it('merge keys merge nothing: "<<" is an ordinary (unknown) key in both parsers', () => {
    const text = 'x:\n  <<: { a: 1 }\n  b: 2\n';
    expect(parseJsYaml(text)?.value).toEqual({ x: { '<<': { a: '1' }, b: '2' } });
    expect(parseYamlFull('t.yaml', text).value).toEqual({ x: { '<<': { a: '1' }, b: '2' } });
  });
});

describe('nesting', () => {
  /** A mapping at depth 1 holding lists nested to `depth` in all. */
  const nested = (depth: number) => `notes: ${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}\n`;

  it(`is allowed to ${MAX_NESTING_DEPTH} levels in every reader`, () => {
    const text = nested(MAX_NESTING_DEPTH);
    expect(parseYamlSubset(text)).toBeDefined();
    expect(rules(text)).toEqual([]);
    expect(rules(viaJsYaml(text))).toEqual([]);
    expect(parseYamlFull('t.yaml', text).errors).toEqual([]);
  });

  it(`is refused beyond ${MAX_NESTING_DEPTH} levels in every reader, on the line where it happens`, () => {
    const text = `unit: 万元\n${nested(MAX_NESTING_DEPTH + 1)}`;
    expect(parseYamlSubset(text)).toBeUndefined();
    expect(rules(text)).toEqual([expect.stringMatching(/^yaml\/nesting@2:/)]);
    expect(rules(viaJsYaml(text))).toEqual([expect.stringMatching(/^yaml\/nesting@2:/)]);
    // Reported together with the syntax error that sent the text to the full parser.
    expect(rules(viaFullParser(text))).toEqual([expect.stringMatching(/^yaml\/nesting@2:/), 'yaml/syntax@3:9']);
    const finding = parseYamlSource('t.yaml', text).errors[0]!;
    expect(finding.message).toContain(String(MAX_NESTING_DEPTH));
  });

  it('a million levels (brackets, list dashes, indentation) overflow nothing', () => {
    const million = 1_000_000;
    for (const text of [
      `a: ${'['.repeat(million)}`,
      `a: ${'{b: '.repeat(million / 4)}`,
      `${'- '.repeat(million / 2)}x\n`,
      `${'a: '.repeat(million / 3)}x\n`,
      Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    ]) {
      for (const variant of [text, viaJsYaml(text), viaFullParser(text)]) {
        const found = rules(variant);
        expect(found.length, variant.slice(0, 40)).toBeGreaterThan(0);
        expect(found.every((rule) => /^yaml\/(nesting|syntax)@/.test(rule)), `${variant.slice(0, 40)}: ${found.join(' ')}`).toBe(true);
      }
      expect(parseYamlFull('t.yaml', text).errors.map((e) => e.rule)).toContain('yaml/nesting');
    }
  });
});

describe('cost of broken files', () => {
  it('duplicate keys are reported with the other syntax errors of the file', () => {
    expect(rules('a: 1\nb: 2\na: 3\nc: d: e\n')).toEqual(['yaml/duplicate-key@3:1', 'yaml/syntax@4:4']);
  });

  it('duplicate keys are found with a set per mapping (the yaml package compared every pair: minutes for 50,000 keys)', () => {
    // A guard against the quadratic test coming back, not a performance figure (those come from npm run bench).
    const text = Array.from({ length: 24_000 }, (_, i) => `k${i % 12_000}: v`).join('\n') + '\n';
    expect(text.length).toBeLessThan(FULL_PARSE_MAX_LENGTH);
    const started = performance.now();
    const { errors } = parseYamlSource('t.yaml', text);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(errors.slice(0, MAX_YAML_ERRORS).every((e) => e.rule === 'yaml/duplicate-key')).toBe(true);
    expect(errors[0]).toMatchObject({ line: 12_001, col: 1 });
  });

  it(`lists at most ${MAX_YAML_ERRORS} errors of a file, then says how many more there are`, () => {
    const text = Array.from({ length: 100 }, (_, i) => `k${i}: 'a' b`).join('\n') + '\n';
    const { errors } = parseYamlSource('t.yaml', text);
    expect(errors).toHaveLength(MAX_YAML_ERRORS + 1);
    expect(errors[MAX_YAML_ERRORS]!.message).toContain('还有 80 处');
    expect(errors[MAX_YAML_ERRORS]!.line).toBe(MAX_YAML_ERRORS + 1);
  });

  it('a text too long for the full parser gets js-yaml\'s first error, in Chinese, on its line', () => {
    const filler = Array.from({ length: 30_000 }, (_, i) => `key${i}: value ${i}`).join('\n');
    expect(filler.length).toBeGreaterThan(FULL_PARSE_MAX_LENGTH);
    const { errors, value } = parseYamlSource('t.yaml', `${filler}\n  bad: [1, 2]\nafter: 1\n`);
    expect(value).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ rule: 'yaml/syntax', line: 30_001, message: expect.stringContaining('缩进不正确') })]);
    expect(errors[0]!.messageEn).toContain('(js-yaml)');
    expect(errors[0]!.values).toEqual([{ label: '位置附近的内容', value: 'bad: [1, 2]' }]);
  });
});

describe('numbers', () => {
  const BIG = '123456789012345678901';

  it('stay the exact text typed in every reader, however long', () => {
    const text = `a: ${BIG}\nb: 0.1000000000000000000001\n`;
    const expected = { a: BIG, b: '0.1000000000000000000001' };
    expect(parseYamlSubset(text)?.value).toEqual(expected);
    expect(parseJsYaml(viaJsYaml(text))?.value).toEqual(expected);
    expect(parseYamlFull('t.yaml', text).value).toEqual(expected);
    expect(parseYamlFull('t.yaml', `a: 0x1F\nb: 1e400\nc: 1_000\n`).value).toEqual({ a: '0x1F', b: '1e400', c: '1_000' });
  });

  it('counts and weights with more digits than a number holds exactly are refused, not rounded', () => {
    expect(count.safeParse(BIG).success).toBe(false);
    expect(count.safeParse('999999999999999').data).toBe(999_999_999_999_999);
    expect(count.safeParse('0000000000000000007').data).toBe(7);
    const weight = decimalNumber.safeParse('30.0000000000000001');
    expect(weight.success).toBe(false);
    expect(weight.error?.issues[0]?.message).toContain('15');
    expect(decimalNumber.safeParse('2.50000000000000000000').data).toBe(2.5);
    expect(decimalNumber.safeParse('12345678901234.5').data).toBe(12345678901234.5);
  });
});
