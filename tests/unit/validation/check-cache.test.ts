/** The incremental check gives exactly the findings of a full check, re-reading only what changed. */
import { readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkContent } from '../../../src/validation/check-content.ts';
import { CODE_FOLDERS, checkContentCached } from '../../../src/validation/check-cache.ts';
import { RULES } from '../../../src/validation/rule-catalogue.ts';
import { baseWith, type TempTree } from '../../helpers/content.ts';

const trees: TempTree[] = [];
afterAll(() => trees.forEach((tree) => tree.cleanup()));

it('reuses unchanged disclosures and re-checks only a changed one, matching a full check', () => {
  const tree = baseWith({});
  trees.push(tree);
  const cacheFile = join(tree.root, '.check-cache.json');
  const full = () => JSON.stringify(checkContent(tree.root).findings);

  const first = checkContentCached(tree.root, undefined, cacheFile);
  expect(first.rechecked).toBe(first.disclosures);
  expect(JSON.stringify(first.findings)).toBe(full());

  const again = checkContentCached(tree.root, undefined, cacheFile);
  expect(again.rechecked).toBe(0);
  expect(JSON.stringify(again.findings)).toBe(full());

  // Break a figure in the 2024 budget: only that disclosure is read and checked again, and the error appears.
  const tables = join(tree.root, 'disclosures/2024/demo-county-office/budget/tables.yaml');
  writeFileSync(tables, readFileSync(tables, 'utf8').replace('total: 300.75', 'total: 300.76'));
  const later = new Date(Date.now() + 5000);
  utimesSync(tables, later, later);
  const changed = checkContentCached(tree.root, undefined, cacheFile);
  expect(changed.rechecked).toBe(1);
  expect(changed.findings.some((f) => f.severity === 'error' && f.file.endsWith('2024/demo-county-office/budget/tables.yaml'))).toBe(true);
  expect(JSON.stringify(changed.findings)).toBe(full());
});

it('a change to any file that reports a rule invalidates the cache (the code hash covers every rule\'s home)', () => {
  const hashed = (file: string) => CODE_FOLDERS.some((folder) => file.startsWith(`src/${folder}/`));
  // Table kinds report their own checks (sum/vehicles in state-assets.ts): a cache blind to them kept stale findings.
  expect(RULES.flatMap((rule) => rule.home).filter((file) => !hashed(file))).toEqual([]);
});
