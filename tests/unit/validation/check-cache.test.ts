/** The incremental check gives exactly the findings of a full check, re-reading only what changed. */
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Waits until the files of a fresh tree are older than the cache's two-second window for recent changes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));

it('keys on content: a same-size edit that keeps the modification time (cp -p, unzip) is re-checked', async () => {
  const tree = baseWith({});
  trees.push(tree);
  const cacheFile = join(tree.root, '.check-cache.json');
  const tables = join(tree.root, 'disclosures/2024/demo-county-office/budget/tables.yaml');
  // A whole second, which setting the time back restores exactly.
  const kept = Math.floor(Date.now() / 1000) - 3600;
  utimesSync(tables, kept, kept);
  await settle();
  expect(checkContentCached(tree.root, undefined, cacheFile).findings).toEqual([]);
  const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: Record<string, { hash: string }> };
  expect(Object.keys(stored.files).length).toBeGreaterThan(0);

  const before = statSync(tables);
  writeFileSync(tables, readFileSync(tables, 'utf8').replace('total: 300.75', 'total: 300.76'));
  utimesSync(tables, kept, kept);
  expect(statSync(tables).size).toBe(before.size);
  expect(statSync(tables).mtimeMs).toBe(before.mtimeMs);

  const changed = checkContentCached(tree.root, undefined, cacheFile);
  expect(changed.rechecked).toBe(1);
  expect(changed.findings.some((f) => f.severity === 'error' && f.file.endsWith('budget/tables.yaml'))).toBe(true);
  expect(JSON.stringify(changed.findings)).toBe(JSON.stringify(checkContent(tree.root).findings));
});

it('a file touched but not changed is not checked again (its content hash is the same)', async () => {
  const tree = baseWith({});
  trees.push(tree);
  const cacheFile = join(tree.root, '.check-cache.json');
  await settle();
  checkContentCached(tree.root, undefined, cacheFile);
  const tables = join(tree.root, 'disclosures/2024/demo-county-office/budget/tables.yaml');
  const later = new Date(Date.now() + 5000);
  utimesSync(tables, later, later);
  expect(checkContentCached(tree.root, undefined, cacheFile).rechecked).toBe(0);
});

it('a file that becomes unreadable, or is replaced by a folder, is checked again', () => {
  const tree = baseWith({});
  trees.push(tree);
  const cacheFile = join(tree.root, '.check-cache.json');
  checkContentCached(tree.root, undefined, cacheFile);
  const tables = join(tree.root, 'disclosures/2024/demo-county-office/budget/tables.yaml');
  rmSync(tables);
  mkdirSync(tables);
  const changed = checkContentCached(tree.root, undefined, cacheFile);
  expect(changed.rechecked).toBe(1);
  expect(changed.findings).toContainEqual(expect.objectContaining({ rule: 'file/unreadable', file: expect.stringMatching(/budget\/tables\.yaml$/) }));
  expect(JSON.stringify(changed.findings)).toBe(JSON.stringify(checkContent(tree.root).findings));
});

it('a change to any file that reports a rule invalidates the cache (the code hash covers every rule\'s home)', () => {
  const hashed = (file: string) => CODE_FOLDERS.some((folder) => file.startsWith(`src/${folder}/`));
  // Table kinds report their own checks (sum/vehicles in state-assets.ts): a cache blind to them kept stale findings.
  expect(RULES.flatMap((rule) => rule.home).filter((file) => !hashed(file))).toEqual([]);
});
