/**
 * The benchmark's synthetic content, written by each table kind's sample hook: it must check clean (every figure
 * adds up, across tables, prose and years), and hold every kind that has a hook.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateContent } from '../../../scripts/bench/generate.ts';
import { TABLE_KINDS } from '../../../src/table-kinds/registry.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { dump, makeTempDir } from '../../helpers/content.ts';

const tree = makeTempDir('budget-synthetic-');
afterAll(() => tree.cleanup());
// Over 200 disclosures the generator writes two years, so last year's figures are checked across disclosures too.
const generated = generateContent({ root: tree.root, disclosures: 220, seed: 'kinds' });

it('checks with no finding at all, over several years and both stages', () => {
  expect(generated.years.length).toBeGreaterThan(1);
  const { findings } = checkContent(tree.root);
  expect(findings, dump(findings)).toEqual([]);
});

it('holds every table kind that has a sample hook', () => {
  const yearDir = join(tree.root, 'disclosures', String(generated.years.at(-1)));
  const department = readdirSync(yearDir)[0]!;
  for (const stage of ['budget', 'final']) {
    const tables = parse(readFileSync(join(yearDir, department, stage, 'tables.yaml'), 'utf8')) as Record<string, unknown>;
    const sampled = TABLE_KINDS.filter((kind) => kind.sample).map((kind) => kind.key);
    expect(sampled.length).toBeGreaterThan(10);
    expect(sampled.filter((key) => tables[key] === undefined), stage).toEqual([]);
  }
});
