/**
 * The demonstration content (scripts/demo.ts): several years of a few fictitious departments, valid, marked
 * fictitious, nothing left of the generator's real county, one department renamed with its former name used up to
 * the year of the renaming.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEMO_RENAMED, DEMO_YEARS, generateDemoContent } from '../../../scripts/demo.ts';
import { checkContent } from '../../../src/validation/check-content.ts';
import { makeTempDir } from '../../helpers/content.ts';

const temp = makeTempDir('budget-demo-');
afterAll(() => temp.cleanup());
const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

describe('the demonstration content', () => {
  const disclosures = generateDemoContent(temp.root);
  const result = checkContent(temp.root);

  it('is valid: several years of three departments, both stages', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(disclosures).toBe(DEMO_YEARS.length * 3 * 2);
    expect([...new Set(result.content.disclosures.map((d) => d.year))].sort()).toEqual([...DEMO_YEARS]);
  });

  it('says it is fictitious, and keeps nothing of the real county the generator borrows', () => {
    expect((parse(readFileSync(join(temp.root, 'site.yaml'), 'utf8')) as { fictitious?: boolean }).fictitious).toBe(true);
    const real = files(temp.root).filter((file) => /井研|jingyan|乐山|基准测试/.test(file + readFileSync(file, 'utf8')));
    expect(real).toEqual([]);
  });

  it('renames one department: its former name up to the year of the renaming, its id throughout', () => {
    const record = parse(readFileSync(join(temp.root, 'departments', `${DEMO_RENAMED.id}.yaml`), 'utf8')) as { name: string; former_names: unknown[] };
    expect(record.former_names).toEqual([{ name: DEMO_RENAMED.formerName, until: DEMO_RENAMED.until }]);
    for (const year of DEMO_YEARS) {
      const title = readFileSync(join(temp.root, 'disclosures', String(year), DEMO_RENAMED.id, 'budget', 'index.md'), 'utf8');
      expect(title).toContain(year <= DEMO_RENAMED.until ? DEMO_RENAMED.formerName : record.name);
      if (year > DEMO_RENAMED.until) expect(title).not.toContain(DEMO_RENAMED.formerName);
    }
  });
});
