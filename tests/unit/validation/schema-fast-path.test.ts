/**
 * The compiled fast path must give exactly zod's output (same keys, same order, blank kept apart from absent) or
 * FAIL, and must never accept what zod refuses: checked on hand-made values for each kind of node, and on every
 * content file of the sample content, the invalid fixtures and a small generated benchmark site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastParse, FAIL } from '../../../src/validation/schema-fast-path.ts';
import { parseYamlSource } from '../../../src/validation/yaml-source.ts';
import { site, department, glossaryFile } from '../../../src/schemas/site.ts';
import { frontMatter } from '../../../src/schemas/disclosure.ts';
import { tablesFile } from '../../../src/schemas/tables.ts';
import { performanceFile } from '../../../src/schemas/performance.ts';
import { amount, code, date, indicatorValue, slug, text } from '../../../src/schemas/primitives.ts';
import { generateContent } from '../../../scripts/bench/generate.ts';

/** Key order, blank (undefined) values and BigInt amounts all show. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '<blank>' : typeof v === 'bigint' ? `${v}n` : v));

/**
 * Fast path and zod agree: the same output, or the fast path fails. 'missed' is a valid value the fast path left to
 * zod (correct, only slow).
 */
function expectAgreement(schema: z.ZodType, value: unknown, where: string): 'fast' | 'refused' | 'missed' {
  const reference = schema.safeParse(value);
  const fast = fastParse(schema, value);
  if (fast === FAIL) return reference.success ? 'missed' : 'refused';
  expect(reference.success, `${where}: the fast path accepts what zod refuses`).toBe(true);
  expect(canonical(fast), where).toBe(canonical(reference.data));
  return 'fast';
}

const row = z.strictObject({
  code,
  name: text,
  total: amount.optional(),
  note: text.optional(),
  kind: z.enum(['a', 'b']).optional(),
  start: date.optional(),
  id: slug.optional(),
  target: indicatorValue.optional(),
  flag: z.boolean().optional(),
  list: z.array(text).default([]),
});

describe('schema fast path', () => {
  const accepted: Record<string, unknown> = {
    'all fields': { code: '201', name: '一般公共服务支出', total: '1,992.86', note: '说明', kind: 'a', start: '2023-02-29'.replace('29', '28'), id: 'a-b', target: '≥95%', flag: true, list: ['x'] },
    'blank optional fields are kept as blank': { code: '201', name: '甲', total: undefined, note: undefined },
    'absent optional fields stay absent and defaults are filled': { code: '201', name: '甲' },
    'numbers from code become text': { code: 201, name: 5, total: 0 },
  };
  for (const [name, value] of Object.entries(accepted)) {
    it(`gives zod's output for ${name}`, () => {
      expect(expectAgreement(row, value, name)).toBe('fast');
    });
  }

  const refused: Record<string, unknown> = {
    'an unknown field': { code: '201', name: '甲', extra: 1 },
    'a missing required field': { name: '甲' },
    'a blank required field': { code: undefined, name: '甲' },
    'a bad amount (transform issue)': { code: '201', name: '甲', total: '1.2.3' },
    'a code with letters (pattern)': { code: '20a', name: '甲' },
    'an empty text (minimum length)': { code: '201', name: '' },
    'a value outside the enum': { code: '201', name: '甲', kind: 'c' },
    'an impossible date (refinement)': { code: '201', name: '甲', start: '2023-02-30' },
    'a bad slug': { code: '201', name: '甲', id: 'A B' },
    'a list where text is expected': { code: '201', name: ['甲'] },
    'a map where a list is expected': { code: '201', name: '甲', list: { a: 1 } },
    'a list instead of the object': [{ code: '201', name: '甲' }],
    'a boolean as text': { code: '201', name: true },
  };
  for (const [name, value] of Object.entries(refused)) {
    it(`fails on ${name}, as zod does`, () => {
      expect(row.safeParse(value).success).toBe(false);
      expect(fastParse(row, value)).toBe(FAIL);
    });
  }

  // Kinds that share a plain kind's type name but not its rules: left to zod, never accepted by mistake.
  // A TypeScript numeric enum as compiled: names to numbers and back.
  const Numeric = { A: 0, 0: 'A' } as const;
  const variants: Array<[string, z.ZodType, unknown]> = [
    ['a URL format (site.base_url)', z.strictObject({ u: z.url() }), { u: 'not a url' }],
    ['an integer format', z.int(), 1.5],
    ['a union with a format', z.union([z.string(), z.int()]), 1.5],
    ['a one-option union', z.union([z.string()]), 5],
    ['a union of two numbers', z.union([z.number(), z.number()]), 'x'],
    ['an exclusive union matched twice', z.xor([z.string(), z.string().min(1)]), 'a'],
    ['an exact optional given a blank', z.strictObject({ a: z.string().exactOptional() }), { a: undefined }],
    ['a strict object with a key every object has', z.strictObject({ a: z.string(), toString: z.any().optional() }), { a: 'x', extra: 1 }],
    ['a numeric enum given its name', z.enum(Numeric), 'A'],
    ['a discriminated union', z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a'), v: z.string() }), z.strictObject({ k: z.literal('b'), v: z.number() })]), { k: 'a', v: 1 }],
  ];
  for (const [name, schema, value] of variants) {
    it(`fails on ${name}, as zod does`, () => {
      expect(schema.safeParse(value).success).toBe(false);
      expect(fastParse(schema, value)).toBe(FAIL);
    });
  }

  it('refuses a site file whose base_url is not a URL', () => {
    const value = { name: '示例', publisher: '示例', region: '示例', base_url: 'budget.example.gov.cn/' };
    expect(site.safeParse(value).success).toBe(false);
    expect(fastParse(site, value)).toBe(FAIL);
  });

  it('gives zod\'s output for a recursive schema', () => {
    const node: z.ZodType = z.strictObject({ name: text, get children() { return z.array(node).optional(); } });
    expect(expectAgreement(node, { name: '甲', children: [{ name: '乙', children: [{ name: '丙' }] }] }, 'tree')).toBe('fast');
    expect(fastParse(node, { name: '甲', children: [{ name: '' }] })).toBe(FAIL);
  });

  const generated = mkdtempSync(join(tmpdir(), 'fast-path-'));
  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  it('agrees with zod on every content file of the sample content, the fixtures and a generated site', () => {
    generateContent({ root: generated, disclosures: 12, seed: 'fast-path' });
    const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
    const schemaFor = (path: string): z.ZodType | undefined => {
      const name = basename(path);
      if (name === 'site.yaml') return site;
      if (name === 'glossary.yaml') return glossaryFile;
      if (name === 'tables.yaml') return tablesFile;
      if (name === 'performance.yaml') return performanceFile;
      if (name === 'index.md') return frontMatter;
      if (path.includes('/departments/') && name.endsWith('.yaml')) return department;
      return undefined;
    };
    const counts = { fast: 0, refused: 0, missed: 0 };
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) { walk(path); continue; }
        const schema = schemaFor(path);
        if (!schema) continue;
        let yaml = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
        if (name === 'index.md') yaml = FRONT_MATTER.exec(yaml)?.[1] ?? '';
        const source = parseYamlSource(path, yaml);
        if (source.errors.length || source.value === undefined) continue;
        counts[expectAgreement(schema, source.value, path)]++;
      }
    };
    walk('content');
    walk('tests/fixtures');
    walk(generated);
    expect(counts.fast).toBeGreaterThan(120);
    expect(counts.refused).toBeGreaterThan(0);
    // Every valid file takes the fast path.
    expect(counts.missed).toBe(0);
  });
});
